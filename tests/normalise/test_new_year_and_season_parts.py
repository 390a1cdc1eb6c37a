"""Year-less phrases of one family, each dated: `early in the new year`, `early next year`, `late spring`.

The timeline rules read a period printed with no year against the plan: a quarter or month in the plan's
own financial year, a season as the next after the plan's date. `the new year` and `next year` name the calendar year
that begins after the plan was written: in a plan stating one financial year as its own (`Delivery Plan 2025/26`) the
one 1 January within it, else the year after the plan's date, a guess the reading names and the normaliser reports
(`timeline_year_ambiguous`). Early, mid and late are its thirds, as in `early 2026`; of a season, its months. None
of these phrases is left `unresolved`, its dates empty. The phrases are the task's examples (the family a council
data team reported: `early in the new year`, `in the new year`, `early next year`, `late spring`); each row is worked
out by hand (reference date 2024-06-01: financial year 2024/25).
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar, PlanYears
from tests.conftest import REFERENCE
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
AFTER = "new_year_after_document_date"
THIRDS = "part_of_year_in_thirds"
PLAN_2025_26 = PlanYears(2025, 1)  # `Delivery Plan 2025/26`: one financial year

# phrase, reference date, the plan's stated years, start, end, kind, assumptions
READINGS = [
    ("early in the new year", REFERENCE, None, "2025-01-01", "2025-04-30", "deadline", (AFTER, THIRDS)),
    ("Early in the New Year.", REFERENCE, None, "2025-01-01", "2025-04-30", "deadline", (AFTER, THIRDS)),
    ("early new year", REFERENCE, None, "2025-01-01", "2025-04-30", "deadline", (AFTER, THIRDS)),
    ("in the new year", REFERENCE, None, "2025-01-01", "2025-12-31", "period", (AFTER,)),
    ("early next year", REFERENCE, None, "2025-01-01", "2025-04-30", "deadline", (AFTER, THIRDS)),
    ("late next year", REFERENCE, None, "2025-09-01", "2025-12-31", "deadline", (AFTER, THIRDS)),
    ("next year", REFERENCE, None, "2025-01-01", "2025-12-31", "deadline", (AFTER,)),
    # a plan written in February: the new year is the next one, not the one just begun
    ("early in the new year", dt.date(2025, 2, 10), None, "2026-01-01", "2026-04-30", "deadline", (AFTER, THIRDS)),
    # the one financial year the plan states holds one 1 January: no guess
    ("early in the new year", REFERENCE, PLAN_2025_26, "2026-01-01", "2026-04-30", "deadline",
     ("new_year_from_plan_period", THIRDS)),
    # neither the plan's year nor its date: found, undated, reported
    ("early in the new year", None, None, None, None, "deadline", ("new_year_without_reference",)),
    # a part of a season with no year: its month, in the season holding the plan's date or the next
    ("late spring", REFERENCE, None, "2025-05-01", "2025-05-31", "deadline",
     ("uk_meteorological_season", "season_next_after_document_date", "season_part_as_month")),
    ("by early summer", REFERENCE, None, "2024-06-01", "2024-06-30", "deadline",
     ("uk_meteorological_season", "season_next_after_document_date", "season_part_as_month")),
    ("mid-autumn", REFERENCE, None, "2024-10-01", "2024-10-31", "deadline",
     ("uk_meteorological_season", "season_next_after_document_date", "season_part_as_month")),
    # with its year, the month of that season, as `early 2025` is a third of that year
    ("late spring 2025", REFERENCE, None, "2025-05-01", "2025-05-31", "deadline",
     ("uk_meteorological_season", "season_part_as_month")),
    ("early winter 2024", REFERENCE, None, "2024-12-01", "2024-12-31", "deadline",
     ("uk_meteorological_season", "season_part_as_month")),
]


def _date(text):
    return None if text is None else dt.date.fromisoformat(text)


@pytest.mark.parametrize("phrase, reference, plan, start, end, kind, assumptions", READINGS,
                         ids=[f"{row[0]}-{row[1]}-{row[2]}" for row in READINGS])
def test_reading(phrase, reference, plan, start, end, kind, assumptions):
    reading = read_timeline(phrase, FY, reference, plan)
    assert (reading.start_date, reading.end_date, reading.kind, reading.assumptions) == (
        _date(start), _date(end), kind, assumptions)


@pytest.mark.parametrize("phrase", [
    "New Year's Day",  # a day, not the year
    "the new year's budget",
    "within the next year",  # a window from the plan's date, not the calendar year
    "over the next year",
])
def test_not_the_new_year(phrase):
    assert AFTER not in read_timeline(phrase, FY, REFERENCE).assumptions


def test_the_year_guessed_is_reported():
    assert timeline_messages("early in the new year", REFERENCE) == [(
        "timeline_year_ambiguous", "timeline 'early in the new year' read as 2025-01-01 to 2025-04-30; the phrase "
        "does not say which year; the calendar year after the plan's date was taken")]
    assert timeline_messages("early in the new year", None) == [(
        "timeline_needs_reference", "timeline 'early in the new year' is relative to the plan's date and no reference date was given (--reference-date, or the file's published date in --manifest)")]
