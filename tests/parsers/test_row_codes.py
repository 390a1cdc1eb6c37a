"""Keyed rows whose code OCR printed past the generic `row_marker` (issue 11: `cloos`, `3009`, `3010` in
Runnymede's plan ran into the row above), read by their place among the codes around them (parsers/row_codes.py);
and the converter's damage a keyed row is cleared of (parsers/row_debris.py): paragraphs run across the columns,
and a line written twice judged whole."""

from __future__ import annotations

import pytest
from council_actions.parsers import row_codes
from council_actions.parsers.ids import NUMBER_REPAIRS
from council_actions.parsers.row_codes import missing_codes, reads_as

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN

DIGITS = sorted(set(NUMBER_REPAIRS.values()))  # the look-alike classes: every letter OCR reads for one digit
LOOKALIKE_EXAMPLES = {  # the digit: (code before, as printed, code after, the code its place calls for)
    "0": ("CI007", "CIOO8", "CI009", "CI008"),
    "1": ("G010", "G0l|", "G012", "G011"),
    "2": ("L021", "L0zZ", "L023", "L022"),
    "5": ("R054", "R0SS", "R056", "R055"),
    "8": ("R087", "R0BB", "R089", "R088"),
    "9": ("R098", "R0gg", "R100", "R099"),
}


def test_every_lookalike_class_has_an_example():
    assert list(LOOKALIKE_EXAMPLES) == DIGITS


@pytest.mark.parametrize("digit", DIGITS)
def test_lookalikes_read_their_example_and_without_them_the_token_is_no_code(digit, monkeypatch):
    """Each example has two slips of one class: one more than MAX_UNEXPLAINED once the class is not folded."""
    before, printed, after, code = LOOKALIKE_EXAMPLES[digit]
    assert [c for c in missing_codes(before, after) if reads_as(printed, c)] == [code]
    monkeypatch.setattr(row_codes, "NUMBER_REPAIRS", {k: v for k, v in NUMBER_REPAIRS.items() if v != digit})
    assert not [c for c in missing_codes(before, after) if reads_as(printed, c)]


@pytest.mark.parametrize(("before", "after", "missing"), [
    ("G008", "G011", ["G009", "G010"]),  # the run between them
    ("CI007", "Cl009", ["CI008"]),  # `I` and `l` are one look-alike: the same letters
    ("CI007", "CI008", []),  # they follow on: no place for a code between them
    ("CI012", "L001", ["CI013", "L000"]),  # other letters: the code after the one, or before the other
    (None, "G001", ["G000"]),
    ("SD010", None, ["SD011"]),
])
def test_codes_a_place_calls_for(before, after, missing):
    assert missing_codes(before, after) == missing


@pytest.mark.parametrize(("printed", "code"), [("Note", "G009"), ("G0099", "G009"), ("CI0", "CI008")])
def test_a_token_unlike_the_missing_code_is_no_code(printed, code):
    assert not reads_as(printed, code)


@pytest.fixture(scope="module", params=[PLAN, FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf"],
                ids=["text", "pdf"])
def generic_read(request):
    return process(request.param, load_profile("generic"), None)


def test_seed_plan_codes_ocr_misprinted_open_their_rows(generic_read):
    """`cloos` (CI008, no digit left) and `3009`, `3010` (G009, G010: G read as 3) open rows of their own, kept as
    printed and reported with the code their place calls for; their actions are not the row above's."""
    by_place = [(i.raw_text, i.message.split("; ")[0]) for i in generic_read.parsed.issues
                if i.code == "row_code_by_place"]
    assert by_place == [("cloos", "'cloos' opens a row as the code missing at its place: CI008, between CI007 and "
                                  "Cl009"),
                        ("3009", "'3009' opens a row as the code missing at its place: G009, between G008 and G011"),
                        ("3010", "'3010' opens a row as the code missing at its place: G010, between G009 and G011")]
    actions = {a.element_id: [] for a in generic_read.parsed.actions}
    for a in generic_read.parsed.actions:
        actions[a.element_id].append(" ".join(a.action.split())[:40])
    assert actions["cloos"] == ["This is ongoing and linked to staff deve"]
    assert actions["3009"] == ["As a result of complaints received and a"]
    assert "3010" not in actions  # `No gaps identified.`: no action
    assert actions["CI007"] == ["Briefing session on the Risk Management ", "Improve availability of risk information"]
    assert len(actions["G008"]) == 4


def test_seed_plan_paragraphs_run_across_the_columns_are_no_rows():
    """Lines 219 and 266 of the text are a theme's introduction the converter cut at the column edges
    (`processes s` | `hould be`, `officer` | `s behave`): reported as text outside the table, not read into
    L011 and G011 (which print no action)."""
    read = process(PLAN, load_profile("generic"), None).parsed
    across = [(i.span.line_start, i.message) for i in read.issues if i.code == "unplaced_text" and "across" in i.message]
    assert across == [(219, "text outside the plan table: a paragraph run across the columns, a word cut at a "
                            "cell's edge ('s|hould')"),
                      (266, "text outside the plan table: a paragraph run across the columns, a word cut at a "
                            "cell's edge ('officer|s')")]
    assert not [a for a in read.actions if a.element_id in ("L011", "G011")]


def test_seed_plan_line_written_twice_is_judged_whole():
    """Line 441 is a garbled copy of line 442 (`No new gane identified` | `The company business plan 2022 20 ...`
    | `CUAD ACE (S151)`): judged cell by cell the action's copy read better (`2023-28` is found nowhere else);
    judged whole, as the template reader judges it, line 441 is the copy in every column."""
    read = process(PLAN, load_profile("generic"), None).parsed
    r011 = [a.action for a in read.actions if a.element_id == "R011"]
    assert len(r011) == 1 and r011[0].startswith("The company business plan 2023-28 identified a review of")
    dropped = [(i.span.line_start, i.raw_text) for i in read.issues
               if i.code == "garbled_duplicate" and i.span.line_start == 441]
    assert dropped == [(441, "No new gane identified"), (441, "The company business plan 2022 20 identified a "
                                                               "review of"), (441, "CUAD ACE (S151)")]
