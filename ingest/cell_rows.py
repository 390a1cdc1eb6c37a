"""Rows of a one-cell-per-line table printed without row markers: the split whose cells fit their columns best.

The cells come in header order, row after row, a cell per line (a text cell may take several lines, an owner,
timeline or status cell one or a stack of lines of one kind, `cell_shapes.stack`; any cell may be empty). Every
way of cutting the lines into such rows is scored by how well each line's shape fits its column
(`cell_shapes.FIT`), an empty cell costing EMPTY, and a row must have an owner, timeline or status cell that fits
(a row of a plan says who or when); lines after the last row may stay outside the table (a footnote), each costing
LEFTOVER. The best cut is found by dynamic programming over (line, column) in `row_search.py`, each cell scored by
`cell_scores.py`.
Blank lines say nothing: converters put them between cells, between rows and between a cell's paragraphs alike. A
paragraph holding only whitespace (shape EMPTY_CELL) is a slot of its own: alone in a cell it is an empty cell the
text shows (MARKED_EMPTY), within a cell's lines nothing; where the text shows its empty cells so, a cell left
empty without one is unlikely (UNMARKED_EMPTY). Where another cut of the same lines scores within MARGIN and moves
a row boundary, or gives a line to a column of another role, the reading is a guess and is reported, with both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from council_actions.ingest.cell_scores import cells, scored_lines
from council_actions.ingest.cell_shapes import EMPTY_CELL, kind_of
from council_actions.ingest.row_search import Reading, readings

from council_actions.roles import Role

MARGIN = 1.0  # a reading scoring within this of the best is as likely

Cells = tuple[tuple[int, ...], ...]  # per column, the indexes of the lines in the cell
# What two readings part on: "row_boundary", the rows' first lines (indexes); "cell_role", the role a line is read as
DoubtKind = Literal["row_boundary", "cell_role"]


@dataclass(frozen=True)
class Doubt:
    """Two readings of the same lines about as likely: where they part, and how each reads it."""

    line: int  # index of the first line the readings give differently
    kind: DoubtKind
    chosen: tuple[int | str, ...]
    other: tuple[int | str, ...]
    # the lines opening a cell, as read and in the other reading (of the rows re-read: the same doubt found again
    # from the next pair of rows is the same doubt)
    cuts: tuple[frozenset[int], frozenset[int]] = field(compare=False)


def read_unmarked_rows(shapes: list[str], roles: list[Role | None]) -> tuple[list[Cells], list[Doubt]]:
    """The rows (each a tuple of cells of line indexes) and the doubts about them; no rows if none fit."""
    kinds = [kind_of(r) for r in roles]
    found = readings(shapes, kinds, roles, whole=False)
    if not found or found[0].cut is None:
        return [], []
    rows = _rows(found[0].lengths, len(kinds), 0)
    doubts = []
    for k in range(len(rows)):
        pair = rows[k:k + 2]
        start, end = _first(pair[0]), _last(pair[-1]) + 1
        local = readings(shapes[start:end], kinds, roles, whole=True)
        if len(local) > 1 and local[1].score >= local[0].score - MARGIN:
            doubt = _doubt(local, len(kinds), roles, start, len(pair), shapes)
            if doubt is not None and doubt not in doubts:
                doubts.append(doubt)
    return rows, doubts


def read_one_row(shapes: list[str], roles: list[Role | None]) -> Cells | None:
    """Every line cut into the cells of one row, the cut whose cells fit their columns best; None where no cut
    puts each line in a cell. For a row whose bounds its row markers give but whose cells run over several lines
    (paragraphs, bullets): only which column each line is in is read, the way the rows of a table without markers
    are, and a cell's stacked owners or times may be spaced unevenly (`cell_shapes.stack`)."""
    table = scored_lines(shapes, [kind_of(r) for r in roles], roles, any_spacing=True)
    best: dict[tuple[int, int], tuple[float, tuple[int, ...]] | None] = {(len(shapes), len(roles)): (0.0, ())}
    for j in reversed(range(len(roles))):
        for i in reversed(range(len(shapes) + 1)):
            options = [(cell.gain + rest[0], (cell.lines, *rest[1]))
                       for cell in cells(table, i, j) if (rest := best.get((i + cell.lines, j + 1)))]
            best[(i, j)] = max(options, default=None)
    found = best.get((0, 0))
    return _rows(found[1], len(roles), 0)[0] if found else None


def _rows(lengths: tuple[int, ...], n: int, offset: int) -> list[Cells]:
    rows, position = [], offset
    for a in range(0, len(lengths), n):
        row = []
        for t in lengths[a:a + n]:
            row.append(tuple(range(position, position + t)))
            position += t
        rows.append(tuple(row))
    return rows


def _doubt(local: list[Reading], n: int, roles: list[Role | None], offset: int, row_count: int,
           shapes: list[str]) -> Doubt | None:
    """Where the runner-up reads the lines otherwise: a row boundary moved, or a line given another role (an empty
    paragraph has no text to give, so where it goes is no doubt)."""
    chosen, other = (_rows(r.lengths, n, offset) for r in local[:2])
    if len(chosen) != row_count or len(other) != row_count:
        return None
    cuts = _cuts(chosen), _cuts(other)
    starts = [_first(row) for row in chosen], [_first(row) for row in other]
    if starts[0] != starts[1]:
        line = min(min(a, b) for a, b in zip(*starts, strict=True) if a != b)
        return Doubt(line, "row_boundary", tuple(starts[0]), tuple(starts[1]), cuts)
    by_line = [{i: roles[c] for row in rows for c, cell in enumerate(row) for i in cell} for rows in (chosen, other)]
    moved = sorted(i for i in by_line[0] if by_line[0][i] != by_line[1].get(i) and shapes[i] != EMPTY_CELL)
    if not moved:
        return None
    return Doubt(moved[0], "cell_role", (by_line[0][moved[0]] or "unnamed",), (by_line[1].get(moved[0]) or "unnamed",),
                 cuts)


def _cuts(rows: list[Cells]) -> frozenset[int]:
    """The lines that open a cell (the first line of each cell holding any)."""
    return frozenset(cell[0] for row in rows for cell in row if cell)


def _first(row: Cells) -> int:
    return min(i for cell in row for i in cell)


def _last(row: Cells) -> int:
    return max(i for cell in row for i in cell)
