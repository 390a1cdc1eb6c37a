"""The reference PDF engine: pdfplumber's words, edges and filled rectangles, one page at a time.

Slower than pdfium (pdfminer interprets every content stream in Python) but
the long-standing reference: the tests hold the fast engine to it page by
page, and `--pdf-engine pdfplumber` reads any PDF with it. Each page is closed
after use, so pdfplumber's caches do not grow with the document.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pdfplumber
from council_actions.ingest.pdf_layout import ALL_PAGES, Fill, PageLayout, corrupt, encrypted, to_hex, too_many_pages
from council_actions.ingest.pdf_words import (
    SPACE_SHARE,
    mark_spaced_hyphens,
    read_glyphs,
    with_first_widths,
    without_invisible,
)
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.page import Page
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from pdfplumber.utils.text import extract_words


def read_layouts(data: bytes, source: str, max_pages: int, pages: slice = ALL_PAGES) -> Iterator[PageLayout]:
    """The layouts of the document's `pages` (by index from 0, as a slice), one at a time."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        found = _pages(pdf, source)  # before `with`: closing a PDF builds its pages again, raising again
        with pdf:
            error = too_many_pages(len(found), max_pages, source)
            if error:
                raise error
            for page in pdf.pages[pages]:
                try:
                    yield read_page(page)
                finally:
                    page.close()
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, MemoryError):  # the memory limit's to report (council_actions.limits), not corruption
            raise cause from None
        if isinstance(cause, PDFPasswordIncorrect) or "encrypt" in str(cause).lower():
            raise encrypted(source) from None
        raise corrupt(source, f"{type(cause).__name__}: {cause}") from None


def _pages(pdf: PDF, source: str) -> list[Page]:
    """The document's pages. pdfplumber reads each page's size and turn from its dictionary itself, and a page whose
    /MediaBox is missing or not four numbers, or whose /Rotate is no number, raises whatever Python raises on the
    value (TypeError on a missing box, IndexError on a short one): a corrupt page, named as one, the document left
    unclosed (its stream is the bytes given; closing it would build its pages again). pdfium reads such a page at
    a default size."""
    try:
        return pdf.pages
    except (MalformedPDFException, TypeError, IndexError) as exc:
        raise corrupt(source, f"a page's /MediaBox or /Rotate is unreadable: {type(exc).__name__}: {exc}") from None


def read_page(page: Page) -> PageLayout:
    """One page through pdfplumber, the reference engine: its own words (a space or invisible character read by
    whether it advances, `read_glyphs`; invisible characters out) and edges, and its filled rectangles with their
    colour as `#RRGGBB` like the fast engine's."""
    fills = tuple(Fill(x0=r["x0"], top=r["top"], x1=r["x1"], bottom=r["bottom"],
                       colour=to_hex(r["non_stroking_color"]))
                  for r in page.rects if r.get("fill") and r.get("non_stroking_color") is not None)
    chars = read_glyphs(page.chars)
    words = without_invisible(with_first_widths(extract_words(chars, x_tolerance_ratio=SPACE_SHARE, return_chars=True)))
    mark_spaced_hyphens(words, ((c["x0"], c["top"]) for c in chars if c["text"] == " " and c["x1"] > c["x0"]))
    return PageLayout(page.page_number, page.width, page.height, tuple(words), tuple(page.edges), fills,
                      not words and bool(page.images))
