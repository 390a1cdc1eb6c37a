"""Work printed as done with the time it was done, where a timeline belongs, is kind `complete` at that time, not a
deadline (council_actions/dating/kinds.DONE, timelines._done_before).

Waverley's CPA improvement plan update to the Executive of 1 March 2005 prints under When? `Benefits backlog cleared
July 2004` (samples/other_councils/waverley_cpa_improvement_plan_2004.txt, line 17); Copeland's table of `Fully
Completed Tasks` prints under By When `Reported to Strategic Housing Panel in April 2009.` (its line 13): what was
done and when, not a target. Both were read as a deadline or period due then. Searched over samples/ and
tests/fixtures/ (every deadline or period whose phrase holds a past participle and no word of a time to come, 6
December 2026), these are the two such phrases; `Felling completed within next three years` (a window to come) and
RBKC's `Ensure that robust controls and policies are established ... (July 2025)` (a target) are not done.

The same words are a milestone's target in a plan written before the date (`Strategy adopted March 2025` in a 2024
plan), so they read as done only where the period ends before the plan's own date (given, printed, else the revision
label's, which the row then names too); the reading names the choice (`done_before_document_date`). The timelines
spec has the place for it: kind `complete` with the period it names, as `Completed
October 2022` already reads.
"""

from __future__ import annotations

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar

FY = FiscalCalendar()
WAVERLEY = dt.date(2005, 3, 1)  # the Executive the update went to (samples/other_councils/SOURCES.md)
DONE = "done_before_document_date"


@pytest.mark.parametrize(("phrase", "reference", "expected"), [
    # Waverley's When?, line 17: cleared in July 2004, reported in March 2005
    ("Benefits backlog cleared July 2004", WAVERLEY,
     ("complete", "2004-07-01", "2004-07-31", "month", "2004/05", (DONE,))),
    # Copeland's By When, line 13, under `Table 1: Fully Completed Tasks`: the plan prints no date; any after 2009
    ("Reported to Strategic Housing Panel in April 2009. Recommended", dt.date(2009, 11, 1),
     ("complete", "2009-04-01", "2009-04-30", "month", "2009/10", (DONE,))),
])
def test_work_done_at_a_time_before_the_plan_is_complete_then(phrase, reference, expected):
    reading = read_timeline(phrase, FY, reference)
    assert (reading.kind, str(reading.start_date), str(reading.end_date), reading.precision, reading.fiscal_year,
            reading.assumptions) == expected


@pytest.mark.parametrize(("phrase", "reference", "kind"), [
    # the same line in a plan written before July 2004 is its target; with no date to tell, as printed: a deadline
    ("Benefits backlog cleared July 2004", dt.date(2004, 6, 1), "deadline"),
    ("Benefits backlog cleared July 2004", dt.date(2004, 7, 15), "deadline"),  # the month not yet over
    ("Benefits backlog cleared July 2004", None, "deadline"),
    ("Reported to Strategic Housing Panel in April 2009. Recommended", None, "period"),
    # words of a time to come before the participle keep a target (RBKC's caring deliverables, a sample)
    ("Ensure that robust controls and policies are established to maintain appropriate recruitment decisions and "
     "staffing levels (July 2025).", dt.date(2026, 12, 6), "deadline"),
    ("Strategy to be approved by Cabinet March 2025", dt.date(2026, 12, 6), "deadline"),
    ("Policy will be adopted March 2025", dt.date(2026, 12, 6), "deadline"),
    ("Report due to be published March 2025", dt.date(2026, 12, 6), "deadline"),
    ("by March 2025", dt.date(2026, 12, 6), "deadline"),  # no participle: a deadline, past or not
])
def test_a_target_stays_a_target(phrase, reference, kind):
    reading = read_timeline(phrase, FY, reference)
    assert (reading.kind, DONE in reading.assumptions) == (kind, False)


def test_completion_words_still_say_done_by_themselves():
    """`Completed October 2022` (Bath and North East Somerset's local plan timeline) was complete before this rule,
    with no date to compare: the rule adds nothing to it."""
    reading = read_timeline("Completed October 2022", FY, None)
    assert (reading.kind, reading.assumptions) == ("complete", ())
