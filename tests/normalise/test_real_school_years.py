"""The school year as councils print it: real lines, where the tests had only made-up ones (`academic year 2025/26`).

Found with the search tool (corpus `pages`, 6 December 2026):
- City of York Council's decision on its term dates (https://democracy.york.gov.uk/mgDecisionDetails.aspx?IId=68240&Opt=1)
  is titled `Term Dates for the school year beginning in September 2024-2025`, and resolves on `School term dates for
  the 2024/2025 school year`;
- Newcastle City Council's Education and Skills Priorities 2024-25
  (https://newcastle.gov.uk/services/schools-learning-and-childcare/education-plans-strategies-and-funding/education-and-skills)
  lists `the priorities for the Education Division of the local authority for the 2024/25 academic year`.
None prints the year after `academic year`, as the made-up line does: it comes before `school year` or `academic
year`, or after the month the school year begins in. Each is the school year 2024/25, 1 September 2024 to 31 August 2025
(`academic_year_september_to_august`). Before, York's title read as the financial year 2024/25, April to March, with
`September` named unread; the other two read as now.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar

FY = FiscalCalendar()
REFERENCE = dt.date(2024, 6, 1)


@pytest.mark.parametrize("phrase", [
    "Term Dates for the school year beginning in September 2024-2025",  # York, the decision's title
    "School term dates for the 2024/2025 school year",  # York, the decision
    "Listed below are the priorities for the Education Division of the local authority for the 2024/25 academic year:",
])
def test_the_school_year_as_printed(phrase):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.start_date, reading.end_date, reading.assumptions, reading.unread) == (
        dt.date(2024, 9, 1), dt.date(2025, 8, 31), ("academic_year_september_to_august",), ())


def test_september_without_the_school_year_is_the_month():
    """`beginning in September 2024-2025` says when the school year begins; September alone is still the month."""
    reading = read_timeline("September 2024", FY, REFERENCE)
    assert (reading.start_date, reading.end_date) == (dt.date(2024, 9, 1), dt.date(2024, 9, 30))
