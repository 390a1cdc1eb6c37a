"""Web tables saved one cell a line: each cell's line ends in ` |`, and a row's first line opens with `| `.

Some stores save an HTML table so: `| 2025 |` / `2026 |` / ... / `2030 |`, then every row the same way, an
empty cell printed as a bare `|`, a cell of several lines (a list) written line by line and closed by a `|`
alone on the line after it. Neither a Markdown parser nor the ` | `-joined reader (`pipe_tables.py`) reads it,
since no line holds more than one cell; the pipes say exactly where each cell and row ends, so nothing is
guessed. The table is the first row whose cells read as a plan's headings, and the rows after it; it ends at
the first line that neither opens a row nor fills the row still open (a note under the table), which stays
outside it, as do the lines above its headings. A bare `|` carries no words, inside the table (an empty cell, the
end of a list) or outside it (closing a cell of another table on the page: North Tyneside's `Drivers` /
`Outcomes` above its milestones): it is marked as the table's markup (layout `rule`, kept as boilerplate), neither
left as text beside the table nor a line of a row that no action's span, its own cell's, would hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from council_actions.ingest.layout import MIN_COLUMNS, Layout, RoleOf, as_layout, is_plan_header, sub_cell, with_cells
from council_actions.ingest.model import Cell, Column, Line, LineLayout

PIPE = "|"


@dataclass
class _Row:
    """One row as the pipes cut it: per cell, the indexes of its lines (none for an empty cell); the lines of a
    cell still open (a list whose closing `|` is yet to come); its last line, the last `|` that closed a cell."""

    start: int
    cells: list[list[int]] = field(default_factory=list)
    open: list[int] = field(default_factory=list)
    end: int = 0

    def close(self, i: int, text: bool) -> None:
        """The open cell closed at line i, which is part of the cell where it holds text before its `|`."""
        self.cells.append([*self.open, *([i] if text else [])])
        self.open, self.end = [], i


def read_pipe_lines(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """The lines re-cut as a table of one cell a line under the first row that reads as a plan's headings; None
    where there is no such row, so that the next rendering is tried."""
    rows = _rows(lines)
    found = next((k for k, row in enumerate(rows) if _is_header(row, lines, role_of)), None)
    if found is None:
        return None
    header = rows[found]
    headings = [lines[cell[0]].text.strip().strip(PIPE).strip() for cell in header.cells]
    relaid = list(lines)
    for row in _table(rows[found:], len(headings)):
        for column, cell in enumerate(row.cells):
            for i in cell:
                relaid[i] = with_cells(lines[i], [_cell(lines[i], column)], _layout(row is header, i == row.start))
    return Layout("pipe_cell_lines", tuple(Column(h) for h in headings), tuple(_closers_as_rules(relaid)))


def _closers_as_rules(lines: list[Line]) -> list[Line]:
    """The lines no cell holds (no layout yet) that are a bare `|` (an empty cell, the end of a list, a closer of
    another table's cell), marked as markup: they hold no words to report, and are kept as boilerplate."""
    return [as_layout(line, "rule") if line.layout is None and PIPE in line.text and not line.text.replace(PIPE, "")
            .strip() else line for line in lines]


def _layout(header: bool, first: bool) -> LineLayout:
    """A line's place: every line of the header row is a header line; a row's first line opens it."""
    return "header" if header else "row_start" if first else "row"


def _rows(lines: list[Line]) -> list[_Row]:
    """Every row the pipes mark: a line opening with `|` and text opens one; a line ending in `|` closes a cell;
    a line with neither is a line of the open cell, or outside every row where no row is open."""
    rows: list[_Row] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if text.startswith(PIPE) and text != PIPE:
            rows.append(_Row(i, end=i))
        elif not rows:
            continue
        row = rows[-1]
        if text.endswith(PIPE):
            row.close(i, bool(text.strip(PIPE).strip()))
        else:
            row.open.append(i)
    return rows


def _is_header(row: _Row, lines: list[Line], role_of: RoleOf) -> bool:
    """A row of at least MIN_COLUMNS one-line cells whose texts read as a plan's headings."""
    if len(row.cells) < MIN_COLUMNS or row.open or any(len(cell) != 1 for cell in row.cells):
        return False
    return is_plan_header([role_of(lines[cell[0]].text.strip().strip(PIPE).strip()) for cell in row.cells])


def _table(rows: list[_Row], width: int) -> list[_Row]:
    """The header and the rows right under it, up to the first that is no row of the table: more cells than
    headings, or not following on (text no `|` closes lies between: the text under the table)."""
    table = [rows[0]]
    for row in rows[1:]:
        if len(row.cells) > width or table[-1].end + 1 != row.start:
            break
        table.append(row)
    return table


def _cell(line: Line, column: int) -> Cell | None:
    """A line's text without the pipes that open and close it, as a cell of the column."""
    text = line.text
    start = text.index(PIPE) + 1 if text.lstrip().startswith(PIPE) else 0
    end = text.rindex(PIPE) if text.rstrip().endswith(PIPE) and text.rindex(PIPE) >= start else len(text)
    return sub_cell(line, start, end, column)
