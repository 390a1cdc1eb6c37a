"""Where a piece of text came from (`Span`): page, lines, character offsets and PDF box, stamped on every cell
when ingest makes it and carried by every record and issue after it (ingest/model.py).

Below every stage (tests/test_layers.py), as the issues ledger is: every stage's issue points at its text by a
Span, so the ledger cannot import it from ingest, the first stage, which itself records issues.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class Span:
    """Where text came from: 1-based page and lines, char offsets into `Document.text`, PDF bbox.

    The page and bbox are where the text starts; a span over a page break also keeps `parts`, one span per
    page with that page's lines, offsets and box, so a reviewer can be shown every piece, not only the first.
    """

    page: int | None
    line_start: int
    line_end: int
    char_start: int
    char_end: int
    bbox: BBox | None = None
    parts: tuple[Span, ...] = ()

    def merge(self, other: Span) -> Span:
        """The span of this and another piece (a statement's wrapped line), by `union`'s rules."""
        return Span.union((self, other))

    @staticmethod
    def union(spans: Iterable[Span]) -> Span:
        """The span of several pieces of text (a paragraph's cells, a row's lines): lines and offsets of all of
        them; over a page break each page's piece is kept in `parts`, since one box cannot hold text on two pages."""
        pieces = [part for s in spans for part in (s.parts or (s,))]
        if not pieces:
            raise ValueError("union of no spans")
        pages = sorted({s.page for s in pieces if s.page is not None})
        whole = _hull(pieces, pages[0] if pages else None)
        if len(pages) < 2:
            return whole
        return replace(whole, parts=tuple(_hull([s for s in pieces if s.page == page], page) for page in pages))


def _hull(spans: list[Span], page: int | None) -> Span:
    """Lines and offsets of all the spans; the box of those on `page`."""
    boxes = [s.bbox for s in spans if s.bbox is not None and s.page == page]
    bbox = None
    if boxes:
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Span(
        page=page,
        line_start=min(s.line_start for s in spans),
        line_end=max(s.line_end for s in spans),
        char_start=min(s.char_start for s in spans),
        char_end=max(s.char_end for s in spans),
        bbox=bbox,
    )
