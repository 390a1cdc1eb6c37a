"""Two fixed-width columns: an action column and one beside it, far apart, the gap between them holding down the page.

The fixed-width reader (fixed_width.py) asks MIN_COLUMNS headings of a header: two runs on a line are as often prose
set in two columns, a letterhead or a signature as a table. A table of two columns (`Action & Milestones` beside
`Success Measures & Targets`) is read here, and only on strong evidence: which header, which gap, which evidence is
ingest/two_column_gap.py's.

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

from dataclasses import dataclass, field, replace

from council_actions.ingest.bullets import HEADED_ITEM
from council_actions.ingest.layout import Layout, RoleOf, as_layout, with_cells
from council_actions.ingest.line_breaks import mark_line_breaks
from council_actions.ingest.model import Cell, Column, Line
from council_actions.ingest.two_column_gap import (
    EVIDENCE,
    LEFT,
    RIGHT,
    Candidate,
    candidate,
    label_alone,
    opens_row,
    row_blocks,
    sides,
    words_of,
)

REF = Column("(ref)", "element")


def read_two_columns(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """The lines re-cut into the two columns and their cells' labelled fields; None unless every rule of EVIDENCE
    holds, so that the next rendering is tried."""
    table = candidate(lines, role_of)
    if table is None or not all(rule.holds(table, role_of) for rule in EVIDENCE):
        return None
    return _relay(lines, table, role_of)


def _relay(lines: list[Line], table: Candidate, role_of: RoleOf) -> Layout:
    """Every row line cut at the gap, each cell to its column or its label's field; the header, printed again too,
    marked as such; the lines across the gap and the text above the header as they were."""
    action = table.roles.index("action")
    header = words_of(lines[table.header])
    rows = row_blocks(lines, table.header, table.crossing, header)
    refs = {k: found for k in rows if opens_row(lines, k, rows) and (found := _ref(sides(lines[k], table.cut)[action]))}
    columns = [Column(heading) for heading in table.headings] + ([REF] if refs else [])
    fields = {label: len(columns) + i for i, label in enumerate(table.labels)}
    columns += [Column(label) for label in table.labels]
    relaid = list(lines)
    breaks: dict[tuple[int, int], bool] = {}
    reading = _Fields(fields, role_of)
    for k in range(table.header, len(lines)):
        line = lines[k]
        if line.text.strip() and words_of(line) == header:
            relaid[k] = as_layout(line, "header")
        if k not in rows:
            continue
        opens = opens_row(lines, k, rows)
        if opens:
            reading.open_row()
        cells: list[Cell | None] = []
        for side, cell in enumerate(sides(line, table.cut)):
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
        label = label_alone(cell.text, self.role_of)
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
