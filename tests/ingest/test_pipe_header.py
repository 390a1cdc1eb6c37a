"""A web table saved with ` | ` between cells whose header breaks a cell over lines (ingest/pipe_header.py): Waverley's
housing voids management improvement plan as its progress report of March 2003 prints it, `BY WHEN` on one line and
its note `[month = by month end]` on the next."""

from __future__ import annotations

import datetime as dt

from council_actions.ingest.model import Line, Span
from council_actions.ingest.pipe_header import header_run
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "other_councils" / "waverley_voids_improvement_plan_progress_2003.txt"


def lines_of(*texts: str) -> list[Line]:
    """Text lines as a reader gets them, numbered from 1, each its own span (shared by the pipe-table tests)."""
    out, at = [], 0
    for number, text in enumerate(texts, start=1):
        out.append(Line(number, text, Span(None, number, number, at, at + len(text)), (), False))
        at += len(text) + 1
    return out


def test_a_header_cell_broken_over_two_lines_is_one_heading():
    """The sample's first two lines are one header row of seven cells; the third heading is `BY WHEN` and its note
    joined by a space, which the generic rules read as when the action is due."""
    lines = lines_of(*SAMPLE.read_text(encoding="utf-8").splitlines())
    role_of = load_profile("generic").roles.role_of
    assert header_run(lines, 0, role_of) == (0, 2, [  # line 3, ` |  | ... | £000 |`, its units row
        "ACTION PLAN", "BY WHOM", "BY WHEN [month = by month end]", "BUDGET IMPLICATIONS", "PROGRESS",
        "REVISED TIMETABLE", "SAVINGS"])
    found = header_run(lines, 0, role_of)
    assert found is not None and [role_of(h) for h in found[2][:3]] == ["action", "owner", "timeline"]
    assert header_run(lines, 1, role_of) is None  # the run's second line alone holds no action heading


def test_a_run_with_a_line_holding_no_pipe_or_too_long_is_no_header():
    """Made-up text: a title line with no `|` above the headings is not part of the header row, and a run of more
    than HEADER_LINES lines before the `|` that ends it is text above a table."""
    role_of = load_profile("generic").roles.role_of
    assert header_run(lines_of("Action plan", "Action | Lead officer | Target date |"), 0, role_of) is None
    assert header_run(lines_of("Action | Lead", "officer", "and deputy", "| Target date |"), 0, role_of) is None
    assert header_run(lines_of("Action | Lead", "officer | Target date |"), 0, role_of) == (
        0, 1, ["Action", "Lead officer", "Target date"])


def test_a_row_of_units_under_the_header_is_part_of_it_and_a_row_of_words_is_not():
    """Made-up text: a row of only empty cells and units (`£'000`, `%`) right under the headings closes the header;
    one holding a word is a row of the table."""
    role_of = load_profile("generic").roles.role_of
    head = "Action | Lead officer | Target date | Savings |"
    assert header_run(lines_of(head, " |  |  | £'000 |"), 0, role_of) == (
        0, 1, ["Action", "Lead officer", "Target date", "Savings"])
    assert header_run(lines_of(head, " |  | % | £m |"), 0, role_of)[:2] == (0, 1)  # type: ignore[index]
    assert header_run(lines_of(head, " |  |  | See note |"), 0, role_of)[:2] == (0, 0)  # type: ignore[index]
    assert header_run(lines_of(head, " |  |  |  |"), 0, role_of)[:2] == (0, 0)  # type: ignore[index]


def test_the_sample_reads_its_rows_under_its_target():
    """The rows under the wrapped header are actions, each under `TARGET 1: ...` (a row of its own, every other
    cell empty), with its owner, its month due at the month's end and the status its progress opens with; the units
    row under the header (`£000`: the savings are in thousands of pounds) is part of the header, kept as its
    boilerplate."""
    processed = process(SAMPLE, load_profile("generic"), ReferenceDates(given=dt.date(2003, 3, 3)))
    assert processed.document.rendering == "pipe"
    assert [(a.owner_raw, a.timeline_raw, a.status, [h.text for h in a.sections])
            for a in processed.parsed.actions] == [
        ("Service Review Group", "December 2001", "complete", ["TARGET 1: Service Aims, Objectives and Standards That:"]),
        ("Assistant Director of Housing/ Head of Housing Maintenance", "June 2002", "on_track",  # `Ongoing – ...`
         ["TARGET 1: Service Aims, Objectives and Standards That:"]),
        ("Head of Housing Maintenance", "April 2002", "complete",  # `Done although ...` (parsers/opening_status.py)
         ["TARGET 1: Service Aims, Objectives and Standards That:"])]
    assert [(i.code, i.span.line_start) for i in processed.parsed.issues] == [("council_not_printed", 1)]
    assert [(b.kind, b.span.line_start) for b in processed.parsed.boilerplate] == [
        ("column_header", 1), ("column_header", 2), ("column_header", 3), ("section_heading", 4)]


REPAIRS = ROOT / "samples" / "other_councils" / "waverley_day_to_day_repairs_improvement_plan_progress_2003.txt"


def test_a_heading_in_capitals_finished_on_the_row_under_it_is_one_heading():
    """The day-to-day repairs annexe of the same report prints `BUDGET` in the header row and `IMPLICATIONS` under
    it beside the savings' unit (line 2, ` |  |  | IMPLICATIONS |  |  | £000 |`): one heading, `BUDGET
    IMPLICATIONS`, as the other annexes print it in one cell, and the row is the header's, no row of the plan."""
    lines = lines_of(*REPAIRS.read_text(encoding="utf-8").splitlines())
    assert lines[1].text == " |  |  | IMPLICATIONS |  |  | £000 |"
    assert header_run(lines, 0, load_profile("generic").roles.role_of) == (0, 1, [
        "ACTION PLAN", "BY WHOM", "BY WHEN", "BUDGET IMPLICATIONS", "PROGRESS", "REVISED TIMETABLE", "SAVINGS"])


def test_a_row_under_the_headings_is_a_row_of_the_plan_unless_its_words_finish_headings_in_capitals():
    """Made-up text: a word under a heading not printed in capitals, a word not in capitals, a figure, a word in the
    action column, or a row with fewer cells than the headings is a row of the table, not the header's."""
    role_of = load_profile("generic").roles.role_of
    head = "ACTION | LEAD OFFICER | TARGET DATE | BUDGET |"
    assert header_run(lines_of(head, " |  |  | IMPLICATIONS |"), 0, role_of)[1:] == (  # type: ignore[index]
        1, ["ACTION", "LEAD OFFICER", "TARGET DATE", "BUDGET IMPLICATIONS"])
    for row in (" |  |  | See note |", " |  |  | 2002 |", "REVIEW |  |  |  |", " |  | IMPLICATIONS |"):
        assert header_run(lines_of(head, row), 0, role_of)[1] == 0, row  # type: ignore[index]
    assert header_run(lines_of("Action | Lead officer | Target date | Budget |", " |  |  | IMPLICATIONS |"), 0,
                      role_of)[1] == 0  # type: ignore[index]


def test_the_repairs_annexe_reads_its_rows_with_no_row_reported_under_the_header():
    """The five rows under the two-row header are actions with their owners, months due and progress; the header's
    second row raises no row_without_action (main reported line 2 so) and the budget notes keep their whole heading;
    the revised timetable is read as one (the `revised` role), not kept in the notes."""
    processed = process(REPAIRS, load_profile("generic"), ReferenceDates(given=dt.date(2003, 3, 3)))
    actions = processed.parsed.actions
    assert [(a.owner_raw, a.timeline_raw, a.status) for a in actions] == [
        ("Service Review Group", "December 2001", "complete"),
        ("Repairs Manager", "September 2002", "on_track"),  # `Ongoing as part of ...` (parsers/opening_status.py)
        ("Head of Housing Maintenance", "April 2002", None), ("Repairs Manager", "April 2002", None),
        ("Repairs Manager", "September 2002", None)]
    assert actions[1].notes == "BUDGET IMPLICATIONS: Within existing budgets; SAVINGS: 0"
    # REVISED TIMETABLE: the revised timeline (normalise/revisions.py), not notes
    assert [a.revised_raw for a in actions] == ["Done", "April 2003", "Done", "December 2002", "February 2003"]
    assert [(i.code, i.span.line_start) for i in processed.parsed.issues] == [("council_not_printed", 1)]
