"""Pipe tables: Markdown tables, and web tables saved as text with `|` between cells.

A Markdown table (`| Ref | Item | Led by |` rows under a `|---|` ruling) is
found by markdown-it-py, so escaped pipes, code and ragged rows are read the
way a Markdown renderer reads them; the cells are then found in the physical
line in order, to give each its span. A web page saved as text writes a
table as cells joined by ` | `, each row ending in `|`, and a cell's own line
breaks kept, so one row runs over several lines (`John Anderson` / `ditto`);
no Markdown parser reads that, so its rows are cut at the `|` that ends a
line and its cells at every other `|` (its header too may break a cell over
lines, and carry a units row: ingest/pipe_header.py). Some sites save each cell on a line of
its own ending in ` |`, a row opened by a line holding only `|` (Newham's
housing improvement plan pages): a cell runs to the line that ends in `|`.
Others write a Markdown ruling (`---|---|`) under header cells a line each
and end every cell with a `|`, on its last line or on a line of its own, with
nothing to mark a row's end (Newton St Cyres Parish Council's action plan):
the ruling's columns are counted, and a row is that many cells. Some write the
same with no ruling at all (Maidstone's Strategic Plan 2016-17 action plan as
its committee appendix: `Project |` / `Detail |` / ... / `Responsible Owner |`
under a title line, then each cell ending in ` |` or at a `|` alone under its
lines): the header is the run of one-line cells that reads as a plan's
headings, and a row is as many cells as it has (counted: ingest/pipe_counted.py, where a numbered row printing a
cell fewer ends at the next row's number). A row's number on a line of
its own (`1.1 |` under `Progress |`: the Isle of Wight's Housing Renewal
action plan) opens the first row, never a heading. Such a page may print its
tables one under the other, each under a heading of its own and the same
header again (`2.` / `Data Collection and Monitoring` / `Number |` ...): the
header printed again at a row's end starts the count again, and the lines
above it that no `|` closes are no cell but text beside the table (the
next table's heading, read by parsers/sections.py). In every one of these, a
line printing text past the table's columns is no row (layout.runs_past).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from council_actions.ingest.layout import (
    MIN_COLUMNS,
    RULING,
    Layout,
    RoleOf,
    as_layout,
    is_plan_header,
    mark_past,
    runs_past,
    with_cells,
)
from council_actions.ingest.model import Cell, Column, Line, Span
from council_actions.ingest.pipe_counted import NUMBER_CELL, cell_text, counted_cells, one_cell
from council_actions.ingest.pipe_header import header_lines, header_run, split_cells
from council_actions.ingest.pipe_wrapped import read_wrapped_header_cells

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@cache
def markdown_parser() -> MarkdownIt:
    """Loaded when a text is first tried as pipe tables, not with the package: tab-separated text and PDFs
    never need it, and its import is a sizeable share of a PDF's start-up before the reader can be forked."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def read_pipe_tables(lines: list[Line], text: str, role_of: RoleOf) -> Layout | None:
    """The lines re-cut into the cells of the first pipe table whose first row reads as a plan's headings (a table
    above it, such as the plan's status totals, keeps its lines as they are); a web table saved with ` | ` between
    cells is tried when markdown-it finds no table. None otherwise, so that the next rendering is tried. A text
    without a pipe is not parsed: markdown-it's table opens only on a header line holding one, and a long text of
    another rendering spent a tenth of its reading in the parse."""
    by_number = {line.number: line for line in lines}
    tokens = markdown_parser().parse(text) if "|" in text else []
    rows: list[tuple[int, list[str]]] = []
    heads: list[int] = []  # the rows that head a table
    for index, token in enumerate(tokens):
        if token.type == "tr_open" and token.map:
            heads += [len(rows)] if tokens[index - 1].type == "thead_open" else []
            rows.append((token.map[0] + 1, _cells(tokens, index)))
    if not rows:
        return _read_pipe_rows(lines, role_of)
    first = next((k for k in heads if is_plan_header([role_of(h) for h in rows[k][1]])), None)
    if first is None:
        return None
    rows = rows[first:]
    headings = rows[0][1]
    relaid: dict[int, Line] = {}
    for position, (number, cells) in enumerate(rows):
        line = by_number.get(number)
        if line is not None and "|" in line.text and not runs_past(line.text, "pipe", len(headings)):
            relaid[number] = _relaid(line, cells, position == 0 or cells == headings)
    ruling = rows[0][0] + 1
    if ruling in by_number:
        relaid[ruling] = as_layout(by_number[ruling], "rule")
    start = next((k for k, line in enumerate(lines) if line.number == rows[0][0]), 0)
    relaid_lines = mark_past([relaid.get(line.number, line) for line in lines], start, "pipe", len(headings))
    return Layout("pipe", tuple(Column(h) for h in headings), tuple(relaid_lines))


def _relaid(line: Line, cells: list[str], header: bool) -> Line:
    """A line markdown-it reads as a row of the table: a header (the first row, or the header printed again over
    the next table), a ruling printed again under it, or a row.

    A Markdown table runs on over the lines under it to a blank line, so a page of several tables saved as text
    (Rotherham's year ahead delivery plan: a `Priority: ...` line, the header and its ruling again, each priority's
    rows) is one table to markdown-it: the next header and ruling are not actions, and a line with no pipe (the
    `Priority: ...` line) is no row: a saved web table prints a pipe in every row, so that line keeps its layout and
    is reported as text beside the table (the caller leaves it), never read as a row of one cell and dropped."""
    if RULING.match(line.text):
        return as_layout(line, "rule")
    return with_cells(line, _locate(line, cells), "header" if header else "row_start")


def _cells(tokens: list[Token], start: int) -> list[str]:
    """Cells in order, an empty string for a cell with no content."""
    out: list[str] = []
    pending = False
    for token in tokens[start + 1:]:
        if token.type == "tr_close":
            break
        if token.type in ("th_open", "td_open"):
            pending = True
        elif token.type == "inline" and pending:
            out.append(token.content)
            pending = False
        elif token.type in ("th_close", "td_close") and pending:
            out.append("")
            pending = False
    return out


def _locate(line: Line, cells: list[str]) -> list[Cell | None]:
    """Each cell's text found in the line after the previous one, between pipes."""
    found: list[Cell | None] = []
    cursor = line.text.find("|") + 1 if line.text.lstrip().startswith("|") else 0
    for column, content in enumerate(cells):
        bar = line.text.find("|", cursor)
        end = bar if bar >= 0 else len(line.text)
        at = line.text.find(content, cursor, end) if content else -1
        if at >= 0:
            begin = line.span.char_start + at
            found.append(Cell(column, content, Span(None, line.number, line.number, begin, begin + len(content))))
        cursor = end + 1
    return found


def _read_pipe_rows(lines: list[Line], role_of: RoleOf) -> Layout | None:
    found = next((found for i in range(len(lines)) if (found := header_run(lines, i, role_of))), None)
    if found is None:
        return _read_pipe_cell_lines(lines, role_of)
    start, end, headings = found
    relaid = list(lines)
    relaid[start:end + 1] = header_lines(lines[start:end + 1])
    column, opens = 0, True
    for i in (i for i in range(end + 1, len(lines)) if not runs_past(lines[i].text, "pipe", len(headings))):
        cells, column = split_cells(lines[i], column)
        relaid[i] = with_cells(lines[i], cells, "row_start" if opens else "row")
        opens = lines[i].text.rstrip().endswith("|")
        column = 0 if opens else column
    return Layout("pipe", tuple(Column(h) for h in headings), tuple(mark_past(relaid, start, "pipe", len(headings))))




def _read_pipe_cell_lines(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """A table saved a cell a line: a line of only `|` opens each row, and each cell ends at a line ending in
    `|`; the header is the first row whose cells are a line each and read as a plan's headings. The rows above it
    (a spreadsheet's empty rows, a bare `|` each, and a title in a cell of its own: the Isle of Wight's `Counter-fraud
    |` over its benefit fraud action plan) are no part of the table: a bare `|` there is markup (layout `rule`), a
    title stays text beside the table. None where there is no such table."""
    opens = [i for i, line in enumerate(lines) if line.text.strip() == "|"]
    found = next((k for k in range(len(opens) - 1) if _headings(lines, opens[k], opens[k + 1], role_of)), None)
    if found is None:
        return _read_ruled_cells(lines, role_of)
    above = set(opens[:found])
    relaid = [as_layout(line, "rule") if i in above else line for i, line in enumerate(lines)]
    header, first_row = opens[found], opens[found + 1]
    headings = _headings(lines, header, first_row, role_of)
    relaid[header] = as_layout(lines[header], "header")
    for j, heading_line in enumerate(range(header + 1, first_row)):
        relaid[heading_line] = with_cells(lines[heading_line], [cell_text(lines[heading_line], j)], "header")
    column = 0
    for i in (i for i in range(first_row, len(lines)) if not runs_past(lines[i].text, "pipe", len(headings))):
        line = lines[i]
        if line.text.strip() == "|":
            relaid[i], column = with_cells(line, [], "row_start"), 0
            continue
        relaid[i] = with_cells(line, [cell_text(line, column)], "row")
        column += line.text.rstrip().endswith("|")
    return Layout("pipe", tuple(Column(h) for h in headings), tuple(mark_past(relaid, header, "pipe", len(headings))))


def _headings(lines: list[Line], opener: int, next_opener: int, role_of: RoleOf) -> list[str]:
    """The headings of the row a bare `|` opens at line `opener` (the next opens at `next_opener`), where its cells
    are a line each closed by their one `|` (a line opening with `|` too is a row the pipes mark, North Tyneside's `|
    2025 |`: ingest/pipe_lines.py), at least MIN_COLUMNS, and read as a plan's headings; empty otherwise."""
    cells = range(opener + 1, next_opener)
    headings = [" ".join(lines[j].text.strip().rstrip("|").split()) for j in cells]
    if (len(headings) < MIN_COLUMNS or not all(one_cell(lines[j].text) for j in cells)
            or not is_plan_header([role_of(h) for h in headings])):
        return []
    return headings


def _read_ruled_cells(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """A table under a pipe-ended ruling (`---|---|`) whose header cells stand a line each above it and whose
    cells each end at a `|`: a row is as many cells as the ruling has columns. None where the cells above the
    ruling do not read as a plan's headings."""
    rule = next((i for i, line in enumerate(lines) if RULING.match(line.text)), None)
    if rule is None:
        return read_wrapped_header_cells(lines, role_of) or _read_header_cells(lines, role_of)
    count = lines[rule].text.count("-|") + lines[rule].text.count("- |")
    first = rule - count
    if first < 0 or not all(one_cell(lines[j].text) for j in range(first, rule)):
        return None
    return counted_cells(lines, [range(j, j + 1) for j in range(first, rule)], rule, role_of)


def _read_header_cells(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """A table saved a cell a line with no ruling under its header: the first run of one-line cells, under a line
    with no pipe (a title, or the top of the page), that reads as a plan's headings. A run under a pipe belongs to a
    table the pipes already mark (an opening `| 2025 |`, another table's last cell), read elsewhere or not at all."""
    first = 0
    while first < len(lines):
        end = first
        while end < len(lines) and one_cell(lines[end].text) and lines[end].text.strip(" |") and not (
                end > first and NUMBER_CELL.fullmatch(lines[end].text.strip(" |"))):
            end += 1
        if end - first >= MIN_COLUMNS and (first == 0 or "|" not in lines[first - 1].text):
            layout = counted_cells(lines, [range(j, j + 1) for j in range(first, end)], None, role_of)
            if layout is not None:
                return layout
        first = end + 1
    return None
