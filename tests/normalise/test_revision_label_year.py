"""A timeline dated from the revision label's date says so on its own row (normalise/reference.from_revision_label).

A plan printing no date of its own, read with no date given, counts its `Quarter 2`, `End June` or `within the next
three years` from the date the revision label starts with (`--revision 2026-12-06`), the batch's date, not the
plan's. Before, the row named only `quarter_from_document_year` (a reader of `action_timelines` took it for a year the
document printed) and no issue was raised: Rotherham's 2024-25 delivery plan read its quarters as 2026/27 in silence.
Now each such reading also names `reference_from_revision_label` and is warned of (`timeline_from_revision_label`).

The check is empirical, not a list: the same plan read under a dated label and with no reference date at all, the
timelines whose reading (kind or dates) differs are exactly the ones marked. Over samples/ and tests/fixtures/
(`--revision 2026-12-06` against `2030-06-01`, 6 December 2026) the rows whose dates moved were those of the five
plans below, 40 in samples/ and 18 in tests/fixtures/ (copies of the same plans); Waverley's plan prints every time
with its year, and its one reading the label decides is a kind: `Benefits backlog cleared July 2004`, done before the
plan's date (tests/normalise/test_done_with_date.py); Maidstone's SCRAIP (a printed `Meeting Date:`) has none.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.normalise.reference import FROM_LABEL, FROM_REFERENCE

from council_actions.pipeline import Processed, process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

OTHER = SAMPLES / "other_councils"
LABEL = dt.date(2026, 12, 6)
DATED_FROM_LABEL = {  # plan: timelines dated from the label (each checked against its line: no year, no date printed)
    "rotherham_year_ahead_delivery_plan_2024_25.txt": 6,  # `Quarter 2` .. `Quarter 4`, no year on the page
    "iow_bv_schedule_2002.txt": 12,  # `End June`, `Mid July`, `End May`, with no year
    "boroondara_cx_timeline_for_action_2014.txt": 18,  # `6 months in:`, `Upon adoption:`, counted from the plan's date
    "brighton_hove_tree_action_plan_2022_27.txt": 2,  # `Felling completed within next three years`
    "maidstone_ags_2014_15.txt": 1,  # `The action plan has targets for the next eighteen months.`
    "waverley_cpa_improvement_plan_2004.txt": 1,  # `Benefits backlog cleared July 2004`: done, by the label's date
}
UNMOVED = ("maidstone_scraip_2014.txt",)


@cache
def _read(name: str, offered: ReferenceDates) -> Processed:
    return process(OTHER / name, load_profile(), offered)


def _readings(processed: Processed) -> dict[tuple[str, int], tuple[str, dt.date | None, dt.date | None]]:
    return {(t.action_id, t.seq): (t.reading.kind, t.reading.start_date, t.reading.end_date)
            for t in processed.normalised.timelines}


@pytest.mark.parametrize("name", [*DATED_FROM_LABEL, *UNMOVED])
def test_the_timelines_a_revision_label_dated_are_the_ones_marked(name):
    first, bare = _read(name, ReferenceDates(revision_label=LABEL)), _read(name, ReferenceDates())
    before, after = _readings(first), _readings(bare)
    moved = {key for key in before if before[key] != after[key]}
    marked = {(t.action_id, t.seq) for t in first.normalised.timelines if FROM_LABEL in t.reading.assumptions}
    assert (len(moved), marked) == (DATED_FROM_LABEL.get(name, 0), moved)
    warned = [i for i in first.normalised.issues if i.code == "timeline_from_revision_label"]
    assert len(warned) == len(marked)


def test_the_row_and_its_warning_name_the_label():
    processed = _read("rotherham_year_ahead_delivery_plan_2024_25.txt", ReferenceDates(revision_label=LABEL))
    quarter = processed.normalised.timelines[0]
    assert (quarter.timeline_raw, quarter.reading.start_date, quarter.reading.assumptions) == (
        "Quarter 2", dt.date(2026, 7, 1), ("quarter_from_document_year", FROM_LABEL))
    warned = next(i for i in processed.normalised.issues if i.code == "timeline_from_revision_label")
    assert (warned.severity, warned.message, warned.element_id, warned.field, warned.span.line_start) == (
        "warning", "timeline 'Quarter 2' read as 2026-07-01 to 2026-09-30, counted from the revision label's date "
        "2026-12-06: the plan prints no date of its own (give --reference-date, or the file's published date in "
        "--manifest)", "P1", "timeline", 5)


@pytest.mark.parametrize("offered", [ReferenceDates(given=dt.date(2024, 7, 29)),
                                     ReferenceDates(given=dt.date(2024, 7, 29), revision_label=LABEL)])
def test_a_date_given_is_no_label(offered):
    processed = _read("rotherham_year_ahead_delivery_plan_2024_25.txt", offered)
    assert processed.normalised.reference_from == "given"
    assert {t.reading.assumptions for t in processed.normalised.timelines} == {("quarter_from_document_year",)}
    assert not [i for i in processed.normalised.issues if i.code == "timeline_from_revision_label"]


def test_a_printed_date_is_no_label():
    """Maidstone's SCRAIP prints `Meeting Date: 7 January 2014`: what it dates is the plan's own date's."""
    processed = _read("maidstone_scraip_2014.txt", ReferenceDates(revision_label=LABEL))
    assert processed.normalised.reference_from == "printed"
    assert not [t for t in processed.normalised.timelines if FROM_LABEL in t.reading.assumptions]


@pytest.mark.parametrize("name", DATED_FROM_LABEL)
def test_no_reading_names_the_plans_date_without_one(name):
    """FROM_REFERENCE finds the readings that counted from the reference date by their assumptions' names: with no
    reference date, no reading may carry such a name (those readings name what they lacked instead)."""
    processed = _read(name, ReferenceDates())
    assert processed.normalised.reference_from is None
    assert not [(t.timeline_raw, code) for t in processed.normalised.timelines for code in t.reading.assumptions
                if FROM_REFERENCE.fullmatch(code)]
