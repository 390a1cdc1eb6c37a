"""A quarter, month or year end printed with no year, dated in the one financial year a plan states as its own
(council_actions/dating/relative_periods.YEAR_SOURCES).

Rotherham's Year Ahead Delivery Plan 2024-2025 prints its timescales as `Quarter 2`, `Quarter 4`; the published
page's title, `Year Ahead Delivery Plan 2024-2025`, states its year, but the stored copy in samples/ starts at the
theme line below it. Here the sample is read as stored (the reference date decides, or the quarter waits for one)
and with that title line above it, as the page prints it (the title decides, whatever the reference date). No
sample prints a year end (`End of financial year`) with no year; a copy of this one with P6's timescale so worded
shows it read as the quarters are.
"""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.normalise import ReferenceDates, fiscal_calendar

from council_actions.dating.relative_periods import YEAR_SOURCES
from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import PlanYears
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "other_councils" / "rotherham_year_ahead_delivery_plan_2024_25.txt"
TITLE = "Year Ahead Delivery Plan 2024-2025"
GENERIC = load_profile("generic")
CALENDAR = fiscal_calendar(GENERIC)
# The sample's due dates, P1 to P6, in the financial year 2024/25 (hand-checked: tests/fixtures/other_councils/
# expected/rotherham_year_ahead_delivery_plan_2024_25.json).
DUE_2024_25 = [dt.date(2024, 9, 30), dt.date(2024, 12, 31)] + [dt.date(2025, 3, 31)] * 4

# source -> (the plan's stated years, the reference date) where that source gives the year and none before it does,
# and the financial year then read for `Quarter 2`, `End May` and `End of financial year`
ONLY: dict[str, tuple[PlanYears | None, dt.date | None, int]] = {
    "plan_period": (PlanYears(2024, 1), dt.date(2026, 6, 1), 2024),  # the title wins over the user's date
    "document_year": (PlanYears(2022, 3), dt.date(2024, 7, 29), 2024),  # several years: the reference decides
}
# the assumption a year end names, by source (from the reference date: its name from before the plan was a source)
YEAR_END = {"plan_period": "fiscal_year_from_plan_period", "document_year": "fiscal_year_from_document_date"}


def test_every_year_source_has_an_example():
    assert [source.name for source in YEAR_SOURCES] == list(ONLY)


@pytest.mark.parametrize("source", list(ONLY))
def test_the_first_source_giving_a_year_dates_a_bare_quarter_and_month(source):
    plan, reference, year = ONLY[source]
    quarter = read_timeline("Quarter 2", CALENDAR, reference, plan)
    month = read_timeline("End May", CALENDAR, reference, plan)
    assert (quarter.start_date, quarter.end_date, quarter.assumptions) == (
        dt.date(year, 7, 1), dt.date(year, 9, 30), (f"quarter_from_{source}",))
    assert (month.start_date, month.end_date, month.assumptions) == (
        dt.date(year, 5, 1), dt.date(year, 5, 31), (f"month_from_{source}",))
    year_end = read_timeline("End of financial year", CALENDAR, reference, plan)
    assert (year_end.start_date, year_end.end_date, year_end.fiscal_year, year_end.assumptions) == (
        dt.date(year, 4, 1), dt.date(year + 1, 3, 31), f"{year}/{(year + 1) % 100}", (YEAR_END[source],))


@pytest.mark.parametrize("plan", [None, PlanYears(2022, 3)])
def test_with_no_one_year_stated_and_no_reference_date_a_bare_quarter_waits_for_one(plan):
    reading = read_timeline("Quarter 2", CALENDAR, None, plan)
    assert (reading.start_date, reading.assumptions) == (None, ("quarter_without_year_no_reference",))
    year_end = read_timeline("by year end", CALENDAR, None, plan)
    assert (year_end.end_date, year_end.assumptions) == (None, ("year_end_without_reference",))


def _read(tmp_path, text: str, reference: dt.date | None):
    path = tmp_path / SAMPLE.name
    path.write_text(text, encoding="utf-8")
    return process(path, GENERIC, ReferenceDates(given=reference))


def _due(processed) -> list[dt.date | None]:
    return [t.reading.end_date for t in processed.normalised.timelines]


def test_rotherham_under_its_title_is_dated_in_its_year_and_says_where_from(tmp_path):
    processed = _read(tmp_path, f"{TITLE}\n{SAMPLE.read_text(encoding='utf-8')}", None)
    assert _due(processed) == DUE_2024_25
    warnings = [i.message for i in processed.normalised.issues if i.code == "timeline_from_plan_period"]
    assert warnings[0] == ("timeline 'Quarter 2' read as 2024-07-01 to 2024-09-30, a quarter of the one financial "
                           f"year stated at line 1 ('{TITLE}')")
    assert len(warnings) == 6
    assert not [i for i in processed.normalised.issues if i.code == "timeline_needs_reference"]


def test_rotherham_as_stored_states_no_year_so_the_reference_date_decides(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    assert _due(_read(tmp_path, text, dt.date(2024, 7, 29))) == DUE_2024_25
    undated = _read(tmp_path, text, None)
    assert _due(undated) == [None] * 6
    assert len([i for i in undated.normalised.issues if i.code == "timeline_needs_reference"]) == 6


def _with_year_end(text: str) -> str:
    """The sample with P6's timescale `Quarter 4` printed as a year end instead."""
    row = next(line for line in text.splitlines() if line.startswith("P6 |"))
    assert "| Quarter 4 |" in row
    return text.replace(row, row.replace("| Quarter 4 |", "| End of financial year |"))


def test_a_year_end_under_the_plans_one_year_is_that_years_end_whatever_the_reference_date(tmp_path):
    text = _with_year_end(f"{TITLE}\n{SAMPLE.read_text(encoding='utf-8')}")
    processed = _read(tmp_path, text, dt.date(2026, 6, 1))
    assert _due(processed) == DUE_2024_25  # P6 due at the end of 2024/25, not of 2026/27
    p6 = processed.normalised.timelines[5]
    assert (p6.timeline_raw, p6.reading.start_date, p6.reading.fiscal_year, p6.reading.assumptions) == (
        "End of financial year", dt.date(2024, 4, 1), "2024/25", ("fiscal_year_from_plan_period",))
    warnings = [i.message for i in processed.normalised.issues if i.code == "timeline_from_plan_period"]
    assert warnings[5] == ("timeline 'End of financial year' read as financial year 2024/25, the end of the one "
                           f"financial year stated at line 1 ('{TITLE}')")


def test_a_year_end_in_the_plan_as_stored_takes_the_reference_dates_year_or_waits_for_one(tmp_path):
    text = _with_year_end(SAMPLE.read_text(encoding="utf-8"))
    dated = _read(tmp_path, text, dt.date(2024, 7, 29))
    assert _due(dated) == DUE_2024_25
    assert dated.normalised.timelines[5].reading.assumptions == ("fiscal_year_from_document_date",)
    undated = _read(tmp_path, text, None)
    assert _due(undated) == [None] * 6
    assert [i.message for i in undated.normalised.issues if i.code == "timeline_needs_reference"][5] == (
        "timeline 'End of financial year' names no year and no reference date was given (--reference-date, or the file's published date in --manifest)")
