"""A quarter glossed by two months each printed with its year, and a feast printed with no year.

Each row: the phrase, its start, end and due date, its kind and the assumptions its reading names, worked out by hand
from the timeline rules (docs/assumptions.md, Timelines) (the UK financial year: the third quarter is October
to December). The glossed quarter takes its year from the gloss, not read as a quarter with no year
(`quarter_without_year_no_reference`, no dates, the gloss lost as `first_period_of_several`), and a feast with no
year is dated against the plan's date, not left unresolved.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import REFERENCE
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
NOT_ITS_NUMBER = "quarter_number_not_of_financial_year"
NEXT = "feast_next_after_document_date"
CHRISTMAS, EASTER = "christmas_as_25_december", "easter_as_easter_sunday"

# phrase, reference date, start, end, kind, assumptions
GLOSSED = [
    # the months are the quarter's: that quarter of the financial year they fall in, nothing assumed
    ("Quarter 3 (October 2023 - December 2023)", REFERENCE, "2023-10-01", "2023-12-31", "deadline", ()),
    ("Q4 (January 2024 to March 2024)", REFERENCE, "2024-01-01", "2024-03-31", "deadline", ()),
    ("Q3 (Oct 23 - Dec 23)", REFERENCE, "2023-10-01", "2023-12-31", "deadline", ("two_digit_year",)),
    ("Q3 2023/24 (October 2023 - December 2023)", REFERENCE, "2023-10-01", "2023-12-31", "deadline", ()),
    # the gloss names other months: the printed months govern, the number not the financial year's (warned below)
    ("Quarter 2 (October 2023 - December 2023)", REFERENCE, "2023-10-01", "2023-12-31", "deadline", (NOT_ITS_NUMBER,)),
    ("Q4 (December 2023 - February 2024)", REFERENCE, "2023-12-01", "2024-02-29", "deadline", (NOT_ITS_NUMBER,)),
    # the first month's year is its own, not taken from the last's (fifteen months, so no quarter)
    ("Q3 (October 2022 - December 2023)", REFERENCE, "2022-10-01", "2023-12-31", "deadline", (NOT_ITS_NUMBER,)),
    # a year printed with the quarter that the months are not of
    ("Q3 2024/25 (October 2023 - December 2023)", REFERENCE, "2023-10-01", "2023-12-31", "deadline",
     ("quarter_year_not_of_months",)),
]

FEASTS = [
    # the next one on or after the plan's date (1 June 2024): Christmas 2024, Easter 2025 (Easter 2024 was 31 March)
    ("Christmas", REFERENCE, "2024-12-25", "2024-12-25", "deadline", (CHRISTMAS, NEXT)),
    ("by Easter", REFERENCE, "2025-04-20", "2025-04-20", "deadline", (EASTER, NEXT)),
    ("Before Christmas", REFERENCE, "2024-12-25", "2024-12-25", "deadline", (CHRISTMAS, NEXT)),
    # on the day itself it is that day; the day after, next year's
    ("by Christmas", dt.date(2024, 12, 25), "2024-12-25", "2024-12-25", "deadline", (CHRISTMAS, NEXT)),
    ("by Christmas", dt.date(2024, 12, 26), "2025-12-25", "2025-12-25", "deadline", (CHRISTMAS, NEXT)),
    # without the plan's date: found, no dates
    ("by Easter", None, None, None, "deadline", (EASTER, "feast_without_year_no_reference")),
]


def _date(text):
    return None if text is None else dt.date.fromisoformat(text)


@pytest.mark.parametrize("phrase, reference, start, end, kind, assumptions", GLOSSED + FEASTS,
                         ids=[f"{row[0]}@{row[1]}" for row in GLOSSED + FEASTS])
def test_reading(phrase, reference, start, end, kind, assumptions):
    reading = read_timeline(phrase, FY, reference)
    assert (reading.start_date, reading.end_date, reading.kind, reading.assumptions) == (
        _date(start), _date(end), kind, assumptions)


@pytest.mark.parametrize("phrase, reference, issues", [
    # a gloss contradicting its quarter is said: the auditor sees which part the months overrode
    ("Quarter 2 (October 2023 - December 2023)", REFERENCE, [(
        "timeline_gloss_disagrees", "timeline 'Quarter 2 (October 2023 - December 2023)' read as 2023-10-01 to "
        "2023-12-31, the months printed; the quarter's number is not that of those months in the financial year")]),
    ("Q3 2024/25 (October 2023 - December 2023)", REFERENCE, [(
        "timeline_gloss_disagrees", "timeline 'Q3 2024/25 (October 2023 - December 2023)' read as 2023-10-01 to "
        "2023-12-31, the months printed; the year printed with the quarter is not that of those months")]),
    ("Mar 2026 (Q3)", REFERENCE, [(
        "timeline_gloss_disagrees", "timeline 'Mar 2026 (Q3)' read as 2026-03-01 to 2026-03-31, the months printed; "
        "the quarter printed with the month is not the one it falls in")]),
    # a gloss that agrees brings nothing
    ("Quarter 3 (October 2023 - December 2023)", REFERENCE, []),
    # a feast with no year: dated from the plan's date with nothing to warn of, as `Q3` is; without it, reported
    ("by Christmas", REFERENCE, []),
    ("by Christmas", None, [("timeline_needs_reference", "timeline 'by Christmas' names no year and no reference date was given (--reference-date, or the file's published date in --manifest)")]),
])
def test_what_an_auditor_is_told(phrase, reference, issues):
    assert timeline_messages(phrase, reference) == issues


@pytest.mark.parametrize("phrase", ["Christmas lights switch-on", "Easter holiday activities programme",
                                    "after Christmas"])
def test_a_feast_in_running_words_is_no_time(phrase):
    """Only a feast standing alone or due by (`by`, `before`, `until` ...) is read; a name (`Christmas lights`) is no
    deadline, and `after Christmas` is no date it is due by."""
    assert read_timeline(phrase, FY, REFERENCE).start_date is None
