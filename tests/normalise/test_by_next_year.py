"""`By next year` and `until the new year`: read by the rules that read `next year`, `in the new year` and `by the new
year` (council_actions/dating/new_year.py), not left `unresolved` with their dates empty.

What each means, from the timeline rules (docs/assumptions.md, Timelines): `by X` is a deadline at the end of X, and `next year` names a
calendar year (the one after the plan's date, or the one 1 January within the plan's own financial year), so `by next
year` is due by the end of that year, as `by 2025` is in a plan of 2024, not at its start. `The new year` is read as
the turn into the year where a deadline's word stands before it (`by the new year`: 31 December before it), and
`until` is a deadline's word as `by` is (period_words.DEADLINE_WORDS: `until March 2025` is due by the end of March),
so `until the new year` is due at that turn, 31 December, as `by the new year` is; `till` is the same word. `Before
next year` is due at the turn too, as `before the new year` is: `next year` and `the new year` are one year, and no
part of it comes before it. `Until next year` (and `till`) is found and left undated, the reading and its warning
saying why: until it begins ("closed until next year", 31 December) or through it ("deferred until next year", its
end) are a year apart and the words name no day; neither is `unresolved` with no word of why. The year is
taken as for the others, the guess named (`new_year_after_document_date`) and reported (`timeline_year_ambiguous`),
and none where the plan states its one financial year. No real plan printing these phrases was found in samples/ or
by searches of the `pages` corpus: the phrases are the task's; each row is worked out by hand (reference date
2024-06-01: financial year 2024/25).
"""

import datetime as dt

import pytest
from council_actions.ingest.model import Span
from council_actions.normalise.reported import timeline_issues

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar, PlanYears
from tests.conftest import REFERENCE

FY = FiscalCalendar()
AFTER, PLAN, TURN = "new_year_after_document_date", "new_year_from_plan_period", "new_year_turn_as_31_december"

# phrase, reference date, the plan's stated years, start, end, precision, assumptions; every one a deadline
READINGS = [
    ("by next year", REFERENCE, None, "2025-01-01", "2025-12-31", "year", (AFTER,)),
    ("Complete by next year.", REFERENCE, None, "2025-01-01", "2025-12-31", "year", (AFTER,)),
    ("by next year", dt.date(2025, 2, 10), None, "2026-01-01", "2026-12-31", "year", (AFTER,)),
    ("by next year", REFERENCE, PlanYears(2025, 1), "2026-01-01", "2026-12-31", "year", (PLAN,)),
    ("until the new year", REFERENCE, None, "2024-12-31", "2024-12-31", "day", (AFTER, TURN)),
    ("Until the New Year", REFERENCE, None, "2024-12-31", "2024-12-31", "day", (AFTER, TURN)),
    ("till the new year", REFERENCE, None, "2024-12-31", "2024-12-31", "day", (AFTER, TURN)),  # not: all 2025
    ("until the new year", REFERENCE, PlanYears(2025, 1), "2025-12-31", "2025-12-31", "day", (PLAN, TURN)),
]


@pytest.mark.parametrize("phrase, reference, plan, start, end, precision, assumptions", READINGS,
                         ids=[f"{row[0]}-{row[1]}-{row[2]}" for row in READINGS])
def test_reading(phrase, reference, plan, start, end, precision, assumptions):
    reading = read_timeline(phrase, FY, reference, plan)
    assert (reading.start_date, reading.end_date, reading.precision, reading.kind, reading.assumptions) == (
        dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision, "deadline", assumptions)


def test_by_next_year_is_due_as_the_year_it_names():
    """`by next year` in a plan of 2024 is `by 2025`, the year's source named besides."""
    named, printed = read_timeline("by next year", FY, REFERENCE), read_timeline("by 2025", FY, REFERENCE)
    assert (named.start_date, named.end_date, named.precision, named.kind) == (
        printed.start_date, printed.end_date, printed.precision, printed.kind)


def test_until_the_new_year_is_due_as_by_the_new_year():
    until, by = read_timeline("until the new year", FY, REFERENCE), read_timeline("by the new year", FY, REFERENCE)
    assert (until.start_date, until.end_date, until.kind, until.assumptions) == (
        by.start_date, by.end_date, by.kind, by.assumptions)


@pytest.mark.parametrize("phrase, reference, plan, due, assumptions", [
    ("before next year", REFERENCE, None, "2024-12-31", (AFTER, TURN)),
    ("Complete before next year.", REFERENCE, None, "2024-12-31", (AFTER, TURN)),
    ("before next year", dt.date(2025, 2, 10), None, "2025-12-31", (AFTER, TURN)),
    ("before next year", REFERENCE, PlanYears(2025, 1), "2025-12-31", (PLAN, TURN)),
])
def test_before_next_year_is_due_at_its_turn(phrase, reference, plan, due, assumptions):
    reading = read_timeline(phrase, FY, reference, plan)
    day = dt.date.fromisoformat(due)
    assert (reading.start_date, reading.end_date, reading.precision, reading.kind, reading.assumptions) == (
        day, day, "day", "deadline", assumptions)


def test_before_next_year_is_due_as_before_the_new_year():
    named, turn = read_timeline("before next year", FY, REFERENCE), read_timeline("before the new year", FY, REFERENCE)
    assert (named.start_date, named.end_date, named.assumptions) == (turn.start_date, turn.end_date, turn.assumptions)


def test_not_before_next_year_is_no_deadline():
    """`not before next year` is the earliest the work may start: no turn read, nor the year."""
    assert read_timeline("not before next year", FY, REFERENCE).kind == "unresolved"


@pytest.mark.parametrize("phrase", ["until next year", "Until next year.", "till next year"])
@pytest.mark.parametrize("reference, plan", [(REFERENCE, None), (REFERENCE, PlanYears(2025, 1)), (None, None)])
def test_until_next_year_is_found_and_left_undated(phrase, reference, plan):
    reading = read_timeline(phrase, FY, reference, plan)
    assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
        "deadline", None, None, ("until_next_year_turn_or_end",))


def test_until_next_year_is_reported_saying_why():
    phrase = "until next year"
    issues = timeline_issues(phrase, read_timeline(phrase, FY, REFERENCE), Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [(
        "unresolved_timeline", "timeline 'until next year' could not be read (until the next year begins, 31 December, "
        "or through it to its end: a year apart, and the words name no day); dates left empty")]


@pytest.mark.parametrize(("phrase", "dates"), [
    ("by next year", "2025-01-01 to 2025-12-31"), ("until the new year", "2024-12-31 to 2024-12-31")])
def test_the_year_guessed_is_reported(phrase, dates):
    reading = read_timeline(phrase, FY, REFERENCE)
    issues = timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [(
        "timeline_year_ambiguous", f"timeline '{phrase}' read as {dates}; the phrase does not say which year; the "
        "calendar year after the plan's date was taken")]
