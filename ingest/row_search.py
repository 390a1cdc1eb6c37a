"""The search for the best cuts of a one-cell-per-line table's lines into rows (`cell_rows.py`), by dynamic
programming over (line, column).

A cut is scored by its cells (`cell_scores.py`: the fit of each cell's lines to its column, or an empty cell's
cost), lines after the last row LEFTOVER each. A state is the lines read, the column next and whether the row so
far has a cell that proves it (an owner, timeline or status cell that fits); each keeps its two best readings, of
equal scores the first found.

A state's readings are gathered once every state that leads to it is settled: each reading of a state of the
column before, with the cell that takes it on to this line. Why gathered, and why text columns are gathered from
a window kept in order: a text cell may take up to MAX_CELL_LINES lines, so some forty readings reach each state
after a text column, and making and sorting every one of them as it comes would be most of a long table's reading
(80,000 lines of one cell each: the better part of a minute). A reading carried over a text cell scores its own
score plus the fit of the lines the cell takes, the running total (`ScoredLines.totals`) where the cell ends less
where it starts, and a little per line (LATER). Less the part that depends only on where the cell ends, that is
the reading's `lead`, the same for whichever line it goes on to: the readings are ordered by lead once, as they
are settled, and for each state only the few at the top are scored. The lead is a sum of floats, so it orders
the readings only to within a rounding error: every reading within `slack` of the second best is scored exactly,
so the two kept are the two that scoring every reading exactly would keep.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import NamedTuple

from council_actions.ingest.cell_scores import (
    EMPTY,
    EMPTY_LATER,
    LATER,
    MARKED_EMPTY,
    MAX_CELL_LINES,
    UNMARKED_EMPTY,
    Cell,
    ScoredLines,
    cells,
    scored_lines,
)
from council_actions.ingest.cell_shapes import EMPTY_CELL, FIT, ONE_LINE_KINDS, PROOF_KINDS

from council_actions.roles import Role

LEFTOVER = -0.5  # a line after the last row, left outside the table
# A score's rounding error relative to the largest a score or a running total of the table can reach: a sum of a
# few of them errs by a few units in the 16th digit; this is ten thousand times that.
ROUNDING = 1e-12

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


def readings(shapes: list[str], kinds: list[str], roles: list[Role | None], whole: bool) -> list[Reading]:
    """The best two readings of the lines as rows, best first. Within a line the first column comes last: a row
    that ends on line k opens the next there. `whole`: every line in a row (a pair of rows re-read for doubts);
    else the lines after the last row may stay outside the table, each costing LEFTOVER."""
    table = scored_lines(shapes, kinds, roles)
    slack = _slack(table)
    columns: list[_Stacks | _TextWindow] = [
        _Stacks(table, j) if kind in ONE_LINE_KINDS | PROOF_KINDS
        else _TextWindow(table, j, slack, table.totals[kind], LATER * j) for j, kind in enumerate(kinds)]
    order = [*range(1, len(kinds)), 0]
    ends: list[list[Kept]] = []  # per line, the readings of a row ended there (the first state: none read)
    for k in range(len(shapes) + 1):
        for c in order:
            # nothing reaches the first state again: a row's first cell has lines
            arriving = columns[c - 1].gather(k) if k or c else [(True, 0.0, None)]
            if c == 0:
                ends.append([(score, cut) for proven, score, cut in arriving if proven])
            if arriving:
                columns[c].settle(k, arriving)
    return _best_ends(ends, whole)


Kept = tuple[float, Cut | None]  # a reading kept at a state: its score and cut (a Reading once it is handed on)
Arriving = tuple[bool, float, Cut | None]  # a settled state's reading: the row so far proven, score, cut
Tried = tuple[tuple[int, int], float, int, Cut | None]  # (line, index) it leaves from, score, cell's lines, cut
Lead = tuple[float, tuple[int, int], float, Cut | None]  # the lead negated, (line, index), score, cut


class _Source(NamedTuple):
    """A settled state: its line, the readings it holds and the cells its column may take from there."""

    line: int
    cells: list[Cell]
    arriving: list[Arriving]


@dataclass(frozen=True)
class _Stacks:
    """A column of one-line cells (owner, timeline, short): few cells from each line, but whether one proves its
    row depends on the lines it takes, so each reading is tried with the cell that ends on the line gathered."""

    table: ScoredLines
    column: int
    sources: list[_Source] = field(default_factory=list)  # the settled states whose cells may end on a later line

    def settle(self, k: int, arriving: list[Arriving]) -> None:
        """The state at line k and this column holds these readings."""
        if found := cells(self.table, k, self.column):
            self.sources.append(_Source(k, found, arriving))

    def gather(self, k: int) -> list[Arriving]:
        """The two best readings that reach line k with the next column to fill. A row's last cell closes it: a row
        with no cell that proves it is no row of the plan, where the table has a column that could (`proof`); past
        it the flag is not read (the next row's first column sets it anew)."""
        self.sources[:] = [s for s in self.sources if k - s.line <= s.cells[-1].lines]
        j, last = self.column, self.column == len(self.table.kinds) - 1
        found: dict[bool, list[Tried]] = {False: [], True: []}
        for source in self.sources:
            if (t := k - source.line - source.cells[0].lines) < 0:
                continue  # a needed column's cell is never empty
            cell = source.cells[t]
            for index, (proven, score, cut) in enumerate(source.arriving):
                row_proven = (proven and j != 0) or cell.proves
                if last and self.table.proof and not row_proven:
                    continue  # a row that says nobody and no time is no row of the plan
                found[row_proven or last].append(((source.line, index), score + cell.gain, cell.lines, cut))
        return _keep(found)


@dataclass(frozen=True)
class _TextWindow:
    """A column of text cells, which never prove a row: its settled readings that a cell of one line or more can
    carry on to the lines ahead (`leads`, per flag of the state reached, best lead first) and the cells of no
    lines or of an empty-cell paragraph, scored as they are settled (`near`, per line and flag reached)."""

    table: ScoredLines
    column: int
    slack: float  # how far a lead may be below the second best's and the reading still be scored (ROUNDING)
    total: list[float]  # the column's running totals (`_running_totals`)
    later: float  # what a line of the column adds for being in it (LATER per column to the left)
    leads: dict[bool, list[Lead]] = field(default_factory=lambda: {False: [], True: []})
    placed: list[tuple[bool, Lead]] = field(default_factory=list)  # the leads in `leads`, in line order
    fresh: list[tuple[bool, Lead]] = field(default_factory=list)  # the leads of the lines not yet above
    near: dict[tuple[int, bool], list[Tried]] = field(default_factory=dict)

    def settle(self, i: int, arriving: list[Arriving]) -> None:
        """The state at line i and this column holds these readings: a row not proven by now never will be, so
        past the last column it is no row; the others are placed by lead."""
        table, j = self.table, self.column
        last, marked, needed = j == len(table.kinds) - 1, table.shapes[i:i + 1] == [EMPTY_CELL], j in table.needed
        total, later = self.total, self.later
        for index, (proven, score, cut) in enumerate(arriving):
            flag = (proven and j != 0) or last
            if last and table.proof and not (proven and j != 0):
                continue  # a row that says nobody and no time is no row of the plan
            if not needed:
                self.near.setdefault((i, flag), []).append(((i, index), score + (table.empty - EMPTY_LATER * j), 0,
                                                            cut))
                if marked:
                    self.near.setdefault((i + 1, flag), []).append(
                        ((i, index), score + (MARKED_EMPTY - EMPTY_LATER * j), 1, cut))
            if not marked and i < len(table.shapes):
                self.fresh.append((flag, (-(score - total[i] - later * i), (i, index), score, cut)))

    def gather(self, k: int) -> list[Arriving]:
        """The two best readings that reach line k with the next column to fill: the cells of no lines or of an
        empty-cell paragraph, and those of the readings led by the best leads of the lines within MAX_CELL_LINES
        above."""
        self._slide(k)
        total, later = self.total, self.later
        base = total[k] + later * k
        found: dict[bool, list[Tried]] = {}
        for flag, leads in self.leads.items():
            tried = self.near.pop((k, flag), [])
            if not tried and not leads:
                continue
            if len(tried) + len(leads) > 2:
                second = sorted([t[1] for t in tried] + [base - lead[0] for lead in leads[:2]])[-2]
                leads = leads[:bisect_right(leads, base + self.slack - second, key=_negated_lead)]
            tried += [(order, score + (total[k] - total[order[0]] + later * (k - order[0])), k - order[0], cut)
                      for _, order, score, cut in leads]
            found[flag] = tried
        return _keep(found)

    def _slide(self, k: int) -> None:
        """The leads of the lines from k - MAX_CELL_LINES to k - 1: those settled above k in, those too far out."""
        fresh, placed = self.fresh, self.placed
        if fresh and fresh[0][1][1][0] < k:
            settled = next((n for n, (_, entry) in enumerate(fresh) if entry[1][0] >= k), len(fresh))
            for flag, entry in fresh[:settled]:
                insort(self.leads[flag], entry)
            placed += fresh[:settled]
            del fresh[:settled]
        gone = 0
        while gone < len(placed) and placed[gone][1][1][0] < k - MAX_CELL_LINES:
            flag, entry = placed[gone]
            leads = self.leads[flag]
            del leads[bisect_left(leads, entry)]
            gone += 1
        del placed[:gone]


def _negated_lead(entry: Lead) -> float:
    return entry[0]


def _score(tried: Tried) -> float:
    return tried[1]


def _keep(found: dict[bool, list[Tried]]) -> list[Arriving]:
    """The two best of the readings found for each state (per flag, unproven first), of equal scores the first
    found (by line, then by its place among its state's readings): the readings a search trying every cell from
    every state in line order keeps."""
    kept: list[Arriving] = []
    for proven, tried in found.items():
        if len(tried) > 1:
            tried.sort()
            tried.sort(key=_score, reverse=True)
        kept += [(proven, score, Cut(lines, above)) for _, score, lines, above in tried[:2]]
    return kept


def _slack(table: ScoredLines) -> float:
    """ROUNDING of the largest a score or running total of these lines can reach: every line fitting its
    column as badly as any shape does, and every cell of every row as many lines empty."""
    worst = max(abs(v) for row in FIT.values() for v in row.values()) + LATER * len(table.kinds)
    empty = abs(UNMARKED_EMPTY) + abs(EMPTY) + EMPTY_LATER * len(table.kinds)
    return ROUNDING * (len(table.shapes) + 1) * (worst + empty * len(table.kinds) + abs(LEFTOVER)) * 2


def _best_ends(ends: list[list[Kept]], whole: bool) -> list[Reading]:
    """The readings that end a row (`ends`, per line): with `whole`, those ending on the last line; else the two
    best of those ending on any line, each line after it costing LEFTOVER."""
    m = len(ends) - 1
    if whole:
        return [Reading(score, cut) for score, cut in ends[m] if cut is not None]
    scored = [(score + LEFTOVER * (m - i), cut) for i in range(1, m + 1) for score, cut in ends[i]]
    return [Reading(score, cut) for score, cut in sorted(scored, key=lambda end: -end[0])[:2]]

