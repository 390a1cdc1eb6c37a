"""The normaliser's timeline warnings, worded once (normalise/reported.py) for an allocation cell and a timeline
column alike: each REFERENCE_RULES row shown on a real phrase, and every assumption a period rule marks as
waiting for a reference date taken by a row (else the phrase would be left undated with no warning)."""

from __future__ import annotations

import ast
import datetime as dt
import sys
from pathlib import Path

import pytest
from council_actions.ingest.model import Span
from council_actions.normalise.reported import REFERENCE_RULES, UNDATED_RULES, timeline_issues

from council_actions.dating.periods import PERIOD_RULES
from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

OTHER = SAMPLES / "other_councils"
# rule suffix: (sample, profile, the phrase, its line, the message); a rule no sample prints is shown on its phrase
SHOWN = {
    "_without_year_no_reference": (  # a timeline column (`Finish by`)
        "iow_bv_schedule_2002.txt", "generic", "End May", 6,
        "timeline 'End May' names no year and no reference date was given (--reference-date, or the file's published date in --manifest)"),
    "year_end_without_reference": (
        None, None, "by year end", None,
        "timeline 'by year end' names no year and no reference date was given (--reference-date, or the file's published date in --manifest)"),
    "_without_reference": (
        "boroondara_cx_timeline_for_action_2014.txt", "generic", "Upon adoption:", 3,
        "timeline 'Upon adoption:' is relative to the plan's date and no reference date was given (--reference-date, or the file's published date in --manifest)"),
}


def test_every_reference_rule_is_shown():
    assert sorted(SHOWN) == sorted(rule.suffix for rule in REFERENCE_RULES)


@pytest.mark.parametrize("suffix", sorted(SHOWN))
def test_each_reference_rule_on_a_real_phrase(suffix):
    sample, profile, phrase, line, message = SHOWN[suffix]
    if sample is None:
        reading = read_timeline(phrase, FiscalCalendar(), None)
        assert [i.message for i in timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)] == [message]
        return
    issues = process(OTHER / sample, load_profile(profile), None).normalised.issues
    found = [(i.message, i.span.line_start) for i in issues if i.raw_text == phrase]
    assert found[:1] == [(message, line)]


# Every module a period rule's reader is in (periods.py and those its readers were moved to: compound_periods,
# relative_periods, school_years, year_spans), so that a reader moved or added elsewhere is still read here.
READERS = [ast.parse(Path(module).read_text(encoding="utf-8"))
           for module in sorted({sys.modules[rule.read.__module__].__file__ or "" for rule in PERIOD_RULES})]


def test_every_assumption_waiting_for_a_reference_is_taken_by_a_rule():
    waiting = {node.value for source in READERS for node in ast.walk(source) if isinstance(node, ast.Constant)
               and isinstance(node.value, str) and node.value.endswith("reference")}
    assert len(waiting) >= 6
    assert sorted(a for a in waiting if not any(a.endswith(rule.suffix) for rule in REFERENCE_RULES)) == []


def test_every_period_a_reader_leaves_undated_is_reported():
    """A period found but given no dates (`Period(None, None, ...)`) waits for a reference date or is one of
    UNDATED_RULES, else the phrase would be left undated with no warning."""
    undated = {node.value for source in READERS for call in ast.walk(source) if isinstance(call, ast.Call)
               and getattr(call.func, "id", "") == "Period" and len(call.args) == 5
               and all(isinstance(arg, ast.Constant) and arg.value is None for arg in call.args[:2])
               for node in ast.walk(call.args[4]) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert {"year_span_not_forward", "quarter_of_several_years", "calendar_year_end_without_reference"} <= undated
    assert sorted(a for a in undated if a not in UNDATED_RULES
                  and not any(a.endswith(rule.suffix) for rule in REFERENCE_RULES)) == []


@pytest.mark.parametrize("phrase, code, message", [
    ("2020/20", "year_span_not_forward",
     "timeline '2020/20' could not be read (a span of years that ends where or before it starts); dates left empty"),
])
def test_a_period_found_but_given_no_dates_is_reported_as_not_read(phrase, code, message):
    """Found by a period rule yet undated (a slip like `2020/20`): without a row in UNDATED_RULES it would be left
    with empty dates and no warning, as a reference-free reading is."""
    reading = read_timeline(phrase, FiscalCalendar(), None)
    assert (reading.start_date, reading.end_date, reading.assumptions) == (None, None, (code,))
    issues = timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [("unresolved_timeline", message)]
    assert code in UNDATED_RULES


@pytest.mark.parametrize("phrase, message", [
    ("2020/20 - March 2026", "timeline '2020/20 - March 2026' read as ending 2026-03-31, with no start; a part of it "
     "could not be read (a span of years that ends where or before it starts)"),
    ("31/04/2025 - March 2026", "timeline '31/04/2025 - March 2026' read as ending 2026-03-31, with no start; a part "
     "of it could not be read (a date whose month has no such day; not read as its month or year alone)"),
])
def test_a_range_from_a_period_given_no_dates_says_the_date_it_kept(phrase, message):
    """A range whose first period is undated keeps the last's end (its due date): the warning says so, as a part left
    unread, never that the dates were left empty (was: unresolved_timeline, `... could not be read (...); dates left
    empty` beside an end_date of 2026-03-31)."""
    reading = read_timeline(phrase, FiscalCalendar(), None)
    assert (reading.start_date, reading.end_date) == (None, dt.date(2026, 3, 31))
    issues = timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [("timeline_part_unread", message)]
