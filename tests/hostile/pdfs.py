"""Test-only: hostile PDFs built byte by byte, each a few hundred bytes to a few MB, one class of attack each.

Every builder returns the bytes of a PDF that is valid enough for pdfminer to start on it: a header, numbered
objects, a cross-reference table with true offsets and a trailer. What makes each one hostile is named in its
docstring; the tests assert the limit that stops it, the one line it prints and the output it leaves alone.
"""

from __future__ import annotations

import zlib

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 12 Tf 72 720 Td (Theme 1 Action Plan) Tj ET"


def build(objects: dict[int, bytes], root: int = 1) -> bytes:
    """Objects by number, in order, with an xref table that points at each one."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in objects else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def stream(data: bytes, compress: bool = False, extra: bytes = b"") -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def one_page(page_extra: bytes = b"/MediaBox [0 0 612 792] /Contents 4 0 R", contents: bytes = stream(TEXT),
             more: dict[int, bytes] | None = None) -> bytes:
    """Catalog 1, pages 2, page 3, contents 4, font 5; `page_extra` and `more` make the page hostile."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               3: b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> " + page_extra + b" >>",
               4: contents, 5: FONT}
    return build({**objects, **(more or {})})


def self_referencing_mediabox() -> bytes:
    """/MediaBox 6 0 R, and object 6 is `6 0 R`: pdfminer's resolve1 follows it for ever."""
    return one_page(b"/MediaBox 6 0 R /Contents 4 0 R", more={6: b"6 0 R"})


def contents_reference_loop() -> bytes:
    """/Contents 6 0 R -> 7 0 R -> 6 0 R: two objects that point at each other."""
    return one_page(b"/MediaBox [0 0 612 792] /Contents 6 0 R", more={6: b"7 0 R", 7: b"6 0 R"})


def contents_array_loop() -> bytes:
    """/Contents [6 0 R] where object 6 is an array holding itself."""
    return one_page(b"/MediaBox [0 0 612 792] /Contents [6 0 R]", more={6: b"[6 0 R]"})


def flate_bomb(inflated: int) -> bytes:
    """A page content stream of `inflated` spaces, a few KB compressed."""
    return one_page(contents=stream(b" " * inflated, compress=True))


def whole_range_tounicode() -> bytes:
    """The font's ToUnicode CMap maps every 4-byte code, 2**32 of them, in one bfrange line."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
            b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding /Identity-H /ToUnicode 6 0 R "
            b"/DescendantFonts [7 0 R] >>")
    descendant = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hostile "
                  b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>")
    content = stream(b"BT /F1 12 Tf 72 720 Td <00410042> Tj ET")
    return one_page(contents=content, more={5: font, 6: stream(cmap), 7: descendant})


def many_pages(count: int, declared: int | None = None) -> bytes:
    """A flat page tree of `count` pages; `declared` is the /Count it claims (a lying count when it differs)."""
    first = 4
    kids = b" ".join(b"%d 0 R" % n for n in range(first, first + count))
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count if declared is None else declared),
               3: stream(TEXT)}
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"
    objects.update({n: page for n in range(first, first + count)})
    return build(objects)


def million_drawing_ops(count: int = 1_000_000) -> bytes:
    """One page whose content stream strokes `count` little lines (compressed: a few KB)."""
    return one_page(contents=stream(TEXT + b"\n" + b"0 0 m 1 1 l S\n" * count, compress=True))


def private_use_text(lines: list[str]) -> bytes:
    """One page of the lines in Helvetica, its ToUnicode map sending every printable code to a private-use one
    (`A` to U+E041): the page prints the words, its text layer holds none (a symbol or subset font's map)."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfrange <20> <7E> <E020> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    shown = b"".join(b"BT /F1 10 Tf 40 %d Td (%s) Tj ET\n" % (780 - 14 * k, line.encode("ascii").replace(
        b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")) for k, line in enumerate(lines))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    return one_page(contents=stream(shown), more={5: font, 6: stream(cmap)})


def mapped_text(lines: list[str], mapped: dict[str, str]) -> bytes:
    """One page of the lines in Helvetica, its ToUnicode map sending each character of `mapped` to its value and
    every other printable code to itself: the page prints the words, its text layer holds what the map says (a
    converter's font whose map gives each Latin letter that has one as its Cyrillic twin)."""
    pairs = [(code, ord(mapped.get(chr(code), chr(code)))) for code in range(0x20, 0x7F)]
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            + b"%d beginbfchar\n" % len(pairs) + b"".join(b"<%02X> <%04X>\n" % pair for pair in pairs)
            + b"endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")
    shown = b"".join(b"BT /F1 10 Tf 40 %d Td (%s) Tj ET\n" % (780 - 14 * k, line.encode("ascii").replace(
        b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")) for k, line in enumerate(lines))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    return one_page(contents=stream(shown), more={5: font, 6: stream(cmap)})


def pages_sharing_a_map(count: int, map_lines: int) -> bytes:
    """`count` pages, one content stream and one font for all, the font's ToUnicode map `map_lines` bfchar lines
    (compressed: 100,000 lines, 1.4 MB, are a few KB): what a converter writes for a long document in one font."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            + b"%d beginbfchar\n" % map_lines + b"<41> <0041>\n" * map_lines
            + b"endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")
    first = 10
    kids = b" ".join(b"%d 0 R" % n for n in range(first, first + count))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>")
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
               3: stream(TEXT, compress=True),
               4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>",
               5: stream(cmap, compress=True)}
    objects.update({n: page for n in range(first, first + count)})
    return build(objects)
