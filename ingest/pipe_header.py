"""The header of a web table saved with ` | ` between cells, whose cells may break over lines, and a row's cells.

A web page saved as text keeps a cell's own line breaks, in the header as in the rows: Waverley's housing best
value improvement plans print `ACTION PLAN | BY WHOM | BY WHEN` on one line and `[month = by month end] | BUDGET
IMPLICATIONS | PROGRESS | ...` on the next, the third heading's note under it. The header is the run of lines from
one holding a `|` to the first that ends in `|` (where the row ends); its headings are the run's cells, a cell's
lines joined by a space, and must read as a plan's headings. A row right under it whose every cell is empty or a
unit (` |  |  |  |  |  | £000 |`: the savings column counts thousands of pounds) says what the columns' figures are
in: it is part of the header, no row of the plan. So is such a row that also finishes a heading printed in capitals,
a word in capitals right under it: the same report's day-to-day repairs plan prints `BUDGET` in the header row and
`IMPLICATIONS` in the row under it (` |  |  | IMPLICATIONS |  |  | £000 |`), one heading broken over two table rows,
`BUDGET IMPLICATIONS`, as the report's other plans print it in one cell.
"""

from __future__ import annotations

import re

from council_actions.ingest.layout import MIN_COLUMNS, RoleOf, as_layout, is_plan_header, sub_cell, with_cells
from council_actions.ingest.model import Cell, Line

from council_actions.roles import Role

# The most lines one header row runs over: a heading's note under it (`BY WHEN` / `[month = by month end]`) makes
# two; a longer run is text above a table, not its header.
HEADER_LINES = 3
# A cell that is a unit of the figures under it: a currency in thousands or millions (`£000`, `£'000`, `£k`, `£m`)
# or a share (`%`). Typography, the same in any table, not a council's wording: kept here.
UNIT = re.compile(r"(?:[£$€]\s?(?:'?000|k|m|million)?|%)", re.IGNORECASE)
# The rest of a heading printed in capitals, carried to the table's next row: capitals, spaces and the marks a heading
# joins words with, no figure (a row of figures is a row of the table).
CAPITALS = re.compile(r"[A-Z][A-Z &/,'’()-]*")


def header_run(lines: list[Line], start: int, role_of: RoleOf) -> tuple[int, int, list[str]] | None:
    """The header row that opens at line `start`: its first and last line (its second row's, where one follows) and
    its headings (a second row's words joined to the headings they finish); None where the lines from there to the
    first ending in `|` hold no plan's headings, or a line of the run holds no `|` at all."""
    end = start
    while not lines[end].text.rstrip().endswith("|"):
        end += 1
        if end == len(lines) or end - start >= HEADER_LINES:
            return None
    if any("|" not in line.text for line in lines[start:end + 1]):
        return None
    joined = " ".join(line.text.strip() for line in lines[start:end + 1])
    headings = [" ".join(part.split()) for part in joined.strip("|").split("|")]
    roles = [role_of(h) for h in headings]
    if len(headings) < MIN_COLUMNS or not is_plan_header(roles):
        return None
    rest = _second_row(lines[end + 1].text, headings, roles) if end + 1 < len(lines) else None
    if rest is None:
        return start, end, headings
    return start, end + 1, [f"{heading} {word}" if word else heading
                            for heading, word in zip(headings, rest, strict=True)]


def _second_row(text: str, headings: list[str], roles: list[Role | None]) -> list[str] | None:
    """The words a row right under the headings adds to each (empty where none), where the row is the header's
    second: its cells each empty or a unit, at least one not empty; or, cell for cell under the headings, its action
    cell empty and every other word in capitals under a heading printed in capitals. None where the row is a row of
    the table."""
    cells = [cell.strip() for cell in text.rstrip().removesuffix("|").split("|")]
    if "|" not in text or not any(cells):
        return None
    words = [cell if cell and not UNIT.fullmatch(cell) else "" for cell in cells]
    if not any(words):
        return [""] * len(headings)
    if len(cells) != len(headings) or any(
            word and (role == "action" or not (CAPITALS.fullmatch(word) and heading.isupper()))
            for word, heading, role in zip(words, headings, roles, strict=True)):
        return None
    return words


def header_lines(lines: list[Line]) -> list[Line]:
    """The header run's lines as header lines, each cut into its cells (a cell broken over lines goes on in the same
    column on the next); the row after the first ends is the header's second row (units, or the words finishing
    headings: header_run has joined them to the headings already), kept whole as a header line."""
    out, column, ended = [], 0, False
    for line in lines:
        if ended:  # the run's second row: header_run ends the run there
            out.append(as_layout(line, "header"))
            continue
        cells, column = split_cells(line, column)
        out.append(with_cells(line, cells, "header"))
        ended = line.text.rstrip().endswith("|")
        column = 0 if ended else column
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
