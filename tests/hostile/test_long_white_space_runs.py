"""A run of tens of thousands of tabs or spaces inside a line (a converter's padding gone wrong, found by the
fuzzing sweep, benchmarks/fuzz.py, case 7-4) is read in time linear in its length.

Two patterns searched for a separator from each place of such a run and read the rest of the run each time: the
heatmap's cell breaks (a pipe after any white space: 40k tabs in Runnymede's heatmap row took 24 s of CPU) and a
web table's cell closer (` |` ending a line: 40k spaces took 9 s, in the record reader's label check on every
line). The check is CPU time (not wall time: other workers share the cores) for 100k characters, under a limit some
ten times what the document takes; both cases took a minute and more before.

Case 1-1636 (Maidstone's minutes, a list item given a run of 100k tabs) found two more in the headed-list reader: the
status count's shape (`Achieved:   28`), where three parts could each take the run, cost its cube, and the
bracketed timeline at an item's end, searched for from each place of the run, its square.
"""

from __future__ import annotations

import time

import pytest
from council_actions.ingest import heading_text, names_document
from council_actions.ingest.status_counts import STATUS_COUNT
from council_actions.parsers.furniture import is_colour_key

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

THEME_6 = SAMPLES / "001_311d08ab6737c7b9.txt"
HEATMAP_ROW = 5  # `SD001 SD002 SD003 SD004 SD005 SD006`, from 0
MAIDSTONE = FIXTURES / "other_councils" / "refused" / "maidstone_committee_minutes_2019.txt"
EAST_CAMBRIDGESHIRE = SAMPLES / "other_councils" / "east_cambridgeshire_lgr_timeline_bullets.txt"
JULY_2026_ITEM = 15  # `  • national government decides ... (July 2026)`, from 0
REMOVAL_ITEM = 23  # `·  Removal of the word ‘domestic’ in the action ...`, from 0


@pytest.mark.parametrize("run", ["\t", " ", " \t"], ids=["tabs", "spaces", "both"])
def test_a_run_of_100k_white_space_characters_in_a_line_reads_in_seconds(tmp_path, run):
    lines = THEME_6.read_text(encoding="utf-8").split("\n")
    assert lines[HEATMAP_ROW].startswith("SD001 SD002")
    lines[HEATMAP_ROW] = lines[HEATMAP_ROW][:11] + run * (100_000 // len(run)) + lines[HEATMAP_ROW][11:]
    path = tmp_path / THEME_6.name
    path.write_text("\n".join(lines), encoding="utf-8")
    profile = load_profile(None)
    process(THEME_6, profile)  # patterns compiled and spaCy loaded: not counted
    started = time.process_time()
    processed = process(path, profile)
    assert time.process_time() - started < 4, "quadratic again?"
    assert [cell.element_id for cell in processed.parsed.heatmap][:2] == ["SD001", "SD002"]


@pytest.mark.parametrize("run", [" ", "|", " | "], ids=["spaces", "bars", "both"])
def test_the_markup_around_a_line_with_a_long_run_inside_is_found_in_seconds(run):
    """A title's or a heading's markup (white space, `#`, `|` at its ends) was found by a pattern that tried the
    marks after the text from each place of a run inside it: a line of tens of thousands of spaces in Epping
    Forest's minutes (case 7-91) stopped the parse. Each rule that asks for a line without its markup, in turn."""
    words = load_profile("generic").document_words
    line = "## Action Plan" + run * (50_000 // len(run)) + "x |"
    started = time.process_time()
    assert heading_text(line).endswith("x")
    names_document(line, words)  # what it answers is its own tests'; here, only how long it takes
    assert not is_colour_key(line, words)
    assert time.process_time() - started < 2, "quadratic again?"


def test_a_list_item_with_a_run_of_100k_spaces_reads_in_seconds(tmp_path):
    """Maidstone's minutes (a plan's title over five bulleted items, so read as a headed list, then refused as no
    plan) with a run in an item, as case 1-1636 had it: refused as the minutes are, in seconds (the status count's
    shape, asked of every item, took hours)."""
    lines = MAIDSTONE.read_text(encoding="utf-8").split("\n")
    assert lines[REMOVAL_ITEM].startswith("·  Removal of the word")
    lines[REMOVAL_ITEM] = lines[REMOVAL_ITEM][:7] + " " * 100_000 + lines[REMOVAL_ITEM][7:]
    path = tmp_path / MAIDSTONE.name
    path.write_text("\n".join(lines), encoding="utf-8")
    profile = load_profile(None)
    with pytest.raises(StageError, match="not a council action plan"):
        process(MAIDSTONE, profile)  # patterns compiled: not counted
    started = time.process_time()
    with pytest.raises(StageError, match="not a council action plan"):
        process(path, profile)
    assert time.process_time() - started < 4, "super-linear again?"


def test_a_plan_item_with_a_run_of_100k_spaces_keeps_its_bracketed_timeline_in_seconds(tmp_path):
    """East Cambridgeshire's LGR timeline, its item `national government decides which proposal will be taken
    forward (July 2026)` given 100k spaces after `national`: the bracketed timeline at its end is still read, in
    seconds (searched for from each of the spaces, ~14 s of CPU before; 30k spaces: 1.3 s)."""
    lines = EAST_CAMBRIDGESHIRE.read_text(encoding="utf-8").split("\n")
    assert lines[JULY_2026_ITEM] == "  • national government decides which proposal will be taken forward (July 2026)"
    lines[JULY_2026_ITEM] = lines[JULY_2026_ITEM][:14] + " " * 100_000 + lines[JULY_2026_ITEM][14:]
    path = tmp_path / EAST_CAMBRIDGESHIRE.name
    path.write_text("\n".join(lines), encoding="utf-8")
    profile = load_profile(None)
    process(EAST_CAMBRIDGESHIRE, profile)  # patterns compiled: not counted
    started = time.process_time()
    processed = process(path, profile)
    assert time.process_time() - started < 4, "super-linear again?"
    decides = [action for action in processed.parsed.actions if action.action.endswith("taken forward")]
    assert [action.timeline_raw for action in decides] == ["July 2026"]


def test_a_status_count_with_a_run_inside_its_word_is_read_in_linear_time():
    """2,000 tabs inside a status count's word: 22 s of CPU before (the cube of the run), now a millisecond."""
    started = time.process_time()
    assert STATUS_COUNT.fullmatch("Remo" + "\t" * 2_000 + "val") is None
    assert STATUS_COUNT.fullmatch("Achieved" + "\t" * 100_000 + "- 28 (56%)")["word"] == "Achieved"
    assert time.process_time() - started < 1, "super-linear again?"
