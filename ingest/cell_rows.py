"""Rows of a one-cell-per-line table printed without row markers: the split whose cells fit their columns best.

The cells come in header order, row after row, a cell per line (a text cell may take several lines, an owner,
timeline or status cell one or a stack of lines of one kind, `cell_shapes.stack`; any cell may be empty). Every
way of cutting the lines into such rows is scored by how well each line's shape fits its column
(`cell_shapes.FIT`), an empty cell costing EMPTY, and a row must have an owner, timeline or status cell that fits
(a row of a plan says who or when); lines after the last row may stay outside the table (a footnote), each costing
LEFTOVER. The best cut is found by dynamic programming over (line, column). Blank lines say nothing: converters put
them between cells, between rows and between a cell's paragraphs alike. A paragraph holding only whitespace
(shape EMPTY_CELL) is a slot of its own: alone in a cell it is an empty cell the text shows (MARKED_EMPTY), within
a cell's lines nothing; where the text shows its empty cells so, a cell left empty without one is unlikely
(UNMARKED_EMPTY). Where another cut of the same lines scores within MARGIN and moves a row boundary, or gives a
line to a column of another role, the reading is a guess and is reported, with both.
"""

from __future__ import annotations

from dataclasses import dataclass

from council_actions.ingest.cell_shapes import EMPTY_CELL, ONE_LINE_KINDS, PROOF_KINDS, fit, kind_of, stack

EMPTY = -1.5  # an empty cell
MARKED_EMPTY = EMPTY  # an empty cell the text shows (a paragraph holding only whitespace, shape EMPTY_CELL)
UNMARKED_EMPTY = -4.0  # where the text marks its empty cells, a cell left empty without a mark
EMPTY_LATER = 0.01  # an empty cell further right costs a little more: on a tie the earlier cell is the empty one
LATER = 0.001  # a text line in a later column scores a little more: on a tie it opens the next text cell
LEFTOVER = -0.5  # a line after the last row, left outside the table
MARGIN = 1.0  # a reading scoring within this of the best is as likely
MAX_CELL_LINES = 40

Cells = tuple[tuple[int, ...], ...]  # per column, the indexes of the lines in the cell
State = tuple[int, int, bool]  # lines read, the column next, whether this row has a one-line cell that fits


@dataclass(frozen=True)
class Reading:
    """One cut of the lines into rows and its score: kept per state, so the best cut can be compared with the
    readings that nearly beat it (a close one is a doubt worth reporting)."""

    score: float
    lengths: tuple[int, ...]  # lines per cell, cell after cell, row after row


@dataclass(frozen=True)
class Doubt:
    """Two readings of the same lines about as likely: where they part, and how each reads it."""

    line: int  # index of the first line the readings give differently
    kind: str  # "row_boundary": the rows' first lines (indexes), or "cell_role": the role the line is read as
    chosen: tuple[int | str, ...]
    other: tuple[int | str, ...]


def read_unmarked_rows(shapes: list[str], roles: list[str | None]) -> tuple[list[Cells], list[Doubt]]:
    """The rows (each a tuple of cells of line indexes) and the doubts about them; no rows if none fit."""
    kinds = [kind_of(r) for r in roles]
    readings = _readings(shapes, kinds, roles, whole=False)
    if not readings or not readings[0].lengths:
        return [], []
    rows = _rows(readings[0].lengths, len(kinds), 0)
    doubts = []
    for k in range(len(rows)):
        pair = rows[k:k + 2]
        start, end = _first(pair[0]), _last(pair[-1]) + 1
        local = _readings(shapes[start:end], kinds, roles, whole=True)
        if len(local) > 1 and local[1].score >= local[0].score - MARGIN:
            doubt = _doubt(local, len(kinds), roles, start, len(pair), shapes)
            if doubt is not None and doubt not in doubts:
                doubts.append(doubt)
    return rows, doubts


def _readings(shapes: list[str], kinds: list[str], roles: list[str | None], whole: bool) -> list[Reading]:
    """The best two readings of the lines as rows (dynamic programming over line and column)."""
    n, m = len(kinds), len(shapes)
    needed = {0} | {j for j, r in enumerate(roles) if r == "action"}
    totals = {kind: _running_totals(shapes, kind) for kind in set(kinds)}
    proof = any(kind in PROOF_KINDS for kind in kinds)  # then a row needs an owner, timeline or status that fits
    empty = UNMARKED_EMPTY if EMPTY_CELL in shapes else EMPTY
    best: dict[State, list[Reading]] = {(0, 0, True): [Reading(0.0, ())]}
    for i in range(m + 1):
        for j in [*range(1, n), 0]:
            kind, total = kinds[j], totals[kinds[j]]
            most = stack(shapes, i, kind) if kind in ONE_LINE_KINDS else MAX_CELL_LINES
            for shown in (False, True):
                for reading in list(best.get((i, j, shown), [])):
                    for t in range(1 if j in needed else 0, min(most, m - i) + 1):
                        marked = t == 1 and shapes[i] == EMPTY_CELL
                        if (marked and j in needed) or (t > 1 and shapes[i] == EMPTY_CELL):
                            continue  # a row's action is never empty; an empty paragraph ends a cell, never opens one
                        gain = (empty - EMPTY_LATER * j if t == 0 else MARKED_EMPTY - EMPTY_LATER * j if marked
                                else total[i + t] - total[i] + LATER * j * t)
                        now = (shown and j != 0) or (kind in PROOF_KINDS and t > 0 and gain > 0 and not marked)
                        if j == n - 1 and proof and not now:
                            continue  # a row that says nobody and no time is no row of the plan
                        state = (i + t, (j + 1) % n, now or j == n - 1)
                        _keep(best, state, Reading(reading.score + gain, (*reading.lengths, t)))
    if whole:
        return [r for r in best.get((m, 0, True), []) if r.lengths]
    ends = [Reading(r.score + LEFTOVER * (m - i), r.lengths) for i in range(1, m + 1)
            for r in best.get((i, 0, True), [])]
    return sorted(ends, key=lambda r: -r.score)[:2]


def _running_totals(shapes: list[str], kind: str) -> list[float]:
    totals = [0.0]
    for shape in shapes:
        totals.append(totals[-1] + fit(shape, kind))
    return totals


def _keep(best: dict[State, list[Reading]], state: State, reading: Reading) -> None:
    kept = best.setdefault(state, [])
    kept.append(reading)
    kept.sort(key=lambda r: -r.score)
    del kept[2:]


def _rows(lengths: tuple[int, ...], n: int, offset: int) -> list[Cells]:
    rows, position = [], offset
    for a in range(0, len(lengths), n):
        cells = []
        for t in lengths[a:a + n]:
            cells.append(tuple(range(position, position + t)))
            position += t
        rows.append(tuple(cells))
    return rows


def _doubt(local: list[Reading], n: int, roles: list[str | None], offset: int, row_count: int,
           shapes: list[str]) -> Doubt | None:
    """Where the runner-up reads the lines otherwise: a row boundary moved, or a line given another role (an empty
    paragraph has no text to give, so where it goes is no doubt)."""
    chosen, other = (_rows(r.lengths, n, offset) for r in local[:2])
    if len(chosen) != row_count or len(other) != row_count:
        return None
    starts = [_first(row) for row in chosen], [_first(row) for row in other]
    if starts[0] != starts[1]:
        line = min(min(a, b) for a, b in zip(*starts, strict=True) if a != b)
        return Doubt(line, "row_boundary", tuple(starts[0]), tuple(starts[1]))
    by_line = [{i: roles[c] for row in rows for c, cell in enumerate(row) for i in cell} for rows in (chosen, other)]
    moved = sorted(i for i in by_line[0] if by_line[0][i] != by_line[1].get(i) and shapes[i] != EMPTY_CELL)
    if not moved:
        return None
    return Doubt(moved[0], "cell_role", (by_line[0][moved[0]] or "unnamed",), (by_line[1].get(moved[0]) or "unnamed",))


def _first(row: Cells) -> int:
    return min(i for cell in row for i in cell)


def _last(row: Cells) -> int:
    return max(i for cell in row for i in cell)
