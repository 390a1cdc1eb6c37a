"""pdfium's page objects walked: painted paths into pdfplumber's edges and fills, forms into, ink-less text
objects as the spaces pdfminer reads, and whether a page without words draws an image.

Apart from the characters (ingest/pdf_pdfium.py), which pdfium's text page gives in one piece, because these come
from the page's object list, one call an object; what a path's points are is pdf_paths.py's.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator

import pypdfium2.raw as raw
from council_actions.ingest.pdf_layout import Fill, PdfObject
from council_actions.ingest.pdf_paths import Handle, Matrix, classify, compose, fill_colour, subpaths
from council_actions.ingest.pdf_words import Char

INKLESS = 0.01  # points: a text object narrower than this is left out of pdfium's text page (its kSizeEpsilon)


def read_paths(objects: Iterator[Handle], outer: Matrix, height: float, edges: list[PdfObject], fills: list[Fill],
               blanks: list[Char] | None) -> None:
    """Painted paths of a page or form, in drawing order, into pdfplumber's edges and filled rectangles; if
    `blanks` is given, text objects without ink, which pdfium's text page leaves out, into it as spaces."""
    matrix = raw.FS_MATRIX()
    for obj in objects:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT and blanks is not None:
            _blank_text(obj, outer, height, blanks)
            continue
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
            continue
        raw.FPDFPageObj_GetMatrix(obj, matrix)
        placed = compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            inner = (raw.FPDFFormObj_GetObject(obj, i) for i in range(raw.FPDFFormObj_CountObjects(obj)))
            read_paths(inner, placed, height, edges, fills, blanks)
            continue
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        raw.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
        if not (fill_mode.value or stroke.value):
            continue
        colour = fill_colour(obj) if fill_mode.value else None
        for shape, points in subpaths(obj, placed, height):
            classify(shape, points, colour, edges, fills)


_BOX = [ctypes.c_float() for _ in range(4)]
_BOX_OUT = [ctypes.pointer(side) for side in _BOX]  # made once: most of a browser's page is text objects


def _blank_text(obj: Handle, outer: Matrix, height: float, chars: list[Char]) -> None:
    """A text object with no ink (pdfium's test: its box under INKLESS wide) is a space, as pdfminer reads it:
    from its origin, as tall as its font's descent and size make it, like every other character here."""
    raw.FPDFPageObj_GetBounds(obj, *_BOX_OUT)
    left, _, right, _ = (side.value for side in _BOX)
    if right - left >= INKLESS:
        return
    matrix, size = raw.FS_MATRIX(), ctypes.c_float()
    raw.FPDFPageObj_GetMatrix(obj, matrix)
    raw.FPDFTextObj_GetFontSize(obj, size)
    descent = ctypes.c_float()
    raw.FPDFFont_GetDescent(raw.FPDFTextObj_GetFont(obj), size.value, descent)
    _, b, c, d, e, f = compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
    printed = size.value * math.hypot(c, d)
    bottom = height - (f + d * descent.value)
    chars.append(Char(" ", e, e, bottom - printed, bottom, b == 0 and c == 0, printed))


def draws_image(objects: Iterator[Handle]) -> bool:
    """Whether a page or form draws an image, asked of a page without words only: a scanned page's one object."""
    for obj in objects:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE or (kind == raw.FPDF_PAGEOBJ_FORM and draws_image(
                raw.FPDFFormObj_GetObject(obj, i) for i in range(raw.FPDFFormObj_CountObjects(obj)))):
            return True
    return False
