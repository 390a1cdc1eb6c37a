"""Rebuild one ruled table of a PDF page into physical lines of cells, with paragraph evidence from layout.

Words go to the table cell around them, not to a row (ingest/pdf_cells.py): a
cell merged down several rows (an element's theme and characteristic beside
its actions) is one cell, whichever row band its words fall in, and its column
is the place of its left edge among the table's column edges. Each cell is
cut into lines by the words' tops, and the cells' lines that sit level become
one physical line, the shape the converter's text has.

Layout says where a paragraph starts, so the parsers need not guess:
- inside a cell, a step between lines of more than the table's line pitch plus
  a third of a line (a paragraph's space before or after, from about 3 pt);
- a blank line above a cell's first line;
- a ruling line above the cell with a cell above it on the same page: a new
  cell is a new paragraph. The top cell of each column and the one under it
  (under a repeated header row) are left unknown, since a row cut by a page
  break goes on there.
And whether a cell's text ran to a page break: not if a cell follows below it
on the page or a blank line is left below its last line; it did if no rule
closes the cell (a browser's cut row); a ruled cell filled to its foot is left
to the parsers, which weigh the whole line after the break.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter
from statistics import median
from typing import TYPE_CHECKING

from council_actions.ingest.model import BBox, WordBox
from council_actions.ingest.pdf_cells import (
    EDGE_TOLERANCE,
    column_edges,
    column_of,
    find_word_cells,
    rank_in_column,
    spans_table,
)
from council_actions.ingest.pdf_layout import PdfObject
from council_actions.ingest.pdf_words import held_invisible

if TYPE_CHECKING:
    from pdfplumber.table import Table

LINE_TOLERANCE = 0.5  # line heights: words whose tops differ by less are on one line
# Line heights: a gap of more is a blank line. Below a cell's last line it is space left, so the cell's text ended
# before the cell did (`_space_below`); between two lines outside tables it opens a paragraph (ingest/pdf.py).
PARAGRAPH_GAP = 1.6
PITCH_SLACK = 0.3  # line heights beyond the normal line pitch that make a paragraph gap (3 pt at 10 pt type)
SPACE_SHARE = 0.25  # of the type's height: a space's width, where no line of the table has two words
BREAK_TOLERANCE = 0.5  # points: a word this far past the cell's text edge would still have fitted
# Spaces (the table's width of one): where the line above printed the space it ended on, the room the next word must
# have left to say the writer broke the line. Producers that print a wrap's space (PowerPoint, LibreOffice) wrap words
# the measure says would just have fitted: with up to 0.88 of a space to spare over the committed PDFs and Kent's
# appendix (Runnymede's `briefed to ` / `all`, 2.06 points; Kent's `Development & ` / `Staff`, 0.2 points past, the
# same team on one line where the column is wider), the error of glyph widths and padding; the least room after a
# writer's break that printed a space is 2.2 spaces (Kent's `meetings. ` / `Key`).
WRAP_ROOM = 1.5
UNKNOWN_TOP_CELLS = 2  # per column and page: the top cell and the one under a repeated header
X0, X1, TOP, BOTTOM = (itemgetter(key) for key in ("x0", "x1", "top", "bottom"))


@dataclass(frozen=True)
class RawCell:
    """A cell's text and box as rebuilt from a page, with the layout evidence (paragraph start, space below,
    line break) that the parsers would otherwise have to guess from text; None where layout does not say."""

    column: int
    text: str
    bbox: BBox
    fill: str | None
    paragraph_start: bool | None = None
    space_below: bool | None = None
    line_break: bool | None = None
    words: tuple[WordBox, ...] = ()  # each word's characters in `text` and its box
    invisible: tuple[str, ...] = ()  # as printed, each word that held invisible characters (pdf_words)
    across_table: bool = False  # the cell's box spans every column of its table (pdf_cells.spans_table)
    in_box: bool = False  # the line goes on in the box the line above is in, not its first (a cell's paragraph)
    in_word: bool = False  # the line goes on inside the word the line above ends with (`_in_words`)


@dataclass(frozen=True)
class RawLine:
    """The cells that sit level on a page, i.e. the physical line the converter's text would have printed, so
    PDF input reaches the parsers in the same shape as text input."""

    top: float
    tabular: bool
    cells: tuple[RawCell, ...]
    across: bool = False  # a line run across a table's cells (pdf_cells.runs_across): read around, reported whole


@dataclass(frozen=True)
class _CellLine:
    top: float
    cell: RawCell


@dataclass(frozen=True)
class _Box:
    """What a cell's box says of each of its lines, worked out once per box: each line's cell is then made whole,
    not copied with `dataclasses.replace` (twice a line, a tenth of the page's rebuild)."""

    bbox: BBox
    column: int
    fill: str | None
    across_table: bool


def table_lines(table: Table, words: list[PdfObject], placed: set[int], shade: Callable[[BBox], str | None],
                edges: list[PdfObject], across: set[int]) -> list[RawLine]:
    """The table's physical lines; the indexes of the words used are added to `placed`, those of a line run across
    its cells to `across` (pdf_cells.runs_across)."""
    boxes: list[BBox] = sorted({(c[0], c[1], c[2], c[3]) for c in table.cells}, key=lambda b: (b[1], b[0]))
    if not boxes:
        return []
    lefts = column_edges(boxes)
    in_cell = find_word_cells(words, boxes, lefts, table.bbox, placed, across)
    boxes = sorted(set(boxes) | set(in_cell), key=lambda b: (b[1], b[0]))
    if not in_cell:
        return []
    height = median(w["bottom"] - w["top"] for found in in_cell.values() for w in found)
    rank = rank_in_column(boxes, lefts)
    rules = [e for e in edges if e["orientation"] == "h"]
    clustered = {box: cluster_lines(found) for box, found in in_cell.items()}
    pitch = _line_pitch(clustered.values(), height)
    gaps = [b["x0"] - a["x1"] for clusters in clustered.values() for c in clusters for a, b in pairwise(c)
            if b["x0"] > a["x1"]]
    space = median(gaps) if gaps else SPACE_SHARE * height
    cell_lines = []
    for box, clusters in clustered.items():
        below = _space_below(box, in_cell[box], boxes, rules, height)
        cell_lines += _lines_of_cell(_Box(box, column_of(box, lefts), shade(box), spans_table(box, lefts)), clusters,
                                     (pitch + PITCH_SLACK * height, height), rank[box] < UNKNOWN_TOP_CELLS, below,
                                     space)
    return _level_lines(cell_lines, height)


def _space_below(box: BBox, found: list[PdfObject], boxes: list[BBox], rules: list[PdfObject],
                 height: float) -> bool | None:
    """Did the cell's text end before the cell did? Yes if another cell follows below it on the page or a
    blank line is left below its last line; no if no rule closes the cell (a browser leaves the bottom
    border off a row a page break cuts). A ruled cell filled to its foot is left unknown: Word and
    LibreOffice rule a cut row's foot as they rule a whole row's."""
    if any(abs(b[1] - box[3]) <= EDGE_TOLERANCE and b[0] < box[2] and b[2] > box[0] for b in boxes):
        return True
    if box[3] - max(w["bottom"] for w in found) > PARAGRAPH_GAP * height:
        return True
    return None if _ruled(box, rules) else False


def _ruled(box: BBox, rules: list[PdfObject]) -> bool:
    """A drawn horizontal rule along the cell's foot, across most of its width."""
    width = box[2] - box[0]
    return any(abs(e["top"] - box[3]) <= EDGE_TOLERANCE and min(e["x1"], box[2]) - max(e["x0"], box[0]) > width / 2
               for e in rules)


def _line_pitch(cells: Iterable[list[list[PdfObject]]], height: float) -> float:
    """The table's usual distance from one line's top to the next inside a paragraph."""
    steps = [b[0]["top"] - a[0]["top"] for clusters in cells for a, b in pairwise(clusters)]
    return median(steps) if steps else height


def _lines_of_cell(box: _Box, clusters: list[list[PdfObject]], gap: tuple[float, float], top_of_page: bool,
                   space_below: bool | None, space: float) -> list[_CellLine]:
    """`gap`: (the step between line tops that opens a paragraph, the blank space above a first line that does);
    `space`: the table's width of a space (`_line_breaks`). A line a paragraph gap parts from the line above is its
    writer's break whatever its width (a wrap leaves no blank line: Kent's `PH Consultant`, a gap, `Performance/P` /
    `H Consultant`, an owner of each of its row's two measures)."""
    tops = [min(w["top"] for w in c) for c in clusters]
    breaks, in_word = _line_breaks(box.bbox, clusters, space), _in_words(box.bbox, clusters)
    lines = []
    for i, cluster in enumerate(clusters):
        if i:
            starts: bool | None = tops[i] - tops[i - 1] > gap[0]
        elif tops[0] - box.bbox[1] > gap[1]:
            starts = True
        else:
            starts = None if top_of_page else True
        last = i == len(clusters) - 1
        broke = True if i and starts else breaks[i]
        lines.append(_CellLine(tops[i], raw_cell(box, cluster, (starts, space_below if last else None, broke),
                                                 i > 0, in_word[i])))
    return lines


def _line_breaks(box: BBox, clusters: list[list[PdfObject]], space: float) -> list[bool | None]:
    """Per line of a cell: did the writer break the line above (its first word would have fitted there, after a
    space as wide as the table's, inside the cell's right padding, taken equal to its left; with WRAP_ROOM spaces to
    spare where the line above printed a space after its last word, the sign of a wrap) or did it wrap?
    None for the first line and where the words run outside the cell's box."""
    left = min(w["x0"] for c in clusters for w in c)
    right = box[2] - max(left - box[0], 0.0)
    breaks: list[bool | None] = [None]
    for above, line in pairwise(clusters):
        end = max(w["x1"] for w in above)
        room = right - (end + space + line[0]["x1"] - line[0]["x0"])
        breaks.append(None if end > right + BREAK_TOLERANCE else
                      room >= (WRAP_ROOM * space if above[-1].get("spaced") else -BREAK_TOLERANCE))
    return breaks


def _in_words(box: BBox, clusters: list[list[PdfObject]]) -> list[bool]:
    """Per line of a cell: does it go on inside the word the line above ends with? A word too long for its column
    is broken where its letters stop fitting (PowerPoint's `Timescal` / `e` heading, `SO1,SO3,SO4,S` / `O5`,
    `Performance/P` / `H Consultant`, `SO1,SO2,SO` / `3,SO4,SO5,S`), so the line above is that one word, and not even
    the next line's first letter (its own width, `first_width`, as the engine read its characters) would have fitted
    after it inside the cell's right padding, taken equal to its left. Both are measured, so no tolerance is given
    the letter: Kent's `3` would have overrun by 0.05 points, where an average letter of `3,SO4,SO5,S` is 0.65 points
    narrower than the `3` and half a point of tolerance had left it room. A line wrapped between words leaves room
    for a letter unless its word ends within one (`Mar` / `2026`: room for `2`, not for `2026`); where it does, a
    space printed after the word says the line wrapped there (`spaced`, pdf_words.mark_spaced_hyphens: Kent's HROD
    header `Shared ` / `Outcom` / `e`, where the `O` would not have fitted after `Shared` either)."""
    left = min(w["x0"] for c in clusters for w in c)
    right = box[2] - max(left - box[0], 0.0)
    found = [False]
    for above, line in pairwise(clusters):
        first = line[0]
        letter = first.get("first_width") or (first["x1"] - first["x0"]) / max(len(first["text"]), 1)
        end = above[0]["x1"]
        found.append(len(above) == 1 and not above[0].get("spaced") and right < end + letter
                     and end <= right + BREAK_TOLERANCE)
    return found


def _level_lines(cell_lines: list[_CellLine], height: float) -> list[RawLine]:
    """Cell lines at one height across the table make one physical line, cells in column order."""
    cell_lines = sorted(cell_lines, key=lambda c: (c.top, c.cell.column))
    groups: list[list[_CellLine]] = []
    for item in cell_lines:
        if groups and item.top - groups[-1][0].top <= LINE_TOLERANCE * height \
                and all(g.cell.column != item.cell.column for g in groups[-1]):
            groups[-1].append(item)
        else:
            groups.append([item])
    return [RawLine(g[0].top, True, tuple(sorted((c.cell for c in g), key=lambda c: c.column))) for g in groups]


def cluster_lines(words: list[PdfObject]) -> list[list[PdfObject]]:
    """Words grouped into physical lines by their tops, each line left to right."""
    words = sorted(words, key=lambda w: (w["top"], w["x0"]))
    tolerance = median(w["bottom"] - w["top"] for w in words) * LINE_TOLERANCE
    clusters: list[list[PdfObject]] = []
    for word in words:
        if clusters and word["top"] - clusters[-1][0]["top"] <= tolerance:
            clusters[-1].append(word)
        else:
            clusters.append([word])
    return [sorted(c, key=lambda w: w["x0"]) for c in clusters]


def raw_cell(box: _Box, words: list[PdfObject], evidence: tuple[bool | None, bool | None, bool | None], in_box: bool,
             in_word: bool) -> RawCell:
    """A line of a cell from its words in reading order; `evidence` is its paragraph start, space below and line
    break (RawCell). A trailing space is kept where the last word printed one, so a hyphen at a line's end
    (`day- `) is told from a joined word (`to-day`)."""
    words = sorted(words, key=X0)
    text = " ".join(w["text"] for w in words) + (" " if words[-1].get("space_after") else "")  # `day- ` / `to-day`
    return RawCell(box.column, text, bbox_of(words), box.fill, *evidence, words=_word_boxes(words),
                   invisible=held_invisible(words), across_table=box.across_table, in_box=in_box, in_word=in_word)


def _word_boxes(words: list[PdfObject]) -> tuple[WordBox, ...]:
    """Where each word of a cell's text (joined by single spaces) is, and its box: a part of the cell (one owner of
    several on a line) is then shown at its own words, not the whole cell line."""
    boxes, start = [], 0
    for word in words:
        end = start + len(word["text"])
        boxes.append((start, end, bbox_of([word])))
        start = end + 1
    return tuple(boxes)


def bbox_of(words: list[PdfObject]) -> BBox:
    """The box around some words, as the span's bbox, so an auditor is shown exactly where a value was
    printed."""
    return min(map(X0, words)), min(map(TOP, words)), max(map(X1, words)), max(map(BOTTOM, words))
