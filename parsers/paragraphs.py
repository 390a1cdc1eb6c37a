"""Cells of one element row, cleaned of damage and joined into paragraphs per column.

A wrapped cell continues on the next line; a new paragraph in a column starts
after a line where that column was empty, or where the text above ended a
sentence and this line starts a new one. An allocation starts a new paragraph
wherever its recommendation does, because the two are printed side by side.
Every cell dropped on the way is returned as an issue, never lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from council_actions.ingest.model import Cell, Line, Span
from council_actions.parsers.cells_above import CellsAbove, Rows, runs_to_break
from council_actions.parsers.cleaning import clean, join_wrapped
from council_actions.parsers.dropped import copy_dropped, debris_dropped
from council_actions.parsers.plan_columns import PlanColumns
from council_actions.parsers.quality import (
    DUPLICATE_RULES,
    DuplicateRule,
    Vocabulary,
    find_duplicate_rule,
    find_noise,
    keep_lower,
)

from council_actions.issues import Issue

SENTENCE_END = re.compile(r"[.!?][)'\"’”]*$")


@dataclass(frozen=True)
class RepairRule:
    """A repair of how the converter ran a plan's cells together: a row of a rule table (actions.ROW_RULES,
    STACKED_RULES) naming a step of the reader, the function `_<name>` of the table's module that applies it,
    pinned by the fixture tests/fixtures/plan_rows/<name>.txt, which reads otherwise without that step."""

    name: str
    description: str


@dataclass(frozen=True)
class BreakRule:
    """A mark inside one printed line where a cell's text breaks: the converter prints a cell's paragraphs on
    one line when the row fits (`... of the CPC.  Plan and prepare ...`)."""

    name: str
    description: str
    pattern: re.Pattern[str]


PARAGRAPH_MARK = BreakRule("paragraph_mark", "two or more spaces after a sentence end inside one printed line",
                           re.compile(r"(?<=[.!?])\s{2,}(?=\S)"))
SENTENCE_BREAK = BreakRule("sentence_break", "a sentence end before a capital, or a paragraph mark",
                           re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\s{2,}(?=\S)"))


@dataclass(frozen=True)
class Paragraph:
    """A run of one column's cells read as one paragraph, with the content lines it spans (`first`, `last`),
    because lining up actions with allocations goes by which lines they share."""

    column: int
    text: str
    printed: str  # the cells as printed, markup included
    span: Span
    first: int  # index of the first content line in the element
    last: int
    cells: tuple[tuple[int, Cell], ...] = ()  # (content line index, cell) it was built from

    def overlap(self, other: Paragraph) -> int:
        """How many content lines two paragraphs share: printed beside each other, an allocation and a
        recommendation share lines, which is how they are lined up."""
        return max(0, min(self.last, other.last) - max(self.first, other.first) + 1)

    def joined(self, other: Paragraph) -> Paragraph:
        """Two paragraphs read as one (a revision note after its recommendation, a cell's second paragraph)."""
        return Paragraph(self.column, f"{self.text} {other.text}", f"{self.printed} {other.printed}",
                         self.span.merge(other.span), self.first, other.last, self.cells + other.cells)

    def split(self, rule: BreakRule) -> list[Paragraph]:
        """The paragraph cut at every mark of `rule` inside its printed lines; itself when there is none."""
        units: list[list[tuple[int, Cell]]] = [[]]
        for row, cell in self.cells:
            start = 0
            for mark in rule.pattern.finditer(cell.text):
                units[-1].append((row, cell.part(start, mark.start())))
                units.append([])
                start = mark.end()
            units[-1].append((row, cell.part(start, len(cell.text))))
        parts = [[(row, cell) for row, cell in unit if cell.text] for unit in units]
        return [paragraph_of(self.column, part) for part in parts if part] if len(units) > 1 else [self]


def filter_cells(lines: list[Line], vocabulary: Vocabulary, element_id: str | None,
                 columns: PlanColumns) -> tuple[Rows, list[Issue]]:
    """Per line, the cells of the text columns (by role); a dropped cell stays as None, see-through for paragraphs.

    The characteristic text right after the element id is never noise: it opens the row ("C004: A").
    """
    opening = lines[0].cell(columns.characteristic) if lines else None
    issues: list[Issue] = []
    rows: Rows = []
    previous: Line | None = None
    for line in lines:
        row: dict[int, Cell | None] = {}
        for cell in line.cells:
            if cell.column not in columns.text_columns:
                continue
            above = previous.cell(cell.column) if previous else None
            # layout (PDF) knows a line that goes on in its cell even where another column's line came between
            continuation = cell.paragraph_start is False or (above is not None and not _new_paragraph(above, cell))
            role = columns.role(cell.column)
            noise = None if cell is opening else find_noise(clean(cell.text), role, vocabulary, continuation)
            row[cell.column] = None if noise else cell
            if noise:
                issues.append(debris_dropped(noise, cell.text, cell.span, element_id, columns.field(cell.column)))
        if row:
            rows.append(row)
        previous = line
    issues += _drop_duplicates(rows, vocabulary, element_id, opening, columns)
    return rows, issues


def _transparent(row: dict[int, Cell | None], column: int) -> bool:
    """Dropped text is see-through: a dropped cell, or a line that was all debris."""
    return (column in row and row[column] is None) or all(cell is None for cell in row.values())


def _drop_duplicates(rows: Rows, vocabulary: Vocabulary, element_id: str | None, opening: Cell | None,
                     columns: PlanColumns) -> list[Issue]:
    """Line by line, the cells that repeat a cell above them in the same column; each line pair judged whole."""
    issues = []
    cells = CellsAbove(rows)
    for i, row in enumerate(rows):
        found: dict[int, list[tuple[int, DuplicateRule]]] = {}
        for column in columns.text_columns:
            cell = row.get(column)
            if cell is None or cell.paragraph_start:  # nothing to repeat, or layout shows a new paragraph
                continue
            j = cells.above(i, column)
            above = rows[j][column] if j is not None else None
            if j is None or above is None:
                continue
            rule = find_duplicate_rule(clean(cell.text), clean(above.text), vocabulary)
            if rule is not None:
                found.setdefault(j, []).append((column, rule))
        for j, hits in found.items():
            issues += _drop_copy(cells, (j, i), hits, vocabulary, element_id, opening, columns)
    return issues


def _drop_copy(cells: CellsAbove, pair: tuple[int, int], hits: list[tuple[int, DuplicateRule]],
               vocabulary: Vocabulary, element_id: str | None, opening: Cell | None,
               columns: PlanColumns) -> list[Issue]:
    """The converter writes a line twice: the copy is the line that reads worse over all its repeated cells.
    When several cells repeat, the copy's other cells that hold words found nowhere else go with it."""
    rows, (upper, lower) = cells.rows, pair
    texts = [" ".join(clean(c.text) for column, _ in hits if (c := rows[r][column]) is not None) for r in pair]
    lower_wins = any(rule.copies == "head_below" for _, rule in hits) or keep_lower(texts[1], texts[0], vocabulary)
    dropped_row = upper if lower_wins else lower
    dropped = [(column, rule.name) for column, rule in hits]
    if len(hits) >= 2:
        whole_line = next(r for r in DUPLICATE_RULES if r.copies == "line")
        dropped += [(column, whole_line.name) for column, cell in rows[dropped_row].items()
                    if column not in dict(hits) and cell is not None and cell is not opening
                    and vocabulary.has_unknown(clean(cell.text))]
    issues = []
    for column, name in dropped:
        cell = cells.drop(dropped_row, column)
        if cell is not None:
            issues.append(copy_dropped(cell.text, cell.span, "below" if lower_wins else "above", name, element_id,
                                       columns.field(column)))
    return issues


def build_paragraphs(rows: Rows, columns: PlanColumns) -> dict[int, list[Paragraph]]:
    """Each text column's cells joined into paragraphs, cut where layout or text says a new one starts: a
    plan's cell often holds several actions, and the paragraph is the unit they are read from."""
    paragraphs: dict[int, list[Paragraph]] = {c: [] for c in columns.text_columns}
    open_cells: dict[int, list[tuple[int, Cell]]] = {c: [] for c in columns.text_columns}
    cells = CellsAbove(rows)
    for i, row in enumerate(rows):
        starts = {c: _starts_paragraph(cells, i, c) for c, cell in row.items() if cell is not None}
        if _after_page_break(rows, i) and _goes_on_after_break(cells, i):
            starts.update({c: False for c, cell in row.items() if cell is not None and cell.paragraph_start is None})
        if starts.get(columns.action) and columns.allocation in starts:
            starts[columns.allocation] = True
        for column in columns.text_columns:
            if _transparent(row, column):
                continue
            held = open_cells[column]
            if held and (starts.get(column) or (column not in row and not runs_to_break(held[-1][1]))):
                paragraphs[column].append(paragraph_of(column, open_cells[column]))
                open_cells[column] = []
            cell = row.get(column)
            if cell is not None:
                open_cells[column].append((i, cell))
    for column in columns.text_columns:
        if open_cells[column]:
            paragraphs[column].append(paragraph_of(column, open_cells[column]))
    return paragraphs


def _after_page_break(rows: Rows, i: int) -> bool:
    pages = [c.span.page for row in rows[i - 1:i + 1] if i for c in row.values() if c is not None]
    return bool(pages) and pages[0] is not None and pages[-1] != pages[0]


def _goes_on_after_break(cells: CellsAbove, i: int) -> bool:
    """The first line after a page break goes on with the row the break cut where every cell on it that
    layout left open sits under a ruled cell full to the break: a row that was not cut ends with only its
    longest column full. Otherwise each cell decides by its own evidence."""
    open_cells = [c for c, cell in cells.rows[i].items() if cell is not None and cell.paragraph_start is None]
    aboves = [(c, cells.above(i, c)) for c in open_cells]
    return bool(aboves) and all(j is not None and _filled_to_break(cells.rows[j][c]) for c, j in aboves)


def _filled_to_break(cell: Cell | None) -> bool:
    """A ruled cell full to the page's foot (None on a PDF page): cut or not, only the whole line can tell."""
    return cell is not None and cell.space_below is None and cell.span.page is not None


def _starts_paragraph(cells: CellsAbove, i: int, column: int) -> bool:
    j = cells.above(i, column)
    above, cell = (None if j is None else cells.rows[j][column]), cells.rows[i][column]
    return above is None or cell is None or _new_paragraph(above, cell)


def _new_paragraph(above: Cell, cell: Cell) -> bool:
    """Layout evidence decides where the reader has it; else a finished sentence followed by a new one."""
    if cell.paragraph_start is not None:
        return cell.paragraph_start
    if above.space_below:  # its text ended before the page break: what follows it is new
        return True
    # text cut by the break goes on in its cell, but a paragraph may end right at the cut: the words decide
    return new_sentence_follows(above.text, cell.text)


def new_sentence_follows(above: str, text: str) -> bool:
    """Where layout says nothing, the words decide: the text above ended a sentence and this one does not go on
    in lower case (the paragraph reader, keyed rows and their debris all ask it)."""
    return bool(SENTENCE_END.search(clean(above))) and not clean(text)[:1].islower()


def paragraph_of(column: int, cells: list[tuple[int, Cell]]) -> Paragraph:
    """One paragraph from its cells: wrapped lines joined for the value, the cells as printed kept for
    provenance and markup-aware repairs."""
    return Paragraph(column, join_wrapped(c.text for _, c in cells), " ".join(c.text for _, c in cells),
                     Span.union(c.span for _, c in cells), cells[0][0], cells[-1][0], tuple(cells))
