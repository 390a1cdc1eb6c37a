"""A line printed in another layout than its plan's table: the plan read as if it were not there, the line reported.

One line of tab-separated cells in a plan printed otherwise (fixed-width columns, one cell a line, records, a list
under headings: a table's line pasted in, lines run together) sent the whole text to the tab reader, which found no
headings and refused it, so one line lost every action; a line of more pipe-separated columns than the plan's table
has was read as a row's text, an action or a heading. OTHER_LAYOUTS says, separator by separator, when a line is cut
into a layout its table's rendering does not print. `renderings.relayout` has the text read as if such lines were not
printed (`without`: the other lines numbered and counted as they would then be, so every reader, even one that counts
blank lines or parses the whole text, reads exactly that), puts the reading back where the lines stand (`put_back`)
and marks each such line `other_layout`. The parse reads the document without them the same way
(`document_without`, parsers/read_around.py) and reports each whole where it stands.

A line alone of more columns than the table has at the table's own separator (a stray `a | b | ... ` of fifty
columns in a pipe table, of fifty tab fields in a tab table) is read around too, wherever it stands: the readers
leave such a line out of the rows below the headings (layout.runs_past), but above the headings, or under them before
the first row of a table saved a cell a line, it would be taken for the headings or break the cells the pipes mark,
and the plan be refused or misread. So is a run of such lines next to each other (lines run together, pasted in),
each reported whole on its own line, but for a run set apart above the table's headings and no wider than a table
may be: a table of its own (`table_of_its_own`: Runnymede's heatmap). Where no reader answers, or one takes for its
headings a line of those that stand out widest (`widest`: more than twice the columns of any narrower line), the
text is read again without them, and that reading kept where the rules mark them all: one more reading, however
many lines.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import accumulate, groupby
from operator import itemgetter

from council_actions.ingest.layout import (
    CUTS,
    MAX_COLUMNS,
    MIN_COLUMNS,
    PAST_LAST_COLUMN,
    Layout,
    as_layout,
    printed_columns,
)
from council_actions.ingest.model import Document, Line, Rendering, Span

# The separator each rendering's own lines are cut at (layout.CUTS; a PDF's measured cells are written with tabs
# between them, ingest/pdf.py, and read as "tab", the document then named "pdf_table"). The others print none.
PRINTS: dict[Rendering, Rendering] = {"tab": "tab", "pdf_table": "tab", "pipe": "pipe", "pipe_cell_lines": "pipe"}


@dataclass(frozen=True)
class OtherLayout:
    """When a line cut at `separator` (a key of layout.CUTS) is no line of a table whose rendering does not print it:
    from `cells` pieces holding text on, or, where `past_table`, from one more than the table has columns
    (PAST_LAST_COLUMN), which only a reading can tell. Where `separator` is None, the rule is of the separator the
    table's rendering prints itself (`own`: PRINTS), and where `apart`, a run of lines it marks (two or more next to
    each other) set apart above the table's headings is left as a table of its own (`table_of_its_own`)."""

    separator: Rendering | None
    parted: str  # how the issue names the separator: `its cells parted by tabs`
    cells: int
    past_table: bool
    why: str
    apart: bool = False

    @property
    def own(self) -> bool:
        """Whether the rule is of the separator the table prints itself: its line is said as one past the columns."""
        return self.separator is None

    def fewest(self, width: int | None) -> int | None:
        """The fewest cells that make a line another layout's in a table of `width` columns; None where the rule
        needs the width and it is not known yet."""
        if not self.past_table:
            return self.cells
        return None if width is None else width + PAST_LAST_COLUMN + 1

    def marks(self, text: str, rendering: Rendering | None, width: int | None) -> bool:
        """Whether the rule marks a line of a table of `rendering` (None: any that prints no separator) and `width`
        columns (None: not known yet). A line of the table's own separator is counted as its readers count it
        (layout.printed_columns: up to its last piece holding text), another's by its pieces holding text."""
        printed = PRINTS.get(rendering or "lines")
        separator = self.separator or printed
        fewest = self.fewest(width)
        if fewest is None or separator is None or (not self.own and separator == printed) \
                or not CUTS[separator].search(text):
            return False
        return (printed_columns(text, separator) if self.own else cells_cut(text, separator)) >= fewest


OTHER_LAYOUTS = (
    OtherLayout("tab", "tabs", 2, False, "the text reader cuts every line at its tabs (ingest/text.py), so two "
                "cells are a table's line, as relayout's own test for a tab-separated text says; the real plans of "
                "other layouts print a tab only before one cell (Forest of Dean's letterhead `\\t\\t\\t\\t\\t  FOREST "
                "OF DEAN ...`, Boroondara's `\\t1.1 Website redesign ...`), and those stay theirs"),
    OtherLayout("pipe", "pipes", 0, True, "a pipe is a character prose and a small table beside the plan print "
                "too (Belfast's `Aspect of improvement | Achievement status |` over its ratings, Mid and East Antrim's "
                "`Measure |`), read by their own rules; only more columns than the plan's table has is no line of it, "
                "as a line past a pipe table's own columns is none (layout.runs_past)"),
    OtherLayout(None, "", 0, True, "more columns than a tab or pipe table has is no row of it (layout.runs_past), "
                "wherever the line stands: above the headings it was taken for them or kept the reader from them; "
                "so is a run of them, but for one set apart above the table's headings, no wider than a table may "
                "be, which is a table of its own (Runnymede's heatmap: 8 to 14 fields a line over the plan's 5 "
                "columns, under headings of its own, a key and the plan's caption between it and the plan)",
                apart=True),
)


def cells_cut(text: str, separator: Rendering) -> int:
    """How many pieces holding text the separator cuts a line into."""
    return sum(1 for piece in CUTS[separator].split(text) if piece.strip())


def marking(text: str, rendering: Rendering | None, width: int | None) -> OtherLayout | None:
    """The first rule of OTHER_LAYOUTS marking a line of a table of `rendering` (None: any that does not print the
    separator) and `width` columns (None: not known yet), the lines next to it aside; None if none does. The rule
    also says how the line's issue words it (`own`: more columns than the table has)."""
    return next((rule for rule in OTHER_LAYOUTS if rule.marks(text, rendering, width)), None)


def other_layout_lines(lines: list[Line], rendering: Rendering | None, width: int | None,
                       headings: int | None) -> list[Line]:
    """The lines of another layout than a table of `rendering` and `width` columns whose headings open at line
    `headings` (None: not known): each a rule marks, but for a run of lines a rule marks `apart` that is a table of
    its own (table_of_its_own)."""
    marked = [marking(line.text, rendering, width) for line in lines]
    found: list[Line] = []
    for rule, run in groupby(enumerate(marked), key=itemgetter(1)):
        taken = [k for k, _ in run]
        if rule is not None and not (rule.apart and table_of_its_own(lines, taken, headings, rendering)):
            found += [lines[k] for k in taken]
    return found


def table_of_its_own(lines: list[Line], run: list[int], headings: int | None, rendering: Rendering | None) -> bool:
    """Whether a run of lines past a table's columns (`run`: their indexes, two or more next to each other) is a
    table of its own: above the table's headings of `rendering`, set apart from them (a line holding text between:
    a key, a caption, a wrapped cell of its own), and no wider than a table may be (layout.MAX_COLUMNS). A line
    alone, a run right above the headings (taken for them, or keeping the reader from them), a run below them (no
    row: layout.runs_past) and a run wider than any table are lines run together or pasted in, no table's; where the
    headings are not known, a run is left."""
    separator = PRINTS.get(rendering or "lines")
    if len(run) < 2 or headings is None or separator is None:
        return len(run) >= 2
    last = lines[run[-1]].number
    return last < headings and any(line.text.strip() for line in lines if last < line.number < headings) and all(
        printed_columns(lines[k].text, separator) <= MAX_COLUMNS for k in run)


def widest(lines: list[Line]) -> list[Line]:
    """The lines that stand out widest: the widest, down to the first that is cut at a separator into more than
    twice as many columns as any narrower line (lines run together print the columns of two lines and more; a table's
    headings as many as its rows) and more than a table's fewest (MIN_COLUMNS). Where no reader
    answers, or one takes one of them for the headings (their own words name the roles), stray lines of a table's own
    layout would be those, so the text is read again without them (renderings.relayout), and that reading kept only
    where the rules mark them all. Empty where no line stands out so."""
    if not lines:  # a text of no lines (a UTF-16 byte-order mark read as text, then removed): no line stands out
        return []
    counts = [max(printed_columns(line.text, separator) for separator in CUTS) for line in lines]
    ordered = sorted(set(counts), reverse=True)
    least = next((wide for wide, narrower in zip(ordered, [*ordered[1:], 0], strict=True) if wide > 2 * narrower), 0)
    return [line for line, count in zip(lines, counts, strict=True) if count >= least] if least > MIN_COLUMNS else []


def parted(text: str) -> str | None:
    """How a line marked `other_layout` by no rule is cut, for its issue: by the first separator an OTHER_LAYOUTS rule
    names cutting it in two or more, else the last's; None where it prints none of them (a line a reader marks by its
    own columns, run across them: fixed_width)."""
    cuts = [(rule.separator, rule.parted) for rule in OTHER_LAYOUTS if rule.separator is not None]
    if not any(CUTS[separator].search(text) for separator, _ in cuts):
        return None
    return next((word for separator, word in cuts if cells_cut(text, separator) >= 2), cuts[-1][1])


@dataclass(frozen=True)
class Gaps:
    """Where lines were left out, counted in the text without them: the number of the line after each, and the offset
    and length of each piece of text cut (the line and one line break), both ascending."""

    after: tuple[int, ...]
    cuts: tuple[tuple[int, int], ...]

    def line(self, number: int) -> int:
        """A line's number in the text with the lines, from its number without them."""
        return number + bisect_right(self.after, number)

    def offset(self, offset: int, end: bool) -> int:
        """An offset in the text with the lines: a span's end at a cut ends before it, a start there opens after."""
        return offset + sum(length for at, length in self.cuts if at < offset or (at == offset and not end))

    def span(self, span: Span) -> Span:
        """A span of the text without the lines, in the text with them."""
        start = self.offset(span.char_start, False)
        return replace(span, line_start=self.line(span.line_start), line_end=self.line(span.line_end),
                       char_start=start, char_end=max(start, self.offset(span.char_end, True)),
                       parts=tuple(self.span(part) for part in span.parts))


@dataclass(frozen=True)
class Without:
    """The lines and text as if the `left_out` lines were not printed, and the way back (`put_back`)."""

    lines: list[Line]
    text: str
    left_out: tuple[Line, ...]
    gaps: Gaps


def without(lines: list[Line], text: str, left_out: list[Line]) -> Without:
    """The lines and text without `left_out` (each cut with one line break, `_cut`), the others renumbered and their
    spans moved as if those were never printed. A line that shares its number with another (a form feed inside it
    parts two pages) is never left out."""
    counted = Counter(line.number for line in lines)
    left_out = sorted((line for line in left_out if counted[line.number] == 1), key=lambda line: line.number)
    gone = {line.number for line in left_out}
    kept_end = max((line.span.char_end for line in lines if line.number not in gone), default=-1)
    ending = len(text) + 1 if text.endswith("\n") else kept_end + 1  # where the lines that end the text open
    cuts = [_cut(text, line.span, line.span.char_start >= ending) for line in left_out]
    removed = list(accumulate((end - start for start, end in cuts), initial=0))  # before each cut, and in all
    numbers, ends = [line.number for line in left_out], [end for _, end in cuts]

    def moved(span: Span) -> Span:
        def before(offset: int) -> int:
            return offset - removed[bisect_right(ends, offset)]

        return replace(span, line_start=span.line_start - bisect_right(numbers, span.line_start),
                       line_end=span.line_end - bisect_right(numbers, span.line_end),
                       char_start=before(span.char_start), char_end=before(span.char_end),
                       parts=tuple(moved(part) for part in span.parts))

    kept = "".join(text[a:b] for a, b in zip([0, *ends], [*(start for start, _ in cuts), len(text)], strict=True))
    shown = [_moved_line(line, line.number - bisect_right(numbers, line.number), moved)
             for line in lines if line.number not in gone]
    gaps = Gaps(tuple(number - k for k, number in enumerate(numbers)),
                tuple((start - removed[k], end - start) for k, (start, end) in enumerate(cuts)))
    return Without(shown, kept, tuple(left_out), gaps)


def _cut(text: str, span: Span, ending: bool) -> tuple[int, int]:
    """The characters a left-out line takes: its own and the line break after it, or where it is among the lines
    that end the text with no line break after the last (`ending`: every line after it left out too), the one
    before it, so the text without them ends as it would have (taking the break after each, the last but one would
    take the break the last takes, and the text would keep one too many)."""
    if not ending and text[span.char_end:span.char_end + 1] == "\n":
        return span.char_start, span.char_end + 1
    return span.char_start - (text[span.char_start - 1:span.char_start] == "\n"), span.char_end


def document_without(document: Document) -> tuple[Document, Without] | None:
    """The document as if its lines marked `other_layout` were not printed, for the parsers to read exactly as they
    read it without them, and the way back; None where it has none."""
    left = [line for line in document.iter_lines() if line.layout == "other_layout"]
    if not left:
        return None
    view = without(list(document.iter_lines()), document.text, left)
    shown = iter(view.lines)
    pages = tuple(replace(page, lines=tuple(next(shown) for line in page.lines if line.layout != "other_layout"))
                  for page in document.pages)
    return replace(document, text=view.text, pages=pages), view


def put_back(layout: Layout, view: Without) -> Layout:
    """A reading of the text without the left-out lines, in the text with them: every line and issue where it
    stands, and each left-out line marked `other_layout`."""
    gaps = view.gaps
    lines = [*(_moved_line(line, gaps.line(line.number), gaps.span) for line in layout.lines),
             *(as_layout(line, "other_layout") for line in view.left_out)]
    return replace(layout, lines=tuple(sorted(lines, key=lambda line: line.span.char_start)),
                   issues=tuple(replace(issue, span=gaps.span(issue.span)) for issue in layout.issues))


def _moved_line(line: Line, number: int, move: Callable[[Span], Span]) -> Line:
    return replace(line, number=number, span=move(line.span),
                   cells=tuple(replace(cell, span=move(cell.span)) for cell in line.cells))
