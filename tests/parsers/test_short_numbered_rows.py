"""Maidstone's homelessness and rough sleeping action plan (2024-2029), Priority 1 (samples/other_councils/SOURCES.md):
a web table saved a cell a line, its reference column headed by the priority (`Priority 1- Prevention` over `1.1`),
rows 1.1 and 1.2 a cell short, their lead and timescale in one cell a line each. Each rule is asked here of the
sample's own lines; the whole hand-checked reading is its golden file (tests/golden/test_other_councils.py).
"""

from __future__ import annotations

import pytest
from council_actions.ingest.model import Line, Span
from council_actions.ingest.pipe_tables import read_pipe_tables
from council_actions.parsers.section_lines import UnplacedLine, form_of

from council_actions.profile import load_profile
from tests.conftest import ROOT
from tests.golden.test_other_councils import _found

SAMPLE = ROOT / "samples" / "other_councils" / "maidstone_homelessness_action_plan_2024_29_prevention.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


def _layout(text: str, generic):
    lines, at = [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        lines.append(Line(number, line, Span(None, number, number, at, at + len(line)), (), False))
        at += len(line) + 1
    return read_pipe_tables(lines, text, generic.roles.role_of)


def test_the_next_rows_number_ends_a_row_a_cell_short(generic):
    """Row 1.1's lead and timescale (lines 9-10) are one cell, the fourth; `1.2 |` (line 11) opens the next row,
    not its fifth cell, and row 1.3 (line 16) opens a row too: every row starts at its number."""
    layout = _layout(SAMPLE.read_text(encoding="utf-8"), generic)
    assert [line.number for line in layout.lines if line.layout == "row_start"] == [6, 11, 16]
    by_number = {line.number: line for line in layout.lines}
    assert [(c.column, c.text) for n in (9, 10) for c in by_number[n].cells] == [
        (3, "Housing and Inclusion Manager MBC Housing Advice Team MBC Accommodation Resource Team"),
        (3, "February 2025")]
    assert [c.column for c in by_number[20].cells] == [4]


def test_a_number_that_does_not_follow_on_is_a_cell(generic):
    """The same rows with row 1.2 numbered `1.4`: no number follows 1.1 there, so the cells are counted five a row
    as printed (the `1.4` line is row 1.1's fifth cell) and no row is cut short on a guess."""
    text = SAMPLE.read_text(encoding="utf-8").replace("1.2 |", "1.4 |")
    layout = _layout(text, generic)
    by_number = {line.number: line for line in layout.lines}
    assert by_number[11].layout == "row" and [c.column for c in by_number[11].cells] == [4]


@pytest.mark.parametrize(("line", "form"), [
    ("Priority 1- Prevention", "labelled priority"),  # the sample's line 1: no space before the dash
    ("Priority 1 - Prevention", "labelled priority"),
    ("Priority 1-3 high", None),  # a span of numbers, no dash before a name
    ("Priority - high", None),
])
def test_a_section_words_number_and_a_dash_label_a_section(generic, line, form):
    assert form_of(UnplacedLine(line, "other", generic.document_words)) == form


def test_lead_and_partners_heading_is_the_owner(generic):
    assert generic.roles.role_of("Lead/Service Area/Partners") == "owner"  # the sample's line 4


def test_the_part_over_the_numbers_is_each_rows_reference_and_section(generic):
    _, _, found = _found(SAMPLE, generic, None, ("section_path", "notes"))
    assert [(a["ref"], a["section_path"]) for a in found] == [("1.1", "Priority 1- Prevention"),
                                                             ("1.2", "Priority 1- Prevention"),
                                                             ("1.3", "Priority 1- Prevention")]
    assert found[1]["notes"] == ("- Reduction in those moving from prevention to relief - Increase in positive "
                                 "prevention outcomes - Better service for customers")


def test_a_time_on_the_owner_cells_last_line_is_the_timeline(generic):
    """Rows 1.1 and 1.2 print no timescale cell: the time on their lead cell's last line is their timeline, with its
    own line; row 1.3 prints both cells and is read as printed."""
    _, _, found = _found(SAMPLE, generic, None, ("owners", "timelines"))
    assert [(a["owner"], a["timeline"], a["due_date"]) for a in found] == [
        ("Housing and Inclusion Manager MBC Housing Advice Team MBC Accommodation Resource Team", "February 2025",
         "2025-02-28"),
        ("Housing Advice Manager MBC Housing Advice Team", "June-December 2024", "2024-12-31"),
        ("MBC Housing Advice Team Citizens Advice Maidstone", "April 2024-March 2025", "2025-03-31")]
    assert [(a["owners"][0]["line"], a["timelines"][0]["line"]) for a in found] == [(9, 10), (14, 15), (19, 20)]
