"""The fast PDF engine: characters and paths straight from pdfium, shaped as pdfplumber shapes them.

pdfminer's interpreter is nearly all of pdfplumber's time; pdfium (through
pypdfium2's raw C API) reads the same characters and paths far faster (a
whole page into words, edges and fills here takes a fifth to a tenth of
pdfplumber's time, most of it Python's per-call cost). This module turns
them into pdfplumber's conventions, so the one table rebuilder serves both
engines and the tests can hold this one to pdfplumber: a character's box runs
from its origin to its advance, from the font's descent to one font size
above it (pdfminer's box, not pdfium's ink box); paths are split at each move
and sorted into lines, rectangles and other curves by the rules pdfminer
uses. Each page is closed as soon as it is read, so memory does not grow with
the document.

pdfium's text page leaves out every text object without ink (its box has no
width): a space that a producer prints as an object of its own, as Chromium
does, never reaches it. pdfium puts a space of its own there only where it
takes the page's lines to run across: on a sparse page it may take them to run
down, and breaks every object onto a line of its own instead, so the words ran
together. Where pdfium broke a line between two characters of one line, the
page's ink-less text objects are read from its object list as the spaces
pdfminer reads there (a call per text object, so only on such pages).
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from council_actions.ingest.pdf_layout import (
    ALL_PAGES,
    EngineCannotRead,
    Fill,
    PageLayout,
    PdfObject,
    corrupt,
    encrypted,
    too_many_pages,
)
from council_actions.ingest.pdf_objects import INKLESS, draws_image, read_paths
from council_actions.ingest.pdf_paths import IDENTITY, Handle
from council_actions.ingest.pdf_words import TOLERANCE, Char, extract_words, mark_spaced_hyphens, without_invisible

if TYPE_CHECKING:
    from _ctypes import CFuncPtr

SPACE, HYPHEN, HYPHEN_MARK = 0x20, 0x2D, 0x02  # pdfium reports a hyphen that ends a line as 0x02
NOT_A_CHARACTER = 0xFFFE  # how the page's text in one piece shows a character it marks, such as that hyphen
# Printed for a character whose font maps it to half a surrogate pair (a broken or hostile ToUnicode map: <DCDC>), which
# no text can hold: UTF-8 cannot encode it, and the output step failed on it (benchmarks/fuzz.py case 7-189). pdfminer
# gives nothing for such a character; Unicode's replacement character keeps its place visible.
REPLACEMENT = 0xFFFD
GENERATED = {SPACE, 0x0D, 0x0A}  # what pdfium adds between text runs: spaces and line breaks


def count_pages(data: bytes) -> int:
    """The document's pages, or 0 if pdfium cannot open it (the engine that reads it then names the problem)."""
    try:
        with pdfium.PdfDocument(data) as document:
            return len(document)
    except pdfium.PdfiumError:
        return 0


def read_layouts(data: bytes, source: str, max_pages: int, pages: slice = ALL_PAGES) -> Iterator[PageLayout]:
    """The layouts of the document's `pages` (by index from 0, as a slice), one at a time."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if raw.FPDF_GetLastError() == raw.FPDF_ERR_PASSWORD:
            raise encrypted(source) from None
        raise corrupt(source, str(exc)) from None
    try:
        error = too_many_pages(len(document), max_pages, source)
        if error:
            raise error
        for index in range(len(document))[pages]:
            try:
                page = document[index]
            except pdfium.PdfiumError as exc:
                raise corrupt(source, f"page {index + 1}: {exc}") from None
            try:
                yield read_page(page, index + 1)
            finally:
                page.close()
    finally:
        document.close()


def read_page(page: pdfium.PdfPage, number: int) -> PageLayout:
    """One page through pdfium in pdfplumber's shapes; a page it does not mirror pdfplumber on (rotated,
    cropped or offset) raises EngineCannotRead, so the document is read with pdfplumber instead of being misread."""
    left, bottom, right, top = page.get_mediabox()
    if page.get_rotation() or left or bottom or page.get_cropbox() != (left, bottom, right, top):
        raise EngineCannotRead(f"page {number}: rotated, cropped or offset media box")
    height = top
    chars, lines_misread = _chars(page, height)
    edges: list[PdfObject] = []
    fills: list[Fill] = []
    objects = (raw.FPDFPage_GetObject(page.raw, i) for i in range(raw.FPDFPage_CountObjects(page.raw)))
    read_paths(objects, IDENTITY, height, edges, fills, chars if lines_misread else None)
    words = without_invisible(extract_words(chars))
    mark_spaced_hyphens(words, ((c.x0, c.top) for c in chars if c.text == " " and c.x1 > c.x0))
    pictured = not words and draws_image(raw.FPDFPage_GetObject(page.raw, i)
                                          for i in range(raw.FPDFPage_CountObjects(page.raw)))
    return PageLayout(number, right, height, tuple(words), tuple(edges), tuple(fills), pictured)


def _chars(page: pdfium.PdfPage, height: float) -> tuple[list[Char], bool]:
    """Every printed character with pdfminer's box, and whether pdfium broke a line between two characters of
    one line (the next one level with the last and right of it: it took the lines to run down the page). Of the
    characters pdfium adds, spaces are kept as word breaks (some producers' real spaces reach pdfium only so)
    where pdfminer puts a space, at the end of the character before; line breaks are not."""
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        return _read_chars(handle, ctypes.cast(handle, ctypes.c_void_p), height)
    finally:
        textpage.close()


def _read_chars(handle: Handle, address: ctypes.c_void_p, height: float) -> tuple[list[Char], bool]:
    """`_chars` on an open text page (`address`: the same as a plain `void *`). Calls into pdfium are most of
    the cost, so the page's text comes in one call, and a character's size and orientation once per text object
    (one font, size and matrix each): three calls a character remain (its text object, origin and box), made
    unchecked (`_by_address`). Only whitespace can be generated, so only it is asked about (unchecked too: a
    page has thousands of spaces). Kept one loop, its helpers bound to locals, rather than named steps: its body
    runs for every character of every page, and the pdfium engine's speed guard has the least room of the five
    (tests/council_actions/test_speed_guards.py: 0.097-0.125 against a limit of 0.135)."""
    x, y, box, matrix = ctypes.c_double(), ctypes.c_double(), raw.FS_RECTF(), raw.FS_MATRIX()
    x_at, y_at, box_at = ctypes.pointer(x), ctypes.pointer(y), ctypes.pointer(box)
    styles: dict[int, tuple[float, bool]] = {}
    chars: list[Char] = []
    append, text_object_of, origin_of, loose_box_of = chars.append, _text_object, _char_origin, _loose_char_box
    is_generated = _is_generated
    broken: Char | None = None  # the last character before a line break pdfium added
    misread = False
    for i, code in enumerate(_text_units(handle)):
        if code in GENERATED and is_generated(address, i):
            broken = _generated(code, chars, broken)
            continue
        if 0xD800 <= code < 0xE000 or code == NOT_A_CHARACTER:  # half a pair, or a mark: ask for the character
            code = raw.FPDFText_GetUnicode(handle, i)
            code = REPLACEMENT if 0xD800 <= code < 0xE000 else code
        line_end_hyphen = code == HYPHEN_MARK and raw.FPDFText_IsHyphen(handle, i)
        text_object = text_object_of(address, i)
        style = styles.get(text_object)
        if style is None:
            style = styles[text_object] = _style(handle, i, matrix)
        origin_of(address, i, x_at, y_at)
        loose_box_of(address, i, box_at)
        size, upright = style
        bottom = height - box.bottom
        append(_new_char((chr(HYPHEN if line_end_hyphen else code), x.value, box.right, bottom - size, bottom,
                          upright, size)))
        if line_end_hyphen and upright:
            _space_after_hyphen(handle, i, chars)
        if broken is not None:
            misread = misread or (abs(bottom - broken.bottom) <= TOLERANCE and x.value >= broken.x0)
            broken = None
    return chars, misread


def _text_units(handle: Handle) -> list[int]:
    """The page's text as UTF-16 units in one call, as a list of ints: one conversion, not one a unit."""
    count = raw.FPDFText_CountChars(handle)
    units = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(handle, 0, count, units)
    codes: list[int] = units[:count]
    return codes


def _generated(code: int, chars: list[Char], broken: Char | None) -> Char | None:
    """A character pdfium added: a space becomes a word break at the end of the character before; a line break
    is dropped, and the character before it is returned as the one the next must be checked against (`broken`)."""
    if not chars:
        return broken
    if code == SPACE:
        chars.append(chars[-1]._replace(text=" ", x0=chars[-1].x1))
        return broken
    return chars[-1]


def _style(handle: Handle, index: int, matrix: raw.FS_MATRIX) -> tuple[float, bool]:
    """A text object's printed size (its font size scaled by its matrix, as pdfminer measures it) and whether it
    is upright, asked once a text object."""
    raw.FPDFText_GetMatrix(handle, index, matrix)
    size = raw.FPDFText_GetFontSize(handle, index) * math.hypot(matrix.c, matrix.d)
    return size, matrix.b == 0 and matrix.c == 0


def _space_after_hyphen(handle: Handle, index: int, chars: list[Char]) -> None:
    """pdfium deletes the spaces after a hyphen it takes to end a line, but a space printed there in the hyphen's
    own text object (LibreOffice's `day- ` before `to-day`) still stretches the object's box past the hyphen's
    ink to its origin. Such a space is put back, as pdfminer reads it: it tells `day- to-day` from a word
    wrapped at its hyphen (`drop-` / `in`)."""
    hyphen = chars[-1]
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    raw.FPDFText_GetCharBox(handle, index, left, right, bottom, top)
    edges = [ctypes.c_float() for _ in range(4)]
    raw.FPDFPageObj_GetBounds(raw.FPDFText_GetTextObject(handle, index), *edges)
    reach = edges[2].value
    if right.value + INKLESS < reach <= hyphen.x1 + hyphen.size / 2:
        chars.append(hyphen._replace(text=" ", x0=hyphen.x1, x1=max(reach, hyphen.x1 + INKLESS)))


def _by_address(function: CFuncPtr, restype: type) -> CFuncPtr:
    """The same C function, called with ctypes' own objects (a `c_void_p` for a handle, a pointer for each
    output, made once a page) and plain ints, with no argument types to check: the checks were most of a call's
    cost (measured: about 0.25 against 0.4 microseconds a call, at three calls a character); its handle comes
    back as an int, which can key a dict."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        raise ImportError("pdfium: a library function has no address")
    return ctypes.CFUNCTYPE(restype)(address)


_text_object = _by_address(raw.FPDFText_GetTextObject, ctypes.c_void_p)
_char_origin = _by_address(raw.FPDFText_GetCharOrigin, ctypes.c_int)
_loose_char_box = _by_address(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
_is_generated = _by_address(raw.FPDFText_IsGenerated, ctypes.c_int)
_new_char = partial(tuple.__new__, Char)  # Char(*fields) without the Python-level __new__ a named tuple adds
