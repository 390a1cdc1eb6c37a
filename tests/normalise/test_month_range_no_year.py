"""Two months printed with no year (`November - February`): the span between them in the plan's own financial year.

Maidstone's Annual Governance Statement action plan update ("Updated Actions for 2014-15", corpus `pages`, the
maidstone.gov.uk copy of `Appendix A - Annual Governance Statement Action Plan Update`) gives a new Communication
and Engagement Strategy a proposed timetable: `Drafted November - February`, then `Overview and Scrutiny Invited to
Review March 2015` (its third row, which the stored copy cuts off before the row ends: hence left out of
samples/other_councils/maidstone_ags_2014_15.txt, which holds the first two). The first is dated, not left
`unresolved` with its dates empty, as `End May` and `12th - 15th March` are read in the plan's own year (docs/assumptions.md,
Timelines: a month or days with no year are of the plan's own financial year, the one it states, else that
of its date). Read the same way: November 2014 to February 2015 in a
plan of 2014/15, the first month in that year and the last the first such month after it (across the year end,
named), never a date made up without the plan's year or date (undated and reported). A quarter's gloss
(`Q3 (Jan-Mar)`) is no such range: the quarter is read and the months it does not have are named unread.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar, PlanYears

FY = FiscalCalendar()
PLAN, DATE, ACROSS = "month_from_plan_period", "month_from_document_year", "month_range_across_year_end"

# phrase, reference date, the plan's stated years, kind, start, end, assumptions
READINGS = [
    ("Drafted November - February", dt.date(2014, 10, 1), None, "deadline", "2014-11-01", "2015-02-28",
     (DATE, ACROSS)),
    ("Drafted November - February", None, PlanYears(2014, 1), "deadline", "2014-11-01", "2015-02-28",
     (PLAN, ACROSS)),
    ("Drafted November - February", dt.date(2016, 1, 5), None, "deadline", "2015-11-01", "2016-02-29",
     (DATE, ACROSS)),  # a plan dated January 2016: its financial year 2015/16, February of a leap year
    ("from November to February", dt.date(2014, 10, 1), None, "period", "2014-11-01", "2015-02-28", (DATE, ACROSS)),
    ("May - June", dt.date(2014, 10, 1), None, "deadline", "2014-05-01", "2014-06-30", (DATE,)),
    ("Jan - Mar", dt.date(2014, 10, 1), None, "deadline", "2015-01-01", "2015-03-31", (DATE,)),
]


@pytest.mark.parametrize("phrase, reference, plan, kind, start, end, assumptions", READINGS,
                         ids=[f"{row[0]}-{row[1]}-{row[2]}" for row in READINGS])
def test_reading(phrase, reference, plan, kind, start, end, assumptions):
    reading = read_timeline(phrase, FY, reference, plan)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.assumptions) == (
        kind, dt.date.fromisoformat(start), dt.date.fromisoformat(end), "range", assumptions)


def test_without_the_plans_year_or_date_it_is_found_undated():
    reading = read_timeline("Drafted November - February", FY, None)
    assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
        "deadline", None, None, ("month_without_year_no_reference", ACROSS))


@pytest.mark.parametrize("phrase, months", [
    ("Sept - Dec 2024", ("2024-09-01", "2024-12-31")),  # the year printed: the month_range rule's, as before
    ("Apr 25 - Mar 26", ("2025-04-01", "2026-03-31")),
])
def test_months_printing_their_year_are_read_as_before(phrase, months):
    reading = read_timeline(phrase, FY, dt.date(2014, 10, 1))
    assert (str(reading.start_date), str(reading.end_date)) == months


def test_a_quarters_gloss_it_does_not_have_is_still_named_unread():
    reading = read_timeline("Q3 (Jan-Mar)", FY, dt.date(2014, 10, 1))
    assert (reading.start_date, reading.end_date, reading.unread) == (
        dt.date(2014, 10, 1), dt.date(2014, 12, 31), ("Jan", "Mar"))


@pytest.mark.parametrize("phrase, cadence", [("Annually Nov - Feb", "annual"), ("Quarterly Jan - Mar", "quarterly")])
def test_in_a_recurring_phrase_the_months_are_no_date_and_no_times(phrase, cadence):
    """A span of each year, not the times it recurs at: no dates, no months named, no precision, as before."""
    reading = read_timeline(phrase, FY, dt.date(2014, 10, 1))
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.cadence, reading.months,
            reading.assumptions) == ("recurring", None, None, None, cadence, (), ())
