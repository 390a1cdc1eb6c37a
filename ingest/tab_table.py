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
cell's wrapped line: `paragraph_start` False), or stands in the ruled cell box the
line above is in (a PDF cell's next paragraph, a blank line above it: `in_box`;
Kent's `... propose a KPI.` / `Services involved in this activity include:`), it
continues the row too.

A table copied from a web page (a browser's copy, or its `innerText`) is
tab-separated too, but the other way round: a row's cells are written once,
a tab between each, and a cell's own line breaks are kept, so one row runs
over several lines and only its first line starts at the first column
(`· Develop ...<tab>John Anderson` / `ditto` / `ditto<tab>See report ...`).
Such a row holds exactly one tab fewer than the table has columns, so the
lines are cut by counting tabs: a line goes on in the column the line above
ended in while the row has columns left, and opens a row once it is full.
Only where some row is broken inside (a line ends before the row's last
column) is the text read this way; otherwise each line is a row or a
converter's wrapped line, as above.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from council_actions.ingest.layout import (
    MAX_COLUMNS,
    MIN_COLUMNS,
    Layout,
    RoleOf,
    as_layout,
    is_plan_header,
    key_column,
    runs_past,
    sub_cell,
    with_cells,
)
from council_actions.ingest.model import Cell, Column, Line

from council_actions.issues import Issue, warning

MAX_HEADING_LINES = 5  # a heading wrapped over more lines than this is not looked for


@dataclass(frozen=True)
class _Heading:
    """A heading found at a line: how many lines it spans, its text per column (wrapped lines joined), their roles."""

    lines: int
    headings: tuple[str, ...]
    roles: tuple[str | None, ...]

    @property
    def named(self) -> int:
        return sum(r is not None for r in self.roles)


def read_tab_table(lines: list[Line], role_of: RoleOf, cut_by_records: bool = False) -> Layout | None:
    """The tab-separated lines with their heading (perhaps wrapped over several lines) and row starts marked;
    None where no line's cells read as a plan's headings (tabs alone do not make a plan). Where the lines' cells
    were cut by their records already (`cut_by_records`: a CSV or TSV export, ingest/csv_table.py), the tabs in
    their text say nothing (a quoted field may hold one): no line is cut again as a web page's copy, nor put past
    the columns by its tabs."""
    for index in range(len(lines)):
        heading = _heading_at(lines, index, role_of)
        if heading is not None:
            key = key_column(heading.roles)
            columns = tuple(Column(h) for h in heading.headings)
            if cut_by_records:
                return Layout("tab", columns, _relay(lines, index, heading, key, None))
            width = max(len(heading.headings), lines[index].text.count("\t") + 1)  # empty headings count too
            copied = _copied_rows(lines, index, heading.lines, width, heading.roles[0] != "element")
            if copied is not None:
                return Layout("tab", columns, copied[0], copied[1])
            return Layout("tab", columns, _relay(lines, index, heading, key, width))
    return None


def _heading_at(lines: list[Line], index: int, role_of: RoleOf) -> _Heading | None:
    """The heading that starts at lines[index], if one does. Further lines are joined to it while they name more
    columns, then while they keep every column named and each of their cells goes on with the heading
    (`_heading_goes_on`); the first line that would leave a column unnamed is the table's first row. A column's
    role may change as its heading grows (`_keeps_named`): the seed plan's `Allocated to and` / `indicative` /
    `timeline to` / `deliver action` is an allocation by the generic rule after three lines and the owner column
    by Runnymede's profile after four, and its last line was left out of the heading. A line going on inside the
    word above it (Cell.in_word: Kent's `Timescal` / `e`, a narrow column) joins it with no space."""
    first = lines[index]
    if not first.tabular or sum(1 for c in first.cells if c.text) < MIN_COLUMNS:
        return None
    if max(c.column for c in first.cells if c.text.strip()) >= MAX_COLUMNS:  # no header (is_plan_header) however
        return None  # many lines join it: each line of a wide table named its every cell's role in turn
    joined: dict[int, list[str]] = {}
    found: _Heading | None = None
    for offset, line in enumerate(lines[index:index + MAX_HEADING_LINES]):
        if offset and (not line.tabular or line.number != lines[index + offset - 1].number + 1):
            break
        for cell in line.cells:
            if cell.text.strip() and cell.in_word and cell.column in joined:  # `Timescal` / `e`: one word
                joined[cell.column][-1] += cell.text.strip()
            elif cell.text.strip():
                joined.setdefault(cell.column, []).append(cell.text)
        headings = tuple(" ".join(joined.get(k, [])) for k in range(max(joined) + 1))
        heading = _Heading(offset + 1, headings, tuple(role_of(h) if h else None for h in headings))
        if found is None or heading.named > found.named:
            found = heading if is_plan_header(list(heading.roles)) else found
        elif _keeps_named(heading, found) and all(_heading_goes_on(c, found) for c in line.cells if c.text.strip()):
            found = heading
        else:
            break
    return found


def _keeps_named(heading: _Heading, found: _Heading) -> bool:
    """Whether the heading grown by a line still names the columns `found` names, and no more (a row's text under a
    heading makes it a heading no rule knows), and still makes a plan's header. A role that changes is the whole
    heading's, matched by a rule as a whole (`Rule.matches`), which a row's first line glued on does not."""
    return (len(heading.roles) == len(found.roles) and is_plan_header(list(heading.roles))
            and all((new is None) == (old is None) for new, old in zip(heading.roles, found.roles, strict=True)))


def _heading_goes_on(cell: Cell, found: _Heading) -> bool:
    """Whether a cell of the line under a heading is the heading's: printed under a column the heading names (its
    last wrapped words, `by?` under `Who`), or a line the reader saw its cell wrap onto (`paragraph_start` False: a
    PDF cell's next line, as close as its lines are), whatever its column's role: Waverley's `Para Ref (to` /
    `CPA` / `Report)` is one ruled cell, though no role is named by its first line or its first two."""
    return cell.paragraph_start is False or (cell.column < len(found.roles) and found.roles[cell.column] is not None)


def _copied_rows(lines: list[Line], header: int, heading_lines: int, width: int,
                 first_may_break: bool) -> tuple[tuple[Line, ...], tuple[Issue, ...]] | None:
    """The lines cut as a table copied from a web page (see the module's docstring); None unless every row fits
    and some row is broken inside. A row opens at a line holding every tab of a row, or with a tab after a full
    row; its first cell (its key: a number, a title) is taken not to break. So a line with no tab after a full
    row continues its last cell, unless a blank line comes first: then the table has ended. A line going on
    with a row never starts with a tab here (its first piece is the broken cell's next line); a converter's
    wrapped line does (its empty key cell), and so does not read as a copy. Where the first column is not a
    reference (`first_may_break`: an action, a title), a line with no tab between two rows could open the next
    row's first cell as well: it is read as the last cell's and reported (`copied_row_line_unsure`)."""
    relaid = list(lines)
    for i in range(header, header + heading_lines):
        relaid[i] = as_layout(lines[i], "header")
    last = width - 1
    column: int | None = None  # where the open row's text has got to; None before the first row
    broken = False
    between: list[Line] = []  # lines with no tab after a full row: the last cell's, unless a row follows
    doubts: list[Issue] = []
    previous = lines[header + heading_lines - 1].number
    for i in range(header + heading_lines, len(lines)):
        line = lines[i]
        tabs = line.text.count("\t")
        if runs_past(line.text, "tab", width):  # past the table's columns (PAST_LAST_COLUMN): no row's
            relaid[i] = as_layout(line, "past_columns")
            continue
        if column is None and not tabs:  # a title or section line above the first row
            continue
        if column == last and not tabs and line.number > previous + 1:
            break
        opens = column is None or tabs == last or (column == last and tabs > 0)
        start = 0 if opens or column is None else column
        if start + tabs > last or (not opens and line.text.startswith("\t")) or _measured(line):
            return None  # a row too long, or a converter's line (its empty cells kept), or a PDF's (in cells)
        broken = broken or (not opens and start < last)
        if opens and first_may_break:
            doubts += [_unsure(between_line) for between_line in between]
        between = [*between, line] if column == last and not tabs else ([] if tabs else between)
        relaid[i] = with_cells(line, _cut(line, start, broke=not opens), "row_start" if opens else "row")
        column, previous = start + tabs, line.number
    return (tuple(relaid), tuple(doubts)) if broken else None


def _unsure(line: Line) -> Issue:
    return warning("copied_row_line_unsure", "ingest", "a line with no tab between two rows of a table copied from "
                   "a web page: read as the next line of the row above's last cell; it could be the first line of "
                   "the next row's first cell", line.text, line.span)


def _measured(line: Line) -> bool:
    """A PDF's line: its cells were placed by where they are printed, not by counting tabs."""
    return any(c.span.bbox is not None for c in line.cells)


def _cut(line: Line, column: int, broke: bool) -> list[Cell | None]:
    """The line's text cut at its tabs, the first piece in `column` and each next one in the column after.
    Where the line goes on with a cell of the line above (`broke`), that piece is marked as broken by its writer
    (`line_break` True): a copied cell's lines are the page's own (`<br>`, a list item), never a wrap."""
    cells: list[Cell | None] = []
    position = 0
    for offset, piece in enumerate(line.text.split("\t")):
        cell = sub_cell(line, position, position + len(piece), column + offset)
        cells.append(replace(cell, line_break=True) if cell is not None and broke and not offset else cell)
        position += len(piece) + 1
    return cells


def _relay(lines: list[Line], header: int, heading: _Heading, key: int, width: int | None) -> tuple[Line, ...]:
    """The lines from the heading on marked as the heading, the heading printed again, and rows opening at text in
    the key column. A line printing text past the table's `width` columns (PAST_LAST_COLUMN) neither opens a row nor
    goes on with one (`past_columns`): the row it stands in goes on under it. No `width`: the lines' tabs are not
    their cells' bounds (an export's records), and none is looked for."""
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
        if width is not None and runs_past(line.text, "tab", width):
            relaid[i] = as_layout(line, "past_columns")
            continue
        repeated = repeated or _repeats(lines, i, printed)
        if repeated:  # the heading printed again (a converter repeats it on each page), on one line or wrapped
            relaid[i] = as_layout(line, "header")
            repeated -= 1
            continue
        cell = line.cell(key)
        opens = (cell is not None and cell.paragraph_start is not False and not cell.in_box) or not started
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
