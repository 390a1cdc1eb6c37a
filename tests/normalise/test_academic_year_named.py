"""A school year named by its place, with no year printed: `by the end of the academic year`, `next academic year`.

Unread before (unresolved, no dates). The school year runs 1 September to 31 August, so the one meant is the school
year holding the plan's date (its reference date), as a term with no year is the one holding it: with the plan
dated June 2024, `by the end of the academic year` is due 31 August 2024; dated September 2024, 31 August 2025.
Never the financial year, which the plan would have named. No real line prints the form (corpus `pages`, 6 December
2026, 4 searches: school improvement, SEND and children's services plans); the lines are the brief's and made up.
"""

import datetime as dt

import pytest
from council_actions.ingest.model import Span
from council_actions.normalise.reported import timeline_issues

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar

FY = FiscalCalendar()
SCHOOL, OWN, NEXT = "academic_year_september_to_august", "academic_year_from_document_date", \
    "next_academic_year_from_document_date"
JUNE, SEPTEMBER = dt.date(2024, 6, 1), dt.date(2024, 9, 1)


@pytest.mark.parametrize("phrase, reference, start, end, kind, named", [
    ("by the end of the academic year", JUNE, "2023-09-01", "2024-08-31", "deadline", OWN),
    ("by the end of the academic year", SEPTEMBER, "2024-09-01", "2025-08-31", "deadline", OWN),
    ("end of academic year", dt.date(2024, 8, 31), "2023-09-01", "2024-08-31", "deadline", OWN),
    ("by the end of this school year", JUNE, "2023-09-01", "2024-08-31", "deadline", OWN),
    ("during the current academic year", JUNE, "2023-09-01", "2024-08-31", "period", OWN),
    ("next academic year", JUNE, "2024-09-01", "2025-08-31", "deadline", NEXT),
    ("in the next academic year", SEPTEMBER, "2025-09-01", "2026-08-31", "period", NEXT),
])
def test_a_school_year_named_by_its_place_is_the_one_holding_the_plans_date(phrase, reference, start, end, kind,
                                                                          named):
    reading = read_timeline(phrase, FY, reference)
    assert (reading.kind, reading.start_date, reading.end_date, reading.fiscal_year, reading.assumptions) == (
        kind, dt.date.fromisoformat(start), dt.date.fromisoformat(end), None, (SCHOOL, named))


def test_without_the_plans_date_it_is_found_undated_and_reported():
    phrase = "by the end of the academic year"
    reading = read_timeline(phrase, FY, None)
    assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
        "deadline", None, None, ("academic_year_without_reference",))
    issues = timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)
    assert [i.code for i in issues] == ["timeline_needs_reference"]


@pytest.mark.parametrize("phrase", ["by the end of the academic year 2024/25", "end of the 2024/25 academic year",
                                    "Term Dates for the school year beginning in September 2024-2025"])
def test_a_school_year_printing_its_year_is_that_year_whatever_the_plans_date(phrase):
    """York's title and the year printed after or before the words: the school year 2024/25, not the one holding the
    reference date (2025/26 here)."""
    reading = read_timeline(phrase, FY, dt.date(2025, 10, 1))
    assert (reading.start_date, reading.end_date, reading.assumptions) == (
        dt.date(2024, 9, 1), dt.date(2025, 8, 31), (SCHOOL,))


@pytest.mark.parametrize("phrase", ["improve attendance across the school year", "school year", "each academic year"])
def test_a_school_year_no_word_places_is_not_read_as_one(phrase):
    assert read_timeline(phrase, FY, JUNE).start_date is None
