"""One cell per line: the header printed once, a cell per line in header order, rows one after another.

Web pages saved as text and Word tables flattened by converters come out so.
The header is the first run of lines that read as column headings (a heading
may wrap over two lines: `Cabinet` / `Member`; `cell_header.py`). Rows open at a row marker
(`a)`, `1.`, `2.3`) when the rows carry them, or at a numbered paragraph's number printed
alone on its line above the paragraph (`1.1` / `Draft Local Plan to:`); a line ending in a dangling word
(`Meeting held by`) runs on into the next, and a line opening with a
conjunction (`And ongoing`) carries on the one above. Without markers, the
rows are the cut whose cells best fit their columns by shape (a person or post
in the owner column, a date in the timeline column: `cell_rows.py`), and where
another cut reads about as well the doubt is reported
(`cell_lines_ambiguous_rows`), unless the blank lines decide it (`cell_gaps.py`); a marked row with more lines
than columns has its lines put in columns by the same shapes (`cell_rows.read_one_row`). A converter that prints
a paragraph a cell writes an empty cell as a paragraph holding only whitespace; such paragraphs are read as slots
of their own (`empty_paragraphs`). Where they are, a first cell printed once over the rows under it (a cell spanning
rows) is read as the heading over them (`cell_spans.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

from council_actions.ingest.bullets import CELL_LETTER
from council_actions.ingest.cell_gaps import unsettled_doubts
from council_actions.ingest.cell_groups import Groups, groups
from council_actions.ingest.cell_header import header
from council_actions.ingest.cell_rows import read_one_row, read_unmarked_rows
from council_actions.ingest.cell_shapes import EMPTY_CELL, LineShape, line_shapes, shape_of
from council_actions.ingest.cell_spans import rows_under_spans
from council_actions.ingest.layout import (
    ROW_MARKER,
    Layout,
    RoleOf,
    as_layout,
    whole,
    with_cells,
)
from council_actions.ingest.model import SECTION_COLUMN, Column, Line, LineLayout
from council_actions.ingest.table_ends import ending_of

from council_actions.dating.is_a_time import opens_on_a_date
from council_actions.document_words import DocumentWords
from council_actions.issues import Issue
from council_actions.roles import Role

if TYPE_CHECKING:
    from council_actions.owner_words import OwnerWords

DANGLING = re.compile(r"\b(?:by|of|and|to|the|from|in|with|for|on|at|or|a|an)$", re.IGNORECASE)
DANGLING_MAX = 40  # a long cell ending "...; and" is a finished list item, not a line that runs on
# A line opening with a conjunction carries on the cell above it ("October 2022" / "And ongoing").
CARRIES_ON = re.compile(r"^(?:and|or|but|then|&)\s+\S", re.IGNORECASE)
# A numbered paragraph's number alone on its line, its text on the next (`1.1` / `Draft Local Plan to:`): Word's
# list numbering, which converters print as a paragraph of its own. Only a number of two levels or more, which no
# one-line cell of a plan holds.
NUMBER_ALONE = re.compile(r"\d+(?:\.\d+)+")
ROW_NUMBER = re.compile(r"\d{1,2}")  # a row's number alone on its line (`_row_numbers`), never a year
SPACES = " \t\u00a0"  # what a paragraph holding only whitespace holds (a page break is not one)
NO_GROUPS = Groups(frozenset(), frozenset())
# A row's code alone in its cell, letters then a space and a number of two levels or more (`CIP 003.01`, `OUT
# 001.01`: the codes a performance system gives each action of a plan, printed as the first column's cell).
CODE_ALONE = re.compile(r"[A-Z]{2,4} \d+(?:\.\d+)+")


def read_cell_lines(lines: list[Line], text: str, role_of: RoleOf, owner_words: OwnerWords | None = None,
                    document_words: DocumentWords | None = None) -> Layout | None:
    """The lines re-cut one cell per line under the header; None where no run of lines reads as a plan's
    headings, so that the next rendering is tried. The table stops at a note or heading line (ingest/table_ends.py,
    by the profile's `document_words`), which stays outside it rather than being read into the last row. Where the
    text marks empty cells (a paragraph holding only whitespace, `empty_paragraphs`), the marks are cells too. A
    line's shape names a post by the profile's `owner_words` (`cell_shapes.line_shapes`; None: the generic
    profile's). A row whose cells are the headings is the header printed again (at a page break), laid out as the
    header, not read as a row."""
    found = header(lines, role_of)
    if found is None:
        return None
    start, end, headings = found
    relaid = [as_layout(ln, "header") if start <= i < end else ln for i, ln in enumerate(lines)]
    roles: list[Role | None] = [role_of(h) for h in headings]
    stop = end + table_end(lines[end:], len(headings), document_words)
    after = lines[stop].number if stop < len(lines) else text.count("\n") + 2
    first = lines[end].number if end < len(lines) else after
    empties = [n for n in empty_paragraphs(text) if first < n < after]
    rows, grouped, spanned, issues = _rows(lines[end:stop], headings, roles, empties, line_shapes(owner_words))
    table = lines[end:]
    relaid[end:] = _relaid_rows(_relaid_left_out(table, grouped, spanned), table, rows, headings, 1 if spanned else 0)
    columns = (*((SECTION_COLUMN,) if spanned else ()), *(Column(h) for h in headings))
    return Layout("cell_lines", columns, tuple(relaid), tuple(issues))


def _relaid_left_out(table: list[Line], grouped: Groups, spanned: frozenset[int]) -> list[Line]:
    """The table's lines (from its first row on) with those no row holds relaid: the header printed again and each
    group's heading (`grouped`), and a first cell printed once over the rows under it, their section (`spanned`:
    `cell_spans.py`)."""
    relaid = list(table)
    for i in grouped.headers:
        relaid[i] = as_layout(table[i], "header")
    for i in grouped.headings:
        relaid[i] = as_layout(table[i], "text")
    for i in spanned:
        relaid[i] = with_cells(table[i], [whole(table[i], 0)], "row_start")
    return relaid


def _relaid_rows(relaid: list[Line], table: list[Line], rows: list[list[list[int]]], headings: list[str],
                 offset: int) -> list[Line]:
    """`relaid` with each row's lines cut one cell a line, a column to the right of its place where a section
    column stands first (`offset`); a row whose cells are the headings is the header printed again."""
    for row in rows:
        again = [" ".join(table[i].text.strip() for i in group) for group in row] == headings
        opening = min((i for group in row for i in group), default=None)  # a row under a spanned cell has no first
        for cell_index, group in enumerate(row):
            for i in group:
                layout: LineLayout = "header" if again else "row_start" if i == opening else "row"
                relaid[i] = with_cells(table[i], [whole(table[i], cell_index + offset)], layout)
    return relaid


def table_end(lines: list[Line], width: int, words: DocumentWords | None = None) -> int:
    """Where the table ends: the first line after its first row that reads as what follows a table (a note, a
    source, a footnote, a heading: ingest/table_ends.py, by the profile's `words`); with row markers, not before the
    last row's marker. Lines from there on stay outside the table, kept as text and reported where they stand, never
    read into the last row."""
    marked = [i for i, ln in enumerate(lines) if _is_marker(ln.text.strip())]
    first = max(marked[-1] + 1 if len(marked) >= 2 else 0, width)
    return next((i for i in range(first, len(lines)) if ending_of(lines[i].text, words)), len(lines))


def _is_marker(text: str) -> bool:
    """A row's marker (`a)`, `2.3`, Bracknell's `4.01.04`) opens the line, and no date does (`2028 onwards`,
    `Q3 2024/25`), as the timeline rules read one (`council_actions.dating.is_a_time.opens_on_a_date`); or the line
    is a row's code alone (CODE_ALONE: `CIP 003.01`)."""
    return (bool(ROW_MARKER.match(text)) or bool(CODE_ALONE.fullmatch(text))) and not opens_on_a_date(text)


def empty_paragraphs(text: str) -> list[int]:
    """The numbers of the lines that are a paragraph holding only whitespace (a blank line either side): how a
    converter writes an empty cell of a table it prints a paragraph a cell."""
    raw = text.split("\n")
    return [n for n, (above, line, below) in enumerate(zip(["", *raw[:-1]], raw, [*raw[1:], ""], strict=True), 1)
            if line and not line.strip(SPACES) and not above and not below]


def _rows(lines: list[Line], headings: list[str], roles: list[Role | None], empties: list[int],
          shapes: tuple[LineShape, ...]) -> tuple[list[list[list[int]]], Groups, frozenset[int], list[Issue]]:
    """Rows as lists of cells, each cell a list of line indexes into `lines`; what the table's groups leave out of
    them (the header printed again and the heading over each group, `cell_groups.py`, where rows are marked); the
    lines of first cells printed once over the rows under them (`cell_spans.py`, where rows are not marked);
    doubts about them as issues. The groups' parts are given as line indexes."""
    width = len(headings)
    texts = [ln.text.strip() for ln in lines]
    units = _join_runs(texts, numbers_alone=roles[0] != "element", counted=_row_numbers(texts, roles))
    marked = [k for k, unit in enumerate(units) if _is_marker(" ".join(texts[i] for i in unit))]
    found = NO_GROUPS
    if len(marked) >= 2:
        parted = [k > 0 and _empty_between(empties, lines[units[k - 1][-1]].number, lines[unit[0]].number) > 0
                  for k, unit in enumerate(units)]
        grouped = groups(units, texts, headings, marked, parted)
        found = grouped.by_line(units)
        left = grouped.headers | grouped.headings
        units = [unit for k, unit in enumerate(units) if k not in left]
        marked = [k for k, unit in enumerate(units) if _is_marker(" ".join(texts[i] for i in unit))]
    else:
        marked = _after_blank_rows(units, lines, width, empties)
    if len(marked) >= 2:
        bounds = [*marked, len(units)]
        return ([_marked_row(units[a:b], lines, width, roles, empties, shapes) for a, b in pairwise(bounds)], found,
                frozenset(), [])
    slots = _with_empty_cells(units, lines, empties)
    rows, doubts = read_unmarked_rows(_shapes(slots, lines, shapes), roles)
    issues = unsettled_doubts(rows, doubts, slots, lines)
    rows, spanned = rows_under_spans(rows, slots, roles)
    return ([[[i for k in cell for i in slots[k]] for cell in row] for row in rows], found,
            frozenset(i for k in spanned for i in slots[k]), issues)


def _after_blank_rows(units: list[list[int]], lines: list[Line], width: int, empties: list[int]) -> list[int]:
    """The units that open a row because a whole row of empty cells stands above them: as many empty-cell
    paragraphs as the table has columns, and no line, between them and the unit before (the Isle of Wight's select
    committee action plan parts its rows so). Why: a row of nothing but empty cells holds no row's cells, so it can
    only part two rows; the first unit opens a row too."""
    def empty_above(k: int) -> int:
        return _empty_between(empties, lines[units[k - 1][-1]].number, lines[units[k][0]].number)
    parted = [k for k in range(1, len(units)) if empty_above(k) >= width]
    return [0, *parted] if parted else []


def _marked_row(units: list[list[int]], lines: list[Line], width: int, roles: list[Role | None],
                empties: list[int], shapes: tuple[LineShape, ...]) -> list[list[int]]:
    """A marked row's cells: a unit a cell, unless it has more units than columns (cells of several paragraphs),
    whose lines are then put in columns by their shapes (`read_one_row`)."""
    lettered = _parallel_items(units, [lines[unit[-1]].text.strip() for unit in units], width)
    if lettered is not None:
        return lettered
    if len(units) > width:
        slots = _with_empty_cells(units, lines, empties)
        cells = read_one_row(_shapes(slots, lines, shapes), roles)
        if cells is not None:
            return [[i for k in cell for i in slots[k]] for cell in cells]
    return units[:width]


def _parallel_items(units: list[list[int]], texts: list[str], width: int) -> list[list[int]] | None:
    """A row whose first cell lists lettered items (`(a)Continue ...`, `(b)Ensure ...`, under the row's number)
    and whose every other cell lists as many lines, one per item (`All` ... `AK`, `Done` ... `End May`): the items
    are the first cell and each following run of as many lines the next cell, in order. Why by count: the lines
    stand in the order the cells do, and only this cut gives every column one line per item; None where the
    counts do not come out so. `texts`: each unit's last line, past the row's number joined above it."""
    items = next((k for k, text in enumerate(texts) if not CELL_LETTER.pattern.match(text)), len(texts))
    if items < 2 or len(units) != items * width:
        return None
    return [[i for unit in units[c * items:(c + 1) * items] for i in unit] for c in range(width)]


def _row_numbers(texts: list[str], roles: list[Role | None]) -> frozenset[int]:
    """The lines that number the rows: a number alone on its line above the row's first text line, where the
    table has no reference column for it to be a cell of and the numbers count 1, 2, 3 down the table (the Isle
    of Wight's District Audit table: `1` / `Ensure that ...`). Why the count: a one-line cell may hold a number
    (a score, a priority), but numbers that count up row after row, each above a line of text, number rows."""
    alone = [i for i, text in enumerate(texts[:-1]) if ROW_NUMBER.fullmatch(text)]
    counted = [int(texts[i]) for i in alone] == list(range(1, len(alone) + 1))
    return frozenset(alone) if roles[0] != "element" and len(alone) >= 2 and counted else frozenset()


def _shapes(slots: list[list[int]], lines: list[Line], shapes: tuple[LineShape, ...]) -> list[str]:
    """Each slot's shape among `shapes`: its lines' text read as one, or EMPTY_CELL for an empty-cell paragraph."""
    return [shape_of(" ".join(lines[i].text for i in slot), shapes) if slot else EMPTY_CELL for slot in slots]


def _with_empty_cells(units: list[list[int]], lines: list[Line], empties: list[int]) -> list[list[int]]:
    """The units in order with an empty slot (no line) for each empty-cell paragraph between them or after the last."""
    slots: list[list[int]] = []
    for k, unit in enumerate(units):
        if k:
            slots += [[] for _ in range(_empty_between(empties, lines[units[k - 1][-1]].number, lines[unit[0]].number))]
        slots.append(unit)
    after = len(empties) - bisect_right(empties, lines[units[-1][-1]].number) if units else 0
    return slots + [[] for _ in range(after)]


def _empty_between(empties: list[int], above: int, below: int) -> int:
    """How many empty-cell paragraphs stand between line numbers `above` and `below`, found by bisection in
    `empties` (ascending, as `empty_paragraphs` gives them). Why: it is asked between every two units of the table,
    and counting through every paragraph each time cost units times paragraphs (seconds a table of 16,000 lines)."""
    return max(bisect_left(empties, below) - bisect_right(empties, above), 0)


def runs_on(text: str) -> bool:
    """A short line ending in a dangling word (`Meeting held by`) is continued by the next line."""
    return len(text) <= DANGLING_MAX and bool(DANGLING.search(text))


def _join_runs(texts: list[str], numbers_alone: bool, counted: frozenset[int] = frozenset()) -> list[list[int]]:
    """Lines joined into units a cell never splits: a line that runs on (`runs_on`) with the next, a line opening
    with a conjunction (CARRIES_ON) with the one above and, with `numbers_alone` (the table has no reference
    column for the number to be a cell of), a paragraph's number alone on its line (NUMBER_ALONE) with the
    paragraph below, as is a row's number (`counted`, `_row_numbers`) with the row's first line."""
    units: list[list[int]] = []
    for i in range(len(texts)):
        above = texts[units[-1][-1]] if units else ""
        number_above = bool(units) and ((numbers_alone and bool(NUMBER_ALONE.fullmatch(above)))
                                        or units[-1][-1] in counted)
        if units and (runs_on(above) or CARRIES_ON.match(texts[i]) or number_above):
            units[-1].append(i)
        else:
            units.append([i])
    return units
