"""A text plan whose table runs thousands of lines is read in time linear in its lines.

The hole (hostilesweep6 found it, 7 December 2026): the paragraph reader found the cell above each line's cell by
walking up line by line, and asked it for every column, the empty ones too. A column a table leaves empty for
5,000 lines (one cell wrapped that long) walked back to the top from every line, as did 5,000 copies of one line,
each dropped as a copy of the one above it: 1,250 / 2,500 / 5,000 lines parsed in 1.1 / 4.0 / 14.7 s.

Two checks: the work counted in lines of the package's own code run, exact and blind to the machine's load, must
grow about fourfold for four times the lines (it grew 15-fold and more); and the cells above, now kept in a
disjoint-set forest (parsers/cells_above.py), are the walk's over random rows with random drops.
"""

from __future__ import annotations

import random
from functools import partial

import pytest
from council_actions.ingest.model import Cell, Span
from council_actions.parsers import parse_document
from council_actions.parsers.cells_above import CellsAbove, Rows, runs_to_break

from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import SAMPLES
from tests.hostile.lines_run import lines_run

SEED = SAMPLES / "004_d0d661fda207b69c.txt"
ELEMENT = 44  # index from 0: line 45 of the seed, CI001's second line (`Continuous` / `organisational-wide`), inside its row
# The seed's recommendation column, CI001 to CI002 (its lines 45-67), the one cell of each added line: a cell
# wrapped thousands of lines long, the other columns empty; or its line 61 on every added line: copies of one line.
WRAPPED = 45, 67
COPIED = 60, 61


def _plan(lines: int, shape: tuple[int, int]) -> str:
    """The seed to CI001's first line, then `lines` lines each holding one of the seed's recommendation cells."""
    seed = SEED.read_text(encoding="utf-8").split("\n")
    cells = [words for line in seed[slice(*shape)] if (words := line.split("\t")[3])]
    added = [f"\t\t\t{cells[k % len(cells)]}\t\t" for k in range(lines)]
    return "\n".join([*seed[:ELEMENT + 1], *added]) + "\n"


@pytest.mark.parametrize("shape", [WRAPPED, COPIED], ids=["one cell wrapped", "one line copied"])
def test_the_work_to_parse_a_long_table_grows_with_its_lines(shape, tmp_path):
    profile = load_profile()
    work = {}
    for lines in (300, 1200):
        path = tmp_path / f"plan_{lines}.txt"
        path.write_text(_plan(lines, shape), encoding="utf-8")
        document = read(path, profile)
        parse_document(document, profile)  # the rules' patterns compile on first use: not counted
        work[lines] = lines_run(partial(parse_document, document, profile))
    ratio = work[1200] / work[300]
    assert ratio < 5, f"four times the lines took {ratio:.1f} times the work"


def _walked(rows: Rows, i: int, column: int) -> int | None:
    """The cell above as the reader found it before: walking up line by line, looking through dropped text (a
    dropped cell, a line all dropped), and through lines without the column below a cell run to a page break."""
    j, skipped = i - 1, False
    while j >= 0:
        see_through = (column in rows[j] and rows[j][column] is None) or all(c is None for c in rows[j].values())
        if not see_through and column in rows[j]:
            break
        skipped = skipped or not see_through
        j -= 1
    cell = rows[j].get(column) if j >= 0 else None
    return None if cell is None or (skipped and not runs_to_break(cell)) else j


def _random_rows(rng: random.Random, lines: int) -> Rows:
    """Rows of up to four columns, some cells dropped as they were read, some run to a page break."""
    rows: Rows = []
    for i in range(lines):
        row: dict[int, Cell | None] = {}
        for column in rng.sample(range(4), rng.randint(1, 3)):
            span = Span(rng.choice((None, 1)), i + 1, i + 1, 0, 5)
            cell = Cell(column, "words", span, space_below=rng.choice((True, False, None)))
            row[column] = None if rng.random() < 0.3 else cell
        rows.append(row)
    return rows


@pytest.mark.parametrize("seed", range(40))
def test_the_cells_above_are_the_walks_as_cells_are_dropped(seed):
    rng = random.Random(seed)
    rows = _random_rows(rng, rng.randint(1, 60))
    cells = CellsAbove(rows)
    for _ in range(200):
        i, column = rng.randrange(len(rows)), rng.randrange(4)
        if column in rows[i] and rng.random() < 0.3:
            cells.drop(i, column)
        elif column in rows[i]:
            assert cells.above(i, column) == _walked(rows, i, column), (i, column)
