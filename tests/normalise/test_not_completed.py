"""`not completed`, `Not in place`: work not done is no completion.

Epping Forest District Council's minutes on its Corporate Plan Key Action Plan 2016/17 at the year's end (corpus
`pages`, http://rds.eppingforestdc.gov.uk/mgAi.aspx?ID=61889) count deliverables that "were not completed by year-end
albeit significant progress has been made". Read as a timeline, the phrase was kind `complete` (the completion's
word matched, the `not` before it unseen), so an action the plan says is unfinished would be left out of every
overdue list (docs/output.md: an action is complete when a timeline of it reads so). Now `not` or `not yet` before a
completion's word makes none: the phrase is a deadline at the year end it names (the plan's own financial year);
`Not complete`, `Not yet completed` and `Not in place` alone are a status, not a time (`status_not_time`), as `Not
started` is. `Complete`, `Completed by officers in August 2008` read as before.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar

FY = FiscalCalendar()
EPPING = "not completed by year-end albeit significant progress has been made"
# The plan the minutes report on is the Key Action Plan 2016/17: its year-end is 2016/17's, the year it is dated in.
PLAN_2016_17 = dt.date(2016, 4, 1)


def test_not_completed_by_a_year_end_is_a_deadline_not_a_completion():
    reading = read_timeline(EPPING, FY, PLAN_2016_17)
    assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
        "deadline", dt.date(2016, 4, 1), dt.date(2017, 3, 31), ("fiscal_year_from_document_date",))


@pytest.mark.parametrize("phrase", ["Not complete", "Not yet completed", "Not in place", "not started"])
def test_work_not_done_printed_alone_is_a_status(phrase):
    reading = read_timeline(phrase, FY, PLAN_2016_17)
    assert (reading.kind, reading.start_date, reading.assumptions) == ("unresolved", None, ("status_not_time",))


@pytest.mark.parametrize("phrase", ["Complete", "Completed by officers in August 2008 and approved by Council in "
                                    "September 2008.", "In place from Dec 03", "Phase 1 implementation complete"])
def test_a_completion_reads_as_before(phrase):
    assert read_timeline(phrase, FY, PLAN_2016_17).kind == "complete"
