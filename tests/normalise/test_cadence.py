"""Recurring timelines say how often and in which months (council_actions/dating/cadence.py), row by row of the cadence table, on
the real plans that print them (Newton St Cyres, Maidstone's AGS, Runnymede), with what a status in a date's place
and a plan's "covers" read as."""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.output.record_rows import month_names

from council_actions.dating.alternation import opened, replay
from council_actions.dating.cadence import (
    ALL_RULES,
    CADENCE_OPENS,
    CADENCE_PATTERNS,
    PER_YEAR,
    SET_ASIDE,
    TIMES_A_YEAR,
)
from council_actions.dating.kinds import STATUS_ALONE
from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from council_actions.period_words import MONTHS
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import PLAN, REFERENCE, SAMPLES

FY = FiscalCalendar()
OTHER = SAMPLES / "other_councils"
NAMED, TWO_MONTHLY, BI_ANNUAL = "cadence_from_named_times", "bi_monthly_as_every_two_months", "bi_annual_as_twice_yearly"

# phrase -> cadence, months (calendar numbers), assumptions; each row of CADENCE_RULES is the first match of one
# (checked below). The first group are printed in real plans: Newton St Cyres (2018-20 and its 2021-22 work plan),
# Maidstone's AGS, Runnymede, Rowlands Castle's priorities "reviewed 3-monthly", RBKC's "every six months".
RECURRING = {
    "Annual review in May": ("annual", (5,), ()),
    "Feb & Oct": ("twice_yearly", (2, 10), ("months_without_year_as_recurring", NAMED)),
    "Yearly": ("annual", (), ()),
    "Annually": ("annual", (), ()),
    "Monthly": ("monthly", (), ()),
    "Quarterly": ("quarterly", (), ()),
    "ongoing Qly basis": ("quarterly", (), ()),
    "end of each Quarter": ("quarterly", (), ()),
    "Q2 and Q4 annually": ("twice_yearly", (1, 2, 3, 7, 8, 9), (NAMED,)),
    "Quarterly with updates to Audit Committee in October and March": ("quarterly", (3, 10), ("months_not_of_cadence",)),
    "Quarterly meetings with updates to Audit Committee and CLT every six months.": (
        "quarterly", (), ("first_cadence_of_several",)),
    "3-monthly": ("quarterly", (), ()),
    "Every six months": ("twice_yearly", (), ()),
    # the wordings of the brief and the other rows' words
    "Twice yearly": ("twice_yearly", (), ()),
    "Six monthly": ("twice_yearly", (), ()),
    "half-yearly": ("twice_yearly", (), ()),
    "Bi-annually": ("twice_yearly", (), (BI_ANNUAL,)),
    "Bi-monthly": ("bi_monthly", (), (TWO_MONTHLY,)),
    "every two months": ("bi_monthly", (), ()),
    "Each quarter": ("quarterly", (), ()),
    "Fortnightly": ("fortnightly", (), ()),
    "every 2 weeks": ("fortnightly", (), ()),
    "Weekly": ("weekly", (), ()),
    "every year": ("annual", (), ()),
    "Annual": ("annual", (), ()),
    "every 2 years": ("biennial", (), ()),
    "Biennially": ("biennial", (), ()),
    "Annually by end May": ("annual", (5,), ()),
    "Twice a year, in May and November": ("twice_yearly", (5, 11), ()),
    "Annually in April, July, October and January": ("quarterly", (1, 4, 7, 10), (NAMED,)),
    # a month each year (not: unresolved, no kind word)
    "Every April": ("annual", (4,), ()),
    "each September": ("annual", (9,), ()),
}


@pytest.mark.parametrize("phrase", sorted(RECURRING))
def test_a_recurring_phrase_says_how_often_and_when(phrase):
    reading = read_timeline(phrase, FY, None)
    cadence, months, assumptions = RECURRING[phrase]
    assert (reading.kind, reading.cadence, reading.months, reading.assumptions) == (
        "recurring", cadence, months, assumptions)
    assert (reading.start_date, reading.end_date) == (None, None)  # a recurrence with no year is no date


@pytest.mark.parametrize("index", range(len(ALL_RULES)), ids=lambda i: f"{i}:{ALL_RULES[i].cadence}")
def test_every_cadence_rule_reads_a_phrase_above(index):
    """Each row of the table is the first wording found in one of RECURRING's phrases, so none is untested."""
    firsts = {next(replay(text, CADENCE_PATTERNS, opened(text, CADENCE_OPENS)), (None,))[0]
              for text in map(str.lower, RECURRING)}
    assert index in firsts


@pytest.mark.parametrize("count", sorted(TIMES_A_YEAR))
def test_an_annual_cadence_naming_several_months_recurs_that_often(count):
    months = list(MONTHS)[:count]
    reading = read_timeline("Annually in " + " and ".join(months), FY, None)
    assert (reading.cadence, reading.months) == (TIMES_A_YEAR[count], tuple(range(1, count + 1)))
    assert PER_YEAR[TIMES_A_YEAR[count]] == count


def test_months_that_fit_no_cadence_leave_it_unsaid():
    reading = read_timeline("Feb, Jun & Oct", FY, None)
    assert (reading.kind, reading.cadence, reading.months) == ("recurring", None, (2, 6, 10))


@pytest.mark.parametrize("rule, phrase, precision", [("quarter_no_year", "Q3 annually", "quarter"),
                                                     ("month_no_year", "Annually, end of June", "month")])
def test_a_time_of_year_in_a_recurring_phrase_is_its_months_not_a_date(rule, phrase, precision):
    """Even with a reference date to date it by: each year's Q3, not 2024/25's."""
    assert rule in SET_ASIDE
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.start_date, reading.end_date, reading.precision) == (None, None, precision)
    assert reading.months == ((10, 11, 12) if rule == "quarter_no_year" else (6,))


def test_a_quarter_is_of_the_councils_own_financial_year():
    assert read_timeline("Q1 annually", FiscalCalendar(start_month=7), None).months == (7, 8, 9)


@pytest.mark.parametrize("phrase", [
    "Annual Report",  # a document, not a cadence
    "Annual Governance Statement 2015/16",  # that year's one
    "September",  # one month alone: a deadline in the plan's year
    "Sept/Oct 2010",  # a dated month
    "by March 2025",
])
def test_not_recurring(phrase):
    reading = read_timeline(phrase, FY, None)
    assert reading.kind != "recurring" and reading.cadence is None and reading.months == ()


def test_a_dated_month_in_a_recurring_phrase_is_its_date_not_its_month():
    reading = read_timeline("Quarterly from April 2024", FY, None)
    assert (reading.cadence, reading.months, reading.start_date) == ("quarterly", (), dt.date(2024, 4, 1))


def test_a_months_name_as_another_word_is_no_month():
    assert read_timeline("Quarterly, this may change", FY, None).months == ()


@pytest.mark.parametrize("phrase", ["In hand", "In progress", "Underway", "On track", "Not yet started"])
def test_a_status_in_a_dates_place_is_unresolved_and_named(phrase):
    """`In hand` (the Isle of Wight's target dates: `Done`, `In hand`, `September`) says the work is under way, not
    when it is due, nor that it runs on: unresolved, and the reading says why."""
    assert STATUS_ALONE.fullmatch(phrase.lower())
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.end_date, reading.assumptions) == ("unresolved", None, ("status_not_time",))


def test_a_status_beside_a_date_is_read_by_the_date():
    assert read_timeline("In hand by March 2025", FY, None).end_date == dt.date(2025, 3, 31)


@pytest.mark.parametrize("phrase", ["Action plan covers 2015-16", "throughout 2015-16", "covering 2015/16"])
def test_a_plan_covering_a_year_runs_over_it(phrase):
    """Maidstone's AGS 2015-16 prints `Action plan covers 2015-16` as a By When: the period it runs over."""
    reading = read_timeline(phrase, FY, None)
    assert (reading.kind, reading.start_date, reading.end_date) == ("period", dt.date(2015, 4, 1), dt.date(2016, 3, 31))


def test_month_names_as_the_column_writes_them():
    assert (month_names((2, 10)), month_names(()), month_names(tuple(range(1, 13)))[-8:]) == ("feb; oct", None,
                                                                                               "nov; dec")


def _recurring(path, profile="runnymede"):
    processed = process(path, load_profile(profile), None)
    return [(t.timeline_raw, t.reading.kind, t.reading.cadence, month_names(t.reading.months))
            for t in processed.normalised.timelines if t.reading.kind == "recurring"]


def test_newton_st_cyres():
    """Its Timescale & Review Date column, checked against the sample's lines 14, 29 and 36 (row 2's `End of April
    2019` is a deadline)."""
    assert _recurring(OTHER / "newton_st_cyres_parish_action_plan_2018_20.txt") == [
        ("Annual review in May", "recurring", "annual", "may"),
        ("Feb & Oct", "recurring", "twice_yearly", "feb; oct"),
        ("Annual review in May", "recurring", "annual", "may")]


@pytest.mark.parametrize("sample, printed, cadence, months", [
    ("maidstone_ags_2013_14.txt", "Quarterly with updates to Audit Committee in October and March", "quarterly",
     "mar; oct"),
    ("maidstone_ags_2014_15.txt", "Quarterly meetings with updates to Audit Committee and CLT every six months.",
     "quarterly", None),
    ("maidstone_ags_2015_16.txt", "Quarterly meetings with updates to Audit Committee and CLT every six months.",
     "quarterly", None),
])
def test_maidstone_ags(sample, printed, cadence, months):
    """The Corporate Governance Working Group's row of each year's AGS action plan: its only recurring timeline."""
    assert _recurring(OTHER / sample) == [(printed, "recurring", cadence, months)]


def test_runnymede_plan():
    """The seed plan's three recurring timelines (tests/golden/runnymede_plan.json: elements CI001, G008 and C008);
    "Q2 and Q4 annually" is twice a year, in the months of those quarters of an April financial year."""
    assert _recurring(PLAN) == [
        ("ongoing Qly basis", "recurring", "quarterly", None),
        ("end of each Quarter", "recurring", "quarterly", None),
        ("Q2 and Q4 annually", "recurring", "twice_yearly", "jan; feb; mar; jul; aug; sep")]
