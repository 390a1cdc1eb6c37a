"""What a PDF engine hands the table rebuilder: each page's words, ruling edges and filled rectangles.

Two engines read PDFs: pdfium (fast, the default) and pdfplumber (the
reference the tests hold pdfium to, page by page). Both give the same shapes
in pdfplumber's conventions: points from the page's top-left corner; words as
pdfplumber's `extract_words()` makes them; edges as pdfplumber's `page.edges`
(stroked lines, the four sides of every rectangle, the straight pieces of other
paths), so its table finder runs on either; fills as rectangles with their
colour already in `#RRGGBB`. Nothing downstream knows which engine read a page.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, TypedDict

from council_actions.issues import StageError

PdfEngine = Literal["pdfium", "pdfplumber"]
PDF_ENGINES: tuple[PdfEngine, ...] = ("pdfium", "pdfplumber")
DEFAULT_PDF_ENGINE: PdfEngine = "pdfium"
ALL_PAGES = slice(None)  # what an engine reads unless told which pages
Point = tuple[float, float]
# A word or an edge in pdfplumber's own shape (its T_obj, a dict of str to Any): its TableFinder and
# extract_words read them by key, and pdfplumber's words carry more keys than the fast engine makes.
PdfObject = dict[str, Any]


class Fill(TypedDict):
    """A filled rectangle, in drawing order; `colour` is None when the fill's colour space is not grey, RGB or CMYK."""

    x0: float
    top: float
    x1: float
    bottom: float
    colour: str | None


@dataclass(frozen=True)
class PageLayout:
    """One page as the engine saw it; `edges` and `bbox` are what pdfplumber's TableFinder reads from a page."""

    number: int
    width: float
    height: float
    words: tuple[PdfObject, ...]
    edges: tuple[PdfObject, ...]
    fills: tuple[Fill, ...]
    pictured: bool = False  # a page of no words that draws an image: a scanned page, its text not read (pdf.py)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """The whole page as a box (x0, top, x1, bottom), the area pdfplumber's TableFinder looks for tables in."""
        return (0.0, 0.0, self.width, self.height)


class EngineCannotRead(Exception):
    """The fast engine met a page it does not mirror pdfplumber on (rotated, offset media box): use pdfplumber."""


def too_many_pages(count: int, max_pages: int, source: str) -> StageError | None:
    """The refusal for a PDF over --max-pages, checked before any page is read so a huge file costs nothing;
    None when within the limit. Shared by both engines so the message does not depend on the engine."""
    if count <= max_pages:
        return None
    return StageError("ingest", source, f"{count} pages, more than the limit of {max_pages} (--max-pages)")


def encrypted(source: str) -> StageError:
    """The refusal for a password-protected PDF, with what the user can do about it; one message for both
    engines."""
    return StageError("ingest", source, "encrypted PDF: it needs a password; save an unencrypted copy")


def corrupt(source: str, detail: str) -> StageError:
    """The refusal for a PDF the engine cannot open, naming the engine's own reason; one message for both
    engines."""
    return StageError("ingest", source, f"corrupt or truncated PDF ({detail})")


def rect_edges(x0: float, top: float, x1: float, bottom: float) -> list[PdfObject]:
    """A rectangle's four sides as pdfplumber's rect edges: top, bottom, left, right."""
    width, height = x1 - x0, bottom - top
    horizontal = {"object_type": "rect_edge", "x0": x0, "x1": x1, "width": width, "height": 0, "orientation": "h"}
    vertical = {"object_type": "rect_edge", "top": top, "bottom": bottom, "width": 0, "height": height,
                "orientation": "v"}
    return [{**horizontal, "top": top, "bottom": top}, {**horizontal, "top": bottom, "bottom": bottom},
            {**vertical, "x0": x0, "x1": x0}, {**vertical, "x0": x1, "x1": x1}]


def line_edge(p0: Point, p1: Point) -> PdfObject:
    """A stroked two-point path as pdfplumber's line edge (anything not level counts as vertical, as there)."""
    top, bottom = min(p0[1], p1[1]), max(p0[1], p1[1])
    x0, x1 = min(p0[0], p1[0]), max(p0[0], p1[0])
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "orientation": "h" if top == bottom else "v"}


def curve_edges(points: list[Point]) -> Iterator[PdfObject]:
    """Other paths: each straight piece between consecutive points, level or upright ones oriented."""
    for p0, p1 in itertools.pairwise(points):
        orientation = "v" if p0[0] == p1[0] else ("h" if p0[1] == p1[1] else None)
        yield {"object_type": "curve_edge", "x0": min(p0[0], p1[0]), "x1": max(p0[0], p1[0]),
               "top": min(p0[1], p1[1]), "bottom": max(p0[1], p1[1]), "width": abs(p0[0] - p1[0]),
               "height": abs(p0[1] - p1[1]), "orientation": orientation}


@dataclass(frozen=True)
class ColourSpace:
    """A colour space a PDF fill can come in, told by its number of components (the engines hand over the
    components, not the space's name) and turned into red, green and blue, each 0-1. Components of another count,
    or that are not numbers (a pattern's name), give no colour, never a guess: a shading read wrong would score
    an element wrong."""

    name: str
    components: int
    rgb: Callable[[tuple[float, ...]], tuple[float, float, float]]


def _cmyk(colour: tuple[float, ...]) -> tuple[float, float, float]:
    """CMYK to RGB as the PDF reference's naive conversion: each ink takes its share of what black leaves."""
    c, m, y, k = colour
    return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)


COLOUR_SPACES = (
    ColourSpace("grey", 1, lambda colour: (colour[0], colour[0], colour[0])),
    ColourSpace("rgb", 3, lambda colour: (colour[0], colour[1], colour[2])),
    ColourSpace("cmyk", 4, _cmyk),
)


def to_hex(colour: object) -> str | None:
    """A PDF fill colour (components 0-1 of a COLOUR_SPACES space, a grey level alone as a number) as #RRGGBB;
    None for anything else."""
    components = (colour,) if isinstance(colour, (int, float)) else colour  # pdfplumber hands a grey level bare
    if not isinstance(components, (tuple, list)) or not all(isinstance(c, (int, float)) for c in components):
        return None
    space = next((s for s in COLOUR_SPACES if s.components == len(components)), None)
    if space is None:
        return None
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02X}" for v in space.rgb(tuple(components)))
