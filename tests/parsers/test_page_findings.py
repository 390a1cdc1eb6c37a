"""Findings a page prints above its plan table, which every action of the table answers (parsers/findings.py,
`page_findings`): Newham's housing improvement plan lists the inspection's failings, what residents said and what
the failings showed must be done, one a line, right above its table of what it will do."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from council_actions.ingest.model import Cell, Line, Span
from council_actions.normalise import ReferenceDates
from council_actions.parsers.findings import OPENINGS
from council_actions.parsers.records import ParsedDocument

from council_actions.pipeline import process
from council_actions.profile import Profile, load_profile
from tests.conftest import SAMPLES

NEWHAM = SAMPLES / "other_councils" / "newham_housing_improvement_plan_2025_stock_condition.txt"
TABLE = "|\nAction |\nLead officer |\nTarget date |\n|\nReview the contract register |\nHead of Procurement |\n" \
        "31 March 2026 |\n|\nRefresh the risk strategy |\nHead of Risk |\nQ2 2025/26 |\n"


@cache
def _parsed(path: Path, profile: Profile) -> ParsedDocument:
    return process(path, profile, ReferenceDates(given=dt.date(2025, 4, 1))).parsed


def _unplaced(parsed: ParsedDocument) -> list[int]:
    return [i.span.line_start for i in parsed.issues if i.code == "unplaced_text"]


@pytest.mark.parametrize("profile", ["generic", None], ids=["generic", "default"])
def test_newhams_failings_are_what_every_action_answers(profile):
    """Lines 1-6 (the failings, a `- ` list) are each action's opportunity; line 7 (what residents said) and lines
    8-11 (`We have looked into why these failings happened ...:` and its list) its notes; the first action's span
    holds them all, so none is reported, and the others share the values, not the lines."""
    source = NEWHAM.read_text(encoding="utf-8").split("\n")
    parsed = _parsed(NEWHAM, load_profile(profile))
    assert [a.opportunity for a in parsed.actions] == ["\n".join(source[0:6])] * 3
    assert [a.notes for a in parsed.actions] == ["\n".join(source[6:11])] * 3
    assert [(a.span.line_start, a.span.line_end) for a in parsed.actions] == [(1, 19), (20, 23), (24, 27)]
    assert _unplaced(parsed) == []


def test_without_the_profiles_word_the_lines_stay_reported():
    """The word naming the findings is profile data: a profile without it leaves the lines reported."""
    generic = load_profile("generic")
    bare = replace(generic, document_words=replace(generic.document_words, findings=()))
    parsed = _parsed(NEWHAM, bare)
    assert [a.opportunity for a in parsed.actions] == [None] * 3
    assert [a.span.line_start for a in parsed.actions] == [16, 20, 24]
    assert _unplaced(parsed) == list(range(1, 12))


def test_a_key_above_the_table_is_no_finding(tmp_path):
    """Made-up text: a list right above the table that names no finding (a key to its colours) stays reported, its
    heading `Key:` a colour_key (parsers/furniture.py)."""
    plan = tmp_path / "plan.txt"
    plan.write_text("Key:\n- Green: on track\n- Red: behind\n" + TABLE, encoding="utf-8")
    parsed = _parsed(plan, load_profile("generic"))
    assert [(a.opportunity, a.notes, a.span.line_start) for a in parsed.actions] == [(None, None, 8), (None, None, 12)]
    assert _unplaced(parsed) == [2, 3]


def test_a_finding_opens_at_its_first_list(tmp_path):
    """Made-up text: the title and the introduction above the first list stay what they were; the lead-in naming
    the weaknesses opens the finding, its items (a blank line under the lead-in, one between them) are one
    paragraph, and the sentence after them a note."""
    plan = tmp_path / "plan.txt"
    plan.write_text("IMPROVEMENT PLAN\n\nThe council was inspected in May.\n\nThe inspection found these weaknesses:"
                    "\n\n- Late repairs\n\n- Old records\n\nWe will report each quarter.\n" + TABLE, encoding="utf-8")
    parsed = _parsed(plan, load_profile("generic"))
    assert parsed.title == "IMPROVEMENT PLAN"
    finding = "The inspection found these weaknesses:\n- Late repairs\n- Old records"
    assert [(a.opportunity, a.notes) for a in parsed.actions] == [(finding, "We will report each quarter.")] * 2
    assert [a.span.line_start for a in parsed.actions] == [5, 20]
    assert _unplaced(parsed) == [3]


def _line(number: int, text: str) -> Line:
    span = Span(None, number, number, 0, len(text))
    return Line(number, text, span, (Cell(0, text, span),), False)


# Each rule of OPENINGS where it applies: (line number and text) above, of the line, and of the line below.
OPENS = {
    "gap": ((1, "- Old records"), (3, "We will report each quarter."), None),
    "lead_in": ((1, "Our residents told us more."), (2, "We found these failings:"), (3, "- Late repairs")),
    "list": ((1, "Our residents told us more."), (2, "- Late repairs"), (3, "- Old records")),
    "after_list": ((1, "- Old records"), (2, "Our residents told us more."), None),
}


@pytest.mark.parametrize("rule", OPENINGS, ids=[rule.name for rule in OPENINGS])
def test_each_opening_rule_opens_a_paragraph(rule):
    above, line, below = OPENS[rule.name]
    assert rule.opens(_line(*above), _line(*line), _line(*below) if below else None)
    assert not any(r.opens(_line(1, "- Late repairs"), _line(2, "- Old records"), None) for r in OPENINGS)
