"""A year end that names no year, and a span counted from an event that prints no date.

`by the end of the year` names neither the financial nor the calendar year. The timeline rules read
a period printed with no year (`by Q4`) in the financial year of the plan's own date, so the year end is read so too,
and the choice is named (`year_end_unnamed_as_financial_year`) and reported (`timeline_year_ambiguous`), not left
unresolved, a time read as no time. `within three months of the CPC` counts from an event whose date the phrase
does not print: the `conditional` kind (the event it waits on), no dates and its words kept as the condition, not
dated from the plan's date, a wrong date with nothing said. A time named after `of` is no event (`of
the date of this plan`). Each row worked out by hand from the rules (reference date 2024-06-01: financial year
2024/25).
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import REFERENCE
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
CHOICE = "year_end_unnamed_as_financial_year"

# phrase, reference date, start, end, kind, condition, assumptions
READINGS = [
    ("by the end of the year", REFERENCE, "2024-04-01", "2025-03-31", "deadline", None,
     ("fiscal_year_from_document_date", CHOICE)),
    ("End of this year", REFERENCE, "2024-04-01", "2025-03-31", "deadline", None,
     ("fiscal_year_from_document_date", CHOICE)),
    # no reference date: no year to read it in, so undated and reported, never dated from the day it is read
    ("by the end of the year", None, None, None, "deadline", None, ("year_end_without_reference",)),
    # a year printed after it is that year (the calendar_year rule), as before
    ("by the end of the year 2025", REFERENCE, "2025-01-01", "2025-12-31", "deadline", None, ()),
    # the year's kind printed: no choice to name
    ("by the end of the calendar year", REFERENCE, "2024-01-01", "2024-12-31", "deadline", None,
     ("calendar_year_from_document_date",)),
    ("by the end of the financial year", REFERENCE, "2024-04-01", "2025-03-31", "deadline", None,
     ("fiscal_year_from_document_date",)),
    # spans counted from an event printed with no date: conditional on it, no dates
    ("within three months of the CPC", REFERENCE, None, None, "conditional", "within three months of the CPC", ()),
    ("Report to Cabinet within 3 months of the inspection", REFERENCE, None, None, "conditional",
     "within 3 months of the inspection", ()),
    ("6 weeks after the consultation closes", REFERENCE, None, None, "conditional",
     "6 weeks after the consultation closes", ()),
    # a time named after `of` is no event: counted from the plan's date, as before
    ("within 6 months of the date of this plan", REFERENCE, "2024-06-01", "2024-11-30", "deadline", None,
     ("relative_to_document_date",)),
    ("within 12 months", REFERENCE, "2024-06-01", "2025-05-31", "deadline", None, ("relative_to_document_date",)),
]


def _date(text):
    return None if text is None else dt.date.fromisoformat(text)


@pytest.mark.parametrize("phrase, reference, start, end, kind, condition, assumptions", READINGS,
                         ids=[f"{row[0]}-{row[1]}" for row in READINGS])
def test_reading(phrase, reference, start, end, kind, condition, assumptions):
    reading = read_timeline(phrase, FY, reference)
    assert (reading.start_date, reading.end_date, reading.kind, reading.condition, reading.assumptions) == (
        _date(start), _date(end), kind, condition, assumptions)


@pytest.mark.parametrize("phrase, reference, issues", [
    # the choice of year is said, with the reading the auditor may prefer
    ("by the end of the year", REFERENCE, [(
        "timeline_year_ambiguous", "timeline 'by the end of the year' read as 2024-04-01 to 2025-03-31; the phrase "
        "does not say which year; the plan's financial year was taken (the calendar year would end on 31 December)")]),
    ("by the end of the year", None, [("timeline_needs_reference", "timeline 'by the end of the year' names no year and no reference date was given (--reference-date, or the file's published date in --manifest)")]),
    ("by the end of the financial year", REFERENCE, []),
    # a condition, as `when advised by Oflog` is: nothing to warn of
    ("within three months of the CPC", REFERENCE, []),
])
def test_what_an_auditor_is_told(phrase, reference, issues):
    assert timeline_messages(phrase, reference) == issues


# A season with no year (Holwell Parish Council's `by the summer`): the one holding the plan's date, else the next to
# start after it, never one already past; in running words or a title a season's name is no time.
SEASONS = [
    ("by the summer", dt.date(2024, 6, 1), "2024-06-01", "2024-08-31"),
    ("by the summer", dt.date(2016, 10, 1), "2017-06-01", "2017-08-31"),
    ("in the winter", dt.date(2025, 1, 15), "2024-12-01", "2025-02-28"),
    ("during the spring", dt.date(2024, 12, 1), "2025-03-01", "2025-05-31"),
]


@pytest.mark.parametrize("phrase, reference, start, end", SEASONS, ids=[f"{r[0]}-{r[1]}" for r in SEASONS])
def test_a_season_with_no_year_is_the_next_from_the_plans_date(phrase, reference, start, end):
    reading = read_timeline(phrase, FY, reference)
    assert (reading.start_date, reading.end_date, reading.assumptions) == (
        _date(start), _date(end), ("uk_meteorological_season", "season_next_after_document_date"))


@pytest.mark.parametrize("phrase, reference, kind, code", [
    ("by the summer", None, "deadline", "timeline_needs_reference"),
    ("response to the Autumn Statement", REFERENCE, "unresolved", "unresolved_timeline"),
])
def test_a_season_with_no_year_undated_or_no_time(phrase, reference, kind, code):
    """Without the plan's date it waits for one; a statement named by a season is no season (nor is a school term:
    tests/normalise/test_term_no_year.py reads `in the Summer term` as the term's months)."""
    reading = read_timeline(phrase, FY, reference)
    assert (reading.kind, reading.start_date, [c for c, _ in timeline_messages(phrase, reference)]) == (kind, None, [code])


# A span counted from a day it prints (`within 3 months of 1 April 2025`): from that day, so much later, not from the
# plan's date (2024-06-01 to 2024-08-31 here) with the day printed named a second period.
FROM_A_DAY = [
    ("within 3 months of 1 April 2025", "2025-04-01", "2025-06-30"),
    ("within six weeks of 1st April 2025", "2025-04-01", "2025-05-12"),
    ("no later than 2 years after 15 January 2025", "2025-01-15", "2027-01-14"),
]


# From a month with no day (`within six months of March 2025`): from its first day to the span's end counted from its
# last, the latest the words allow (as `by March 2025` is due on 31 March), not counted from the plan's date
# (2024-06-01 to 2024-11-30 here), the month a second period. The phrases are the task's examples, worked by hand.
FROM_A_MONTH = [
    ("within six months of March 2025", "2025-03-01", "2025-09-30"),
    ("within 3 months of April 2025", "2025-04-01", "2025-07-31"),
    ("no later than 2 years after January 2025", "2025-01-01", "2027-01-31"),
    ("within six weeks of March 2025", "2025-03-01", "2025-05-12"),
]


@pytest.mark.parametrize("phrase, start, end", FROM_A_MONTH, ids=[row[0] for row in FROM_A_MONTH])
def test_a_span_counted_from_a_printed_month(phrase, start, end):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.assumptions) == (
        "deadline", _date(start), _date(end), "range", ("counted_from_printed_month",))


@pytest.mark.parametrize("phrase, start, end", FROM_A_DAY, ids=[row[0] for row in FROM_A_DAY])
def test_a_span_counted_from_a_printed_day(phrase, start, end):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.assumptions) == (
        "deadline", _date(start), _date(end), "range", ("counted_from_printed_date",))
