"""A start followed by a later end (start_ends.ENDS), and a month in figures (periods.PERIOD_RULES `month_in_figures`).

Kensington and Chelsea's Caring plan, action 26 (samples/other_councils/rbkc_council_plan_action_plan_2025_27_caring.txt
line 31), prints "Phase 2 (Accessible Transport and MyRBKC) to commence 06/25, testing through to September 2025,
which is when Phase 2 is expected to go live.": the work runs from June 2025 to the end of September 2025. With
`06/25` unread, the phrase is a deadline in September 2025 alone, its start lost; with the start word read alone,
the phrase is open-ended from June 2025, its end dropped, and the action's due date falls back to its other
bullet's 27 May 2025. No other phrase of samples/ or tests/fixtures names a start and a later end, or a month in
figures (searched), so the other rows are shown on phrases made with each row's real words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from council_actions.dating.is_a_time import names_a_time, opens_on_a_date
from council_actions.dating.start_ends import ENDS, RUNS_TO
from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import REFERENCE

FY = FiscalCalendar()
D = dt.date
RBKC_26 = ("Phase 2 (Accessible Transport and MyRBKC) to commence 06/25, testing through to September 2025, which is "
           "when Phase 2 is expected to go live.")
RBKC_27_MAY = ("Phase 1 (Core, Parking Permits and Payments) expected to go live 27 May 2025 (with possible reset of "
               "timeline if agreed at sponsor level).")

# ENDS row -> the words leading in an end, as printed where they were found (before "September 2025", "2019", "Sept
# 2024"), and phrases starting before them: (phrase, start, end, kind). Waverley's "to commence September 2004" and Maidstone's "till 2019" with a start and an end around them.
ENDED = {
    "to": ("testing through to", [
        (RBKC_26, D(2025, 6, 1), D(2025, 9, 30), "deadline"),
        ("Enforced Waste minimisation programme to commence September 2004 - March 2005", D(2004, 9, 1),
         D(2005, 3, 31), "deadline")]),
    "until": ("Waste and recycling strategy till", [
        ("Waste and recycling strategy starting 2016 till 2019", D(2016, 1, 1), D(2019, 12, 31), "deadline"),
        ("ongoing from May 2016 until March 2017", D(2016, 5, 1), D(2017, 3, 31), "ongoing")]),
    "by": ("by end", [
        ("Phase 2 provisional start date July 2005, live by end Sept 2005", D(2005, 7, 1), D(2005, 9, 30),
         "deadline")]),
}


def test_every_end_has_examples():
    assert sorted(ENDED) == sorted(name for name, _ in ENDS)


@pytest.mark.parametrize("name", sorted(ENDED))
def test_each_end_row_reads_its_printed_words(name):
    assert RUNS_TO.search(ENDED[name][0].lower() + " ")


@pytest.mark.parametrize("phrase, start, end, kind", [row for _, rows in ENDED.values() for row in rows],
                         ids=[row[0] for _, rows in ENDED.values() for row in rows])
def test_a_start_followed_by_a_later_end_is_a_range_due_at_the_end(phrase, start, end, kind):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision) == (kind, start, end, "range")
    assert "range_from_start_to_end" in reading.assumptions and "open_ended_from_start" not in reading.assumptions


def test_rbkc_phase_2_runs_from_june_to_september_2025_and_stays_the_action_due_date():
    """The draft month rule without the range moved action 26's due date to 27 May 2025; its later end keeps it."""
    phase_2, phase_1 = read_timeline(RBKC_26, FY, None), read_timeline(RBKC_27_MAY, FY, None)
    assert (phase_2.kind, phase_2.start_date, phase_2.end_date, phase_2.precision, phase_2.fiscal_year,
            phase_2.condition, phase_2.assumptions) == (
        "deadline", D(2025, 6, 1), D(2025, 9, 30), "range", "2025/26", None,
        ("month_in_figures", "two_digit_year", "range_from_start_to_end"))
    assert max(r.end_date for r in (phase_1, phase_2) if r.end_date) == D(2025, 9, 30)


@pytest.mark.parametrize("phrase", [
    "to commence July 2025 until June 2025",  # the end runs backwards
    "commencing 2025, through to June 2025",  # the end lies inside the start's own period: no end after it
    "to commence 06/25",  # no end printed
    "Enforced Waste minimisation programme to commence September 2004, review in March 2005",  # no end's words
])
def test_a_start_with_no_later_end_stays_open_ended(phrase):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.end_date, reading.assumptions[-1]) == ("ongoing", None, "open_ended_from_start")


@pytest.mark.parametrize("phrase, month, assumptions", [
    ("06/25", D(2025, 6, 1), ("month_in_figures", "two_digit_year")),
    ("6/2025", D(2025, 6, 1), ("month_in_figures",)),
    ("10/2025", D(2025, 10, 1), ("month_in_figures",)),
    ("by 09/26.", D(2026, 9, 1), ("month_in_figures", "two_digit_year")),
])
def test_a_month_in_figures_is_that_month(phrase, month, assumptions):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.start_date, reading.precision, reading.assumptions) == (month, "month", assumptions)
    assert reading.end_date is not None and (reading.end_date + dt.timedelta(days=1)).day == 1


@pytest.mark.parametrize("phrase", [
    "6/25", "10/20",  # a count out of a total prints no leading zero: no month read
    "06/12",  # 6 December as well as June 2012
    "24/7", "06/25/26",  # no month, or part of a longer run of figures
])
def test_figures_that_could_be_a_score_or_a_date_are_no_month(phrase):
    assert read_timeline(phrase, FY, REFERENCE).kind == "unresolved"


def test_a_date_its_month_has_no_day_for_is_no_month():
    """`31/06/25` is no June 2025 either: a date, 31 June, that is no day, so no dates and reported (was: no reading,
    as a run of figures is; with a four-digit year, `31/06/2025`, the whole year 2025, the day dropped unsaid)."""
    for phrase in ("31/06/25", "31/06/2025"):
        reading = read_timeline(phrase, FY, REFERENCE)
        assert (reading.start_date, reading.end_date, reading.assumptions) == (None, None, ("date_does_not_exist",))


def test_two_figures_that_are_a_financial_year_stay_one():
    reading = read_timeline("12/13", FY, REFERENCE)
    assert (reading.start_date, reading.end_date, reading.precision) == (D(2012, 4, 1), D(2013, 3, 31), "fiscal_year")


def test_a_month_in_figures_names_a_time_but_opens_no_row():
    """A line naming `06/25` is timed, as one naming `June 2025` is; a line opening with figures may be a row's
    marker (Bracknell's `4.01.04`), so it opens no row on a date (is_a_time.IN_FIGURES)."""
    assert names_a_time("Phase 2 to commence 06/25")
    assert not opens_on_a_date("06/25 Phase 2")
