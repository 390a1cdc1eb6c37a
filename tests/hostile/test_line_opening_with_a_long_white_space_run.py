"""A line opening with tens of thousands of tabs or spaces is asked whether it is a Markdown ruling (`---|---|`,
layout.RULING) in time linear in its length (benchmarks/fuzz.py case 9-71: the LibreOffice plan converted by
pdftotext, given a run of 100k tabs and lines of pipes, took 79 s in the pipe reader, pipe_tables._read_ruled_cells).

The ruling's pattern read white space at the line's start, then an optional `|`, then white space again: with no
`|`, every split of the opening run between the two was tried, its square (16,000 spaces: 2.4 s a line, and the
pipe reader asks it of every line of each table it tries). The check is CPU time, under a limit some ten times
what it takes now.
"""

from __future__ import annotations

import time

import pytest
from council_actions.ingest import RULING


@pytest.mark.parametrize("run", ["\t", " ", " \t"], ids=["tabs", "spaces", "both"])
def test_a_line_opening_with_40k_white_space_characters_is_no_ruling_read_in_linear_time(run):
    opening = run * (40_000 // len(run))
    started = time.process_time()
    assert RULING.match(opening + "x") is None
    assert RULING.match(opening + "text | more |") is None
    assert RULING.match(opening + "|---|:---:|") is not None
    assert time.process_time() - started < 0.5, "super-linear again?"


@pytest.mark.parametrize(("line", "ruling"), [
    ("|---|---|", True), ("  ---|  :---: |\t", True), ("| --- | ---- |", True), ("---|--|", False),
    ("| --- | x |", False), ("|---", False), ("  \t  ", False),
], ids=["pipes", "spaced", "padded", "short", "cell", "open", "blank"])
def test_a_ruling_is_what_it_was(line, ruling):
    assert bool(RULING.match(line)) is ruling
