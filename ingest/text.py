"""Read converter text (tab-separated table lines, wrapped cells) into the document model.

The converter writes a table row as tab-separated cells and wraps long cells
over several physical lines. This reader keeps each physical line with its
cells by column; joining wrapped lines into logical rows needs to know what a
row is, so it belongs to the parsers, which do it the same way for PDF input.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from council_actions.ingest import invisible
from council_actions.ingest.csv_table import read_csv_document
from council_actions.ingest.layout import RoleOf, StatusOf
from council_actions.ingest.lookalike_text import read_as_latin
from council_actions.ingest.model import Cell, Document, Line, Page, Span
from council_actions.ingest.renderings import apply_layout

from council_actions.issues import Issue
from council_actions.nonprinting import PATTERN

if TYPE_CHECKING:
    from council_actions.document_words import DocumentWords
    from council_actions.owner_words import OwnerWords

PAGE_BREAK = "\f"
LINE_BREAK = re.compile(r"\r\n?")  # Windows and old-Mac endings, mixed in one file too, read as "\n"


def read_text(data: bytes, source_name: str, text: str, role_of: RoleOf | None = None,
              owner_words: OwnerWords | None = None, document_words: DocumentWords | None = None,
              status_of: StatusOf | None = None) -> Document:
    """Build the document model from already-decoded text (see `ingest.sniff`). With `role_of` (the
    profile's heading rules), a CSV export's records are read as a table (`csv_table.py`), and text that is not
    tab-separated is tried in the other renderings, which read an
    owner's line by the profile's `owner_words`, a table's end by its `document_words` and a status an item opens with
    by its status rules (`status_of`)."""
    text, issues = clean_text(LINE_BREAK.sub("\n", text))
    pages: list[Page] = []
    page_lines: list[Line] = []
    offset = 0
    page_no = 1
    for number, raw in enumerate(text.split("\n"), 1):
        content = raw.rstrip("\r")
        for part_index, part in enumerate(content.split(PAGE_BREAK)):
            if part_index:
                pages.append(Page(page_no, tuple(page_lines)))
                page_lines, page_no = [], page_no + 1
                offset += 1
            line = _read_line(number, part, offset)
            if line is not None:
                page_lines.append(line)
            offset += len(part)
        offset += len(raw) - len(content) + 1
    pages.append(Page(page_no, tuple(page_lines)))
    document = read_as_latin(Document(document_id=hashlib.sha256(data).hexdigest(), source_name=source_name,
                                      media_type="text", text=text, pages=tuple(pages), issues=tuple(issues)))
    if role_of is None:
        return document
    return read_csv_document(document, role_of) or apply_layout(document, role_of, owner_words, document_words,
                                                                   status_of)


def clean_text(text: str) -> tuple[str, list[Issue]]:
    """Control characters (NUL, escape, ...) and invisible format characters (zero-width, bidi: the one table,
    council_actions/nonprinting.py) have no place in a value: removed, and each line that had them reported."""
    if not PATTERN.search(text):
        return text, []
    lines, issues, offset = [], [], 0
    for number, line in enumerate(text.split("\n"), 1):
        cleaned, removed = invisible.clean(line)
        if removed:
            issues.append(invisible.report(removed, f"line {number}", line,
                                           Span(None, number, number, offset, offset + len(cleaned))))
        lines.append(cleaned)
        offset += len(cleaned) + 1
    return "\n".join(lines), issues


def _read_line(number: int, content: str, offset: int) -> Line | None:
    if not content.strip():
        return None
    tabular = "\t" in content
    cells = []
    position = offset
    for column, raw_cell in enumerate(content.split("\t") if tabular else [content]):
        stripped = raw_cell.strip()
        if stripped:
            start = position + raw_cell.index(stripped)
            cells.append(Cell(column, stripped, Span(None, number, number, start, start + len(stripped))))
        position += len(raw_cell) + 1
    span = Span(None, number, number, offset, offset + len(content))
    return Line(number=number, text=content, span=span, cells=tuple(cells), tabular=tabular)
