"""A day printed with no year (`by 31 March`): that day in the plan's own financial year.

Tamworth Borough Council's scrutiny minutes on its corporate peer challenge (corpus `pages`,
https://democracy.tamworth.gov.uk/mgAi.aspx?ID=17126, January 2025) note "the 31st January 2025 deadline and deadline
of the 31st March to publish the final version of the action plan": the second day prints no year. It was
`unresolved`, dates empty, nothing said, though the timeline rules read `End May` and `12th - 15th March` in the plan's
own financial year (docs/assumptions.md, Timelines: the one it states, else that of its date). Read the same way: 31 March
2025 for a paper of January 2025 (financial year 2024/25), named `month_from_document_year`; without the plan's year
or date, found, undated and reported (`timeline_needs_reference`), never a year made up.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar, PlanYears
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
TAMWORTH = "deadline of the 31st March to publish the final version of the action plan"
JANUARY_2025 = dt.date(2025, 1, 22)

# phrase, reference date, the plan's stated years, due date, assumptions
READINGS = [
    (TAMWORTH, JANUARY_2025, None, "2025-03-31", ("month_from_document_year",)),
    ("by 31 March", JANUARY_2025, None, "2025-03-31", ("month_from_document_year",)),
    ("31 March", dt.date(2024, 6, 1), None, "2025-03-31", ("month_from_document_year",)),
    ("by 30 September", dt.date(2024, 6, 1), None, "2024-09-30", ("month_from_document_year",)),
    ("by 31st of March", None, PlanYears(2024, 1), "2025-03-31", ("month_from_plan_period",)),
]


@pytest.mark.parametrize("phrase, reference, plan, due, assumptions", READINGS, ids=[r[0][:30] for r in READINGS])
def test_a_day_with_no_year_is_of_the_plans_own_year(phrase, reference, plan, due, assumptions):
    reading = read_timeline(phrase, FY, reference, plan)
    day = dt.date.fromisoformat(due)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.assumptions) == (
        "deadline", day, day, "day", assumptions)


def test_without_the_plans_year_or_date_it_is_found_undated_and_reported():
    reading = read_timeline(TAMWORTH, FY, None)
    assert (reading.kind, reading.start_date, reading.assumptions) == (
        "deadline", None, ("month_without_year_no_reference",))
    assert timeline_messages("by 31 March", None) == [(
        "timeline_needs_reference", "timeline 'by 31 March' names no year and no reference date was given "
        "(--reference-date, or the file's published date in --manifest)")]


@pytest.mark.parametrize("phrase", ["by 31 September", "Phase 3 May be reviewed", "Stage 2 March"])
def test_no_day_is_made_up(phrase):
    """A day that does not exist, and a number before a month with no ordinal and no deadline's word before it (a
    phase's or stage's number), are no day."""
    assert read_timeline(phrase, FY, JANUARY_2025).kind == "unresolved"


def test_a_day_printing_its_year_is_read_as_before():
    reading = read_timeline("by 31 March 2026", FY, JANUARY_2025)
    assert (reading.end_date, reading.assumptions) == (dt.date(2026, 3, 31), ())
