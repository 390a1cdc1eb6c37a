"""A plan naming three leads per action: the officer is the owner, the directorate and the cabinet member its notes.

Rotherham's Year Ahead Delivery Plan 2024-2025 prints `Ref | Activity | Timescales for completion (Quarter and month)
| Lead Officer | Lead Directorate | Lead Cabinet Member |`, one row a line, under a Markdown ruling, and the next
table's `Priority: ...` heading straight under the last row. Its hand-checked actions are in
tests/fixtures/other_councils/expected/; this checks what that file does not compare: the notes, the owners, and
that no line of the page is lost or read as an action.
"""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "other_councils" / "rotherham_year_ahead_delivery_plan_2024_25.txt"


@pytest.fixture(scope="module")
def processed():
    return process(SAMPLE, load_profile("generic"), ReferenceDates(given=dt.date(2024, 7, 29)))


def test_directorate_and_cabinet_member_are_the_notes_beside_a_lead_officer(processed):
    actions = processed.parsed.actions
    regeneration, cabinet = "Lead Directorate: Regeneration and Environment", "Lead Cabinet Member: Cabinet Member for"
    assert [a.notes for a in actions] == [f"{regeneration}; {cabinet} Finance and Community Safety"] * 2 + [
        f"{regeneration}; {cabinet} Transport, Jobs and the Local Economy"] + [
        f"{regeneration}; {cabinet} Finance and Community Safety"] * 2 + [
        f"Lead Directorate: Adult Care, Housing and Public Health; {cabinet} Adult Care and Health"]
    assert [o.owner_raw for o in processed.normalised.owners] == [
        "Assistant Director of Community Safety and Street Scene"] * 2 + [
        "Assistant Director of Planning, Regeneration and Transport"] + [
        "Assistant Director of Community Safety and Street Scene"] * 2 + ["Director of Public Health"]


def test_a_line_with_no_pipe_under_the_table_is_reported_not_read_as_a_row(processed):
    """markdown-it runs a table on over a line with no pipe (a row of one cell); the page prints a pipe in every row,
    so the next table's heading is text beside the table, a section heading as the headings above the table are
    (parsers/sections.py), not a row."""
    layouts = [line.layout for line in processed.document.iter_lines()]
    assert layouts[-1] != "row_start"
    headings = [(b.text, b.span.line_start) for b in processed.parsed.boilerplate if b.kind == "section_heading"]
    assert headings == [("Places are thriving, safe and clean", 1),
                        ("Priority: Helping people to feel safe in their community", 2),
                        ("Priority: Creating vibrant communities", 11)]


@pytest.mark.parametrize(("headings", "roles"), [
    (["Ref", "Activity", "Lead Officer", "Lead Directorate"], ["element", "action", "owner", "notes"]),
    (["Action", "Directorate", "Target date"], ["action", "owner", "timeline"]),  # alone, the directorate owns it
    (["Activity", "Timescales for completion (Quarter and month)", "Lead Cabinet Member"],
     ["action", "timeline", "notes"]),
])
def test_directorate_is_the_owner_only_where_no_officer_is_named(headings, roles):
    assert load_profile("generic").roles.roles_of(headings) == roles


def test_the_next_tables_header_and_ruling_printed_again_are_no_actions(processed, tmp_path):
    """The page prints each priority's table under the header and ruling again, which Markdown reads as rows of one
    table; the stored copy is cut within the second header. The sample with its own header and ruling printed again
    under its last line, as the page prints them, reads the same six actions, the header and ruling as boilerplate."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    page = tmp_path / "next_table.txt"
    page.write_text("\n".join([*lines, lines[2], lines[3]]) + "\n", encoding="utf-8")
    again = process(page, load_profile("generic"), ReferenceDates(given=dt.date(2024, 7, 29)))
    assert [(a.element_id, a.action, a.timeline_raw) for a in again.parsed.actions] == [
        (a.element_id, a.action, a.timeline_raw) for a in processed.parsed.actions]
    assert [(b.kind, b.span.line_start) for b in again.parsed.boilerplate] == [  # each priority a section heading
        ("section_heading", 1), ("section_heading", 2), ("column_header", 3), ("rule", 4), ("section_heading", 11),
        ("column_header", 12), ("rule", 13)]
    assert not [i for i in again.normalised.issues if i.code == "unresolved_timeline"]
