"""Read a PDF with pdfplumber into the same document model as text input.

Ruled tables are found from their ruling lines; pdfplumber counts the edges
of filled rectangles as lines, so browser output that draws borders as thin
rectangles is found too. Where a page break leaves a row without its bottom
border, the cell is closed at the page's content edge: the lowest point the
table's vertical rules reach. Each table row is then cut into physical lines
by the words' positions, the shape the converter's text has, so the same
parsers read both. Words outside tables become paragraphs. Every cell keeps
its page, bbox and fill colour; the extracted text that spans point into is
the tab-separated rendering of those lines.
"""

from __future__ import annotations

import bisect
import hashlib
import io
from dataclasses import dataclass, replace
from statistics import median

import pdfplumber
from council_actions.ingest.model import BBox, Cell, Document, Line, Page, Span
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from council_actions.issues import StageError

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                  "join_tolerance": 3, "intersection_tolerance": 3}
PARAGRAPH_GAP = 1.6  # outside tables, a gap of more line heights than this starts a new paragraph
MIN_FILL_SHARE = 0.5  # a fill must cover this share of a cell's width and height to be its shading
OCR_HINT = "no text layer (a scanned or image-only PDF); run OCR first, e.g. `ocrmypdf in.pdf out.pdf`"


@dataclass(frozen=True)
class _RawCell:
    column: int
    text: str
    bbox: BBox
    fill: str | None
    paragraph_start: bool | None = None
    space_below: bool | None = None


@dataclass(frozen=True)
class _RawLine:
    top: float
    tabular: bool
    cells: tuple[_RawCell, ...]


def read_pdf(data: bytes, source_name: str, source: str, max_pages: int) -> Document:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > max_pages:
                raise StageError("ingest", source, f"{len(pdf.pages)} pages, more than the limit of {max_pages} "
                                 "(--max-pages)")
            pages = [(page.page_number, page.width, page.height, read_page(page)) for page in pdf.pages]
    except PdfminerException as exc:
        raise _pdf_error(exc, source) from None
    if not any(lines for *_, lines in pages):
        raise StageError("ingest", source, OCR_HINT)
    return _document(data, source_name, pages)


def _pdf_error(exc: PdfminerException, source: str) -> StageError:
    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect) or "encrypt" in str(cause).lower():
        return StageError("ingest", source, "encrypted PDF: it needs a password; save an unencrypted copy")
    return StageError("ingest", source, f"corrupt or truncated PDF ({type(cause).__name__}: {cause})")


def read_page(page) -> list[_RawLine]:
    """The page's lines, top to bottom: table rows cut into physical lines, and paragraphs between tables."""
    words = page.extract_words()
    if not words:
        return []
    fills = [r for r in page.rects if r.get("fill") and r.get("non_stroking_color") is not None]
    lines: list[_RawLine] = []
    placed: set[int] = set()
    for table in find_tables(page):
        lines += _table_lines(table, words, fills, placed)
    loose = [w for i, w in enumerate(words) if i not in placed]
    lines += _paragraphs(loose)
    return sorted(lines, key=lambda line: line.top)


def find_tables(page) -> list:
    verticals = [e for e in page.edges if e["orientation"] == "v"]
    edges = sorted({min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)}) if verticals else []
    return page.find_tables({**TABLE_SETTINGS, "explicit_horizontal_lines": edges})


def _table_lines(table, words: list[dict], fills: list[dict], placed: set[int]) -> list[_RawLine]:
    rows = sorted(table.rows, key=lambda r: r.bbox[1])
    tops = [r.bbox[1] for r in rows]
    x0, top, x1, bottom = table.bbox
    in_rows: dict[int, list[tuple[int, dict]]] = {}
    for index, word in enumerate(words):
        cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            continue
        row = bisect.bisect_right(tops, cy) - 1
        if row < 0:
            continue
        column = next((c for c, cell in enumerate(rows[row].cells) if cell and cell[0] <= cx <= cell[2]), None)
        if column is not None:
            in_rows.setdefault(row, []).append((column, word))
            placed.add(index)
    lines = []
    for row, found in sorted(in_rows.items()):
        shading = {c: _fill_of(cell, fills) for c, cell in enumerate(rows[row].cells) if cell}
        height = median(w["bottom"] - w["top"] for _, w in found)
        last_top: dict[int, float] = {}
        row_lines = []
        for cluster in _cluster_lines(found):
            top = min(w["top"] for _, w in cluster)
            cells = []
            for column in sorted({c for c, _ in cluster}):
                if column in last_top:
                    starts = top - last_top[column] > PARAGRAPH_GAP * height
                else:  # a column's first line in the segment: a blank line above it opens a paragraph;
                    # with none, it may continue a row a page break cut, and is left unknown
                    starts = True if top - rows[row].bbox[1] > height else None
                cells.append(_raw_cell(column, [w for c, w in cluster if c == column], shading.get(column), starts))
                last_top[column] = top
            row_lines.append(_RawLine(top, True, tuple(cells)))
        lines += _mark_space_below(row_lines, rows[row].bbox[3], height)
    return lines


def _mark_space_below(lines: list[_RawLine], row_bottom: float, height: float) -> list[_RawLine]:
    """On each column's last line in the row segment: was there room below it? If not, a page break cut
    the text and its paragraph goes on in the next segment."""
    last = {c.column: i for i, line in enumerate(lines) for c in line.cells}
    marked = []
    for i, line in enumerate(lines):
        cells = tuple(replace(c, space_below=row_bottom - c.bbox[3] > PARAGRAPH_GAP * height)
                      if last[c.column] == i else c for c in line.cells)
        marked.append(replace(line, cells=cells))
    return marked


def _cluster_lines(found: list[tuple[int, dict]]) -> list[list[tuple[int, dict]]]:
    """Words of one table row grouped into physical lines by their tops."""
    found = sorted(found, key=lambda cw: (cw[1]["top"], cw[1]["x0"]))
    tolerance = median(w["bottom"] - w["top"] for _, w in found) * 0.5
    clusters: list[list[tuple[int, dict]]] = []
    for column, word in found:
        if clusters and word["top"] - clusters[-1][0][1]["top"] <= tolerance:
            clusters[-1].append((column, word))
        else:
            clusters.append([(column, word)])
    return clusters


def _raw_cell(column: int, words: list[dict], fill: str | None, paragraph_start: bool | None) -> _RawCell:
    words = sorted(words, key=lambda w: w["x0"])
    return _RawCell(column, " ".join(w["text"] for w in words), _bbox(words), fill, paragraph_start)


def _bbox(words: list[dict]) -> BBox:
    return (min(w["x0"] for w in words), min(w["top"] for w in words),
            max(w["x1"] for w in words), max(w["bottom"] for w in words))


def _fill_of(cell: BBox, fills: list[dict]) -> str | None:
    """The colour of the last-drawn fill under the cell's centre that covers most of the cell."""
    cx, cy = (cell[0] + cell[2]) / 2, (cell[1] + cell[3]) / 2
    width, height = cell[2] - cell[0], cell[3] - cell[1]
    under = [r for r in fills if r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"]
             and r["x1"] - r["x0"] >= MIN_FILL_SHARE * width and r["bottom"] - r["top"] >= MIN_FILL_SHARE * height]
    return to_hex(under[-1]["non_stroking_color"]) if under else None


def to_hex(colour) -> str | None:
    """A PDF fill colour (grey, RGB or CMYK components 0-1) as #RRGGBB."""
    if not isinstance(colour, (tuple, list)) or not all(isinstance(c, (int, float)) for c in colour):
        return None
    if len(colour) == 1:
        rgb = colour * 3
    elif len(colour) == 3:
        rgb = colour
    elif len(colour) == 4:
        c, m, y, k = colour
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02X}" for v in rgb)


def _paragraphs(words: list[dict]) -> list[_RawLine]:
    """Words outside tables: lines by their tops, then paragraphs by the gaps between lines."""
    if not words:
        return []
    lines = _cluster_lines([(0, w) for w in words])
    height = median(w["bottom"] - w["top"] for w in words)
    paragraphs: list[list[dict]] = []
    last_top = None
    for line in lines:
        line_words = sorted((w for _, w in line), key=lambda w: w["x0"])
        if paragraphs and line_words[0]["top"] - last_top <= PARAGRAPH_GAP * height:
            paragraphs[-1] += line_words
        else:
            paragraphs.append(line_words)
        last_top = line_words[0]["top"]
    return [_RawLine(p[0]["top"], False, (_RawCell(0, " ".join(w["text"] for w in p), _bbox(p), None),))
            for p in paragraphs]


def _document(data: bytes, source_name: str, pages: list[tuple[int, float, float, list[_RawLine]]]) -> Document:
    """Render the lines as tab-separated text and stamp every cell with its span in it."""
    text_parts: list[str] = []
    offset, number = 0, 0
    model_pages = []
    for page_no, width, height, raw_lines in pages:
        if page_no > 1:
            text_parts.append("\f\n")
            offset, number = offset + 2, number + 1
        lines = []
        for raw in raw_lines:
            number += 1
            cells, parts, position = [], [], offset
            columns = {c.column: c for c in raw.cells}
            for column in range(max(columns) + 1 if raw.tabular else 1):
                cell = columns.get(column)
                content = cell.text if cell else ""
                if cell:
                    cells.append(Cell(column, content, Span(page_no, number, number, position, position + len(content),
                                                            cell.bbox), cell.fill, cell.paragraph_start,
                                      cell.space_below))
                parts.append(content)
                position += len(content) + 1
            line_text = "\t".join(parts)
            span = Span(page_no, number, number, offset, offset + len(line_text), _union(c.bbox for c in raw.cells))
            lines.append(Line(number, line_text, span, tuple(cells), raw.tabular))
            text_parts.append(line_text + "\n")
            offset += len(line_text) + 1
        model_pages.append(Page(page_no, tuple(lines), width, height))
    return Document(hashlib.sha256(data).hexdigest(), source_name, "pdf", "".join(text_parts), tuple(model_pages))


def _union(boxes) -> BBox:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
