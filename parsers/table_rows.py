"""Rows of a plan table and the values of each role in them.

A row is the lines from one `row_start` to the next (the text reader marked
them). A row whose action cell lists several bulleted items, with the owner
and timeline cells printing one line per item (`John Anderson` / `ditto` /
`ditto`), is several actions: item i takes line i of every column that has
a line per item, the last item takes what is left, and a column with one
line (the row's reference, its objective) is shared by all items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from council_actions.ingest.cell_lines import runs_on
from council_actions.ingest.model import Cell, Document, Line, Span
from council_actions.parsers.cleaning import join_wrapped
from council_actions.parsers.records import Boilerplate

from council_actions.issues import Issue, warning

BULLET = re.compile(r"^[·•\-–*▪]\s+")
Values = dict[str, tuple[str, Span]]
# Where a cell's lines are its own line breaks (a web table saved as text), each owner and timeline line is
# one owner or one milestone (unless it runs on: `Meeting held by` / `28 February 2014`); elsewhere (fixed-width,
# converter text) lines are wrapping.
LISTED_ROLES = frozenset({"owner", "timeline"})


@dataclass
class Row:
    lines: list[Line] = field(default_factory=list)

    def cells(self, column: int) -> list[Cell]:
        return [c for line in self.lines for c in line.cells if c.column == column]

    @property
    def span(self) -> Span:
        return Span.union(ln.span for ln in self.lines)

    @property
    def text(self) -> str:
        return " | ".join(c.text for line in self.lines for c in line.cells)


def group_rows(document: Document) -> tuple[list[Row], list[Boilerplate], list[Issue]]:
    rows: list[Row] = []
    boilerplate: list[Boilerplate] = []
    issues: list[Issue] = []
    for line in document.iter_lines():
        if line.layout in ("header", "rule"):
            kind = "column_header" if line.layout == "header" else "rule"
            boilerplate.append(Boilerplate(kind, line.text, line.span))
        elif line.layout == "row_start" or (line.layout == "row" and not rows):
            rows.append(Row([line]))
        elif line.layout == "row":
            rows[-1].lines.append(line)
        else:
            issues.append(warning("unplaced_text", "parse", "text outside the plan table", line.text, line.span))
    return rows, boilerplate, issues


def row_values(row: Row, roles: list[str | None], hard_breaks: bool = False) -> list[Values]:
    """The row's values by role: one set per action item (usually one)."""
    columns = {column: row.cells(column) for column in range(len(roles))}
    action = next((c for c, r in enumerate(roles) if r == "action"), None)
    items = _items(columns.get(action, [])) if action is not None else []
    if len(items) == 1 and action is not None:
        columns[action] = items[0]
    if len(items) < 2:
        return [_values(columns, roles, hard_breaks)]
    out = []
    for i, item in enumerate(items):
        share: dict[int, list[Cell]] = {}
        for column, cells in columns.items():
            if column == action:
                share[column] = item
            elif len(cells) <= 1:
                share[column] = cells
            else:
                share[column] = cells[i:i + 1] if i < len(items) - 1 else cells[i:]
        out.append(_values(share, roles, hard_breaks))
    return out


def _items(cells: list[Cell]) -> list[list[Cell]]:
    """Bulleted items of an action cell, the bullet taken off; [] unless every item is bulleted."""
    if not cells or not BULLET.match(cells[0].text):
        return []
    items: list[list[Cell]] = []
    for cell in cells:
        bullet = BULLET.match(cell.text)
        if bullet:
            start = cell.span.char_start + bullet.end()
            stripped = Cell(cell.column, cell.text[bullet.end():], Span(cell.span.page, cell.span.line_start,
                            cell.span.line_end, start, cell.span.char_end, cell.span.bbox))
            items.append([stripped])
        else:
            items[-1].append(cell)
    return items


def _values(columns: dict[int, list[Cell]], roles: list[str | None], hard_breaks: bool) -> Values:
    values: Values = {}
    for role in dict.fromkeys(r for r in roles if r):
        groups = [cells for column, cells in columns.items() if roles[column] == role and cells]
        if groups:
            listed = hard_breaks and role in LISTED_ROLES
            text = "; ".join(_listed(cells) if listed else join_wrapped(" ".join(c.text.split()) for c in cells)
                             for cells in groups)
            values[role] = (text, Span.union(c.span for cells in groups for c in cells))
    return values


def _listed(cells: list[Cell]) -> str:
    """A cell's own lines, one a line, a line that runs on joined to the next."""
    text = ""
    for cell in cells:
        line = " ".join(cell.text.split())
        text = f"{text}{' ' if runs_on(text) else chr(10)}{line}" if text else line
    return text
