"""The period a plan states as its own (parsers/plan_date.py), rule by rule, and the `Year 1` it dates
(council_actions/dating/relative_periods.plan_year).

Every rule of PERIOD_LINES has examples here (a test fails when a rule has none). The samples' stated periods were
read by hand from the files: Buckinghamshire's two homelessness strategy pages open with "Homelessness and Rough
Sleeping Strategy 2022 to 2025" (2022/23 to 2024/25: the strategy's own action plan page calls year 1 "2022 to
23"), Kensington and Chelsea's two Council Plan pages with "Council Plan Action Plan 2025 to 2027", Kingston's
summary with "Action plan summary - 2012/13", Newton St Cyres's plan with "Development Plan – Dec 2018 to April 2020
(review deferred to May 2021 due to Covid)" (2019/20, the one financial year wholly inside it); no other sample
states a period in its opening lines.
"""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.ingest.text import read_text
from council_actions.normalise import ReferenceDates, fiscal_calendar
from council_actions.parsers.plan_date import PERIOD_LINES, printed_period

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar, PlanYears
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

OTHER = ROOT / "samples" / "other_councils"
GENERIC = load_profile("generic")
CALENDAR = fiscal_calendar(GENERIC)

# rule -> (title line as printed, the plan's years): the samples' own, and made-up phrasings of the same forms
EXAMPLES: dict[str, list[tuple[str, PlanYears]]] = {
    "plan_then_period": [
        ("Homelessness and Rough Sleeping Strategy 2022 to 2025", PlanYears(2022, 3)),
        ("Council Plan Action Plan 2025 to 2027", PlanYears(2025, 2)),
        ("Action plan summary - 2012/13", PlanYears(2012, 1)),
        ("Corporate Plan 2022-25", PlanYears(2022, 3)),
        ("Housing Strategy 2022/23 to 2024/25", PlanYears(2022, 3)),
        ("Our Council Plan: 2019 \u2013 2023", PlanYears(2019, 4)),
    ],
    "period_then_plan": [
        ("2022-2025 Homelessness Strategy", PlanYears(2022, 3)),
        ("2024/25 Annual Delivery Plan", PlanYears(2024, 1)),
    ],
    "plan_then_months": [
        ("Development Plan \u2013 Dec 2018 to April 2020 (review deferred to May 2021 due to Covid)", PlanYears(2019, 1)),
        ("Action Plan: April 2022 to March 2025", PlanYears(2022, 3)),
    ],
}
# Lines that state no period of the plan: a sentence, no plan named, a single calendar year (no whole financial
# year inside it), a month range with none inside it.
NOT_A_PERIOD = [
    "The strategy ran from 2019 to 2022 and was then reviewed.",
    "Neighbourhood 2030",
    "Corporate Plan 2024",
    "Development Plan Dec 2018 to June 2019",
    "Timeline",
]


def _first_period(line: str):
    document = read_text(line.encode(), "title.txt", line + "\n- Review the register\n")
    return printed_period(document, CALENDAR, [])


def test_every_rule_has_examples():
    assert {rule.name for rule in PERIOD_LINES} == set(EXAMPLES)


@pytest.mark.parametrize(("rule", "line", "years"), [(rule, line, years) for rule, cases in EXAMPLES.items()
                                                     for line, years in cases])
def test_rule_reads_the_plan_years(rule, line, years):
    found = _first_period(line)
    assert found is not None
    assert (found.rule, found.years, found.text) == (rule, years, line)


@pytest.mark.parametrize("line", NOT_A_PERIOD)
def test_no_period_stated(line):
    assert _first_period(line) is None


@pytest.mark.parametrize(("sample", "years"), [
    ("buckinghamshire_homelessness_2022_25_cross_cutting_2.txt", PlanYears(2022, 3)),
    ("buckinghamshire_homelessness_2022_25_priority_3.txt", PlanYears(2022, 3)),
    ("rbkc_council_plan_action_plan_2025_27_caring.txt", PlanYears(2025, 2)),
    ("rbkc_council_plan_action_plan_2025_27_fairer.txt", PlanYears(2025, 2)),
    ("kingston_ags_action_plan_2012_13.txt", PlanYears(2012, 1)),
    ("newton_st_cyres_parish_action_plan_2018_20.txt", PlanYears(2019, 1)),
    ("brighton_hove_tree_action_plan_2022_27.txt", None),  # the title line is `TREE ACTION PLAN`
    ("east_cambridgeshire_lgr_timeline_bullets.txt", None),
])
def test_samples_stated_periods(sample, years):
    processed = process(OTHER / sample, GENERIC, ReferenceDates(given=None))
    found = processed.parsed.printed_period
    assert (found.years if found else None) == years


@pytest.mark.parametrize(("start", "end", "years"), [
    (dt.date(2022, 1, 1), dt.date(2025, 12, 31), PlanYears(2022, 3)),  # `2022 to 2025`: 2022/23 .. 2024/25
    (dt.date(2022, 4, 1), dt.date(2025, 3, 31), PlanYears(2022, 3)),  # `2022/23 to 2024/25`
    (dt.date(2012, 4, 1), dt.date(2013, 3, 31), PlanYears(2012, 1)),  # `2012/13`
    (dt.date(2024, 1, 1), dt.date(2024, 12, 31), None),  # `2024`: no whole financial year inside it
])
def test_plan_years_are_the_financial_years_wholly_inside(start, end, years):
    assert PlanYears.within(FiscalCalendar(), start, end) == years


@pytest.mark.parametrize(("phrase", "kind", "start", "end", "fiscal_year"), [
    ("year 1", "deadline", dt.date(2022, 4, 1), dt.date(2023, 3, 31), "2022/23"),
    ("Year 3", "deadline", dt.date(2024, 4, 1), dt.date(2025, 3, 31), "2024/25"),
    ("year two", "deadline", dt.date(2023, 4, 1), dt.date(2024, 3, 31), "2023/24"),
    ("Year 1 onwards", "ongoing", dt.date(2022, 4, 1), None, None),
    ("year 4", "unresolved", None, None, None),  # past the stated period: not guessed
])
def test_year_n_is_that_financial_year_of_the_stated_period(phrase, kind, start, end, fiscal_year):
    reading = read_timeline(phrase, CALENDAR, None, PlanYears(2022, 3))
    assert (reading.kind, reading.start_date, reading.end_date, reading.fiscal_year) == (kind, start, end, fiscal_year)
    assert ("year_of_plan_period" in reading.assumptions) == (kind != "unresolved")


def test_year_n_without_a_stated_period_stays_unresolved():
    assert read_timeline("year 1", CALENDAR, dt.date(2024, 4, 1)).kind == "unresolved"


def test_the_warning_names_where_the_period_was_read():
    processed = process(OTHER / "buckinghamshire_homelessness_2022_25_cross_cutting_2.txt", GENERIC,
                        ReferenceDates(given=None))
    assert [i.message for i in processed.normalised.issues if i.code == "timeline_from_plan_period"] == [
        "timeline 'year 1' read as financial year 2022/23, counting the plan's years from the period stated at line 1 "
        "('Homelessness and Rough Sleeping Strategy 2022 to 2025')"]
