"""What a cut of a one-cell-per-line table's lines into cells is scored by: each cell's gain, the fit of its lines'
shapes to its column (`cell_shapes.FIT`), or an empty cell's cost, EMPTY (UNMARKED_EMPTY where the text marks its
empty cells, MARKED_EMPTY for a marked one).

Why apart from the search for rows (`row_search.py`): two searches cut lines into cells by these scores, the rows
of a table printed without row markers (`row_search.readings`) and the cells of one row whose bounds its markers
give (`cell_rows.read_one_row`). Both must score a cell alike, and neither needs the other's way of searching. The
fit of a cell's lines is read from running totals per column kind, worked out once for the lines (`ScoredLines`),
so a cell of any length is scored by one subtraction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from council_actions.ingest.cell_shapes import EMPTY_CELL, ONE_LINE_KINDS, PROOF_KINDS, fit, stack

from council_actions.roles import Role

EMPTY = -1.5  # an empty cell
MARKED_EMPTY = EMPTY  # an empty cell the text shows (a paragraph holding only whitespace, shape EMPTY_CELL)
UNMARKED_EMPTY = -4.0  # where the text marks its empty cells, a cell left empty without a mark
EMPTY_LATER = 0.01  # an empty cell further right costs a little more: on a tie the earlier cell is the empty one
LATER = 0.001  # a text line in a later column scores a little more: on a tie it opens the next text cell
MAX_CELL_LINES = 40


@dataclass(frozen=True)
class ScoredLines:
    """The lines to cut and what every cut of them is scored by: fixed for one search, so worked out once."""

    shapes: list[str]
    kinds: list[str]  # per column, its kind for FIT (cell_shapes.kind_of)
    needed: frozenset[int]  # columns a row never leaves empty: the first (it opens the row) and any action
    totals: dict[str, list[float]]  # per kind, the fit of the lines before each line, summed (`_running_totals`)
    proof: bool  # a column says who or when (PROOF_KINDS), so a row needs one such cell that fits
    empty: float  # an empty cell's cost: UNMARKED_EMPTY where the text marks its empty cells, else EMPTY
    any_spacing: bool = False  # a stacked cell's items may be spaced unevenly (`cell_rows.read_one_row`)


class Cell(NamedTuple):
    """One way to fill a column from a line: the lines it takes, what it adds to the score, and whether it proves
    its row (an owner, timeline or status cell whose lines fit)."""

    lines: int
    gain: float
    proves: bool


def scored_lines(shapes: list[str], kinds: list[str], roles: list[Role | None],
                 any_spacing: bool = False) -> ScoredLines:
    """The lines and what every cut of them is scored by (`ScoredLines`), from their shapes and the columns'
    kinds and roles (an action column is never empty)."""
    return ScoredLines(shapes, kinds, frozenset({0} | {j for j, r in enumerate(roles) if r == "action"}),
                       {kind: _running_totals(shapes, kind) for kind in set(kinds)},
                       any(kind in PROOF_KINDS for kind in kinds),
                       UNMARKED_EMPTY if EMPTY_CELL in shapes else EMPTY, any_spacing)


def cells(table: ScoredLines, i: int, j: int) -> list[Cell]:
    """Every way column j's cell may take the lines from line i, fewest lines first: none (an empty cell), unless
    the column is needed; one; or more, up to what a cell of its kind may hold (`cell_shapes.stack` for an owner,
    timeline or short cell; MAX_CELL_LINES for text) and the lines left. An empty-cell paragraph (shape
    EMPTY_CELL) is a cell alone, the empty cell the text shows (MARKED_EMPTY), but never opens a longer one (it
    ends a cell's lines) nor stands for a needed column (a row's action is never empty). An empty cell costs
    more further right (EMPTY_LATER), and text in a later column scores a little more (LATER), so that ties go
    one way."""
    kind, needed = table.kinds[j], j in table.needed
    most = stack(table.shapes, i, kind, table.any_spacing) if kind in ONE_LINE_KINDS else MAX_CELL_LINES
    longest = min(most, len(table.shapes) - i)
    found = [] if needed else [Cell(0, table.empty - EMPTY_LATER * j, False)]
    if longest < 1:
        return found
    if table.shapes[i] == EMPTY_CELL:
        return found if needed else [*found, Cell(1, MARKED_EMPTY - EMPTY_LATER * j, False)]
    total, proves, later = table.totals[kind], kind in PROOF_KINDS, LATER * j
    for t in range(1, longest + 1):
        gain = total[i + t] - total[i] + later * t
        found.append(Cell(t, gain, proves and gain > 0))
    return found


def _running_totals(shapes: list[str], kind: str) -> list[float]:
    totals = [0.0]
    for shape in shapes:
        totals.append(totals[-1] + fit(shape, kind))
    return totals
