"""Decide what a file is from its bytes, and refuse what cannot be read, in one line.

File names lie (a `.pdf` that is HTML, a `.txt` that is a spreadsheet), so the
media type comes from the content. Text must decode in the declared encoding:
guessing an encoding silently would put wrong characters into an audit trail.
"""

from __future__ import annotations

import re

from council_actions.ingest.model import MediaType

from council_actions.issues import StageError

PDF_MAGIC = b"%PDF-"
# An office file in place of a text or PDF (a `.txt` that is a spreadsheet): how its bytes open, a name its container
# holds (a zip's member, an OpenDocument's mimetype), what it is, and what to save it as to read it. First match wins.
SAVE_WORD = "save it as PDF (or Text, .txt) from its application and ingest that"
SAVE_SHEET = "save its sheet as CSV (or Text (Tab delimited), .tsv) and ingest that"
OFFICE_FILES = (
    (b"PK\x03\x04", b"word/document", "a Word document (.docx)", SAVE_WORD),
    (b"PK\x03\x04", b"xl/workbook", "an Excel workbook (.xlsx)", SAVE_SHEET),
    (b"PK\x03\x04", b"opendocument.text", "an OpenDocument text (.odt)", SAVE_WORD),
    (b"PK\x03\x04", b"opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)", SAVE_SHEET),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"W\x00o\x00r\x00d\x00D\x00o\x00c", "a Word 97-2003 document (.doc)",
     SAVE_WORD),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k", "an Excel 97-2003 workbook (.xls)",
     SAVE_SHEET),
)
BINARY_SAMPLE = 8192
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


NOT_UTF8 = re.compile("[\udc80-\udcff]")  # a byte no UTF-8, as surrogateescape keeps it
UTF8_PAST_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a character UTF-8 read past ASCII
MIXED_LINES_NAMED = 5  # lines of another encoding in a UTF-8 file named in its one-line error, at most
UTF16_SHARE = 0.9  # of the even (or odd) bytes that must be NUL for BOM-less text to read as UTF-16


def sniff_media_type(data: bytes, source: str, encoding: str | None = None) -> MediaType:
    """Return "pdf" or "text"; raise StageError for empty or binary input. An encoding the user names is
    believed: UTF-16 without a byte-order mark is full of NULs and is still text."""
    if not data.strip():
        raise StageError("ingest", source, "file is empty")
    if data[:1024].lstrip().startswith(PDF_MAGIC):
        return "pdf"
    if encoding or any(data.startswith(bom) for bom, _ in BOMS[1:]) or utf16_without_bom(data):
        return "text"
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        office = next((f"{what}, not text or PDF, whatever its name: {save}" for opening, holds, what, save
                       in OFFICE_FILES if data.startswith(opening) and holds in data), None)
        raise StageError("ingest", source, office or "binary file (contains NUL bytes), neither text nor PDF")
    return "text"


def decode_text(data: bytes, source: str, encoding: str | None) -> str:
    """Decode text strictly; name the first bad byte and how to proceed. Text that is only whitespace once decoded
    (a byte-order mark alone) is an empty file."""
    chosen = encoding or next((enc for bom, enc in BOMS if data.startswith(bom)), None) or utf16_without_bom(data) \
        or "utf-8"
    try:
        text = data.decode(chosen)
    except LookupError:
        raise StageError("ingest", source, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        hint = _mixed(data) if chosen == "utf-8" and encoding is None else None
        if hint is None:
            hint = " (pass --encoding, e.g. --encoding cp1252, if you know the file's encoding)" if encoding is None \
                else ""
        raise StageError("ingest", source,
                         f"not valid {chosen} text: byte 0x{bad} at offset {exc.start}{hint}") from None
    if not text.strip():  # a byte-order mark and nothing else: empty, as `sniff_media_type` cannot see in bytes
        raise StageError("ingest", source, "file is empty")
    return text


def _mixed(data: bytes) -> str | None:
    """What to say of UTF-8 text holding bytes of another encoding (a line pasted from a cp1252 file), or None if
    it holds no UTF-8 character past ASCII (then it is all in another: --encoding reads it). No one encoding reads
    a mixed file, and --encoding cp1252 would turn every UTF-8 character in it into two or three wrong ones, in
    silence: the lines to save again are named instead. Only a failed read pays for this pass."""
    text = data.decode("utf-8", "surrogateescape")  # each byte that is no UTF-8 kept as one lone surrogate
    if not UTF8_PAST_ASCII.search(text):
        return None
    lines = [number for number, line in enumerate(text.split("\n"), 1) if NOT_UTF8.search(line)]
    named = ", ".join(map(str, lines[:MIXED_LINES_NAMED])) + (", ..." if len(lines) > MIXED_LINES_NAMED else "")
    return (f"; the rest is UTF-8, so the file mixes encodings: save {'line' if len(lines) == 1 else 'lines'} "
            f"{named} as UTF-8 (no --encoding reads both)")


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when nearly every other byte of the sample is NUL (Latin-script text saved as
    UTF-16 by a tool that wrote no byte-order mark); None otherwise."""
    sample = data[:BINARY_SAMPLE - BINARY_SAMPLE % 2]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    if odd >= UTF16_SHARE * half and even < (1 - UTF16_SHARE) * half:
        return "utf-16-le"
    if even >= UTF16_SHARE * half and odd < (1 - UTF16_SHARE) * half:
        return "utf-16-be"
    return None
