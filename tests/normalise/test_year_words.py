"""Three timeline wordings easily read wrongly or silently, each against the rule table that reads it.

- `years 1-2`, `Years 1 - 3`, `year 1 to year 2` (periods.PERIOD_RULES `plan_years`): the plan's years from the
  start of the first to the end of the last, where the plan states its period; not `Year 1-2` as year 1 with the
  `-2` dropped unsaid, nor `years 1-2` unread. Where it states none, unresolved and reported with the reason
  (is_a_time.UNPLACED), and `year 2 - ongoing` too, not ongoing with its start lost unsaid.
- `X - ongoing` (start_ends.OPEN_ENDS): ongoing from the start of X with no due date, as `X onwards` is; `year 2 -
  ongoing` is not given year 2's end as its due date.
- `Q2 2020/20` (PERIOD_RULES `quarter_of_year_span`, `ordinal_quarter_of_year_span`): no dates and reported, as the bare `2020/20` is; not
  `Q2 2020` with the `/20` dropped unsaid.

No real sample prints these wordings (samples/, tests/fixtures searched), so they are shown on phrases and on a copy
of Buckinghamshire's homelessness strategy page with its `year 1` written as a span.
"""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.ingest.model import Span
from council_actions.normalise import ReferenceDates
from council_actions.normalise.reported import UNDATED_RULES, timeline_issues
from council_actions.parsers.records import PrintedPeriod

from council_actions.dating.is_a_time import UNPLACED, UNPLACED_GATE, is_timeline
from council_actions.dating.periods import PERIOD_RULES
from council_actions.dating.start_ends import OPEN_ENDS
from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar, PlanYears
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import REFERENCE, SAMPLES

FY = FiscalCalendar()
STRATEGY = PlanYears(2022, 3)  # "Homelessness and Rough Sleeping Strategy 2022 to 2025": 2022/23 .. 2024/25
D = dt.date

# phrase -> (start, end) under STRATEGY: from the first year's first day to the last year's last day
PLAN_SPANS = {
    "years 1-2": (D(2022, 4, 1), D(2024, 3, 31)),
    "Years 1 - 3": (D(2022, 4, 1), D(2025, 3, 31)),
    "year 1 to year 2": (D(2022, 4, 1), D(2024, 3, 31)),
    "Year 1-2": (D(2022, 4, 1), D(2024, 3, 31)),  # was year 1 alone, the `-2` dropped
    "years 2 and 3": (D(2023, 4, 1), D(2025, 3, 31)),
    "Years 2 \u2013 3": (D(2023, 4, 1), D(2025, 3, 31)),
    "by end of years one to two": (D(2022, 4, 1), D(2024, 3, 31)),
}
# spans the stated period does not hold, or that do not run forward: not guessed, and never read as one of their years
NOT_IN_PERIOD = ["years 2-5", "Year 1-4", "years 2-1", "year 3 to year 2", "years 1-1"]


@pytest.mark.parametrize("phrase", sorted(PLAN_SPANS))
def test_a_span_of_the_plans_years_runs_from_the_first_to_the_end_of_the_last(phrase):
    reading = read_timeline(phrase, FY, REFERENCE, STRATEGY)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.fiscal_year,
            reading.assumptions) == ("deadline", *PLAN_SPANS[phrase], "range", None, ("year_of_plan_period",))


NO_PERIOD = f"could not be read ({UNDATED_RULES['plan_year_without_period']}); dates left empty"


@pytest.mark.parametrize("phrase", sorted(PLAN_SPANS) + NOT_IN_PERIOD + ["year 2"])
def test_without_a_stated_period_a_span_of_the_plans_years_stays_unresolved_and_says_why(phrase):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.assumptions) == (
        "unresolved", None, None, None, ("plan_year_without_period",))
    issues = timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [("unresolved_timeline", f"timeline '{phrase}' {NO_PERIOD}")]
    assert not is_timeline(phrase)  # a list heading `Year 1` with no stated period is still no time, as it was


@pytest.mark.parametrize("phrase", ["year 2 - ongoing", "from year 2, ongoing", "Year 1 onwards"])
def test_without_a_stated_period_an_ongoing_plan_year_is_reported_not_its_start_lost_unsaid(phrase):
    """The commitment runs on (kind ongoing), but from when the page alone does not say: no dates, and said."""
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
        "ongoing", None, None, ("plan_year_without_period",))
    issues = timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [("unresolved_timeline", f"timeline '{phrase}' {NO_PERIOD}")]


def test_without_a_stated_period_a_printed_date_beside_a_plan_year_dates_it():
    """`year 1 (March 2023)`: the plan's year is set aside, not taken for a relative period the date governs."""
    reading = read_timeline("year 1 (March 2023)", FY, REFERENCE)
    assert (reading.start_date, reading.end_date, reading.assumptions) == (D(2023, 3, 1), D(2023, 3, 31), ())


@pytest.mark.parametrize("phrase", NOT_IN_PERIOD)
def test_a_span_the_stated_period_does_not_hold_is_reported_not_read_as_one_year(phrase):
    reading = read_timeline(phrase, FY, REFERENCE, STRATEGY)
    assert (reading.start_date, reading.end_date, reading.assumptions) == (None, None, ("plan_years_not_in_period",))
    issues = timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [
        ("unresolved_timeline", f"timeline '{phrase}' could not be read ({UNDATED_RULES['plan_years_not_in_period']}); "
                                "dates left empty")]


def test_a_printed_year_after_a_plan_year_is_no_span_of_the_plans_years():
    """`year 1 - 2023/24`: a second count makes a span (`year 1-2`), a printed year does not; the printed one
    governs, as it did."""
    reading = read_timeline("year 1 - 2023/24", FY, REFERENCE, STRATEGY)
    assert (reading.start_date, reading.end_date, reading.assumptions) == (
        D(2023, 4, 1), D(2024, 3, 31), ("printed_date_over_relative",))


def test_the_warning_names_the_span_and_the_line_the_period_was_read_from(tmp_path):
    """A copy of Buckinghamshire's page whose `• year 1` reads `• year - years 1-2` (the page's own `year - ongoing`
    form): dated from the title line, and the warning says what it was read as."""
    sample = SAMPLES / "other_councils" / "buckinghamshire_homelessness_2022_25_cross_cutting_2.txt"
    text = sample.read_text(encoding="utf-8")
    assert text.count("\u2022 year 1\n") == 1
    copy = tmp_path / sample.name
    copy.write_text(text.replace("\u2022 year 1\n", "\u2022 year - years 1-2\n"), encoding="utf-8")
    processed = process(copy, load_profile("generic"), ReferenceDates(given=None))
    reading = next(t.reading for t in processed.normalised.timelines if t.timeline_raw == "years 1-2")
    assert (reading.start_date, reading.end_date) == (D(2022, 4, 1), D(2024, 3, 31))
    assert [(i.span.line_start, i.message) for i in processed.normalised.issues
            if i.code == "timeline_from_plan_period"] == [
        (12, "timeline 'years 1-2' read as 2022-04-01 to 2024-03-31, counting the plan's years from the period "
             "stated at line 1 ('Homelessness and Rough Sleeping Strategy 2022 to 2025')")]


# OPEN_ENDS row -> phrases closed by its words, each with the start of the period it names
OPEN_ENDED = {
    "onwards": [("Q3 24/25 onwards", D(2024, 10, 1)), ("from year 2 onwards", D(2023, 4, 1))],
    "and_beyond": [("2030 and beyond", D(2030, 1, 1))],
    "then_ongoing": [("year 2 - ongoing", D(2023, 4, 1)), ("from year 2, ongoing", D(2023, 4, 1)),
                     ("Q3 24/25 - ongoing", D(2024, 10, 1)), ("Q3 24/25 (ongoing)", D(2024, 10, 1)),
                     ("2025 \u2013 ongoing", D(2025, 1, 1)), ("October 2022 and ongoing", D(2022, 10, 1)),
                     ("March 2025, then ongoing.", D(2025, 3, 1))],
}


def test_every_open_end_has_examples():
    assert sorted(OPEN_ENDED) == sorted(name for name, _ in OPEN_ENDS)


@pytest.mark.parametrize("phrase, start", [row for rows in OPEN_ENDED.values() for row in rows],
                         ids=[row[0] for rows in OPEN_ENDED.values() for row in rows])
def test_a_period_closed_by_ongoing_words_is_when_it_starts_with_no_due_date(phrase, start):
    reading = read_timeline(phrase, FY, REFERENCE, STRATEGY)
    assert (reading.kind, reading.start_date, reading.end_date, reading.fiscal_year) == ("ongoing", start, None, None)
    assert reading.assumptions[-1] == "open_ended_from_start"


@pytest.mark.parametrize("phrase, start, end", [
    ("ongoing in 24/25", D(2024, 4, 1), D(2025, 3, 31)),  # the seed's: ongoing during the year, dated by it
    ("Ongoing (2024/25)", D(2024, 4, 1), D(2025, 3, 31)),
    ("2025 - ongoing review of fees", D(2025, 1, 1), D(2025, 12, 31)),  # the word opens more text: not a close
])
def test_a_period_after_ongoing_or_before_more_words_keeps_its_dates(phrase, start, end):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date) == ("ongoing", start, end)


def test_the_warning_for_an_open_ended_plan_year_says_it_has_no_end():
    phrase = "year 2 - ongoing"
    reading = read_timeline(phrase, FY, None, STRATEGY)
    title = "Homelessness and Rough Sleeping Strategy 2022 to 2025"
    plan = PrintedPeriod(STRATEGY, title, "plan_then_period", Span(None, 1, 1, 0, len(title)))
    assert [i.message for i in timeline_issues(phrase, reading, Span(None, 19, 19, 0, len(phrase)), None, plan)] == [
        f"timeline '{phrase}' read as starting 2023-04-01, with no end, counting the plan's years from the period "
        f"stated at line 1 ('{title}')"]


# phrase -> the assumption naming why a quarter of a span of years has no dates
QUARTER_SPANS = {
    "Q2 2020/20": "year_span_not_forward",  # was Q2 2020, the `/20` dropped
    "by end Q3-Q4 2020/20": "year_span_not_forward",
    "2nd quarter 2020/19": "year_span_not_forward",
    "Q1 2021 - 2020": "year_span_not_forward",
    "Q4 2024/26": "quarter_of_several_years",  # was Q4 2024, the `/26` dropped
    "2024/3": "year_span_not_forward",  # a bare span with a one-digit end: was 2024, the `/3` dropped
}


def test_every_undated_assumption_is_shown_on_a_phrase():
    """`year_span_not_forward` on the bare `2020/20` too: tests/normalise/test_reported.py; `status_not_time` on
    `In hand`: tests/normalise/test_cadence.py; `term_without_length` on `Short term`:
    tests/normalise/test_timeline_parts.py; `until_next_year_turn_or_end` on `until next year`:
    tests/normalise/test_by_next_year.py; `days_from_unnamed_event` on `within 28 days`:
    tests/normalise/test_spans_from_events.py; `date_to_be_confirmed` on `TBC`:
    tests/normalise/test_date_to_be_confirmed.py; `pointer_not_time` on Waverley's `See report to ...`:
    tests/normalise/test_pointers_not_times.py; `figure_not_time` on Runnymede's `24` and `month_without_year_unplaced`
    on Copeland's `to Executive in July`: tests/normalise/test_figure_and_month_alone.py; `date_does_not_exist` on
    `31/04/2025`: tests/normalise/test_timelines.py and test_start_ends.py."""
    assert {*QUARTER_SPANS.values(), "plan_years_not_in_period", "plan_year_without_period",
            "status_not_time", "term_without_length", "until_next_year_turn_or_end",
            "days_from_unnamed_event", "date_to_be_confirmed", "pointer_not_time", "figure_not_time",
            "month_without_year_unplaced", "date_does_not_exist"} == set(UNDATED_RULES)


@pytest.mark.parametrize("phrase", sorted(QUARTER_SPANS))
def test_a_quarter_of_a_span_that_is_no_financial_year_is_reported_not_cut_short(phrase):
    """Neither read as the quarter of its first year, nor (`2024/3`) as its first year alone."""
    reading = read_timeline(phrase, FY, REFERENCE)
    code = QUARTER_SPANS[phrase]
    assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
        "deadline", None, None, (code,))
    issues = timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [
        ("unresolved_timeline", f"timeline '{phrase}' could not be read ({UNDATED_RULES[code]}); dates left empty")]


@pytest.mark.parametrize("phrase, start, end", [
    ("Q2 2020/21", D(2020, 7, 1), D(2020, 9, 30)),  # a financial year: its quarter, not undated as `Q2 2020/20` is
    ("Q3-Q4 2024-25", D(2024, 10, 1), D(2025, 3, 31)),
    ("Q2 2024", D(2024, 7, 1), D(2024, 9, 30)),
    ("Q4 2024 - 2025/26", D(2025, 1, 1), D(2026, 3, 31)),  # a quarter, then a year: a range
])
def test_a_quarter_of_a_financial_year_or_a_single_year_keeps_its_dates(phrase, start, end):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.start_date, reading.end_date) == (start, end)


def test_every_unplaced_assumption_is_reported_and_only_the_gated_rules_name_it():
    assert UNPLACED <= set(UNDATED_RULES)
    assert {rule.gate for rule in PERIOD_RULES if rule.name in ("plan_year", "plan_years")} == {(UNPLACED_GATE,)}


def test_the_span_rules_are_in_the_table_before_the_forms_they_contain():
    """`quarter_of_year_span` must win over `quarter_single_year` (else `Q2 2020` is read), `plan_years` over
    `plan_year` (else `year 1`): the first rule to match at a place wins."""
    order = [rule.name for rule in PERIOD_RULES]
    assert order.index("quarter_of_year_span") < order.index("quarter_range_single_year")
    assert order.index("quarter_of_year_span") < order.index("quarter_single_year")
    assert order.index("ordinal_quarter_of_year_span") < order.index("ordinal_quarter_single_year")
    assert order.index("plan_years") < order.index("plan_year")
