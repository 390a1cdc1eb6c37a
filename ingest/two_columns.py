"""Two fixed-width columns: an action column and one beside it, far apart, the gap between them holding down the page.

The fixed-width reader (fixed_width.py) asks MIN_COLUMNS headings of a header: two runs on a line are as often prose
set in two columns, a letterhead or a signature as a table. A table of two columns (`Action & Milestones` beside
`Success Measures & Targets`) is read here, and only on strong evidence. The header is the first line of two runs
GAP blank characters apart or more whose headings the profile's heading rules both know (no period), exactly one of
them the action column (`headings_known`), so a text is measured once; and under it every rule of EVIDENCE holds:
- `gap`: a band of GAP blank characters between the two headings runs down the lines below, crossed by at most
  one line in CROSSED_SHARE of them, with text on both sides of it on MIN_BESIDE lines or more;
- `plan`: the headings, with the labels the columns' cells print on lines of their own (`Milestones:`), make a plan
  table (layout.is_plan_header): an action column beside notes alone is not taken;
- `rows`: MIN_ROWS blocks of lines or more clear of the gap (rows, below), each opening with text in the action
  column, as a table's row opens with its action; two columns of prose part paragraphs in each column apart.

Rows are the blocks of lines between blank lines that keep clear of the gap; a block with a line across it (a heading
printed over the page's width, `Objective: 2 - Improve the quality ...`) is no row, left as plain lines for the
section and title rules; the header printed again is a header. Where a column's cell prints a label the heading rules
know on a line of its own (`Milestones:`, `Targets:`), the column's lines below it in the row are that label's field,
a column of its own as the records reader gives a label (records.py), the label line kept in its row with no cell.
A field's line opening with a list item's mark (bullets.HEADED_ITEM: Word's `o` too) is an item of its own, its mark
taken off (a writer's line break), and a line under an item without one is its wrap; elsewhere the column's width
decides (line_breaks.py). A dotted number opening the action column's first line (`2.1 Offer new ...`) is the
row's reference.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from council_actions.ingest.bullets import HEADED_ITEM
from council_actions.ingest.layout import (
    RUN,
    WORD,
    Layout,
    RoleOf,
    as_layout,
    is_plan_header,
    sub_cell,
    with_cells,
)
from council_actions.ingest.line_breaks import mark_line_breaks
from council_actions.ingest.model import Cell, Column, Line

from council_actions.roles import PERIOD

GAP = 3  # blank characters between the two columns on every line of a row
CROSSED_SHARE = 5  # at most one line in this many below the header may cross the gap (a heading over the page)
MIN_BESIDE = 3  # lines with text on both sides of the gap: two columns printed, not one column and a margin note
MIN_ROWS = 2  # row blocks: a table's rows come round again
LABEL_ALONE = re.compile(r"^(?P<label>[A-Za-z][\w &/'’()-]{0,40}?)\s*:$")  # `Milestones:` on a line of its own
REF = Column("(ref)", "element")
LEFT, RIGHT = 0, 1


@dataclass(frozen=True)
class Candidate:
    """A header of two headings and the gap measured under it: what EVIDENCE is asked of."""

    header: int  # the header line's index
    headings: tuple[str, str]
    roles: tuple[str | None, str | None]
    cut: int  # where the right column starts: a character of the gap
    crossing: frozenset[int]  # the indexes of the lines below that cross the gap
    below: int  # lines with text below the header, the header printed again left out
    beside: int  # of them, lines with text on both sides of the gap
    labels: tuple[str, ...]  # labels the columns' cells print on lines of their own, in order
    rows: int  # row blocks: blocks of lines below the header clear of the gap
    opened_by_action: int  # of them, the blocks whose first line prints text in the action column


@dataclass(frozen=True)
class Evidence:
    """One rule a two-column table must meet, named for the tests that read each against real lines."""

    name: str
    holds: Callable[[Candidate, RoleOf], bool]


def headings_known(roles: tuple[str | None, str | None]) -> bool:
    """The header's rule: both headings have a role, neither a period, and exactly one is the action column."""
    return None not in roles and PERIOD not in roles and roles.count("action") == 1


def _gap_holds(table: Candidate, role_of: RoleOf) -> bool:
    return len(table.crossing) * CROSSED_SHARE <= table.below and table.beside >= MIN_BESIDE


def _makes_plan(table: Candidate, role_of: RoleOf) -> bool:
    return is_plan_header([*table.roles, *(role_of(label) for label in table.labels)])


def _rows_open_on_actions(table: Candidate, role_of: RoleOf) -> bool:
    return table.rows >= MIN_ROWS and table.opened_by_action == table.rows


EVIDENCE = (Evidence("gap", _gap_holds), Evidence("plan", _makes_plan), Evidence("rows", _rows_open_on_actions))


def read_two_columns(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """The lines re-cut into the two columns and their cells' labelled fields; None unless every rule of EVIDENCE
    holds, so that the next rendering is tried."""
    table = candidate(lines, role_of)
    if table is None or not all(rule.holds(table, role_of) for rule in EVIDENCE):
        return None
    return _relay(lines, table, role_of)


def candidate(lines: list[Line], role_of: RoleOf) -> Candidate | None:
    """The first line of two runs whose headings meet the header's rule (`headings_known`), measured as a
    two-column table's header; None where no line does."""
    for index, line in enumerate(lines):
        runs = list(RUN.finditer(line.text))
        if len(runs) == 2 and runs[1].start() - runs[0].end() >= GAP and headings_known(
                (role_of(runs[0].group()), role_of(runs[1].group()))):
            return _measured(lines, index, (runs[0].group(), runs[1].group()), (runs[0].end(), runs[1].start()),
                             role_of)
    return None


def _measured(lines: list[Line], index: int, headings: tuple[str, str], between: tuple[int, int],
              role_of: RoleOf) -> Candidate:
    """The gap under the header: of the bands of GAP characters between the headings (`between`: where the first
    ends and the second starts), the one the fewest lines cross (the leftmost of equals), counted over each line's
    words at once (`_blocked`)."""
    header = lines[index]
    below = [(k, line) for k, line in enumerate(lines[index + 1:], index + 1)
             if line.text.strip() and _words(line) != _words(header)]
    left_end, right_start = between
    width = right_start - GAP + 1 - left_end  # one band at least: the header prints GAP blanks between its headings
    counts = [0] * (width + 1)
    for _, line in below:
        for start, end in _blocked(line.text, left_end, left_end + width):
            counts[start - left_end] += 1
            counts[end - left_end] -= 1
    crossed, best, total = len(below) + 1, left_end, 0
    for offset in range(width):
        total += counts[offset]
        if total < crossed:
            crossed, best = total, left_end + offset
    crossing = frozenset(k for k, line in below if line.text[best:best + GAP].strip())
    beside = sum(1 for k, line in below if k not in crossing and line.text[:best].strip() and line.text[best:].strip())
    rows = _row_blocks(lines, index, crossing, _words(header))
    labels = tuple(dict.fromkeys(label for k in sorted(rows) for cell in _sides(lines[k], best)
                                 if cell is not None and (label := _label(cell.text, role_of)) is not None))
    roles = (role_of(headings[0]), role_of(headings[1]))
    opening = [k for k in rows if _opens(lines, k, rows)]
    side = roles.index("action")  # the header's rule (`headings_known`) gives it one
    by_action = sum(1 for k in opening if _sides(lines[k], best)[side] is not None)
    return Candidate(index, headings, roles, best, crossing, len(below), beside, labels, len(opening), by_action)


def _blocked(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """The positions in [low, high) where a band of GAP characters starting there would hold one of the line's
    words, merged into intervals."""
    blocked: list[tuple[int, int]] = []
    for match in WORD.finditer(text):
        start, end = max(match.start() - GAP + 1, low), min(match.end(), high)
        if start >= end:
            continue
        if blocked and start <= blocked[-1][1]:
            blocked[-1] = (blocked[-1][0], max(blocked[-1][1], end))
        else:
            blocked.append((start, end))
    return blocked


def _words(line: Line) -> list[str]:
    return line.text.split()


def _row_blocks(lines: list[Line], index: int, crossing: frozenset[int], header: list[str]) -> frozenset[int]:
    """The indexes of the lines below the header that are rows: in blocks of lines between blank lines with no line
    across the gap, the header printed again not one of them; each block's first line opens its row."""
    rows: list[int] = []
    block: list[int] = []
    for k in range(index + 1, len(lines) + 1):
        line = lines[k] if k < len(lines) else None
        if line is not None and line.text.strip() and _words(line) != header and (
                not block or line.number == lines[block[-1]].number + 1):
            block.append(k)
            continue
        if block and not crossing & set(block):
            rows += block
        block = [k] if line is not None and line.text.strip() and _words(line) != header else []
    return frozenset(rows)


def _sides(line: Line, cut: int) -> tuple[Cell | None, Cell | None]:
    return sub_cell(line, 0, cut, LEFT), sub_cell(line, cut, len(line.text), RIGHT)


def _label(text: str, role_of: RoleOf) -> str | None:
    """The label a cell's line is, alone (`Milestones:`): one the heading rules give a role, not a period."""
    found = LABEL_ALONE.match(text)
    return found["label"] if found is not None and role_of(found["label"]) not in (None, PERIOD) else None


def _relay(lines: list[Line], table: Candidate, role_of: RoleOf) -> Layout:
    """Every row line cut at the gap, each cell to its column or its label's field; the header, printed again too,
    marked as such; the lines across the gap and the text above the header as they were."""
    action = table.roles.index("action")
    header = _words(lines[table.header])
    rows = _row_blocks(lines, table.header, table.crossing, header)
    refs = {k: found for k in rows if _opens(lines, k, rows) and (found := _ref(_sides(lines[k], table.cut)[action]))}
    columns = [Column(heading) for heading in table.headings] + ([REF] if refs else [])
    fields = {label: len(columns) + i for i, label in enumerate(table.labels)}
    columns += [Column(label) for label in table.labels]
    relaid = list(lines)
    breaks: dict[tuple[int, int], bool] = {}
    reading = _Fields(fields, role_of)
    for k in range(table.header, len(lines)):
        line = lines[k]
        if line.text.strip() and _words(line) == header:
            relaid[k] = as_layout(line, "header")
        if k not in rows:
            continue
        opens = _opens(lines, k, rows)
        if opens:
            reading.open_row()
        cells: list[Cell | None] = []
        for side, cell in enumerate(_sides(line, table.cut)):
            if cell is not None and k in refs and side == action:
                ref, cell = refs[k]
                cells.append(replace(ref, column=columns.index(REF)))
            if cell is not None:
                cells += reading.placed(side, cell, breaks)
        relaid[k] = with_cells(line, cells, "row_start" if opens else "row")
    marked = [_with_breaks(line, breaks) for line in mark_line_breaks(relaid)]
    return Layout("fixed_width", tuple(columns), tuple(marked))


@dataclass
class _Fields:
    """Where each side's lines go within a row: its own column, or the field of the label printed last on that side;
    and whether a field has had an item yet (a line without a mark under one is its wrap)."""

    fields: dict[str, int]
    role_of: RoleOf
    at: list[int] = field(default_factory=lambda: [LEFT, RIGHT])
    items: set[int] = field(default_factory=set)

    def open_row(self) -> None:
        """A new row: each side back in its own column, no item open."""
        self.at, self.items = [LEFT, RIGHT], set()

    def placed(self, side: int, cell: Cell, breaks: dict[tuple[int, int], bool]) -> list[Cell | None]:
        """The cell in its side's column or field, none for a label alone (it moves the side to its field); in a
        field, a list item's mark taken off and the break noted: a writer's before an item, a wrap under one."""
        label = _label(cell.text, self.role_of)
        if label is not None:
            self.at[side] = self.fields[label]
            return []
        column = self.at[side]
        found = HEADED_ITEM.pattern.match(cell.text) if column in self.fields.values() else None
        if found is not None:
            breaks[(cell.span.line_start, column)] = True
            self.items.add(column)
            start = found.start("ref") if found["ref"] is not None else found.start("text")
            return [replace(cell.part(start, len(cell.text)), column=column)]
        if column in self.items:
            breaks[(cell.span.line_start, column)] = False
        return [replace(cell, column=column)]


def _opens(lines: list[Line], k: int, rows: frozenset[int]) -> bool:
    return k - 1 not in rows or lines[k - 1].number != lines[k].number - 1


def _ref(cell: Cell | None) -> tuple[Cell, Cell] | None:
    """A dotted number opening the action column's first line, and the text after it, as two cells."""
    found = HEADED_ITEM.pattern.match(cell.text) if cell is not None else None
    if cell is None or found is None or found["ref"] is None:
        return None
    return cell.part(found.start("ref"), found.end("ref")), cell.part(found.start("text"), len(cell.text))


def _with_breaks(line: Line, breaks: dict[tuple[int, int], bool]) -> Line:
    """The line's cells with the breaks their items showed, over the width's reading (`mark_line_breaks`)."""
    if not any((line.number, cell.column) in breaks for cell in line.cells):
        return line
    return replace(line, cells=tuple(replace(cell, line_break=breaks[(line.number, cell.column)])
                                     if (line.number, cell.column) in breaks else cell for cell in line.cells))
