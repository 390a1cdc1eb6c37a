"""A plan kept in a spreadsheet and exported as CSV or TSV: its records read by Python's `csv` module.

Councils keep plan trackers in spreadsheets; a data team exports them as CSV
("Comma separated values") or TSV ("Text (Tab delimited)"). A comma is no cell
boundary to the text reader (`text.py` cuts at tabs), and a spreadsheet's
quoted field holding line breaks or quotes is one cell, which the tab reader
would cut into lines with the quotes left in. So the text is parsed here as
records first (csv_records.py places each field in the text), by the first of
the DELIMITED rules that takes it: a name that says so (`.csv`, `.tsv`), or
content that shows it (for commas: csv.Sniffer finds them and most of the
first 50 records are of one width; for tabs: the same width, and a field
quoted as a spreadsheet quotes it, which no PDF converter's tab text holds).
Each physical line becomes a line of the document model, its cells the
fields' text on that line, each span on the field's own characters (quotes
excluded). A quoted field holding line breaks stays one cell of its record:
its further lines go on with it, as the lines of a cell copied from a web page
do (`line_break` and `paragraph_start` False). The heading record and the rows
are then found by the tab reader (`tab_table.py`), which asks the profile for
the headings' roles, so prose with commas, read as records, is no plan. A
record of one field (a title, a section) is a plain line for the title and
section readers. A record of more fields than the heading names keeps its row;
each field past the heading's columns is reported (`unplaced_text`), never
dropped. A file cut short (a download or an export stopped inside a quoted field) or a record csv cannot parse
keeps the records before it; the text from that record on is reported whole (`unplaced_text`, an error naming
csv's reason: the document is not `complete`), not read another way.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from council_actions.ingest.csv_records import CsvBreak, CsvRecord, csv_records
from council_actions.ingest.layout import MAX_COLUMNS, MIN_COLUMNS, RoleOf
from council_actions.ingest.model import Cell, Document, Line, Page, Rendering, Span
from council_actions.ingest.tab_table import read_tab_table

from council_actions.issues import Issue, error, warning

MIN_RECORDS = 3  # records of one width that content alone (no name saying it) must show
SHAPE_RECORDS = 50  # the first records content alone is judged by
SNIFF_SAMPLE = 8192  # characters csv.Sniffer looks at
# csv's reasons for stopping, as a data team reads them (any other is quoted as csv gives it)
CSV_REASONS = {"unexpected end of data": "a quoted field is never closed: the file may be cut short",
               f"field larger than field limit ({csv.field_size_limit()})":
                   f"a field of more than {csv.field_size_limit()} characters, more than a spreadsheet's cell holds"}


class TooWide(Exception):
    """An export no record of which reads as a plan's headings, one wider than headings may be (layout.MAX_COLUMNS):
    read as plain text, a few invented actions stood for the whole file. Refused in one line (`problem`)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class Delimited:
    """One kind of spreadsheet export: its delimiter, the names that say it, the rendering it gives, whether a text
    may be it at all (a cheap look, before any parse) and what its first records must show when no name says it."""

    delimiter: str
    suffixes: tuple[str, ...]
    rendering: Rendering
    may_be: Callable[[str], bool]
    shown_by: Callable[[str, list[CsvRecord]], bool]


def _commas_sniffed(text: str, first: list[CsvRecord]) -> bool:
    """csv.Sniffer finds the text comma-separated."""
    try:
        csv.Sniffer().sniff(text[:SNIFF_SAMPLE], delimiters=",")
    except csv.Error:
        return False
    return True


def _quoted_as_exported(text: str, first: list[CsvRecord]) -> bool:
    """A field is quoted as a spreadsheet quotes it: a PDF converter's tab text never wraps a cell in quotes, so
    without one the text is the tab reader's, which also reads a converter's wrapped lines."""
    return any(record.must_quote for record in first)


# In the order tried. A tab in a text makes it no CSV by content: tab-separated text is the tab reader's, or TSV's.
DELIMITED = (
    Delimited(",", (".csv",), "csv", lambda text: "\t" not in text and "," in text, _commas_sniffed),
    Delimited("\t", (".tsv",), "tsv", lambda text: "\t" in text and '"' in text, _quoted_as_exported),
)


def read_csv_document(document: Document, role_of: RoleOf) -> Document | None:
    """The document read as CSV or TSV records under a plan's heading; None where it is not named or shaped as
    either, its records do not parse, or no record's fields read as a plan's headings (then its lines are read as
    text)."""
    text = document.text
    found = None if "\f" in text else _exported_records(text, document.source_name)
    if found is None:
        return None
    kind, records, broken = found
    layout = read_tab_table(_lines(text, records), role_of, cut_by_records=True)
    if layout is None:
        _refuse_too_wide(text, records)
        return None
    header = next(ln.number for ln in layout.lines if ln.layout == "header")
    width = len(layout.columns)
    past = [c for ln in layout.lines if ln.number > header for c in ln.cells if c.column >= width]
    relaid = tuple(replace(ln, cells=tuple(c for c in ln.cells if c.column < width)) if ln.number > header else ln
                   for ln in layout.lines)
    empty = _empty_records(text, kind.delimiter, {ln.number for ln in relaid})
    relaid = tuple(sorted((*relaid, *empty), key=lambda ln: ln.number))
    return replace(document, pages=(Page(1, relaid),), rendering=kind.rendering, columns=layout.columns,
                   issues=document.issues + layout.issues + tuple(_past(cell, width) for cell in past)
                   + _unparsed(text, broken))


def _refuse_too_wide(text: str, records: list[CsvRecord]) -> None:
    """Raise TooWide where a record prints text in more fields than a table's headings may number (empty fields past
    its last holding text do not count): no heading was found because it could be none."""
    printed = [next((len(r.values) - k for k, v in enumerate(reversed(r.values)) if v.strip()), 0) for r in records]
    fields = max(printed)
    if fields > MAX_COLUMNS:
        line = text.count("\n", 0, records[printed.index(fields)].fields[0][0]) + 1
        raise TooWide(f"line {line} is a record of {fields} fields, more than the {MAX_COLUMNS} columns a plan table "
                      "may have, and no record reads as a plan's headings: a spreadsheet export too wide to read")


def _past(cell: Cell, width: int) -> Issue:
    """A field of a record past the heading's columns: its record's row is read, the field reported here."""
    return warning("unplaced_text", "ingest", f"text outside the plan table: a field of a record past the "
                   f"{width} columns its heading names", cell.text, cell.span)


def _unparsed(text: str, broken: CsvBreak | None) -> tuple[Issue, ...]:
    """The text from the record csv could not parse to the end, as one error (the rows it holds are missing, so the
    document is never `complete`: output/status.py): no line of it is read."""
    if broken is None or not text[broken.start:].strip():
        return ()
    end = len(text.rstrip())
    first, last = text.count("\n", 0, broken.start) + 1, text.count("\n", 0, end) + 1
    why = CSV_REASONS.get(broken.reason, broken.reason)
    return (error("unplaced_text", "ingest", f"text outside the plan table: csv could not parse the record opening "
                  f"at line {first} ({why}), so it and every line after it are not read", text[broken.start:end],
                  Span(None, first, last, broken.start, end)),)


def _exported_records(text: str, name: str) -> tuple[Delimited, list[CsvRecord], CsvBreak | None] | None:
    """The kind of export the text is, its records and where csv stopped, if it did: the kind its name says, else
    the first whose cheap look admits the text and whose first SHAPE_RECORDS records parse and show it (MIN_RECORDS
    of one width of at least MIN_COLUMNS fields making up most of them, and what the kind asks besides). Only those
    first records are parsed to decide, so text that is no export (most of it, read here before any other reader)
    costs a few lines' parse, not the whole text's."""
    named = next((kind for kind in DELIMITED if name.lower().endswith(kind.suffixes)), None)
    if named is not None:
        return _all_records(text, named)
    for kind in DELIMITED:
        if not kind.may_be(text):
            continue
        first = csv_records(text, kind.delimiter, SHAPE_RECORDS)
        if first is not None and first[1] is None and first[0] and _one_width(first[0]) \
                and kind.shown_by(text, first[0]):
            return _all_records(text, kind)
    return None


def _all_records(text: str, kind: Delimited) -> tuple[Delimited, list[CsvRecord], CsvBreak | None] | None:
    """Every record of the text, or those before the first csv cannot parse and where that one starts; None where
    it parses none (no export of the kind)."""
    read = csv_records(text, kind.delimiter)
    return None if read is None or not read[0] else (kind, *read)


def _one_width(records: list[CsvRecord]) -> bool:
    """MIN_RECORDS records or more of one width of at least MIN_COLUMNS fields, and most of them so."""
    width, count = Counter(len(r.values) for r in records).most_common(1)[0]
    return width >= MIN_COLUMNS and count >= MIN_RECORDS and 2 * count > len(records)


def _lines(text: str, records: list[CsvRecord]) -> list[Line]:
    """One line per physical line holding text, its cells the pieces of the fields printed on it. A piece going on
    with a field from the line above is marked so (`line_break`, `paragraph_start` False): it opens no row. A record
    of one field's text is a plain line, its text the field's."""
    starts = _line_starts(text)
    cells: dict[int, list[Cell]] = {}
    tabular: dict[int, bool] = {}
    for record in records:
        table = sum(1 for v in record.values if v.strip()) > 1
        for column, (start, end) in enumerate(record.fields):
            for cell in _pieces(text, column, start, end, starts):
                cells.setdefault(cell.span.line_start, []).append(cell)
                tabular[cell.span.line_start] = table
    lines: list[Line] = []
    for number in sorted(cells):
        span = Span(None, number, number, starts[number - 1], starts[number] - 1)
        read = Line(number, text[span.char_start:span.char_end], span, tuple(cells[number]), tabular[number])
        lines.append(read if read.tabular or len(read.cells) > 1 else
                     replace(read, text=read.cells[0].text, span=read.cells[0].span))
    return lines


def _empty_records(text: str, delimiter: str, taken: set[int]) -> list[Line]:
    """The lines that are a record of empty fields (`,,,`: a spreadsheet's blank row, which csv_records leaves out
    as no record) as a table's ruling (layout `rule`): they hold no word, and kept as boilerplate their lines are
    accounted for rather than in no row, boilerplate or issue (Maidstone's 2014-15 governance export, line 2). A
    line a field's text is on (`taken`: a quoted field's line of commas) is that field's."""
    starts = _line_starts(text)
    return [Line(n, line, Span(None, n, n, starts[n - 1], starts[n] - 1), (), True, "rule")
            for n, line in enumerate(text.split("\n"), 1)
            if n not in taken and line.strip() and not line.replace(delimiter, "").replace('"', "").strip()]


def _line_starts(text: str) -> list[int]:
    """Where each physical line starts in the text, and one past the end."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _pieces(text: str, column: int, start: int, end: int, starts: list[int]) -> list[Cell]:
    """The field's text (text[start:end]) cut at its line breaks, one cell of `column` per physical line holding
    text, each span on its text."""
    cells = []
    position = start
    for index, piece in enumerate(text[start:end].split("\n")):
        stripped = piece.strip()
        if stripped:
            begin = position + piece.index(stripped)
            number = bisect_right(starts, begin)
            span = Span(None, number, number, begin, begin + len(stripped))
            cells.append(Cell(column, stripped, span, paragraph_start=False if index else None,
                              line_break=True if index else None))
        position += len(piece) + 1
    return cells

