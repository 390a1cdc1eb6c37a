"""Tab-separated tables of any council: the converter's own columns, headed by a line of headings.

`text.py` already cuts each line at its tabs. This reader only finds the
heading line (the first whose cells read as a plan's headings) and marks
where rows start (the heading line printed again on a later page is a
heading, not a row): at a line with text in the row's key column (its
reference if the table has one, else its action); other lines continue the
row above, as converters wrap long cells onto further lines. Where the reader
knows the key cell's line goes on from the line above (a PDF cell's wrapped
line: `paragraph_start` False), it continues the row too.
"""

from __future__ import annotations

from council_actions.ingest.layout import Layout, RoleOf, as_layout, is_plan_header
from council_actions.ingest.model import Column, Line

MIN_COLUMNS = 3
KEY_ROLES = ("element", "action")


def read_tab_table(lines: list[Line], role_of: RoleOf) -> Layout | None:
    for index, line in enumerate(lines):
        cells = {c.column: c.text for c in line.cells if c.text}
        if not line.tabular or len(cells) < MIN_COLUMNS:
            continue
        headings = [cells.get(k, "") for k in range(max(cells) + 1)]
        roles = [role_of(h) if h else None for h in headings]
        if is_plan_header(roles):
            key = next(roles.index(r) for r in KEY_ROLES if r in roles)
            return Layout("tab", tuple(Column(h) for h in headings), _relay(lines, index, key))
    return None


def _relay(lines: list[Line], header: int, key: int) -> tuple[Line, ...]:
    relaid = list(lines)
    relaid[header] = as_layout(lines[header], "header")
    started = False
    printed = _cell_texts(lines[header])
    for i in range(header + 1, len(lines)):
        line = lines[i]
        if not line.tabular:
            continue
        if _cell_texts(line) == printed:  # the heading line printed again (a converter repeats it on each page)
            relaid[i] = as_layout(line, "header")
            continue
        cell = line.cell(key)
        opens = (cell is not None and cell.paragraph_start is not False) or not started
        relaid[i] = as_layout(line, "row_start" if opens else "row")
        started = True
    return tuple(relaid)


def _cell_texts(line: Line) -> list[str]:
    return [" ".join(c.text.split()) for c in line.cells if c.text.strip()]
