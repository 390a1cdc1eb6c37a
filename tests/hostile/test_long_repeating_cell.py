"""A long cell that repeats itself, with a white-space run inside that cleaning makes one space (benchmarks/fuzz.py
case 10-11: a pdftotext plan whose allocation cell printed `Q3-Q4 24/25` 7,000 times, a wide space in it), is placed
in time linear in its length.

Where each run of a cleaned value was printed (parsers/cleaning.placement) was found by difflib's SequenceMatcher,
whose search tries each character of one text at every place the other holds it: the product of the two lengths on
text this repetitive (the case stopped at the 120 s limit in the parse; 2,000 repeats took 6.8 s of CPU, 5,000 some
40 s). Past DIFFLIB_STEPS, where cleaning only respaced the cell, parsers/respaced.py finds the runs in linear time;
under it (every real cell of the samples and fixtures) difflib still does, so their output is as before.
"""

from __future__ import annotations

import time
from difflib import SequenceMatcher

import pytest
from council_actions.parsers.cleaning import DIFFLIB_STEPS, _first_pass_steps, clean
from council_actions.parsers.respaced import respaced_runs

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES

PAGE_OF_PAGES = FIXTURES / "pdftotext" / "page_of_pages_at_right_chromium.txt"
MYVIEW_ROW = 89  # `... Phase 2 of the MyView system implementation in 24/25   CHoHROD, Q3-Q4 24/25`, from 0


def _with_allocation(tmp_path, repeats: int) -> tuple[object, str]:
    """The fixture with the MyView row's allocation `CHoHROD, Q3-Q4 24/25` made `repeats` times that period, two
    spaces, and the period again; the document as read, and its text as printed."""
    lines = PAGE_OF_PAGES.read_text(encoding="utf-8").split("\n")
    assert lines[MYVIEW_ROW].endswith("CHoHROD, Q3-Q4 24/25")
    lines[MYVIEW_ROW] = lines[MYVIEW_ROW].replace("Q3-Q4 24/25", "Q3-Q4 24/25" * repeats + "  Q3-Q4 24/25")
    path = tmp_path / PAGE_OF_PAGES.name
    path.write_text("\n".join(lines), encoding="utf-8")
    return process(path, load_profile(None)), "\n".join(lines)


def _allocation(processed, repeats: int):
    value = "CHoHROD, " + "Q3-Q4 24/25" * repeats + " Q3-Q4 24/25"
    return next(action for action in processed.parsed.actions if action.allocated_raw == value)


def test_a_cell_repeating_a_period_5000_times_is_placed_in_seconds(tmp_path):
    process(PAGE_OF_PAGES, load_profile(None))  # patterns compiled and spaCy loaded: not counted
    started = time.process_time()
    processed, text = _with_allocation(tmp_path, 5_000)
    assert time.process_time() - started < 8, "quadratic again?"
    action = _allocation(processed, 5_000)
    runs = action.allocated_at.stretches
    # each run points at the characters it was read from, and all of the value but the space cleaning made is read
    assert all(action.allocated_raw[run.start:run.end] == text[run.span.char_start:run.span.char_end] for run in runs)
    assert [(run.start, run.end) for run in runs] == [(0, 55_010), (55_010, 55_021)]


def test_a_short_cell_is_placed_as_before(tmp_path):
    """Under DIFFLIB_STEPS the runs are difflib's, and the two ways give the same runs here."""
    processed, text = _with_allocation(tmp_path, 50)
    value = _allocation(processed, 50).allocated_raw
    cell = text.split("\n")[MYVIEW_ROW].split("   ")[-1]
    assert _first_pass_steps(clean(cell), cell) < DIFFLIB_STEPS
    assert respaced_runs(value, cell) == [(0, 0, 560), (560, 561, 11)]
    assert [(b.a, b.b, b.size) for b in SequenceMatcher(None, value, cell, autojunk=False).get_matching_blocks()
            if b.size] == [(0, 0, 560), (560, 561, 11)]


@pytest.mark.parametrize(("printed", "runs"), [
    ("Monitor  the success", [(0, 0, 7), (7, 8, 12)]),  # the longer run takes the space both could
    ("a\tb", [(0, 0, 1), (2, 2, 1)]),  # a tab stands for no space
    ("a\t \tb", [(0, 0, 1), (1, 2, 1), (2, 4, 1)]),  # the space inside the run, alone
    ("  Lead:   Head of Housing ", [(0, 2, 5), (5, 9, 16)]),  # trimmed at both ends
])
def test_respaced_runs_are_difflibs_on_text_that_does_not_repeat(printed, runs):
    text = clean(printed)
    assert respaced_runs(text, printed) == runs
    assert [(b.a, b.b, b.size) for b in SequenceMatcher(None, text, printed, autojunk=False).get_matching_blocks()
            if b.size] == runs


def test_text_with_markup_is_left_to_difflib():
    assert respaced_runs("Review owners", "<b>Review</b> owners") is None
