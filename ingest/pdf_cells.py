"""Find the table cell each word of a PDF page's ruled table falls in, and the table's columns.

pdfplumber's table finder gives a table's cells as boxes; which cell holds a word is geometry alone, kept apart
from turning the cells' words into lines and paragraphs (ingest/pdf_table.py). A word goes to the smallest cell
around its centre, found among the few cells across its height (_Bands), so that a cell merged down several
rows is one cell; a word inside the table but in no closed cell is in a cell a page break left open. A cell's
column is the place of its left edge among the table's column edges.
"""

from __future__ import annotations

from bisect import bisect_left

from council_actions.ingest.model import BBox
from council_actions.ingest.pdf_layout import PdfObject

EDGE_TOLERANCE = 2.0  # points: cell edges this close are the same column edge or rule
SPACE_MOST = 0.5  # of the type's height: the widest gap between two words of one line run on (a space is ~0.25)
LINE_SHARE = 0.5  # of the type's height: words whose tops differ by less are on one physical line
TWICE_SHARE = 0.5  # of the narrowest cell: two edges of one column drawn twice are nearer than this (_drawn_twice)
ACROSS = 2  # cell edges a run of words crosses that make it no cell's text (a word past its cell's edge crosses one)


def find_word_cells(words: list[PdfObject], boxes: list[BBox], lefts: list[float], table: BBox,
                    placed: set[int], across: set[int]) -> dict[BBox, list[PdfObject]]:
    """The words of each cell of the table (`boxes`, sorted top to bottom, inside the `table` box), a cell left
    open by a page break among them; the indexes of the words placed are added to `placed`. The words of a line
    run across the table's cells (`runs_across`) are no cell's: their indexes go to `across`, and they are left
    for the page's text outside tables."""
    bands = _Bands(boxes)
    found = {index: box for index, word in enumerate(words)
             if (box := _cell_around(word, bands) or _open_cell(word, boxes, lefts, table)) is not None}
    column = {box: column_of(box, lefts) for box in set(found.values())}  # a cell's many words share its column
    across |= runs_across(words, {index: column[box] for index, box in found.items()})
    in_cell: dict[BBox, list[PdfObject]] = {}
    for index, box in found.items():
        if index not in across:
            in_cell.setdefault(box, []).append(words[index])
            placed.add(index)
    return in_cell


def runs_across(words: list[PdfObject], columns: dict[int, int]) -> set[int]:
    """The words (indexes) of a line run across the table's cells: on one physical line, words a space apart at most
    (SPACE_MOST of the type's height; a cell's padding parts two cells' text by more) in ACROSS + 1 columns or more,
    as a footer, a running header or a note drawn through a table is. A cell's own text stays in its column, and a
    word run past its cell's edge reaches only the next."""
    lines: list[list[int]] = []
    for index in sorted(columns, key=lambda i: words[i]["top"]):
        if lines and words[index]["top"] - words[lines[-1][0]]["top"] <= LINE_SHARE * _height(words[lines[-1][0]]):
            lines[-1].append(index)
        else:
            lines.append([index])
    found: set[int] = set()
    for line in lines:
        run: list[int] = []
        for index in [*sorted(line, key=lambda i: words[i]["x0"]), -1]:
            if run and index >= 0 and words[index]["x0"] - words[run[-1]]["x1"] <= SPACE_MOST * _height(words[index]):
                run.append(index)
                continue
            if len({columns[i] for i in run}) > ACROSS:
                found |= set(run)
            run = [index]
    return found


def _height(word: PdfObject) -> float:
    return float(word["bottom"] - word["top"])


def column_edges(boxes: list[BBox]) -> list[float]:
    """The left edges of the table's columns, left to right: cells' left edges within EDGE_TOLERANCE are one, and so
    are two neighbouring edges that one column's cells take in turn (`_drawn_twice`)."""
    lefts: list[float] = []
    for x0 in sorted(b[0] for b in boxes):
        if not lefts or x0 - lefts[-1] > EDGE_TOLERANCE:
            lefts.append(x0)
    return _drawn_twice(lefts, boxes)


def _drawn_twice(lefts: list[float], boxes: list[BBox]) -> list[float]:
    """The edges with each pair drawn for one column left as one: two neighbouring edges that no row of cells
    starts a cell at both of, nearer than TWICE_SHARE of the narrowest cell starting at either, are where one
    column starts in some rows and in others. Kent's ICS priorities slide table (PowerPoint): its header row starts
    `Shared Outcome` at 852.7 points, every body row starts that column's `SO1, SO2` cells at 872.1; read as two
    columns, the heading stood over no cell and the cells under no heading."""
    rows: list[set[float]] = [set() for _ in lefts]
    widths: list[float] = [float("inf") for _ in lefts]
    for box in boxes:
        edge = column_of(box, lefts)
        rows[edge].add(box[1])
        widths[edge] = min(widths[edge], box[2] - box[0])
    kept = [0]
    for edge in range(1, len(lefts)):
        last = kept[-1]
        near = lefts[edge] - lefts[last] < TWICE_SHARE * min(widths[last], widths[edge])
        if near and rows[last].isdisjoint(rows[edge]):
            rows[last] |= rows[edge]
            widths[last] = min(widths[last], widths[edge])
            continue
        kept.append(edge)
    return [lefts[edge] for edge in kept]


def spans_table(box: BBox, lefts: list[float]) -> bool:
    """A cell starting at the table's first column edge whose box runs past its last one's: one cell merged across
    every column (Kent's ICS priorities print a row so over the rows it heads or introduces, its words perhaps
    ending inside the first column: `Climate Change Adaptation`)."""
    return len(lefts) > 1 and column_of(box, lefts) == 0 and box[2] > lefts[-1] + EDGE_TOLERANCE


def column_of(box: BBox, lefts: list[float]) -> int:
    """The column of a cell: the nearest column edge to its left edge."""
    return min(range(len(lefts)), key=lambda i: abs(lefts[i] - box[0]))


class _Bands:
    """The table's cells by the horizontal bands their tops and bottoms cut it into, so that a word's cell is
    sought among the few cells across its height, not all of the table's (each of a page's words against each
    of its cells was the rebuilder's largest cost)."""

    def __init__(self, boxes: list[BBox]) -> None:
        self.edges = sorted({y for box in boxes for y in (box[1], box[3])})
        self.inside: list[list[BBox]] = [[] for _ in self.edges]  # [j]: cells over all of (edges[j], edges[j+1])
        self.on: list[list[BBox]] = [[] for _ in self.edges]  # [j]: cells whose height holds edges[j]
        for box in boxes:  # in table order, which each list keeps
            first, last = bisect_left(self.edges, box[1]), bisect_left(self.edges, box[3])
            for band in range(first, last):
                self.inside[band].append(box)
            for band in range(first, last + 1):
                self.on[band].append(box)

    def across(self, y: float) -> list[BBox]:
        """Every cell whose top-to-bottom span holds `y` (top <= y <= bottom), in table order."""
        band = bisect_left(self.edges, y)
        if band < len(self.edges) and self.edges[band] == y:
            return self.on[band]
        return self.inside[band - 1] if 0 < band < len(self.edges) else []


def _cell_around(word: PdfObject, bands: _Bands) -> BBox | None:
    """The smallest cell holding the word's centre (the first such in table order)."""
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    around = [b for b in bands.across(cy) if b[0] <= cx <= b[2]]
    if len(around) < 2:  # nearly always one: a cell merged across rows is the rare case that needs the smallest
        return around[0] if around else None
    return min(around, key=_area)


def _area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _open_cell(word: PdfObject, boxes: list[BBox], lefts: list[float], table: BBox) -> BBox | None:
    """A word inside the table but in no closed cell: a page break left its cell open, where the column's
    rules stop short of the table's lowest rule. The cell runs from the last cell closed above the word in
    its column down to the table's bottom."""
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    if not (table[0] <= cx <= table[2] and table[1] <= cy <= table[3]):
        return None
    column = max((i for i, left in enumerate(lefts) if left <= cx), default=0)
    right = lefts[column + 1] if column + 1 < len(lefts) else table[2]
    above = [b[3] for b in boxes if b[0] <= cx <= b[2] and b[3] <= word["top"] + EDGE_TOLERANCE]
    return (lefts[column], max(above, default=table[1]), right, table[3])


def rank_in_column(boxes: list[BBox], lefts: list[float]) -> dict[BBox, int]:
    """Each cell's place from the top among the cells that start at its column edge."""
    seen: dict[int, int] = {}
    rank = {}
    for box in boxes:  # sorted top to bottom
        column = column_of(box, lefts)
        rank[box] = seen.get(column, 0)
        seen[column] = rank[box] + 1
    return rank
