"""Which rendering a plain text is in, tried reader by reader, most explicit first.

Tab-separated text keeps the converter's columns (`text.py`, `tab_table.py`
finds the heading line). Otherwise, in order: pipe tables, pipe tables of one
cell a line, two fixed-width columns (before the records: their cells print
labels, `Milestones:`, that the records reader would take for a record's),
`label: value` records, one cell per line, fixed-width columns, lists under
headings, and last records opened by their codes under no headings
(`code_list.py`). A reader answers only when the headings it finds read
as a plan table (an action column and an owner, timeline, status or progress
column, or columns headed by periods), so narrative, minutes and news stay
plain lines. Each reads the text as if a line of another layout than its own
(a line of tab cells in a plan of another rendering, more pipe-separated
columns than its table has, lines past the columns of its own but for a
table of their own) were not printed (`other_layouts.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from council_actions.ingest.layout import Layout, RoleOf, StatusOf
from council_actions.ingest.model import Document, Line, Rendering
from council_actions.ingest.other_layouts import other_layout_lines, put_back, widest, without
from council_actions.ingest.running_lines import find_running_lines
from council_actions.ingest.tab_table import read_tab_table

from council_actions.issues import Issue, warning
from council_actions.lookalikes import lookalikes_folded

if TYPE_CHECKING:
    from council_actions.document_words import DocumentWords
    from council_actions.owner_words import OwnerWords


def relayout(lines: list[Line], text: str, role_of: RoleOf, owner_words: OwnerWords | None = None,
             document_words: DocumentWords | None = None, status_of: StatusOf | None = None) -> Layout | None:
    """The text re-cut by the first reader that finds its rendering, most explicit first (tabs, then pipes, ...),
    because a looser reader would also accept a stricter rendering and cut it worse; None leaves plain lines. A text
    with a line of tab cells goes to the tab reader first; where it finds no headings, the others read the text as if
    the lines of another layout than theirs were not printed (ingest/other_layouts.py), so one stray line does not lose
    the plan; each such line is marked `other_layout` and reported whole. `owner_words` (the profile's) tell an
    owner's line in one cell a line (`cell_lines`), and its `document_words` a heading that ends such a table and a
    title under which a bare list is a plan (`headed_list`); its status rules (`status_of`) tell a status printed
    where a label or a list item opens (`Achieved - Developed ...`). Where every line of tab cells stands in one
    block of lines next to each other, the others read the text around them first: a tab table prints its cells
    along its rows, and a block of such lines in a plan of another layout is lines pasted in, which the tab reader
    took for a table of their own where their words name a plan's roles (no real text prints its tab cells so)."""
    tabbed = [line.number for line in lines if sum(1 for c in line.cells if c.text) >= 2]
    untabbed = partial(_around_other_layouts, lines, text, None, partial(
        _read_untabbed, role_of=role_of, owner_words=owner_words, document_words=document_words, status_of=status_of))
    if not tabbed:
        return untabbed()
    tab = partial(_around_other_layouts, lines, text, "tab", lambda shown, _: read_tab_table(shown, role_of))
    if tabbed[-1] - tabbed[0] < len(tabbed):  # one block: the lines numbered one after another
        return untabbed() or tab()
    return tab() or untabbed()  # tab-separated first: the converter's own columns


def _around_other_layouts(lines: list[Line], text: str, rendering: Rendering | None,
                          read: Callable[[list[Line], str], Layout | None]) -> Layout | None:
    """A reading (`read`, of `rendering`; None: of one that prints no tab) of the text without the lines of another
    layout that need no reading to be told, then, where its table's columns tell more, without those too; the lines
    left out are put back, marked (other_layouts.put_back). Where no reader answers, or one takes a line of those
    that stand out widest (other_layouts.widest) for the headings, the text is read again without them too, and the
    reading kept where its columns make them all another layout's. A reader that tells such lines by its own columns
    (fixed_width: a line run across them) marks them `other_layout`, and the text is read without those too; a tab
    table's text (a PDF's tables too) is read without the lines printed at the edge of every page, a running footer
    or header (ingest/running_lines.py), and without the lines the PDF reader marked, run across a table's cells
    (ingest/pdf_cells.runs_across); a reading that prints no tab (fixed-width columns: `pdftotext -layout`), without
    the running lines its own reading tells, its rows and headings read as the table's."""
    running = find_running_lines(lines, text) if rendering == "tab" else []
    running += [line for line in lines if line.layout == "other_layout"]  # a PDF's line run across a table's cells
    left = _joined(other_layout_lines(lines, rendering, None, None), running)
    layout = _read_without(lines, text, left, read)
    stray = widest(lines)
    if stray and (layout is None or _numbers(stray) & {ln.number for ln in layout.lines if ln.layout == "header"}):
        again = _read_without(lines, text, _joined(left, stray), read)
        if again is not None and _numbers(stray) <= _numbers(
                other_layout_lines(lines, again.rendering, len(again.columns), _headings(again))):
            layout, left = again, _joined(left, stray)
    if layout is None:
        return None
    if rendering is None:  # the lines of a reading that prints no tab are a table's by the reader's marks; left out
        found = _numbers(find_running_lines(list(layout.lines), text))  # as printed, not as the reader cut them
        running = _joined(running, [line for line in lines if line.number in found])
    marked = [line for line in layout.lines if line.layout == "other_layout" and line.number not in _numbers(left)]
    more = _joined(other_layout_lines(lines, layout.rendering, len(layout.columns), _headings(layout)), running,
                   marked)
    if _numbers(more) == _numbers(left):
        return layout
    return _read_without(lines, text, more, read) or layout


def _joined(*found: list[Line]) -> list[Line]:
    """The lines found by each rule, each line once (two rules may find one line)."""
    return list({line.number: line for lines in found for line in lines}.values())


def _headings(layout: Layout) -> int | None:
    """The number of the line that opens the reading's headings; None where it found none."""
    return next((line.number for line in layout.lines if line.layout == "header"), None)


def _numbers(lines: list[Line]) -> set[int]:
    return {line.number for line in lines}


def _read_without(lines: list[Line], text: str, left: list[Line],
                  read: Callable[[list[Line], str], Layout | None]) -> Layout | None:
    if not left:
        return read(lines, text)
    view = without(lines, text, left)
    layout = read(view.lines, view.text)
    return None if layout is None else put_back(layout, view)


def _read_untabbed(lines: list[Line], text: str, role_of: RoleOf, owner_words: OwnerWords | None,
                   document_words: DocumentWords | None, status_of: StatusOf | None) -> Layout | None:
    """The readers of the renderings other than tab-separated, in order. They are imported only when such a text
    comes: a PDF's tables never need them, and a PDF's first document is read in a child racing spaCy's load in its
    parent (council_actions.pipeline), where every import counts; a later document's child inherits them
    (`STAGE_MODULES` there)."""
    from council_actions.ingest.cell_lines import read_cell_lines
    from council_actions.ingest.code_list import read_code_list
    from council_actions.ingest.fixed_width import read_fixed_width
    from council_actions.ingest.headed_list import read_headed_list
    from council_actions.ingest.pipe_lines import read_pipe_lines
    from council_actions.ingest.pipe_tables import read_pipe_tables
    from council_actions.ingest.records import read_records
    from council_actions.ingest.slash_rows import read_slash_rows
    from council_actions.ingest.spaced_header import read_spaced_header
    from council_actions.ingest.spaced_rows import read_spaced_rows
    from council_actions.ingest.timed_paragraphs import read_timed_paragraphs
    from council_actions.ingest.two_columns import read_two_columns

    return (read_pipe_tables(lines, text, role_of) or read_pipe_lines(lines, role_of) or read_slash_rows(lines, role_of)
            or read_two_columns(lines, role_of) or read_records(lines, role_of, status_of)
            or read_cell_lines(lines, text, role_of, owner_words, document_words)
            or read_fixed_width(lines, role_of, owner_words, status_of)
            or read_spaced_header(lines, role_of, owner_words)
            or read_headed_list(lines, role_of, status_of, document_words)
            or read_timed_paragraphs(lines, document_words)
            or read_code_list(lines, status_of, owner_words, document_words)
            or read_spaced_rows(lines, role_of, owner_words, status_of))


def apply_layout(document: Document, role_of: RoleOf, owner_words: OwnerWords | None = None,
                 document_words: DocumentWords | None = None, status_of: StatusOf | None = None) -> Document:
    """The document with its lines re-cut as the rendering's reader says, and the table's columns; unchanged
    when no reader recognises a plan table. PDF tables already come in cells, and get their heading line found."""
    layout = relayout(list(document.iter_lines()), document.text, role_of, owner_words, document_words, status_of)
    if layout is None:
        return document
    by_number = {line.number: line for line in layout.lines}
    pages = tuple(replace(p, lines=tuple(by_number.get(ln.number, ln) for ln in p.lines)) for p in document.pages)
    rendering = "pdf_table" if document.media_type == "pdf" else layout.rendering
    return replace(document, pages=pages, rendering=rendering, columns=layout.columns,
                   issues=document.issues + layout.issues + lookalike_headings(layout))


def lookalike_headings(layout: Layout) -> tuple[Issue, ...]:
    """An issue at the header's line for each heading printed with Greek or Cyrillic letters that look like Latin
    ones (`Rеsponsible`, its `е` Cyrillic), which the heading rules read as the Latin letters (roles.heading_key):
    the auditor sees the heading was not compared as printed. The heading and the cells keep their characters."""
    header = next((line for line in layout.lines if line.layout == "header"), None)
    folded = [(column.heading, lookalikes_folded(column.heading)) for column in layout.columns]
    return tuple(warning("heading_lookalikes_folded", "ingest", _folding(printed, plain), header.text, header.span)
                 for printed, plain in folded if plain != printed and header is not None)


def _folding(printed: str, plain: str) -> str:
    """What was folded: the letters (by code point, as they do not show) and the heading as read."""
    letters = ", ".join(sorted({f"U+{ord(a):04X} as {b!r}" for a, b in zip(printed, plain, strict=True) if a != b}))
    return (f"column heading {printed!r} holds letters of another script that look like Latin ones ({letters}): "
            f"read as {plain!r} for its role; kept as printed")
