"""A revised timeline column (`REVISED TIMETABLE`, `New target date`) beside the timeline column (normalise/revisions.py):
a new time there is the action's deadline and the timeline column's date the one it replaced (kind `superseded`);
`Done` there leaves the date the action was due by and makes it done."""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.normalise.revisions import PRINTED_REVISION, REVISIONS, SUPERSEDED_BY_REVISION
from council_actions.output.record_rows import due_dates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

REPAIRS = SAMPLES / "other_councils" / "waverley_day_to_day_repairs_improvement_plan_progress_2003.txt"
MEETING = dt.date(2003, 3, 3)  # the Community Overview and Scrutiny Committee the progress report went to
# One revision of each kind REVISIONS names, in the REVISED TIMETABLE cell of a row due `September 2002` (as
# Waverley's repairs plan prints it): the kind it reads as, and the kind the BY WHEN date keeps.
REVISED = {
    "deadline": ("April 2003", "superseded"),
    "period": ("During 2003/04", "superseded"),
    "ongoing": ("Ongoing", "superseded"),
    "conditional": ("Subject to funding", "superseded"),
    "recurring": ("Quarterly", "superseded"),
    "complete": ("Done", "deadline"),
}


def _plan(tmp_path, headings: str, *cells: str):
    """A plan printed as Waverley's progress reports are (cells joined by ` | `), one row per revision cell."""
    path = tmp_path / "plan.txt"
    rows = [f"Review the allocations policy {n} | Repairs Manager | September 2002 | Drafted | {cell} |"
            for n, cell in enumerate(cells, 1)]
    path.write_text("\n".join([headings, *rows]) + "\n", encoding="utf-8")
    return process(path, load_profile("generic"), ReferenceDates(given=MEETING))


def test_every_kind_of_revision_is_exemplified():
    assert set(REVISED) == set(REVISIONS)


@pytest.mark.parametrize("kind", list(REVISIONS))
def test_a_revision_of_each_kind(tmp_path, kind):
    revision, original = REVISED[kind]
    processed = _plan(tmp_path, "ACTION PLAN | BY WHOM | BY WHEN | PROGRESS | REVISED TIMETABLE |", revision)
    rows = [(t.seq, t.timeline_raw, t.reading.kind, t.reading.assumptions) for t in processed.normalised.timelines]
    assert rows == [(1, "September 2002", original, (SUPERSEDED_BY_REVISION,) if original == "superseded" else ()),
                    (2, revision, kind, (PRINTED_REVISION,))]
    assert processed.parsed.actions[0].notes is None  # the revision is read, not kept as a note as well
    due = due_dates(processed.normalised).get(processed.parsed.actions[0].action_id, (None, None))
    done = {s.action_id: (s.status, s.status_from) for s in processed.normalised.statuses}
    if kind == "complete":  # the date it was due by stays, and the action is done
        assert due == (dt.date(2002, 9, 30), "deadline")
        assert done == {processed.parsed.actions[0].action_id: ("complete", "timeline")}
    else:  # the revision's own end, where it has one (`Ongoing`, a condition, a cadence has none)
        assert due[0] == processed.normalised.timelines[1].reading.end_date and not done


def test_a_revision_naming_no_time_replaces_nothing(tmp_path):
    """`TBC` in the revised column: the BY WHEN date stays the deadline, the revision is reported as unresolved."""
    processed = _plan(tmp_path, "ACTION PLAN | BY WHOM | BY WHEN | PROGRESS | REVISED TIMETABLE |", "TBC")
    assert [(t.timeline_raw, t.reading.kind) for t in processed.normalised.timelines] == [
        ("September 2002", "deadline"), ("TBC", "unresolved")]
    assert "unresolved_timeline" in [i.code for i in processed.normalised.issues]


@pytest.mark.parametrize(("heading", "role"), [
    ("REVISED TIMETABLE", "revised"), ("Revised date", "revised"), ("New target date", "revised"),
    ("Revised target date", "revised"), ("Revised due date", "revised"), ("Revised timescales", "revised"),
    ("BY WHEN", "timeline"), ("Timetable", "timeline"), ("Target date", "timeline"),
])
def test_headings_of_a_revised_timeline(heading, role):
    assert load_profile("generic").roles.role_of(heading) == role


def test_a_revised_column_alone_is_the_timeline(tmp_path):
    """With no timeline column beside it, the revision has nothing to replace: the action's one timeline."""
    path = tmp_path / "plan.txt"
    path.write_text("ACTION PLAN | BY WHOM | PROGRESS | NEW TARGET DATE |\n"
                    "Review the allocations policy | Repairs Manager | Drafted | April 2003 |\n", encoding="utf-8")
    processed = process(path, load_profile("generic"), ReferenceDates(given=MEETING))
    assert [(t.timeline_raw, t.reading.kind, t.reading.end_date) for t in processed.normalised.timelines] == [
        ("April 2003", "deadline", dt.date(2003, 4, 30))]


def test_waverley_repairs_revised_timetable():
    """Waverley's day-to-day repairs plan (lines 7-11): `April 2003`, `December 2002` and `February 2003` are the
    current deadlines, BY WHEN's dates the ones they replaced; line 9's `Done` makes it done beside its progress
    sentence, due April 2002 as printed. Each revision's row spans its own words in its cell."""
    processed = process(REPAIRS, load_profile("generic"), ReferenceDates(given=MEETING))
    text = processed.document.text
    due = due_dates(processed.normalised)
    assert [due[a.action_id][0].isoformat() for a in processed.parsed.actions] == [
        "2001-12-31", "2003-04-30", "2002-04-30", "2002-12-31", "2003-02-28"]
    assert [text[t.span.char_start:t.span.char_end] for t in processed.normalised.timelines
            if PRINTED_REVISION in t.reading.assumptions] == ["Done", "April 2003", "Done", "December 2002",
                                                               "February 2003"]
    line_9 = processed.parsed.actions[2]
    assert [(s.status, s.status_from) for s in processed.normalised.statuses if s.action_id == line_9.action_id] == [
        ("complete", "timeline")]
    assert "progress_without_status" not in [i.code for i in processed.normalised.issues
                                             if i.span.line_start == 9]
