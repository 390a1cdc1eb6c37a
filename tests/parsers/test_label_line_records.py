"""Records whose labels stand on lines of their own, each record opened by its number alone above its first label
(`1.1` / `Action` / ... / `Timescale` / `2020-22` / `1.2` / `Action`), as mySociety's Climate Action Plans Explorer
keeps Maidstone Borough Council's Biodiversity and Climate Change Action Plan (samples/other_councils/; the actions
are pinned in tests/fixtures/other_councils/expected/). These check what the golden file does not hold: each row's
lines and notes, what is reported, and where a number alone is a value rather than the next record's reference."""

from __future__ import annotations

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "other_councils" / "maidstone_bccap_2020_transport_records.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


def test_number_alone_after_a_value_opens_the_next_record(generic):
    """`1.2` under 1.1's `Timescale` value is 1.2's reference and first line, not the end of 1.1's timeline; the
    `Output` and `Outcome` values are the notes, each under its label, and `Cost and Whom` is the owner, not run into them."""
    processed = process(SAMPLE, generic, ReferenceDates(given=None))
    assert [(a.element_id, a.timeline_raw, a.owner_raw, a.notes, a.span.line_start, a.span.line_end)
            for a in processed.parsed.actions] == [
        ("1.1", "2020-22", "Strategic planning officer time.",
         "Output: Emphasis is given to walking, cycling and public transport.; Outcome: Local Plan includes measures "
         "and actions that will help to achieve carbon neutrality by 2030.", 9, 32),
        ("1.2", "2020-22", "Transport and Development Team and Strategic Planning.",
         "Output: Integrated Transport Strategy Developed.; Outcome: Increase in infrastructure supporting walking, "
         "cycling, buses and electric vehicles.", 34, 54)]


def test_title_theme_and_aim_are_reported_not_read_as_actions(generic):
    """The page's title, the theme line and the theme's aim paragraphs are no action: the title is the document's
    (boilerplate title), the aim paragraphs are reported where they stand as text outside the records, none dropped
    unsaid, and the theme line (`1 Transport`) is the records' section heading (parsers/sections.py); the `Aim:`
    label, printed once above the records and repeated by none, is no record of its own (as one it would be a row
    without an action, a doubt on a page of two rows)."""
    processed = process(SAMPLE, generic, ReferenceDates(given=None))
    assert [(i.code, i.span.line_start, i.span.line_end) for i in processed.parsed.issues] == [
        ("unplaced_text", 5, 5), ("unplaced_text", 7, 7), ("council_not_printed", 1, 54)]
    assert [(b.text, b.span.line_start) for b in processed.parsed.boilerplate if b.kind == "section_heading"] == [
        ("1 Transport", 3)]
    assert processed.parsed.title == "Biodiversity and Climate Change Action Plan"


def test_number_under_a_ref_label_is_still_the_records_reference(tmp_path, generic):
    """Made-up text: a `Ref` label alone with its number on the line below (`Ref` / `3.1` / `Action`): the number,
    right above a label as `1.2` is in the sample, is the record's reference, each record still one row."""
    plan = tmp_path / "ref_label.txt"
    plan.write_text("Improvement plan\n\n" + "\n\n".join(
        f"Ref\n\n{ref}\n\nAction\n\n{action}\n\nLead officer\n\n{owner}\n\nTarget date\n\n{due}"
        for ref, action, owner, due in [("3.1", "Review the complaints policy.", "Head of Customer Services",
                                         "31 March 2025"),
                                        ("3.2", "Publish the complaints figures.", "Head of Policy", "30 June 2025")]
    ) + "\n", encoding="utf-8")
    processed = process(plan, generic, ReferenceDates(given=None))
    assert [(a.element_id, a.action, a.owner_raw, a.timeline_raw) for a in processed.parsed.actions] == [
        ("3.1", "Review the complaints policy.", "Head of Customer Services", "31 March 2025"),
        ("3.2", "Publish the complaints figures.", "Head of Policy", "30 June 2025")]
