"""A line no row holds, made of a word and tens of thousands of tabs (benchmarks/fuzz.py case 9-67: North
Tyneside's waste plan with `- Meet legislative requirements` cut to `- M` and 42k tabs), is read in time linear in
its length.

Such a line is unplaced text, and the status totals check reads every unplaced line: its cells (status_totals.
CELL_BREAK), its clauses (count_totals.CLAUSE_BREAK) and each piece as a status and its gloss (roles.GLOSS). Each
of the three split on white space around a mark, and was tried from every place of the run, reading the rest of it
each time: the run's square (68 s in the case; 5,000 tabs cost 1.6 s of CPU). The check is CPU time, under a limit
some ten times what the document takes now.
"""

from __future__ import annotations

import time

import pytest
from council_actions.parsers.count_totals import CLAUSE_BREAK
from council_actions.parsers.status_totals import CELL_BREAK

from council_actions.pipeline import process
from council_actions.profile import load_profile
from council_actions.roles import GLOSS
from tests.conftest import SAMPLES

NORTH_TYNESIDE = SAMPLES / "other_councils" / "north_tyneside_waste_plan_2025_30.txt"
MEET_LINE = 8  # `- Meet legislative requirements`, from 0


def test_a_word_and_40k_tabs_on_a_line_of_their_own_read_in_seconds(tmp_path):
    lines = NORTH_TYNESIDE.read_text(encoding="utf-8").split("\n")
    assert lines[MEET_LINE] == "- Meet legislative requirements"
    lines[MEET_LINE] = "- M" + "\t" * 40_000
    path = tmp_path / NORTH_TYNESIDE.name
    path.write_text("\n".join(lines), encoding="utf-8")
    profile = load_profile(None)
    whole = process(NORTH_TYNESIDE, profile)  # patterns compiled: not counted
    started = time.process_time()
    processed = process(path, profile)
    assert time.process_time() - started < 4, "super-linear again?"
    assert len(processed.parsed.actions) == len(whole.parsed.actions)


@pytest.mark.parametrize("pattern", [CELL_BREAK, CLAUSE_BREAK, GLOSS], ids=["cells", "clauses", "gloss"])
@pytest.mark.parametrize("run", ["\t", " ", " \t"], ids=["tabs", "spaces", "both"])
def test_a_break_is_looked_for_once_in_a_run_of_20k_white_space_characters(pattern, run):
    line = "Green" + run * (20_000 // len(run)) + "7"
    started = time.process_time()
    assert pattern.split(line) == [line]
    assert time.process_time() - started < 0.5, "super-linear again?"


@pytest.mark.parametrize(("pattern", "line", "parts"), [
    (CELL_BREAK, "Red, 7,\t14%\t\t| | Green / 21;1,220", ["Red", "7", "14%", "", "Green", "21", "1,220"]),
    (CLAUSE_BREAK, "12 achieved;  3 delayed\tand 4 not started", ["12 achieved", "3 delayed", "4 not started"]),
    (GLOSS, "Green  -  on track (Blue)", ["Green", "on track", "Blue", ""]),
], ids=["cells", "clauses", "gloss"])
def test_breaks_next_to_runs_still_part_what_they_did(pattern, line, parts):
    """The same parts as before: a run before a break is taken with it, and a break straight after another's run
    (`| |`) still parts an empty cell."""
    assert pattern.split(line) == parts
