"""The cell directly above another in its column, among an element's filtered rows, found in near-constant time.

The paragraph reader asks, for each line and column, which line above holds that column's text, looking through
dropped text. Walking up line by line made a long table cost the square of its lines: a column a table leaves
empty for 5,000 lines, or 5,000 copies of one line each dropped below the first, walked back to the top from every
line (10.7 s for a 5,000-line text plan). What the walk stops at and what it passes only ever change one way, as
cells are dropped, never restored; so each is kept as a disjoint-set forest over the lines, each line pointing at
the nearest line at or above it that still qualifies, and a dropped cell only repoints its own line.
"""

from __future__ import annotations

from council_actions.ingest.model import Cell

Rows = list[dict[int, "Cell | None"]]


def runs_to_break(cell: Cell | None) -> bool:
    """Layout evidence (PDF) that the cell's text may go on after a page break: it was cut (False), or it
    filled a ruled cell to the page's foot (None on a PDF page). Text input has no such evidence."""
    return cell is not None and (cell.space_below is False or (cell.space_below is None and cell.span.page is not None))


def _nearest(parents: list[int], index: int) -> int:
    """The nearest line at or above `index` that qualifies (points at itself), or -1; the lines passed are
    repointed at it, so no walk passes them again."""
    found = index
    while found >= 0 and parents[found] != found:
        found = parents[found]
    while index > found:
        parents[index], index = found, parents[index]
    return found


class CellsAbove:
    """`rows` (an element's lines: column -> cell, None where the cell was dropped) with, per column, the lines
    holding its text (`_texts`) and the lines that lack the column yet hold some text (`_breaks`): the walk up
    from a line stops at the first kind and notes passing the second (a line without the column is no dropped
    text to look through). Cells are dropped through `drop`, which keeps both current."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        columns = sorted({column for row in rows for column in row})
        self._texts = {c: [i if row.get(c) is not None else i - 1 for i, row in enumerate(rows)] for c in columns}
        self._breaks = {c: [i if c not in row and _holds_text(row) else i - 1 for i, row in enumerate(rows)]
                        for c in self._texts}

    def above(self, i: int, column: int) -> int | None:
        """Index of the row directly above with a real cell in the column, looking through dropped text, and
        through lines without the column below a cell whose text ran to a page break."""
        j = _nearest(self._texts[column], i - 1)
        if j < 0:
            return None
        skipped = _nearest(self._breaks[column], i - 1) > j
        return None if skipped and not runs_to_break(self.rows[j][column]) else j

    def drop(self, i: int, column: int) -> Cell | None:
        """Drop row `i`'s cell in `column` (it stays, as None: dropped text is see-through); returns the cell."""
        row = self.rows[i]
        cell, row[column] = row.get(column), None
        self._texts[column][i] = i - 1
        if not _holds_text(row):
            for breaks in self._breaks.values():
                breaks[i] = i - 1
        return cell


def _holds_text(row: dict[int, Cell | None]) -> bool:
    return any(cell is not None for cell in row.values())
