"""An action printing a progress note and no status the profile reads keeps its status null, with one
`progress_without_status` warning saying why (normalise/done.py): real plans' rows, each checked by hand against the
line quoted. Before, the status was null with no word of why, and a plan printing any status (Waverley's `Done`)
made a query count such a row overdue."""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

OTHERS = SAMPLES / "other_councils"
REFERENCE = ReferenceDates(given=dt.date(2024, 1, 1))

WARNED = {
    # Waverley's day-to-day repairs plan, its progress report of 3 March 2003: PROGRESS `Done` (line 7) and
    # `Ongoing as part of discussions with Tenants' Panel and contractors` (line 8) give statuses; lines 9-11 print
    # sentences: `Dealt with under new MTC. Also followed up with joint values ...` (its REVISED TIMETABLE `Done`
    # makes it done, so no warning: normalise/revisions.py), `Improvements implemented with new MTC. Ongoing in
    # terms of improving contractors' performance` (the status word not opening it; revised `December 2002`),
    # `Better information regarding Right to Repair included in Tenants' Handbook` (revised `February 2003`)
    "waverley_day_to_day_repairs_improvement_plan_progress_2003.txt": [
        (10, "Improvements implemented with new MTC."), (11, "Better information regarding Right to Repair")],
    # Maidstone's Corporate Improvement Plan, 2010: `Latest Note` beside each row, the status icons printed as
    # nothing (the key `Action Status` / `Cancelled` / ... at lines 8-18 names them): CIP 002.01 (line 71) `A joint
    # report is planned ...`, 003.01 (115) `Against Indicator 4 ...`, 003.02 (125) `This has been added to Ivy
    # learning ...`, 003.03 (135) `Sessions added in quarterly for 2010/11`
    "maidstone_corporate_improvement_plan_2010.txt": [
        (71, "A joint report is planned"), (115, "Against Indicator 4"), (125, "This has been added to Ivy learning"),
        (135, "Sessions added in quarterly")],
    # Tower Hamlets' FOI action plan, 2023: the first record prints `Status` / `Completed` (lines 25-27), the
    # second (line 33) only `Comments` / `Head of IG attended CLT/CMT and DLTs ...` (line 57), no status
    "tower_hamlets_foi_action_plan_2023.txt": [(33, "Head of IG attended CLT/CMT")],
    # Maidstone's completed actions of 2011: notes under a title naming every row completed, so no row lacks a status
    "maidstone_corporate_improvement_plan_2011_completed.txt": [],
}


@pytest.mark.parametrize("profile", ["generic", "runnymede"])
@pytest.mark.parametrize("name", list(WARNED))
def test_a_note_with_no_status_word_is_warned_not_guessed(name, profile):
    processed = process(OTHERS / name, load_profile(profile), REFERENCE)
    warned = [i for i in processed.normalised.issues if i.code == "progress_without_status"]
    assert [(i.span.line_start, i.raw_text[:len(opening)]) for i, (_, opening) in
            zip(warned, WARNED[name], strict=True)] == WARNED[name]
    by_id = {a.action_id: a for a in processed.parsed.actions}
    statuses = {s.action_id for s in processed.normalised.statuses}
    for issue in warned:
        (action,) = [a for a in by_id.values() if a.span == issue.span]
        assert (action.status, action.status_raw, action.action_id in statuses) == (None, None, False)
        assert issue.raw_text == action.progress and issue.field == "status" and issue.stage == "normalise"
        assert issue.message.startswith("the action prints a progress note and no status the profile reads ('")


def test_a_note_giving_a_status_is_not_warned():
    """Waverley's lines 7 and 8: `Done` and `Ongoing as part of ...` are read (complete, on_track) from the note."""
    processed = process(OTHERS / "waverley_day_to_day_repairs_improvement_plan_progress_2003.txt",
                        load_profile("generic"), REFERENCE)
    read = [(a.span.line_start, a.status, a.status_from) for a in processed.parsed.actions if a.status]
    assert read == [(7, "complete", "progress"), (8, "on_track", "progress")]
