"""Pipe (Markdown) tables: `| Ref | Item | Led by |` rows under a `|---|` ruling.

markdown-it-py finds the tables and their rows, so escaped pipes, code and
ragged rows are read the way a Markdown renderer reads them; the cells are
then found in the physical line in order, to give each its span.
"""

from __future__ import annotations

from council_actions.ingest.layout import Layout, RoleOf, as_layout, is_plan_header, with_cells
from council_actions.ingest.model import Cell, Column, Line, Span
from markdown_it import MarkdownIt

PARSER = MarkdownIt("commonmark").enable("table")


def read_pipe_tables(lines: list[Line], text: str, role_of: RoleOf) -> Layout | None:
    by_number = {line.number: line for line in lines}
    tokens = PARSER.parse(text)
    rows: list[tuple[int, list[str]]] = []
    for index, token in enumerate(tokens):
        if token.type == "tr_open" and token.map:
            rows.append((token.map[0] + 1, _cells(tokens, index)))
    if not rows:
        return None
    headings = rows[0][1]
    if not is_plan_header([role_of(h) for h in headings]):
        return None
    relaid: dict[int, Line] = {}
    for position, (number, cells) in enumerate(rows):
        line = by_number.get(number)
        if line is not None:
            relaid[number] = with_cells(line, _locate(line, cells), "header" if position == 0 else "row_start")
    ruling = rows[0][0] + 1
    if ruling in by_number:
        relaid[ruling] = as_layout(by_number[ruling], "rule")
    columns = tuple(Column(h) for h in headings)
    return Layout("pipe", columns, tuple(relaid.get(line.number, line) for line in lines))


def _cells(tokens, start: int) -> list[str]:
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
