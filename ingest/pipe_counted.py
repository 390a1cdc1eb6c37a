"""A web table saved a cell a line with nothing to mark a row's end: every cell ends at a `|`, a row is as many cells
as the header has (ingest/pipe_tables.py finds the header, under a Markdown ruling or none).

Counting cells is exact while every row prints all its cells. A row may print one cell fewer, the last two of its
cells in one, a line each (Maidstone's homelessness and rough sleeping action plan, 2024-2029: `Housing Advice
Manager MBC Housing Advice Team` / `June-December 2024 |`, the lead and the timescale, where the next row prints them
apart): counted on, the next row's number (`1.2 |`) would fall in this row's last column and every row after it be a
cell out. Where the rows are numbered, a row's number on a line of its own that follows on from the number of the row
being read (`1.1`, then `1.2` or `2.1`), where that row lacks only its last cell and that cell's line above holds more
than one line, opens the next row: the short row keeps the cells it printed, its last cell's lines as printed
(parsers/table_action.py reads a time on the last of them as the row's timeline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from council_actions.ingest.layout import (
    Layout,
    RoleOf,
    as_layout,
    is_plan_header,
    mark_past,
    runs_past,
    sub_cell,
    with_cells,
)
from council_actions.ingest.model import Cell, Column, Line

# A row's number alone in its cell (`1.1`, `2.`), never a heading; a period's heading (`2025`) is no such number.
NUMBER_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")


@dataclass
class _Count:
    """Where counting has got to: the cells so far (a row every `count`), whether the row the next cell belongs to
    has a line yet, the number the row being read opened with (None where it printed none), the lines of the cell
    last closed and of the cell still open."""

    cell: int = 0
    started: bool = False
    number: str | None = None
    closed_lines: int = 0
    open_lines: int = 0

    def numbers_next_row(self, text: str, count: int) -> bool:
        """Whether the line (`1.2 |`) is the next row's number though the row being read lacks its last cell
        (module docstring)."""
        number = text.strip(" |")
        return (self.number is not None and self.cell % count == count - 1 and self.closed_lines > 1
                and self.open_lines == 0 and one_cell(text) and bool(NUMBER_CELL.fullmatch(number))
                and _follows(self.number, number))

    def counted(self, line: Line, count: int) -> Line:
        """The line laid out as the cells it ends (each at a `|`) or carries on, the count moved past them; a row's
        first line notes the number it opens with."""
        if self.cell % count == 0 and not self.started:
            opening = line.text.strip(" |")
            self.number = opening if one_cell(line.text) and NUMBER_CELL.fullmatch(opening) else None
        cells, position = [], 0
        bars = [k for k, character in enumerate(line.text) if character == "|"]
        for bar in [*bars, len(line.text)]:
            cells.append(sub_cell(line, position, bar, self.cell % count))
            position, self.cell = bar + 1, self.cell + (bar < len(line.text))
        counted = with_cells(line, cells, "row" if self.started else "row_start")
        self.started = self.cell % count != 0 or not line.text.rstrip().endswith("|")
        self.passed(line.text, len(bars))
        return counted

    def passed(self, text: str, bars: int) -> None:
        """A line of the table counted: the lines of the cell its first `|` closes, and of the cell left open."""
        if bars:
            self.closed_lines = self.open_lines + 1 if bars == 1 else 1
        else:
            self.open_lines += 1
            return
        self.open_lines = 0 if text.rstrip().endswith("|") else 1


def counted_cells(lines: list[Line], header: list[range], rule: int | None, role_of: RoleOf) -> Layout | None:
    """The header cells, each the lines of its `range` (most a line each; a heading broken over lines,
    ingest/pipe_wrapped.py), the ruling under them if any, then the table's cells each ended by a `|`, a row every
    as many of them as there are headings (a short numbered row ends at the next row's number: module docstring).
    None where the header cells do not read as a plan's headings."""
    headings = [cell_heading(lines, cell) for cell in header]
    if not is_plan_header([role_of(h) for h in headings]):
        return None
    relaid = list(lines)
    _as_header(relaid, header)
    if rule is not None:
        relaid[rule] = as_layout(lines[rule], "rule")
    _count_rows(relaid, header[-1].stop + (rule is not None), headings)
    return Layout("pipe", tuple(Column(h) for h in headings),
                  tuple(mark_past(relaid, header[0].start, "pipe", len(header))))


def _as_header(relaid: list[Line], header: list[range]) -> None:
    """Lay out the lines of each header cell (its `range`, the column its place) as that column's heading."""
    for column, cell in enumerate(header):
        for j in cell:
            relaid[j] = with_cells(relaid[j], [cell_text(relaid[j], column)], "header")


def _count_rows(relaid: list[Line], first: int, headings: list[str]) -> None:
    """Lay out the lines from `first` on as the table's cells, counted into rows; a line running past the table (a
    `|` too many) is left as it is, and the header printed again (over a page break) laid out as the header."""
    count, at = len(headings), _Count()
    again = -1  # the last line of the header printed again, and of the text above it
    for i in range(first, len(relaid)):
        if i <= again or runs_past(relaid[i].text, "pipe", count):
            continue
        if at.numbers_next_row(relaid[i].text, count):
            at.cell, at.started = at.cell + 1, False
        header_at = _header_again(relaid, i, headings) if at.cell % count == 0 and not at.started else None
        if header_at is not None:
            _as_header(relaid, [range(j, j + 1) for j in range(header_at, header_at + count)])
            again = header_at + count - 1
        else:
            relaid[i] = at.counted(relaid[i], count)


def _follows(number: str, after: str) -> bool:
    """Whether `after` numbers the row after `number`'s: a part one more, the parts before it the same and those
    after it 1 (`1.1` then `1.2`; `1.4` then `2.1` or `2`)."""
    above = [int(part) for part in number.strip(".").split(".")]
    below = [int(part) for part in after.strip(".").split(".")]
    return any(below[:k] == above[:k] and below[k] == above[k] + 1 and all(part == 1 for part in below[k + 1:])
               for k in range(min(len(above), len(below))))


def _header_again(lines: list[Line], start: int, headings: list[str]) -> int | None:
    """Where the header is printed again from line `start` on, under lines with no `|` (the next table's heading,
    left as text beside the table); None where the next line with a `|` opens no such header."""
    at = next((i for i in range(start, len(lines)) if "|" in lines[i].text), None)
    if at is None:
        return None
    again = [" ".join(line.text.strip().rstrip("|").split()) for line in lines[at:at + len(headings)]]
    return at if again == headings and all(one_cell(line.text) for line in lines[at:at + len(headings)]) else None


def cell_heading(lines: list[Line], cell: range) -> str:
    """A header cell's text as one heading: its lines (one, or a heading broken over several: ingest/pipe_wrapped.py)
    joined, the closing `|` and runs of space dropped."""
    return " ".join(" ".join(lines[j].text.strip().rstrip("|") for j in cell).split())


def one_cell(text: str) -> bool:
    """A line holding one cell closed by its `|`: a header cell of a table saved a cell a line."""
    return text.rstrip().endswith("|") and text.count("|") == 1


def cell_text(line: Line, column: int) -> Cell | None:
    """The line's text before its closing `|`, as a cell of the column."""
    text = line.text.rstrip()
    return sub_cell(line, 0, len(text) - 1 if text.endswith("|") else len(text), column)
