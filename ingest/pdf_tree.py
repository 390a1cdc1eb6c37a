"""Check a PDF's page tree before any page is parsed: page count, reference loops, inflated content size.

pdfminer resolves an indirect reference by following it until it is not one, so an object that refers to
itself (a `/MediaBox` or `/Contents` pointing back at its own number) spins for ever; it counts pages only by
building every page, so a 60,000-page tree costs minutes before `--max-pages` can refuse it; and it inflates a
stream whole, so a few KB of Flate bomb becomes gigabytes. This walk visits only the tree's dictionaries and
the page content streams, with a visited set and a streaming inflate that stops at the cap, and refuses each
case in one line. The child-process limits (`council_actions.limits`) stay the backstop for what it cannot see.
"""

from __future__ import annotations

import io
import re
import zlib

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, PDFStream
from pdfminer.psexceptions import PSException
from pdfminer.psparser import PSLiteral

from council_actions.issues import StageError

PAGE_KEYS = ("MediaBox", "CropBox", "Contents", "Resources")  # what pdfminer resolves for every page
FLATE = {"FlateDecode", "Fl"}
INFLATE_CHUNK = 1 << 20
MAX_ARRAY_DEPTH = 8
MAX_CMAP_CODES = 1 << 20  # a two-byte font has at most 65,536 codes; a million leaves room for any real CMap
MAX_CMAP_BYTES = 16 << 20
CMAP_SECTION = re.compile(rb"begin(?:bf|cid)range(.*?)end(?:bf|cid)range", re.DOTALL)
CMAP_RANGE = re.compile(rb"<([0-9A-Fa-f]{1,16})>\s*<([0-9A-Fa-f]{1,16})>\s*(?:<[0-9A-Fa-f]*>|\[[^\]]*\]|\d+)")

# What pdfminer raises on a file it cannot parse: its own errors, and Python's where a value is not what it expects.
# A string's octal escape past 255 (`\661`, fuzzing case 11-25: a cross-reference stripped, a content stream cut)
# fails an `assert` in its parser (pdfminer.six 20260107, psparser._parse_string_1): an AssertionError.
UNREADABLE = (PSException, KeyError, TypeError, ValueError, AssertionError)


class _Refused(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def check_page_tree(data: bytes, source: str, max_pages: int, max_inflated: int) -> None:
    """Raise StageError if the tree has more than `max_pages` pages, a reference loop, or a content stream that
    inflates past `max_inflated` bytes. A PDF pdfminer cannot open at all is left to the reader to report."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        root = document.catalog.get("Pages")
    except UNREADABLE:  # the reader names the corruption in its own words
        return
    try:
        _Walk(document, max_inflated).walk(root, max_pages)
    except _Refused as refused:
        raise StageError("ingest", source, refused.problem) from None


class _Walk:
    """One document's walk. A stream is inflated once however many pages share it (a font's ToUnicode map, a
    common content stream): checked again for each page, a few MB of map on a few thousand pages cost minutes,
    the time growing with pages times map size from a file of a few MB."""

    def __init__(self, document: PDFDocument, max_inflated: int) -> None:
        self.document = document
        self.max_inflated = max_inflated
        self.inflated: set[int] = set()  # the object numbers of the streams already checked

    def walk(self, root: object, max_pages: int) -> None:
        declared = self.resolve(root)
        count = declared.get("Count") if isinstance(declared, dict) else None
        if isinstance(count, int) and count > max_pages:
            raise _Refused(f"{count} pages, more than the limit of {max_pages} (--max-pages)")
        if isinstance(declared, dict) and self.resolve(declared.get("Kids")) == []:
            raise _Refused("a PDF with no pages (its page tree is empty)")  # each engine's own words mislead here
        pages, visited, stack = 0, set(), [root]
        while stack:
            reference = stack.pop()
            if isinstance(reference, PDFObjRef):
                if reference.objid in visited:
                    raise _Refused(f"corrupt PDF: the page tree refers back to object {reference.objid} (a loop)")
                visited.add(reference.objid)
            node = self.resolve(reference)
            if not isinstance(node, dict):
                continue
            for key in PAGE_KEYS:
                self.check_value(node.get(key), key, (), 0)
            self.check_fonts(node.get("Resources"))
            kids = self.resolve(node.get("Kids"))
            if isinstance(kids, list):
                stack.extend(reversed(kids))
            elif _name(node.get("Type")) != "Pages":
                pages += 1
                if pages > max_pages:
                    raise _Refused(f"more than {max_pages} pages, the limit (--max-pages)")

    def resolve(self, value: object, chain: tuple[int, ...] = ()) -> object:
        """Follow references one at a time; a chain that comes back to an object it passed is a loop."""
        while isinstance(value, PDFObjRef):
            if value.objid in chain:
                raise _Refused(f"corrupt PDF: object {value.objid} leads back to itself (a reference loop)")
            chain += (value.objid,)
            try:
                value = self.document.getobj(value.objid)
            except UNREADABLE:  # a missing or broken object: nothing here to
                return None  # guard against, and the reader, meeting the same object, reports it in its own words
        return value

    def check_value(self, value: object, key: str, chain: tuple[int, ...], depth: int) -> None:
        """A page attribute: its references must end, arrays of references too, and content streams must inflate
        to less than the cap."""
        here = chain + ((value.objid,) if isinstance(value, PDFObjRef) else ())
        resolved = self.resolve(value, chain)
        if isinstance(resolved, list) and depth < MAX_ARRAY_DEPTH:
            for item in resolved:
                if isinstance(item, PDFObjRef) and item.objid in here:
                    raise _Refused(f"corrupt PDF: /{key} refers back to object {item.objid} (a reference loop)")
                self.check_value(item, key, here, depth + 1)
        elif isinstance(resolved, PDFStream) and key == "Contents" and self.first_time(resolved):
            _check_inflated(resolved, self.max_inflated)

    def check_fonts(self, resources: object) -> None:
        """A ToUnicode CMap whose ranges cover more codes than any font has: pdfminer would store every one."""
        resources = self.resolve(resources)
        fonts = self.resolve(resources.get("Font")) if isinstance(resources, dict) else None
        for font in fonts.values() if isinstance(fonts, dict) else ():
            font = self.resolve(font)
            cmap = self.resolve(font.get("ToUnicode")) if isinstance(font, dict) else None
            if not isinstance(cmap, PDFStream) or not self.first_time(cmap):
                continue
            text = _check_inflated(cmap, min(self.max_inflated, MAX_CMAP_BYTES), keep=True)
            codes = sum(int(high, 16) - int(low, 16) + 1 for section in CMAP_SECTION.findall(text)
                        for low, high in CMAP_RANGE.findall(section))
            if codes > MAX_CMAP_CODES:
                raise _Refused(f"a font's ToUnicode map (object {cmap.objid}) covers {codes} codes, more than any "
                               "font has (a memory bomb)")

    def first_time(self, stream: PDFStream) -> bool:
        """Whether `stream` is yet to be checked (one pdfminer read without its number is checked each time)."""
        if stream.objid is None:
            return True
        if stream.objid in self.inflated:
            return False
        self.inflated.add(stream.objid)
        return True


def _check_inflated(stream: PDFStream, max_inflated: int, keep: bool = False) -> bytes:
    """Inflate a Flate stream in chunks and refuse it past the cap; the bytes when `keep`, else nothing kept. Its
    cost is linear in the bytes read: each call but the last gives a whole chunk, so there are at most
    cap / chunk + 2 of them; the stream's end ends the loop, for zlib keeps the bytes after it as the unconsumed
    tail and gives nothing for them however often it is asked (a stream's /Length counting a byte past its end
    spun here until the document's time limit)."""
    filters = stream.get_filters()
    if not filters or _name(filters[0][0]) not in FLATE:
        return stream.rawdata or b"" if keep else b""
    inflater = zlib.decompressobj()
    pending, size, kept = stream.rawdata or b"", 0, bytearray()
    try:
        for _ in range(max_inflated // INFLATE_CHUNK + 2):
            chunk = inflater.decompress(pending, INFLATE_CHUNK)
            size += len(chunk)
            if size > max_inflated:
                raise _Refused(f"a compressed stream (object {stream.objid}) inflates to more than "
                               f"{max_inflated >> 20} MB (a decompression bomb; raise --max-memory to allow it)")
            if keep:
                kept += chunk
            pending = inflater.unconsumed_tail
            if not pending or inflater.eof:
                break
    except zlib.error:
        pass  # a broken stream is the reader's to report
    return bytes(kept)


def _name(value: object) -> str | None:
    if not isinstance(value, PSLiteral):
        return None
    return value.name if isinstance(value.name, str) else value.name.decode("latin-1")
