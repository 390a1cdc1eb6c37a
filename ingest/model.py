"""The one document model where text and PDF input converge.

After ingest nothing knows whether the input was a PDF: parsers see pages of
physical lines, each line split into cells by column, and every cell carries
the `Span` it came from. Provenance is stamped here, when a cell is made, so
no later stage has to reconstruct where a value was printed. The Span itself is
council_actions/span.py's, below the stages, as every issue's location is one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from council_actions.issues import Issue
from council_actions.roles import ColumnRole
from council_actions.span import BBox as BBox  # the model's own names, where the stages import them from
from council_actions.span import Span as Span

WordBox = tuple[int, int, BBox]  # a printed word's characters in its cell's text, [start, end), and its box (PDF)
# The closed vocabularies of the model's text fields (documents.media_type is the first; output/contract.py).
MediaType = Literal["pdf", "text"]
# The text reader that re-cut the lines (ingest/renderings.py), "pdf_table" a PDF's table, "lines" none
Rendering = Literal["tab", "csv", "tsv", "pipe", "pipe_cell_lines", "slash", "fixed_width", "cell_lines", "records",
                    "headed_list", "spaced_header", "pdf_table", "lines"]
LineLayout = Literal["header", "rule", "row_start", "row_unheaded", "row", "text", "past_columns",
                     "other_layout"]  # see Line.layout


@dataclass(frozen=True)
class Stretch:
    """A run of a value's characters, `value[start:end]`, and the span of the cell text it was read from: the
    same characters where the span is as long as the run, else (a cell rewritten on the way) the whole cell."""

    start: int
    end: int
    span: Span

    def narrowed(self, start: int, end: int) -> Span:
        """The span of `value[start:end]`, a part of this run: its own characters where they are known."""
        if self.span.char_end - self.span.char_start != self.end - self.start:
            return self.span
        span = self.span
        begin = span.char_start + start - self.start
        # not dataclasses.replace: a tenth of the cost, for every part of a run
        return Span(span.page, span.line_start, span.line_end, begin, begin + end - start, span.bbox)


@dataclass(frozen=True)
class Placement:
    """Where each run of a value read from several cells was printed (an allocation cell wrapped over lines,
    joined with spaces, its markup dropped), stamped when the value is made from its cells, so a part of the
    value (one owner of several in a cell) can point at its own characters, not the whole cell's."""

    stretches: tuple[Stretch, ...]

    def span(self, start: int, end: int) -> Span | None:
        """The span of `value[start:end]`: its characters on every line it is printed on (a wrapped name spans
        both); None where no run of it is known (a value the parser rewrote)."""
        pieces = [s.narrowed(max(start, s.start), min(end, s.end)) for s in self.stretches
                  if s.start < end and start < s.end]
        return Span.union(pieces) if pieces else None

    def carried(self, blocks: Iterable[tuple[int, int, int]]) -> Placement:
        """The placement of a value made of parts of the value this one places: each block `(at, start, size)` is
        `this_value[start:start + size]` at `at` in the new one (an element's characteristic with the status notes
        printed inside it cut out). Each part keeps its own characters where they are known, its run's span where
        not (a rewritten cell); a part no run holds places nothing."""
        return Placement(tuple(Stretch(at + lo - start, at + hi - start,
                                       s.span if (lo, hi) == (s.start, s.end) else s.narrowed(lo, hi))
                               for at, start, size in blocks for s in self.stretches
                               if (lo := max(start, s.start)) < (hi := min(start + size, s.end))))

    @staticmethod
    def found(value: str, printed: str, span: Span, after: int = 0) -> Placement:
        """The placement of a value read from a text printed at `span` (a line, a heading): its own characters where
        the text holds it as it is (first from `after` on), else one run at the span whole (its markup cleaned out,
        as a rewritten cell's runs are the cell)."""
        at = printed.find(value, after)
        if at < 0:
            return Placement((Stretch(0, len(value), span),))
        return Placement((Stretch(0, len(printed), span),)).carried(((0, at, len(value)),))


@dataclass(frozen=True)
class Cell:
    """A cell's text on one physical line. Layout evidence where the reader has it (a PDF's vertical gaps),
    None where only the words can tell (text input): `paragraph_start`, whether a gap above opens a paragraph;
    `space_below`, whether the cell's last line in its row segment had space below it before the cut;
    `line_break`, whether the line above in the cell was broken by its writer (True: this line's first word
    would have fitted on it, so a new item starts: a `<br>`, a list line) or wrapped (False: it would not);
    `across_table`, whether the cell's box runs from the table's first column past its last one's edge (a PDF row
    merged across every column, what heads or introduces the rows under it; False where no box says so);
    `in_box`, whether the line goes on in the cell box the line above is in (a PDF table's ruled cell, whatever gap
    parts its paragraphs: one row's cell; False where no box says so); `in_word`, whether the line goes on inside
    the word the line above ends with (a word too long for its column, broken where its letters stopped fitting:
    `Timescal` / `e`; joined to it with no space; False where no box says so)."""

    column: int
    text: str
    span: Span
    fill: str | None = None
    paragraph_start: bool | None = None
    space_below: bool | None = None
    line_break: bool | None = None
    words: tuple[WordBox, ...] = ()  # PDF: each word's box, so a part of the cell can be shown at its own words
    across_table: bool = False
    in_box: bool = False
    in_word: bool = False

    def part(self, start: int, end: int) -> Cell:
        """The cell cut to `text[start:end]`, trimmed, its span narrowed to match (a row or paragraph that
        the printed line runs together with another)."""
        raw = self.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        begin = self.span.char_start + start + lead
        span = Span(self.span.page, self.span.line_start, self.span.line_end, begin, begin + len(text), self.span.bbox)
        shift = start + lead
        words = tuple((a - shift, b - shift, box) for a, b, box in self.words if shift <= a and b <= shift + len(text))
        return replace(self, text=text, span=span, words=words)


@dataclass(frozen=True)
class Line:
    """One physical line of the document: table cells by column, or plain text in column 0.

    `layout` is what a text reader that knew the rendering said the line is: "header" (column headings),
    "rule" (a table's ruling), "row_start" (opens a table row), "row_unheaded" (opens a row under no heading: a list
    item whose heading was lost), "row" (continues one), "text" (a line of a record's introduction, no row's),
    "past_columns" (a line among the table's printing text past its columns, ingest/layout.runs_past: no row's, and
    reported whole), "other_layout" (a line cut into a layout its table's rendering does not print, or alone past
    the columns of its table's own, ingest/other_layouts.py: read around, and reported whole); None where unknown."""

    number: int
    text: str
    span: Span
    cells: tuple[Cell, ...]
    tabular: bool
    layout: LineLayout | None = None

    def cell(self, column: int) -> Cell | None:
        """The line's cell in that column, None where it has no text there: blank cells are not kept, so a
        column's cell is looked up, not indexed."""
        return next((c for c in self.cells if c.column == column), None)


@dataclass(frozen=True)
class Column:
    """A table column as printed: its heading and, where the rendering itself says (a record's title,
    an item under a heading), the role the reader gave it; other roles come from the profile."""

    heading: str
    role: ColumnRole | None = None


# The column a reader adds for the heading its rows stand under (a list's heading, a row printed across the table),
# named in brackets as no printed heading is.
SECTION_COLUMN = Column("(section)", "section")


@dataclass(frozen=True)
class Page:
    """A page of physical lines (text input breaks pages at form feeds; a PDF's pages keep their sizes), so a
    span can name the page an auditor must open."""

    number: int
    lines: tuple[Line, ...]
    width: float | None = None
    height: float | None = None


# How many of a document id's characters the commands print (ingest's summary) and take as its prefix: 48 bits of
# a sha256, as git's short ids, so two documents of one output folder never share them by chance.
SHORT_ID = 12


@dataclass(frozen=True)
class GivenCouncil:
    """A document's council as the user states it for that file (a national run's manifest row), and where it is
    stated (`national.csv line 4`: the manifest's file name, never a machine's path), for the issue recording it."""

    name: str
    where: str


DocumentKind = Literal["action_plan", "self_assessment"]  # documents.kind: the reader that read it, or the user


@dataclass(frozen=True)
class ReadWith:
    """The options a document was read with that change what is read from its bytes: the encoding given for a text
    file (None: UTF-8, or what a byte-order mark says, which the bytes tell again), the engine that read a PDF.
    Its source record keeps them (output/writer.source_record), so `upgrade` reads it again as it was read: a
    cp1252 file read as UTF-8 is refused, and another engine may cut another PDF's cells otherwise. `limits`: those
    it was read under that were raised past the defaults (council_actions.limits.raised_limits), which a 300-page
    PDF needed and would need again (`--max-pages 2000`); set by the stage that knows them (stages.read)."""

    encoding: str | None = None
    pdf_engine: str | None = None
    limits: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class GivenKind:
    """What a document is (a `documents.kind`) as the user states it for that file (a national run's manifest row),
    and where it is stated, as GivenCouncil: for a file whose kind its content does not tell, or tells wrongly."""

    kind: DocumentKind
    where: str


@dataclass(frozen=True)
class Document:
    """The one model every reader produces and every parser reads: the full extracted text (all offsets point
    into it) and its pages, with the rendering and columns the text reader found."""

    document_id: str
    source_name: str
    media_type: MediaType
    text: str
    pages: tuple[Page, ...]
    rendering: Rendering = "lines"
    columns: tuple[Column, ...] = ()  # the plan table's columns, where a text reader found its header
    issues: tuple[Issue, ...] = ()  # what reading changed or could not read, e.g. control characters removed
    council_given: GivenCouncil | None = None  # the user's word on its council (parsers/council.py), not read
    kind_given: GivenKind | None = None  # the user's word on its kind (parsers/given_kind.py), not recognised
    read_with: ReadWith = ReadWith()  # the reading options its bytes were read with (set by ingest.read_document)

    def iter_lines(self) -> Iterator[Line]:
        """Every line of every page in reading order, for the parsers that read a document line by line across its
        pages."""
        for page in self.pages:
            yield from page.lines

    @property
    def line_count(self) -> int:
        """Lines of the extracted text, a last line without a newline counted too, so the documents row's
        span ends on the text's real last line."""
        return self.text.count("\n") + (0 if self.text.endswith("\n") else 1)

    def span(self) -> Span:
        """The whole document, for records about the document itself: for a PDF, its first page's box."""
        first = self.pages[0] if self.pages else None
        bbox = (0.0, 0.0, first.width, first.height) if first and first.width and first.height else None
        return Span(page=1 if self.media_type == "pdf" else None, line_start=1,
                    line_end=max(self.line_count, 1), char_start=0, char_end=len(self.text), bbox=bbox)
