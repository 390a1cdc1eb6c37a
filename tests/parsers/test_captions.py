"""The caption over a plan's rows (parsers/captions.py): placed as boilerplate `caption` on the real samples that
print one, and real lines that only look like one left reported. Every line below was read from the sample's text
by hand; without the rule each is reported as unplaced_text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from council_actions.parsers.captions import EXAMPLE, is_caption
from council_actions.parsers.records import ParsedDocument

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

OTHERS = SAMPLES / "other_councils"


@cache
def _parsed(path: Path, profile: str) -> ParsedDocument:
    return process(path, load_profile(None if profile == "default" else profile), None).parsed


# document, line, the caption as printed: over column headings one cell a line (Maidstone's three Annual Governance
# Statement action plans, a browser's copy of one), over a page's records under its prompt (Bracknell Forest)
CAPTIONS = [
    ("maidstone_ags_2013_14.txt", 1, "Actions for 2013/14 as identified in the last Annual Governance Statement:"),
    ("maidstone_ags_2014_15.txt", 5, "Updated Actions for 2014-15"),  # under the title and `Appendix A`
    ("maidstone_ags_2014_15_browser_copy.txt", 1, "Updated Actions for 2014-15"),  # over a tab-separated header
    ("maidstone_ags_2015_16.txt", 1, "Actions for 2015-16 as identified in the current Annual Governance Statement"),
    ("bracknell_caring_2023_24_q3.txt", 17, "Objective details"),  # over `Select an objective below ...`
    ("bracknell_environment_2023_24_q3.txt", 25, "Objective details"),  # under the status totals, over the prompt
]


@pytest.mark.parametrize("profile", ["generic", "default"])
@pytest.mark.parametrize("name, line, text", CAPTIONS, ids=[f"{c[0][:-4]}-{c[1]}" for c in CAPTIONS])
def test_a_real_caption_is_placed_with_its_span(name, line, text, profile):
    parsed = _parsed(OTHERS / name, profile)
    assert [(b.kind, b.text.strip()) for b in parsed.boilerplate if b.span.line_start == line] == [("caption", text)]
    assert not [i for i in parsed.issues if i.span.line_start == line and i.code == "unplaced_text"]
    (held,) = [b for b in parsed.boilerplate if b.span.line_start == line]
    assert (OTHERS / name).read_text(encoding="utf-8")[held.span.char_start:held.span.char_end].strip() == text


def test_the_example_is_a_real_caption():
    assert (OTHERS / "maidstone_ags_2014_15.txt").read_text(encoding="utf-8").splitlines()[4] == EXAMPLE


@pytest.mark.parametrize("text, caption", [
    (EXAMPLE, True),
    ("Objective details", True),  # `Objective`: the heading rules' action column, as a plan's heading
    ("Actions for 2013/14 as identified in the last Annual Governance Statement:", True),  # a lead-in's colon
    # Croydon's FOI improvement plan, line 4, right above its table: refers to a plan, `this` before `action`
    ("We support this improvement action plan", False),
    # Southend's FOI practice recommendation, line 17, a sentence over the plan: `The` before `recommendations`
    ("The practice recommendations are addressed in the following action plan:", False),
    ("Action plan summary", False),  # Kingston's AGS, line 3: names a document, a title's words
    ("Freedom of Information performance", False),  # Southend's page heading: names no rows
    # Maidstone's AGS 2014-15, line 20: sentences of the first row's Action Update cell
    ("An information management officer was appointed in September. A number of actions have been completed:",
     False),
])
def test_what_is_a_caption(text, caption):
    profile = load_profile("generic")
    assert is_caption(text, profile.roles, profile.document_words) is caption


def test_a_caption_with_reported_text_under_it_stays_reported(tmp_path):
    """Maidstone's 2015-16 caption with a line of prose put between it and the column headings (the Isle of Wight
    letter's real `Further reports will be made at regular intervals.`): the caption is not right above the table,
    so both lines stay reported."""
    lines = (OTHERS / "maidstone_ags_2015_16.txt").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "caption_not_over_the_table.txt"
    path.write_text("\n".join([lines[0], "", "Further reports will be made at regular intervals.", *lines[1:]]) + "\n",
                    encoding="utf-8")
    parsed = process(path, load_profile("generic"), None).parsed
    assert [i.raw_text for i in parsed.issues if i.code == "unplaced_text"][:2] == [
        lines[0], "Further reports will be made at regular intervals."]
    assert not [b for b in parsed.boilerplate if b.kind == "caption"]
