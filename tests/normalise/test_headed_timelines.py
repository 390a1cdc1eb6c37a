"""Lists of actions under headings that carry the timeline, counted from the plan's date (Boroondara's "Timeline
for action": `Upon adoption:`, `3 months in:` ... `12 months in:`; hand-checked actions in
tests/fixtures/other_councils/expected/boroondara_cx_timeline_for_action_2014.json), or printed as years (East
Cambridgeshire's local government reorganisation timeline: `2025` ... `2028 onwards`, no plan title; its goldens
are east_cambridgeshire_lgr_timeline_*.json there).

The page never prints the date the strategy was adopted, so without a reference date every timeline's dates stay
empty and each is reported where the heading is printed; with the user's reference date the start dates follow
from it. The headings say when each initiative starts (every item "continues through all remaining horizons"), so
no due date comes out either way.
"""

from __future__ import annotations

import datetime as dt

import pyarrow.parquet as pq
import pytest
from council_actions.normalise import ReferenceDates

from council_actions.api import ingest
from council_actions.ingest_report import IngestReport
from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "samples/other_councils/boroondara_cx_timeline_for_action_2014.txt"
HEADING_LINES = {"Upon adoption:": 3, "3 months in:": 9, "5 months in:": 11, "6 months in:": 15, "9 months in:": 22,
                 "12 months in:": 28}
ADOPTED = dt.date(2015, 1, 31)  # a reference date as a user would give it (the page prints none)
STARTS = {"Upon adoption:": dt.date(2015, 1, 31), "3 months in:": dt.date(2015, 4, 30),
          "5 months in:": dt.date(2015, 6, 30), "6 months in:": dt.date(2015, 7, 31),
          "9 months in:": dt.date(2015, 10, 31), "12 months in:": dt.date(2016, 1, 31)}


def test_no_plan_date_leaves_dates_empty_and_reports_each_at_its_heading():
    processed = process(SAMPLE, load_profile("generic"), None)
    assert len(processed.normalised.timelines) == 18
    assert all(t.reading.start_date is None and t.reading.end_date is None and t.reading.kind == "ongoing"
               for t in processed.normalised.timelines)
    needs = [i for i in processed.normalised.issues if i.code == "timeline_needs_reference"]
    assert len(needs) == 18
    assert {(i.raw_text, i.span.line_start) for i in needs} == set(HEADING_LINES.items())
    unplaced = [i.raw_text for i in processed.parsed.issues if i.code == "unplaced_text"]
    assert "2 years in:" in unplaced  # no item under it: no list heading (a horizon is a section: parsers/sections)
    assert sum(text.startswith("- At this point") for text in unplaced) == 2  # remarks, not actions


def test_reference_date_gives_each_heading_its_start_and_no_due_date(tmp_path):
    report = ingest([SAMPLE], tmp_path / "out", profile="generic", reference_date=ADOPTED)
    assert not report.failures
    timelines = _rows(report, "action_timelines")
    assert {(t["timeline_raw"], t["kind"], t["start_date"], t["end_date"]) for t in timelines} == {
        (raw, "ongoing", start, None) for raw, start in STARTS.items()}
    assert all("start_after_document_date" in t["assumptions"] for t in timelines)
    actions = _rows(report, "actions")
    assert len(actions) == 18 and all(a["due_date"] is None for a in actions)
    issues = _rows(report, "extraction_issues")
    assert not any(i["code"] == "timeline_needs_reference" for i in issues)


def _rows(report: IngestReport, table: str) -> list[dict]:
    path = next(f for f in report.documents[0].files if f.parent.parent.name == table)
    return pq.read_table(path).to_pylist()


def test_window_headings_give_due_dates_from_the_reference_date(tmp_path):
    """Made-up text (no UK sample of this rendering was found): `0-3 months` / `3-6 months` headings over bullets,
    one heading with a single item; with a reference date each item is due by its window's far end, without one
    its dates stay empty and each is reported."""
    listed = tmp_path / "windows.txt"
    listed.write_text("Improvement action plan\n0-3 months\n- Review the constitution\n- Refresh the risk register\n"
                      "3-6 months\n- Adopt a new scheme of delegation\n", encoding="utf-8")
    processed = process(listed, load_profile("generic"), ReferenceDates(given=dt.date(2024, 9, 1)))
    assert [(a.action, a.timeline_raw) for a in processed.parsed.actions] == [
        ("Review the constitution", "0-3 months"), ("Refresh the risk register", "0-3 months"),
        ("Adopt a new scheme of delegation", "3-6 months")]
    assert [(t.reading.start_date, t.reading.end_date) for t in processed.normalised.timelines] == [
        (dt.date(2024, 9, 1), dt.date(2024, 11, 30))] * 2 + [(dt.date(2024, 12, 1), dt.date(2025, 2, 28))]
    undated = process(listed, load_profile("generic"), None)
    assert all(t.reading.end_date is None for t in undated.normalised.timelines)
    assert [i.code for i in undated.normalised.issues].count("timeline_needs_reference") == 3


LGR = ROOT / "samples/other_councils/east_cambridgeshire_lgr_timeline_bullets.txt"


def test_year_headings_make_a_list_a_schedule_and_a_title_above_does_not_take_the_first():
    """No plan title: the headings, all years, say the list is a schedule. The title line 'Timeline' above `2025`
    does not rename that heading (a heading that is a time is its own section); it is the document's title
    (boilerplate title, parsers/furniture.py), and the sentence under it is reported as unplaced text."""
    processed = process(LGR, load_profile("generic"), None)
    assert [a.element_id for a in processed.parsed.actions] == ["2025"] * 5 + ["2026"] * 4 + ["2027"] * 3 + [
        "2028 onwards"] * 2
    unplaced = [i.raw_text for i in processed.parsed.issues if i.code == "unplaced_text"]
    assert processed.parsed.title == "Timeline" and unplaced[0].startswith("The council is committed")
    assert [(b.span.line_start, b.text) for b in processed.parsed.boilerplate if b.kind == "title"] == [(1, "Timeline")]
    onwards = next(t.reading for t in processed.normalised.timelines if t.timeline_raw == "2028 onwards")
    assert (onwards.kind, onwards.start_date, onwards.end_date) == ("ongoing", dt.date(2028, 1, 1), None)


def test_a_list_under_headings_that_are_not_times_and_no_plan_title_is_not_a_plan(tmp_path):
    """The same shape under topic headings, with no title saying it is a plan: a page of lists, refused in one
    line (only headings that all read as times stand in for a plan title)."""
    page = tmp_path / "services.txt"
    page.write_text("Our services\n\nParks\n\n- grass cutting\n- litter picking\n\nLibraries\n\n- opening hours\n"
                    "- home library service\n", encoding="utf-8")
    with pytest.raises(StageError) as refused:
        process(page, load_profile("generic"), None)
    assert refused.value.stage == "parse"

