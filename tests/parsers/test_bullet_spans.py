"""An action cell listing several bullets is several actions (parsers/table_rows.py `row_values`), and each is
printed on its own lines: its span is the bullet's first to last line, wrapped lines included, not the row's, so an
auditor shown an action in the review sees that bullet. The first item's span also holds the row's lines above its
bullet (a keyed row's recommendation, the row's number printed alone), which its items share as values.

Real plans in every rendering that prints them: Waverley's CPA improvement plan as a pipe table, as a browser's copy,
and as Chromium's and LibreOffice's PDFs and their `pdftotext -layout` text (fixed width); the LGA's action plan (its
`•` bullets under a keyed recommendation) and the Isle of Wight's lettered recommendations (`(a)` to `(e)`).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from council_actions.parsers import parse_document

from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT, SAMPLES

OTHER_COUNCILS = SAMPLES / "other_councils"
WAVERLEY = OTHER_COUNCILS / "waverley_cpa_improvement_plan_2004"
LGA = OTHER_COUNCILS / "lga_corporate_peer_challenge_action_plan_2023.txt"
IOW = OTHER_COUNCILS / "iow_district_audit_letter_recommendations_2002.txt"
PRINTED = FIXTURES / "other_councils" / "pdf" / "waverley_cpa_improvement_plan_2004"
WAVERLEY_PROFILE = str(ROOT / "council_actions" / "profiles" / "waverley.toml")
MIDDLE_DOT = re.compile("·")
# (document, profile, what marks an item, how many actions are items of a row listing several)
CASES = [
    pytest.param(f"{WAVERLEY}.txt", WAVERLEY_PROFILE, MIDDLE_DOT, 6, id="waverley-pipe"),
    pytest.param(f"{WAVERLEY}.txt", "generic", MIDDLE_DOT, 6, id="waverley-pipe-generic"),
    pytest.param(f"{WAVERLEY}_browser_copy.txt", WAVERLEY_PROFILE, MIDDLE_DOT, 6, id="waverley-browser"),
    pytest.param(f"{WAVERLEY}_browser_copy.txt", "generic", MIDDLE_DOT, 6, id="waverley-browser-generic"),
    *[pytest.param(f"{PRINTED}_{producer}{suffix}", "generic", MIDDLE_DOT, 6, id=f"waverley-{producer}{suffix}")
      for producer in ("chromium", "libreoffice") for suffix in (".pdf", ".txt")],
    pytest.param(LGA, "generic", re.compile("•"), 7, id="lga"),
    pytest.param(IOW, "generic", re.compile(r"\([a-e]\)"), 5, id="isle-of-wight"),
]


def _words_in_order(words: list[str], text: str) -> bool:
    """Whether the words occur in the text in their order (other columns' words may stand between them)."""
    rest = iter(text.split())
    return all(any(word == found for found in rest) for word in words)


@pytest.mark.parametrize("path, profile, mark, items", CASES)
def test_each_item_of_a_bulleted_cell_is_spanned_on_its_own_lines(path, profile, mark, items):
    document = read(ROOT / path, load_profile(profile))
    actions = parse_document(document, load_profile(profile)).actions
    per_row = Counter(a.element_id for a in actions)
    listed = [a for a in actions if per_row[a.element_id] > 1]
    assert len(listed) == items
    lines = document.text.split("\n")
    for action in listed:
        span = action.span
        printed = "\n".join(lines[span.line_start - 1:span.line_end])
        assert len(mark.findall(printed)) == 1, (action.action, span.line_start, span.line_end)  # its own, no other
        assert _words_in_order(action.action.split(), document.text[span.char_start:span.char_end]), action.action


@pytest.mark.parametrize("path, lines", [
    # R1's recommendation (line 7) above `• continue discussions ...` (8) and `• develop detailed action plan ...`
    # (9); R4's (23) above its five bullets (24-28); the timescales below them are the timelines' own lines
    (LGA, [(7, 8), (9, 9), (23, 24), (25, 25), (26, 26), (27, 27), (28, 28)]),
    # row 2's number alone on line 78, above `(a)Continue ...` (80); (b) to (e) on lines 84, 88, 92, 96
    (IOW, [(78, 80), (84, 84), (88, 88), (92, 92), (96, 96)]),
])
def test_the_first_item_holds_the_rows_lines_above_it(path, lines):
    profile = load_profile("generic")
    actions = parse_document(read(path, profile), profile).actions
    per_row = Counter(a.element_id for a in actions)
    assert [(a.span.line_start, a.span.line_end) for a in actions if per_row[a.element_id] > 1] == lines
