"""Rebuild a PDF's tables from an engine's words, ruling edges and fills, into the same model as text input.

An engine (`pdf_pdfium`, fast and the default, or `pdf_plumber`, the
reference) gives each page's words, edges and filled rectangles
(`pdf_layout.PageLayout`); everything from there on is here, whichever engine
read the page. Ruled tables are found from their ruling lines by pdfplumber's
table finder; the edges of filled rectangles count as lines, so browser output
that draws borders as thin rectangles is found too. Where a page break leaves a
row without its bottom border, the cell is closed at the page's content edge:
the lowest point the table's vertical rules reach. `pdf_table` rebuilds each
table into physical lines of cells, the shape the converter's text has, so the
same parsers read both. Words outside tables become paragraphs. Every cell
keeps its page, bbox and fill colour; the extracted text that spans point into
is the tab-separated rendering of those lines.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from statistics import median
from typing import cast

from council_actions.ingest import invisible
from council_actions.ingest.lookalike_text import read_as_latin
from council_actions.ingest.model import BBox, Cell, Document, Line, Page, Span
from council_actions.ingest.pdf_layout import (
    DEFAULT_PDF_ENGINE,
    EngineCannotRead,
    Fill,
    PageLayout,
    PdfEngine,
    PdfObject,
)
from council_actions.ingest.pdf_pdfium import count_pages
from council_actions.ingest.pdf_split import read_in_halves
from council_actions.ingest.pdf_table import PARAGRAPH_GAP, RawCell, RawLine, bbox_of, cluster_lines, table_lines
from council_actions.ingest.pdf_words import held_invisible
from pdfplumber.page import Page as PlumberPage
from pdfplumber.table import Table, TableFinder

from council_actions.issues import Issue, StageError, error

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                  "join_tolerance": 3, "intersection_tolerance": 3}
MIN_FILL_SHARE = 0.5  # a fill must cover this share of a cell's width and height to be its shading
PageLines = tuple[int, float, float, list[RawLine], bool]  # a page's number, width, height, lines, and if pictured
OCR_ADVICE = "run OCR first, e.g. `ocrmypdf in.pdf out.pdf`"  # a document, or a page, with no text layer
OCR_HINT = f"no text layer (a scanned or image-only PDF); {OCR_ADVICE}"


def read_pdf(data: bytes, source_name: str, source: str, max_pages: int,
             engine: PdfEngine = DEFAULT_PDF_ENGINE, processes: int = 2) -> Document:
    """Read page by page, each page rebuilt and released before the next, a long document's second half in a
    second process where `processes` allows (`pdf_split`); pdfium hands over to pdfplumber for a document with
    pages it does not mirror pdfplumber on."""
    count = count_pages(data)
    try:
        pages = read_in_halves(partial(_read_range, data, source, max_pages, engine), count, source, processes)
    except EngineCannotRead:
        pages = read_in_halves(partial(_read_range, data, source, max_pages, "pdfplumber"), count, source,
                               processes)
    if not any(lines for *_, lines, _ in pages):
        raise StageError("ingest", source, OCR_HINT)
    return read_as_latin(_document(data, source_name, pages))


def _read_range(data: bytes, source: str, max_pages: int, engine: PdfEngine, pages: slice) -> list[PageLines]:
    return [(p.number, p.width, p.height, read_page(p), p.pictured)
            for p in _layouts(data, source, max_pages, engine, pages)]


def _layouts(data: bytes, source: str, max_pages: int, engine: PdfEngine, pages: slice) -> Iterator[PageLayout]:
    if engine == "pdfium":
        from council_actions.ingest.pdf_pdfium import read_layouts
    else:
        from council_actions.ingest.pdf_plumber import read_layouts
    return read_layouts(data, source, max_pages, pages)


def read_page(page: PageLayout) -> list[RawLine]:
    """The page's lines, top to bottom: table rows cut into physical lines, and paragraphs between tables."""
    words = list(page.words)
    if not words:
        return []
    fills = list(page.fills)
    lines: list[RawLine] = []
    placed: set[int] = set()
    across: set[int] = set()
    for table in find_tables(page):
        lines += _table_lines(table, words, fills, placed, list(page.edges), across)
    loose = [w for i, w in enumerate(words) if i not in placed and i not in across]
    lines += _paragraphs(loose)
    lines += [replace(line, across=True) for line in _paragraphs([words[i] for i in sorted(across)])]
    return sorted(lines, key=lambda line: line.top)


def find_tables(page: PageLayout | PlumberPage) -> list[Table]:
    """Tables of a page (a `PageLayout` or a pdfplumber page: the finder reads only `edges` and `bbox`)."""
    verticals = [e for e in page.edges if e["orientation"] == "v"]
    edges = sorted({min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)}) if verticals else []
    finder_page = cast(PlumberPage, page)  # a PageLayout has the two attributes the finder reads
    return TableFinder(finder_page, {**TABLE_SETTINGS, "explicit_horizontal_lines": edges}).tables


def _table_lines(table: Table, words: list[PdfObject], fills: list[Fill], placed: set[int],
                 edges: list[PdfObject], across: set[int]) -> list[RawLine]:
    return table_lines(table, words, placed, lambda cell: _fill_of(cell, fills), edges, across)


def _fill_of(cell: BBox, fills: list[Fill]) -> str | None:
    """The colour of the last-drawn fill under the cell's centre that covers most of the cell."""
    cx, cy = (cell[0] + cell[2]) / 2, (cell[1] + cell[3]) / 2
    width, height = cell[2] - cell[0], cell[3] - cell[1]
    under = [r for r in fills if r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"]
             and r["x1"] - r["x0"] >= MIN_FILL_SHARE * width and r["bottom"] - r["top"] >= MIN_FILL_SHARE * height]
    return under[-1]["colour"] if under else None


def _paragraphs(words: list[PdfObject]) -> list[RawLine]:
    """Words outside tables: lines by their tops, then paragraphs by the gaps between lines."""
    if not words:
        return []
    lines = cluster_lines(words)
    height = median(w["bottom"] - w["top"] for w in words)
    paragraphs: list[list[PdfObject]] = []
    last_top = None
    for line in lines:
        line_words = line
        if paragraphs and line_words[0]["top"] - last_top <= PARAGRAPH_GAP * height:
            paragraphs[-1] += line_words
        else:
            paragraphs.append(line_words)
        last_top = line_words[0]["top"]
    return [RawLine(p[0]["top"], False, (RawCell(0, " ".join(w["text"] for w in p), bbox_of(p), None,
                                                  invisible=held_invisible(p)),))
            for p in paragraphs]


def _document(data: bytes, source_name: str, pages: list[PageLines]) -> Document:
    """Render the lines as tab-separated text and stamp every cell with its span in it (`_line`); a page that is an
    image among pages with text is reported (`_scanned`)."""
    text_parts: list[str] = []
    issues: list[Issue] = []
    offset, number = 0, 0
    model_pages = []
    for page_no, width, height, raw_lines, pictured in pages:
        if page_no > 1:
            text_parts.append("\f\n")
            offset, number = offset + 2, number + 1
        if pictured:
            issues.append(_scanned(page_no, Span(page_no, max(number, 1), max(number, 1), offset, offset,
                                                 (0.0, 0.0, width, height))))
        lines = []
        for raw in raw_lines:
            number += 1
            line, held = _line(raw, page_no, number, offset)
            lines.append(line)
            if held is not None:
                issues.append(held)
            text_parts.append(line.text + "\n")
            offset += len(line.text) + 1
        model_pages.append(Page(page_no, tuple(lines), width, height))
    return Document(hashlib.sha256(data).hexdigest(), source_name, "pdf", "".join(text_parts), tuple(model_pages),
                    issues=tuple(issues))


def _line(raw: RawLine, page_no: int, number: int, offset: int) -> tuple[Line, Issue | None]:
    """One line of page `page_no`, numbered `number` and starting at character `offset` of the document's text: its
    cells joined by tabs, a column with no cell an empty one, each cell's span its own characters; and the issue of
    its words' invisible characters, where any held one, as text input reports it (ingest/invisible.py)."""
    cells, parts, position = [], [], offset
    columns = {c.column: c for c in raw.cells}
    for column in range(max(columns) + 1 if raw.tabular else 1):
        cell = columns.get(column)
        content = cell.text if cell else ""
        if cell:
            cells.append(Cell(column, content, Span(page_no, number, number, position, position + len(content),
                                                    cell.bbox), cell.fill, cell.paragraph_start,
                              cell.space_below, cell.line_break, cell.words, cell.across_table, cell.in_box,
                              cell.in_word))
        parts.append(content)
        position += len(content) + 1
    line_text = "\t".join(parts)
    span = Span(page_no, number, number, offset, offset + len(line_text), _union(c.bbox for c in raw.cells))
    line = Line(number, line_text, span, tuple(cells), raw.tabular, "other_layout" if raw.across else None)
    printed = [word for cell in raw.cells for word in cell.invisible]
    if not printed:
        return line, None
    removed = "".join(invisible.clean(word)[1] for word in printed)
    return line, invisible.report(removed, f"page {page_no} line {number}", " ".join(printed), span)


def _scanned(page_no: int, span: Span) -> Issue:
    """The one issue of a page that is an image with no text layer (scanned, or printed as a picture) in a document
    whose other pages have one: none of its text reaches a table, and without this nothing would say so."""
    return error("page_without_text", "ingest", f"page {page_no} is an image with no text layer (a scanned page): "
                 f"its text is not read; {OCR_ADVICE}", "", span)


def _union(found: Iterable[BBox]) -> BBox:
    boxes = list(found)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
