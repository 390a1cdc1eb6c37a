"""Records whose labels are parted from their values by a dash (`Action - ...`, `• year - ongoing`), as
Buckinghamshire Council's homelessness strategy prints its action plan (samples/other_councils/; the actions are
pinned in tests/fixtures/other_councils/expected/). These check what the golden files do not hold: the outcome
each action is measured by, the rows' lines, and what is reported."""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLES = ROOT / "samples" / "other_councils"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


def _issues(processed) -> list[tuple[str, int, str]]:
    return [(i.code, i.span.line_start, i.raw_text) for i in processed.parsed.issues + processed.normalised.issues]


def test_number_alone_opens_the_record_and_target_outcome_is_its_notes(generic):
    """`3.1` alone on the line above `Action - ...` is the row's reference and its first line; `target / outcome`
    is what the action is measured by (notes), not a target date; the title line above is the strategy's title
    (boilerplate title) but for the plan's period it states (boilerplate plan_period); `Priority three` and the
    sentence naming it are the section every action is under (section_heading boilerplate, parsers/sections.py)."""
    processed = process(SAMPLES / "buckinghamshire_homelessness_2022_25_priority_3.txt", generic,
                        ReferenceDates(given=None))
    assert [(a.element_id, a.notes, a.timeline_raw, a.span.line_start, a.span.line_end)
            for a in processed.parsed.actions] == [
        ("3.1", "fewer households becoming homeless", "ongoing", 7, 12),
        ("3.2", "homelessness relieved wherever possible", "ongoing", 14, 19),
        ("3.3", "able to house those requiring emergency and temporary accommodation while moving people on quickly",
         "ongoing", 21, 26),
        ("3.4", "self-contained emergency and temporary accommodation wherever possible", "ongoing", 28, 33)]
    assert processed.parsed.title == "Homelessness and Rough Sleeping Strategy"  # its period, '2022 to 2025', read
    assert _issues(processed) == [
        ("council_not_printed", 1, "")]
    assert {tuple(h.span.line_start for h in a.sections) for a in processed.parsed.actions} == {(3, 5)}


def test_year_run_on_without_a_dash_is_the_timeline_kept_as_printed(generic):
    """`• year 1` (beside `• year - ongoing`) is the timeline field printed with no dash: the time stays as printed
    and is dated as the first financial year of the period the title line states ("Strategy 2022 to 2025"), the
    reading reported with the line it counted from. The page spells its target label two ways, two notes labels, so
    each target keeps its label as printed."""
    processed = process(SAMPLES / "buckinghamshire_homelessness_2022_25_cross_cutting_2.txt", generic,
                        ReferenceDates(given=None))
    assert [(a.element_id, a.timeline_raw, a.notes, a.progress) for a in processed.parsed.actions] == [
        ("7.1", "year 1", "target / outcomes: fewer households becoming homeless", None),
        ("7.2", "ongoing", "target / outcome: maintain external funding at current levels where possible", None)]
    year_1 = processed.normalised.timelines[0].reading
    assert (year_1.start_date, year_1.end_date, year_1.fiscal_year, year_1.assumptions) == (
        dt.date(2022, 4, 1), dt.date(2023, 3, 31), "2022/23", ("year_of_plan_period",))
    assert ("timeline_from_plan_period", 12, "year 1") in _issues(processed)
    assert not [i for i in _issues(processed) if i[0] == "unresolved_timeline"]


def test_year_without_a_stated_period_stays_unresolved(tmp_path, generic):
    """The same page without its title line states no period: `year 1` cannot be dated from the page and is
    reported unresolved, never guessed."""
    page = tmp_path / "no_title.txt"
    text = (SAMPLES / "buckinghamshire_homelessness_2022_25_cross_cutting_2.txt").read_text(encoding="utf-8")
    page.write_text(text.split("\n", 2)[2], encoding="utf-8")
    processed = process(page, generic, ReferenceDates(given=dt.date(2024, 4, 1)))
    assert processed.parsed.printed_period is None
    assert processed.normalised.timelines[0].reading.kind == "unresolved"
    assert ("unresolved_timeline", 10, "year 1") in _issues(processed)


def test_only_a_spaced_dash_parts_label_and_value(tmp_path, generic):
    """Made-up text: the first spaced dash after a label the profile knows parts it from its value; a hyphenated
    word, or a dash later in the value, does not; a bulleted line naming no label is the record's commentary."""
    plan = tmp_path / "dash.txt"
    plan.write_text("Key actions\n\n1.1\nAction - Review the self-assessment - then publish it\n"
                    "  • Lead officer - Head of Housing\n  • Due date - 31 March 2025\n\n"
                    "1.2\nAction - Train the self-contained teams\n  • Lead officer - Head of HR\n  • Year 2\n"
                    "  • Progress update given to Cabinet\n", encoding="utf-8")
    processed = process(plan, generic, ReferenceDates(given=dt.date(2024, 4, 1)))
    assert processed.document.rendering == "records"
    assert [(a.element_id, a.action, a.owner_raw, a.timeline_raw, a.progress) for a in processed.parsed.actions] == [
        ("1.1", "Review the self-assessment - then publish it", "Head of Housing", "31 March 2025", None),
        ("1.2", "Train the self-contained teams", "Head of HR", "Year 2", "• Progress update given to Cabinet")]
