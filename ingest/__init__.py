"""Stage 1, ingest: read a PDF, text, CSV or TSV file into the one `Document` model.

The readers are imported when a document is read, not with the package: a process that only receives documents
read elsewhere (the parent of a reading child, council_actions.pipeline) needs the model, not the readers. The
later stages import the model (`ingest/model.py`, the stage's records) and the rules the parsers tell lines by
as the readers do (LINE_RULES) from here.
"""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from council_actions.ingest.model import Cell, Document, Line, Page, ReadWith, Span
from council_actions.ingest.pdf_layout import DEFAULT_PDF_ENGINE, PDF_ENGINES, PdfEngine

from council_actions.issues import StageError, printable
from council_actions.limits import Limits, size_words

if TYPE_CHECKING:
    from council_actions.ingest.bullets import CELL_ITEM, CELL_LETTER, COUNT_MARKS, LABEL_MARK, POINT, UNPLACED_ITEM
    from council_actions.ingest.cell_lines import CARRIES_ON, NUMBER_ALONE, ROW_NUMBER, runs_on
    from council_actions.ingest.cell_shapes import OWNER_LINES, line_shapes, shape_of
    from council_actions.ingest.document_names import DETERMINERS, REFERENCE, names_document
    from council_actions.ingest.layout import ACTION_ROLES, RULING, RoleOf, StatusOf
    from council_actions.ingest.lead_ins import closes_on_commitment
    from council_actions.ingest.line_breaks import closes_on_date
    from council_actions.ingest.markup import strip_html, without_markup
    from council_actions.ingest.other_layouts import OtherLayout, document_without, marking, parted
    from council_actions.ingest.part_headings import MOST_WORDS, heading_text, naming_an_item, opens_part, section_word
    from council_actions.ingest.pipe_counted import NUMBER_CELL, one_cell
    from council_actions.ingest.running_lines import find_running_lines
    from council_actions.ingest.status_counts import COUNT, LEADING_STATUS, PERCENT, STATUS_COUNT

    from council_actions.document_words import DocumentWords
    from council_actions.owner_words import OwnerWords

__all__ = ["ACTION_ROLES", "CARRIES_ON", "CELL_ITEM", "CELL_LETTER", "COUNT", "COUNT_MARKS", "DEFAULT_MAX_PAGES",
           "DEFAULT_PDF_ENGINE", "DETERMINERS", "LABEL_MARK", "LEADING_STATUS", "MOST_WORDS", "NUMBER_ALONE",
           "NUMBER_CELL", "OWNER_LINES", "PDF_ENGINES", "PERCENT", "POINT", "REFERENCE", "ROW_NUMBER", "RULING",
           "STATUS_COUNT", "UNPLACED_ITEM", "Cell", "Document", "Line", "OtherLayout", "Page", "PdfEngine", "Span",
           "StatusOf", "closes_on_commitment", "closes_on_date", "document_without", "find_running_lines",
           "heading_text", "line_shapes", "marking", "names_document", "naming_an_item", "one_cell", "opens_part",
           "parted", "read_document", "runs_on", "section_word", "shape_of", "strip_html", "without_markup"]


# The rules the readers tell a line by that the parsers tell it by too (a bullet, a part's heading, a row's number, a
# running footer ...), by module: the entry lends them by name, each module loaded when one of its names is first
# asked for (PEP 562, as output's entry lends its names), so a process that reads only the model (the parent of a
# reading child, the diff) never imports them.
LINE_RULES = {
    "bullets": ("CELL_ITEM", "CELL_LETTER", "COUNT_MARKS", "LABEL_MARK", "POINT", "UNPLACED_ITEM"),
    "cell_lines": ("CARRIES_ON", "NUMBER_ALONE", "ROW_NUMBER", "runs_on"),
    "cell_shapes": ("OWNER_LINES", "line_shapes", "shape_of"),
    "document_names": ("DETERMINERS", "REFERENCE", "names_document"),
    "layout": ("ACTION_ROLES", "RULING", "StatusOf"),
    "lead_ins": ("closes_on_commitment",),
    "line_breaks": ("closes_on_date",),
    "markup": ("strip_html", "without_markup"),
    "other_layouts": ("OtherLayout", "document_without", "marking", "parted"),
    "part_headings": ("MOST_WORDS", "heading_text", "naming_an_item", "opens_part", "section_word"),
    "pipe_counted": ("NUMBER_CELL", "one_cell"),
    "running_lines": ("find_running_lines",),
    "status_counts": ("COUNT", "LEADING_STATUS", "PERCENT", "STATUS_COUNT"),
}
LENT = {name: module for module, names in LINE_RULES.items() for name in names}

DEFAULT_MAX_PAGES = Limits.max_pages
DEFAULT_MAX_BYTES = Limits.max_bytes
DEFAULT_MAX_INFLATED = Limits.max_memory // 4
READ_CHUNK = 1 << 24  # bytes asked for at a time of a file that states no size (a pipe, a device)


def read_document(path: Path, encoding: str | None = None, max_pages: int = DEFAULT_MAX_PAGES,
                  pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE, role_of: RoleOf | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, max_inflated: int = DEFAULT_MAX_INFLATED,
                  processes: int = 2, owner_words: OwnerWords | None = None,
                  document_words: DocumentWords | None = None, status_of: StatusOf | None = None) -> Document:
    """Read one file; raise StageError with a one-line reason if it cannot be read at all. `role_of` (the
    profile's heading rules) lets text in other renderings than tab-separated be read as tables, and
    `owner_words` (the profile's words of posts and bodies; None: the generic profile's) tells an owner's line
    in a table of one cell a line, and `document_words` (the profile's) a heading that ends one, `status_of` (the
    profile's status rules) a status an item opens with; `processes` is how many a long PDF's read may use
    (ingest/pdf_split.py)."""
    from council_actions.ingest.csv_table import TooWide
    from council_actions.ingest.renderings import apply_layout
    from council_actions.ingest.sniff import decode_text, sniff_media_type
    from council_actions.ingest.text import read_text

    data = read_bounded(path, max_bytes)
    media_type = sniff_media_type(data, str(path), encoding)
    name = printable(path.name)  # any name the file system allows, stored as text a table can hold
    if media_type == "pdf":
        from council_actions.ingest.pdf import read_pdf  # PDF libraries load only when a PDF comes
        from council_actions.ingest.pdf_tree import check_page_tree

        check_page_tree(data, str(path), max_pages, max_inflated)
        document = replace(read_pdf(data, name, str(path), max_pages, pdf_engine, processes),
                           read_with=ReadWith(pdf_engine=pdf_engine))
        return (apply_layout(document, role_of, owner_words, document_words, status_of) if role_of is not None
                else document)
    if path.suffix.lower() == ".pdf":
        raise StageError("ingest", str(path), f"named .pdf but not a PDF (it starts {data[:16]!r})")
    try:
        document = read_text(data, name, decode_text(data, str(path), encoding), role_of, owner_words,
                             document_words, status_of)
    except TooWide as refused:
        raise StageError("ingest", str(path), refused.problem) from None
    return replace(document, read_with=ReadWith(encoding=encoding))


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """At most `max_bytes` (a device such as /dev/zero, or a pipe, never ends; a file larger is refused unread)."""
    try:
        with path.open("rb") as stream:
            size = _stated_size(stream)
            data = None if size > max_bytes else _read_at_most(stream, max_bytes + 1, size)
    except OSError as exc:
        raise StageError("ingest", str(path), f"cannot read file ({exc.strerror or exc})") from None
    if data is None or len(data) > max_bytes:
        raise StageError("ingest", str(path), f"larger than the limit of {size_words(max_bytes)} (--max-bytes)")
    return data


def _stated_size(stream: BinaryIO) -> int:
    """A regular file's size; 0 for what states none (a pipe, a device)."""
    status = os.fstat(stream.fileno())
    return status.st_size if stat.S_ISREG(status.st_mode) else 0


def _read_at_most(stream: BinaryIO, most: int, size: int) -> bytes:
    """Up to `most` bytes, asked for as the file's stated size says (all of it and a byte more, its end seen in
    one read), else READ_CHUNK at a time: one read of `most` takes that much memory before a byte comes, so
    `--max-bytes 2G` under --max-memory's 1 GB would fail every document, however small."""
    chunks: list[bytes] = []
    ask = size + 1 if size else READ_CHUNK
    while most > 0 and (chunk := stream.read(min(most, ask))):
        chunks.append(chunk)
        most -= len(chunk)
        ask = READ_CHUNK
    return b"".join(chunks)


def __getattr__(name: str) -> object:
    """A name of LINE_RULES, from its module, which is imported now if it is not yet."""
    if name not in LENT:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{LENT[name]}"), name)
