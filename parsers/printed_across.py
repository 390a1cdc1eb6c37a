"""A table row whose one cell is printed across the columns right of it: a heading over the rows under it, or the
prose that introduces them.

A PDF table's cell merged across every column (Kent's ICS priorities slides: `Develop a system wide approach to
reduce poor outcomes and reduce health inequalities ...` over the Public Health rows, each with its own `Led by`,
`Timescale` and `Measure`) is read into the first column, the action's; what tells it from an action is where it is
printed: its box runs past the last column's edge (ingest/pdf_cells.spans_table), even where its words end inside the
first column (`Climate Change Adaptation`), or its words run on under the headings of the columns to its right,
where an action's words, kept inside their cell, never reach. Text input keeps no boxes, so there this says nothing.

Such a cell of several sentences is no heading but the prose introducing the rows under it (CYPE's `CYPE recognise
the importance of early years influences ... Key priorities include:-`, Adult Social Care's two sentences over its
headed parts): what every action under it answers, its finding (parsers/findings.py), as the prose Newham prints
above its table is. A heading is a name, not sentences: Kent's one-line aims and headings hold no sentence's end.
"""

from __future__ import annotations

import re

from council_actions.ingest import heading_text
from council_actions.ingest.model import Cell
from council_actions.parsers.findings import Finding, printed_at
from council_actions.parsers.table_rows import Row

from council_actions.span import Span

REACH = 2.0  # points: words reaching this far past a heading's left edge are printed under it
SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")  # a sentence ends and the next begins: prose, not a heading's name


def printed_across(cell: Cell, headings: dict[int, tuple[str, Span]]) -> bool:
    """Whether the cell is one merged across the table (its box, ingest/pdf_cells.spans_table) or its words run on
    past the left edge of the heading of a column right of its own (a PDF's boxes; text input has none)."""
    box = cell.span.bbox
    if cell.across_table:
        return True
    if box is None:
        return False
    return any(column > cell.column and span.bbox is not None and box[2] > span.bbox[0] + REACH
               for column, (_, span) in headings.items())


def across_part(cells: list[Cell], row: Row) -> tuple[tuple[str, Span] | None, Finding | None]:
    """What a row printed across the table gives the rows under it: the heading its cell's lines make, every one
    (Kent's Public Health aim runs over two), as one text spanning them all; or, where that text holds more than one
    sentence, no heading but the finding every action under it answers, held by the first one's span (its row's
    lines)."""
    text, span = heading_text(" ".join(cell.text for cell in cells)), Span.union([cell.span for cell in cells])
    if SENTENCE_INSIDE.search(text):
        return None, Finding({"opportunity": (text, span)}, tuple(row.lines), printed_at(text, cells))
    return (text, span), None
