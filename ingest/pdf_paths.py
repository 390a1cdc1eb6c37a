"""pdfium's path objects in pdfminer's shapes: a path split at each move into lines, rectangles and curves.

pdfplumber's edges and filled rectangles come from pdfminer's reading of a page's paths; the fast engine
(pdf_pdfium.py) walks pdfium's page objects and hands each painted path here, so the one table rebuilder sees the
same edges and fills from either engine. The rules are pdfminer's: a two-point path is a line, a closed four-sided
axis-aligned one a rectangle (and, if filled, a fill with its colour), anything else a curve's edges.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2.raw as raw
from council_actions.ingest.pdf_layout import Fill, PdfObject, Point, curve_edges, line_edge, rect_edges

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
Handle = object  # a pdfium handle (a page object, a text page): pypdfium2's raw bindings ship no types


def subpaths(obj: Handle, matrix: Matrix, height: float) -> Iterator[tuple[str, list[Point]]]:
    """The path split at each move, as pdfminer's operator letters (m, l, c, h) and their end points."""
    x, y = ctypes.c_float(), ctypes.c_float()
    shape, points = "", list[Point]()
    bezier_points = 0
    for k in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        kind = raw.FPDFPathSegment_GetType(segment)
        a, b, c, d, e, f = matrix
        point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
        if kind == raw.FPDF_SEGMENT_MOVETO:
            if shape:
                yield shape, points
            shape, points = "m", [point]
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier_points += 1
            if bezier_points % 3 == 0:  # pdfium gives both control points and the end; pdfminer keeps the end
                shape, points = shape + "c", [*points, point]
        else:
            shape, points = shape + "l", [*points, point]
        if raw.FPDFPathSegment_GetClose(segment) and shape:
            shape, points = shape + "h", [*points, points[0]]
    if shape:
        yield shape, points


def classify(shape: str, points: list[Point], colour: str | None, edges: list[PdfObject],
              fills: list[Fill]) -> None:
    """pdfminer's rules: a two-point path is a line, a closed four-sided axis-aligned one a rectangle."""
    if len(shape) > 3 and shape.endswith("lh") and points[-2] == points[0]:
        shape, points = shape[:-2] + "h", points[:-2] + points[-1:]
    if shape in ("ml", "mlh"):
        edges.append(line_edge(points[0], points[1]))
        return
    if shape in ("mlllh", "mllll") and points[0] == points[4] and is_rect(points):
        x0, x1 = min(p[0] for p in points), max(p[0] for p in points)
        top, bottom = min(p[1] for p in points), max(p[1] for p in points)
        edges += rect_edges(x0, top, x1, bottom)
        if colour:
            fills.append(Fill(x0=x0, top=top, x1=x1, bottom=bottom, colour=colour))
        return
    edges += curve_edges(points)


def is_rect(points: list[Point]) -> bool:
    """pdfminer's test for a rectangle: four points going round an axis-aligned box, in either direction,
    so pdfium's paths give the same rectangles as pdfplumber's."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def fill_colour(obj: Handle) -> str | None:
    """The path's fill as `#RRGGBB`, the form fills are compared in (a score's colour); None where pdfium
    has no fill colour for it."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return None
    return f"#{r.value:02X}{g.value:02X}{b.value:02X}"


def compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix of `inner` drawn inside `outer` (PDF's row-vector convention): form objects nest their own
    matrices, and a path's points must reach page space."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer  # the outer matrix, in capitals
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)
