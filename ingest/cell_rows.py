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

from dataclasses import dataclass, field
from typing import NamedTuple

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


class Cut(NamedTuple):
    """A reading's last cell (the lines it takes) and the cut of the lines above it. Why a chain: a reading grows
    by one cell at each step of the search, and copying its cells each time cost the table's length squared (a
    table of 4,000 lines: most of the minute its reading took)."""

    lines: int
    above: Cut | None


@dataclass(frozen=True)
class Reading:
    """One cut of the lines into rows and its score: kept per state, so the best cut can be compared with the
    readings that nearly beat it (a close one is a doubt worth reporting)."""

    score: float
    cut: Cut | None = None  # its last cell, and through it the cells above; None: no cell yet

    @property
    def lengths(self) -> tuple[int, ...]:
        """Lines per cell, cell after cell, row after row."""
        lengths, cut = [], self.cut
        while cut is not None:
            lengths.append(cut.lines)
            cut = cut.above
        return tuple(reversed(lengths))


@dataclass(frozen=True)
class Doubt:
    """Two readings of the same lines about as likely: where they part, and how each reads it."""

    line: int  # index of the first line the readings give differently
    kind: str  # "row_boundary": the rows' first lines (indexes), or "cell_role": the role the line is read as
    chosen: tuple[int | str, ...]
    other: tuple[int | str, ...]
    # the lines opening a cell, as read and in the other reading (of the rows re-read: the same doubt found again
    # from the next pair of rows is the same doubt)
    cuts: tuple[frozenset[int], frozenset[int]] = field(compare=False)


def read_unmarked_rows(shapes: list[str], roles: list[str | None]) -> tuple[list[Cells], list[Doubt]]:
    """The rows (each a tuple of cells of line indexes) and the doubts about them; no rows if none fit."""
    kinds = [kind_of(r) for r in roles]
    readings = _readings(shapes, kinds, roles, whole=False)
    if not readings or readings[0].cut is None:
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


@dataclass(frozen=True)
class _Lines:
    """The lines to cut and what every cut of them is scored by: fixed for one search, so worked out once."""

    shapes: list[str]
    kinds: list[str]  # per column, its kind for FIT (cell_shapes.kind_of)
    needed: frozenset[int]  # columns a row never leaves empty: the first (it opens the row) and any action
    totals: dict[str, list[float]]  # per kind, the fit of the lines before each line, summed (`_running_totals`)
    proof: bool  # a column says who or when (PROOF_KINDS), so a row needs one such cell that fits
    empty: float  # an empty cell's cost: UNMARKED_EMPTY where the text marks its empty cells, else EMPTY
    any_spacing: bool = False  # a stacked cell's items may be spaced unevenly (`read_one_row`)


class _Cell(NamedTuple):
    """One way to fill a column from a line: the lines it takes, what it adds to the score, and whether it proves
    its row (an owner, timeline or status cell whose lines fit)."""

    lines: int
    gain: float
    proves: bool


def _readings(shapes: list[str], kinds: list[str], roles: list[str | None], whole: bool) -> list[Reading]:
    """The best two readings of the lines as rows, by dynamic programming over (line, column): a state is the
    lines read, the column next and whether the row so far has a cell that proves it; each keeps its two best
    readings (`_keep`). Within a line the first column comes last: a row that ends on line i opens the next there.
    `whole`: every line in a row (a pair of rows re-read for doubts); else the lines after the last row may stay
    outside the table, each costing LEFTOVER."""
    table = _table(shapes, kinds, roles)
    best: dict[State, list[Reading]] = {(0, 0, True): [Reading(0.0)]}
    for i in range(len(shapes) + 1):
        for j in [*range(1, len(kinds)), 0]:
            _step(best, table, i, j)
    return _best_ends(best, len(shapes), whole)


def _table(shapes: list[str], kinds: list[str], roles: list[str | None], any_spacing: bool = False) -> _Lines:
    """The lines and what every cut of them is scored by (`_Lines`)."""
    return _Lines(shapes, kinds, frozenset({0} | {j for j, r in enumerate(roles) if r == "action"}),
                  {kind: _running_totals(shapes, kind) for kind in set(kinds)},
                  any(kind in PROOF_KINDS for kind in kinds), UNMARKED_EMPTY if EMPTY_CELL in shapes else EMPTY,
                  any_spacing)


def read_one_row(shapes: list[str], roles: list[str | None]) -> Cells | None:
    """Every line cut into the cells of one row, the cut whose cells fit their columns best; None where no cut
    puts each line in a cell. For a row whose bounds its row markers give but whose cells run over several lines
    (paragraphs, bullets): only which column each line is in is read, the way the rows of a table without markers
    are, and a cell's stacked owners or times may be spaced unevenly (`cell_shapes.stack`)."""
    table = _table(shapes, [kind_of(r) for r in roles], roles, any_spacing=True)
    best: dict[tuple[int, int], tuple[float, tuple[int, ...]] | None] = {(len(shapes), len(roles)): (0.0, ())}
    for j in reversed(range(len(roles))):
        for i in reversed(range(len(shapes) + 1)):
            options = [(cell.gain + rest[0], (cell.lines, *rest[1]))
                       for cell in _cells(table, i, j) if (rest := best.get((i + cell.lines, j + 1)))]
            best[(i, j)] = max(options, default=None)
    found = best.get((0, 0))
    return _rows(found[1], len(roles), 0)[0] if found else None


def _step(best: dict[State, list[Reading]], table: _Lines, i: int, j: int) -> None:
    """Every reading that has read i lines and fills column j next, extended by each cell the column may take
    there (`_cells`), kept at the state it reaches if among the two best there. A row's last cell closes it: a
    row with no cell that proves it is no row of the plan, where the table has a column that could (`proof`);
    past it the flag is not read (the next row's first column sets it anew)."""
    arriving = [(proven, reading) for proven in (False, True) for reading in best.get((i, j, proven), [])]
    if not arriving:
        return
    cells = _cells(table, i, j)
    last, next_column = j == len(table.kinds) - 1, (j + 1) % len(table.kinds)
    for proven, reading in arriving:
        for cell in cells:
            row_proven = (proven and j != 0) or cell.proves
            if last and table.proof and not row_proven:
                continue  # a row that says nobody and no time is no row of the plan
            _keep(best, (i + cell.lines, next_column, row_proven or last),
                  Reading(reading.score + cell.gain, Cut(cell.lines, reading.cut)))


def _cells(table: _Lines, i: int, j: int) -> list[_Cell]:
    """Every way column j's cell may take the lines from line i, fewest lines first: none (an empty cell), unless
    the column is needed; one; or more, up to what a cell of its kind may hold (`cell_shapes.stack` for an owner,
    timeline or short cell; MAX_CELL_LINES for text) and the lines left."""
    kind = table.kinds[j]
    most = stack(table.shapes, i, kind, table.any_spacing) if kind in ONE_LINE_KINDS else MAX_CELL_LINES
    lengths = range(1 if j in table.needed else 0, min(most, len(table.shapes) - i) + 1)
    return [cell for t in lengths if (cell := _cell(table, i, j, t)) is not None]


def _cell(table: _Lines, i: int, j: int, t: int) -> _Cell | None:
    """Column j's cell taking the t lines from line i; None where no cell is so. An empty-cell paragraph (shape
    EMPTY_CELL) is a cell alone, the empty cell the text shows (MARKED_EMPTY), but never opens a longer one (it
    ends a cell's lines) nor stands for a needed column (a row's action is never empty). An empty cell costs
    more further right (EMPTY_LATER), and text in a later column scores a little more (LATER), so that ties go
    one way."""
    marked = t > 0 and table.shapes[i] == EMPTY_CELL
    if marked and (t > 1 or j in table.needed):
        return None
    if t == 0:
        return _Cell(0, table.empty - EMPTY_LATER * j, False)
    if marked:
        return _Cell(1, MARKED_EMPTY - EMPTY_LATER * j, False)
    total = table.totals[table.kinds[j]]
    gain = total[i + t] - total[i] + LATER * j * t
    return _Cell(t, gain, table.kinds[j] in PROOF_KINDS and gain > 0)


def _best_ends(best: dict[State, list[Reading]], m: int, whole: bool) -> list[Reading]:
    """The readings that end a row: with `whole`, those ending on the last line; else the two best of those ending
    on any line, each line after it costing LEFTOVER."""
    if whole:
        return [r for r in best.get((m, 0, True), []) if r.cut is not None]
    ends = [Reading(r.score + LEFTOVER * (m - i), r.cut) for i in range(1, m + 1)
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
