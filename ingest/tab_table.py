"""Tab-separated tables of any council: the converter's own columns, headed by a line of headings.

`text.py` already cuts each line at its tabs. This reader only finds the
heading (the first line, or run of up to MAX_HEADING_LINES lines, whose cells
joined column by column read as a plan's headings: a converter wraps a long
heading, `Allocated to and` / `indicative` / `timeline to` / `deliver action`)
and marks where rows start (the heading printed again on a later page, on one
line or wrapped, is a heading, not a row): at a line with text in the row's key
column (its reference if the table has one, else its action); other lines
continue the row above, as converters wrap long cells onto further lines.
Where the reader knows the key cell's line goes on from the line above (a PDF
cell's wrapped line: `paragraph_start` False), it continues the row too.
"""

from __future__ import annotations

from dataclasses import dataclass

from council_actions.ingest.layout import Layout, RoleOf, as_layout, is_plan_header
from council_actions.ingest.model import Column, Line

MIN_COLUMNS = 3
MAX_HEADING_LINES = 5  # a heading wrapped over more lines than this is not looked for
KEY_ROLES = ("element", "action")


@dataclass(frozen=True)
class _Heading:
    """A heading found at a line: how many lines it spans, its text per column (wrapped lines joined), their roles."""

    lines: int
    headings: tuple[str, ...]
    roles: tuple[str | None, ...]

    @property
    def named(self) -> int:
        return sum(r is not None for r in self.roles)


def read_tab_table(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """The tab-separated lines with their heading (perhaps wrapped over several lines) and row starts marked;
    None where no line's cells read as a plan's headings (tabs alone do not make a plan)."""
    for index in range(len(lines)):
        heading = _heading_at(lines, index, role_of)
        if heading is not None:
            key = next(heading.roles.index(r) for r in KEY_ROLES if r in heading.roles)
            return Layout("tab", tuple(Column(h) for h in heading.headings), _relay(lines, index, heading, key))
    return None


def _heading_at(lines: list[Line], index: int, role_of: RoleOf) -> _Heading | None:
    """The heading that starts at lines[index], if one does. Further lines are joined to it while they name more
    columns, then while they keep every column's role and print only under named columns (a heading's last
    wrapped words); the first line that would change a role is the table's first row."""
    first = lines[index]
    if not first.tabular or sum(1 for c in first.cells if c.text) < MIN_COLUMNS:
        return None
    joined: dict[int, list[str]] = {}
    found: _Heading | None = None
    for offset, line in enumerate(lines[index:index + MAX_HEADING_LINES]):
        if offset and (not line.tabular or line.number != lines[index + offset - 1].number + 1):
            break
        for cell in line.cells:
            if cell.text.strip():
                joined.setdefault(cell.column, []).append(cell.text)
        headings = tuple(" ".join(joined.get(k, [])) for k in range(max(joined) + 1))
        heading = _Heading(offset + 1, headings, tuple(role_of(h) if h else None for h in headings))
        if found is None or heading.named > found.named:
            found = heading if is_plan_header(list(heading.roles)) else found
        elif heading.roles == found.roles and all(c.column < len(found.roles) and found.roles[c.column]
                                                  for c in line.cells if c.text.strip()):
            found = heading
        else:
            break
    return found


def _relay(lines: list[Line], header: int, heading: _Heading, key: int) -> tuple[Line, ...]:
    relaid = list(lines)
    for i in range(header, header + heading.lines):
        relaid[i] = as_layout(lines[i], "header")
    started = False
    printed = [" ".join(h.split()) for h in heading.headings]
    repeated = 0  # lines still to come of a heading printed again
    for i in range(header + heading.lines, len(lines)):
        line = lines[i]
        if not line.tabular:
            continue
        repeated = repeated or _repeats(lines, i, printed)
        if repeated:  # the heading printed again (a converter repeats it on each page), on one line or wrapped
            relaid[i] = as_layout(line, "header")
            repeated -= 1
            continue
        cell = line.cell(key)
        opens = (cell is not None and cell.paragraph_start is not False) or not started
        relaid[i] = as_layout(line, "row_start" if opens else "row")
        started = True
    return tuple(relaid)


def _repeats(lines: list[Line], index: int, printed: list[str]) -> int:
    """How many lines from lines[index] print the table's heading again, each column's words in order (0: none)."""
    joined: dict[int, str] = {}
    for offset, line in enumerate(lines[index:index + MAX_HEADING_LINES]):
        if offset and (not line.tabular or line.number != lines[index + offset - 1].number + 1):
            return 0
        for cell in line.cells:
            text = " ".join(cell.text.split())
            if not text:
                continue
            so_far = f"{joined[cell.column]} {text}" if cell.column in joined else text
            if cell.column >= len(printed) or not printed[cell.column].startswith(so_far):
                return 0
            joined[cell.column] = so_far
        if [joined.get(k, "") for k in range(len(printed))] == printed:
            return offset + 1
    return 0
