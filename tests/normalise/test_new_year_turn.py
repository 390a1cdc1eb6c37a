"""`By the new year`: due at the turn into the year `in the new year` names, 31 December before it
(council_actions/dating/new_year.new_year_turn).

`in the new year` and `early in the new year` name the calendar year beginning within the one financial year the
plan states, else the one after the plan's date, a guess reported. `by the new year`, 31 December or 1 January by
its words, is read by the same rules, as the last day of the year before the new year, the day `by the end of the
calendar year` is due, not left unresolved with its dates empty; the reading names that choice
(`new_year_turn_as_31_december`) beside where the year came from. No real plan printing the phrase was found in
samples/ or by searches of the `pages` corpus (`by the new year` in action plans and officers' reports): the
phrases are the task's example and its spellings; each row is worked out by hand (reference date 2024-06-01:
financial year 2024/25).
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar, PlanYears
from tests.conftest import REFERENCE
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
AFTER, TURN = "new_year_after_document_date", "new_year_turn_as_31_december"

# phrase, reference date, the plan's stated years, due date, assumptions
READINGS = [
    ("by the new year", REFERENCE, None, "2024-12-31", (AFTER, TURN)),
    ("Complete by the New Year.", REFERENCE, None, "2024-12-31", (AFTER, TURN)),
    ("by New Year", REFERENCE, None, "2024-12-31", (AFTER, TURN)),
    ("before the new year", REFERENCE, None, "2024-12-31", (AFTER, TURN)),
    # a plan written in February: the new year is the next one, so the turn is this year's end, as `in the new year`
    ("by the new year", dt.date(2025, 2, 10), None, "2025-12-31", (AFTER, TURN)),
    # the one financial year the plan states holds one 1 January: no guess
    ("by the new year", REFERENCE, PlanYears(2025, 1), "2025-12-31", ("new_year_from_plan_period", TURN)),
    # neither the plan's year nor its date: found, undated, reported
    ("by the new year", None, None, None, ("new_year_without_reference",)),
]


@pytest.mark.parametrize("phrase, reference, plan, due, assumptions", READINGS,
                         ids=[f"{row[0]}-{row[1]}-{row[2]}" for row in READINGS])
def test_reading(phrase, reference, plan, due, assumptions):
    reading = read_timeline(phrase, FY, reference, plan)
    day = None if due is None else dt.date.fromisoformat(due)
    assert (reading.start_date, reading.end_date, reading.kind, reading.assumptions) == (
        day, day, "deadline", assumptions)


@pytest.mark.parametrize("phrase", [
    "by New Year's Day",  # a day of the new year, not the turn into it
    "by the new year 2025",  # a printed year: that year's (the `new_year` rule's)
    "until next year",  # its turn or its end: the words do not say (tests/normalise/test_by_next_year.py)
])
def test_not_the_turn_into_the_new_year(phrase):
    assert TURN not in read_timeline(phrase, FY, REFERENCE).assumptions


def test_the_year_guessed_is_reported_as_for_in_the_new_year():
    assert timeline_messages("by the new year", REFERENCE) == [(
        "timeline_year_ambiguous", "timeline 'by the new year' read as 2024-12-31 to 2024-12-31; the phrase does not say "
        "which year; the calendar year after the plan's date was taken")]
    assert timeline_messages("by the new year", None) == [(
        "timeline_needs_reference", "timeline 'by the new year' is relative to the plan's date and no reference date was given (--reference-date, or the file's published date in --manifest)")]
