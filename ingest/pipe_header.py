"""The header of a web table saved with ` | ` between cells, whose cells may break over lines, and a row's cells.

A web page saved as text keeps a cell's own line breaks, in the header as in the rows: Waverley's housing best
value improvement plans print `ACTION PLAN | BY WHOM | BY WHEN` on one line and `[month = by month end] | BUDGET
IMPLICATIONS | PROGRESS | ...` on the next, the third heading's note under it. The header is the run of lines from
one holding a `|` to the first that ends in `|` (where the row ends); its headings are the run's cells, a cell's
lines joined by a space, and must read as a plan's headings. A row right under it whose every cell is empty or a
unit (` |  |  |  |  |  | £000 |`: the savings column counts thousands of pounds) says what the columns' figures are
in: it is part of the header, no row of the plan.
"""

from __future__ import annotations

import re

from council_actions.ingest.layout import MIN_COLUMNS, RoleOf, as_layout, is_plan_header, sub_cell, with_cells
from council_actions.ingest.model import Cell, Line

# The most lines one header row runs over: a heading's note under it (`BY WHEN` / `[month = by month end]`) makes
# two; a longer run is text above a table, not its header.
HEADER_LINES = 3
# A cell that is a unit of the figures under it: a currency in thousands or millions (`£000`, `£'000`, `£k`, `£m`)
# or a share (`%`). Typography, the same in any table, not a council's wording: kept here.
UNIT = re.compile(r"(?:[£$€]\s?(?:'?000|k|m|million)?|%)", re.IGNORECASE)


def header_run(lines: list[Line], start: int, role_of: RoleOf) -> tuple[int, int, list[str]] | None:
    """The header row that opens at line `start`: its first and last line (its units row's, where one follows) and
    its headings; None where the lines from there to the first ending in `|` hold no plan's headings, or a line of the
    run holds no `|` at all."""
    end = start
    while not lines[end].text.rstrip().endswith("|"):
        end += 1
        if end == len(lines) or end - start >= HEADER_LINES:
            return None
    if any("|" not in line.text for line in lines[start:end + 1]):
        return None
    joined = " ".join(line.text.strip() for line in lines[start:end + 1])
    headings = [" ".join(part.split()) for part in joined.strip("|").split("|")]
    if len(headings) < MIN_COLUMNS or not is_plan_header([role_of(h) for h in headings]):
        return None
    return start, end + (end + 1 < len(lines) and _units_row(lines[end + 1].text)), headings


def _units_row(text: str) -> bool:
    """A row of only empty cells and units, and at least one unit."""
    cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
    return "|" in text and any(cells) and all(not cell or UNIT.fullmatch(cell) for cell in cells)


def header_lines(lines: list[Line]) -> list[Line]:
    """The header run's lines as header lines, each cut into its cells (a cell broken over lines goes on in the same
    column on the next); a units row is kept whole as a header line."""
    out, column = [], 0
    for line in lines:
        if _units_row(line.text) and column == 0:
            out.append(as_layout(line, "header"))
            continue
        cells, column = split_cells(line, column)
        out.append(with_cells(line, cells, "header"))
        column = 0 if line.text.rstrip().endswith("|") else column
    return out


def split_cells(line: Line, column: int) -> tuple[list[Cell | None], int]:
    """The line's cells from `column` on, one more at each `|`; the column the next line continues in."""
    cells: list[Cell | None] = []
    position = 0
    text = line.text
    if column == 0 and text.lstrip().startswith("|"):
        position = text.index("|") + 1
    while True:
        bar = text.find("|", position)
        end = bar if bar >= 0 else len(text)
        cells.append(sub_cell(line, position, end, column))
        if bar < 0:
            return cells, column
        position, column = bar + 1, column + 1
