"""A table row whose one cell is printed across the columns right of it: a heading over the rows under it.

A PDF table's cell merged across every column (Kent's ICS priorities slides: `Develop a system wide approach to
reduce poor outcomes and reduce health inequalities ...` over the Public Health rows, each with its own `Led by`,
`Timescale` and `Measure`) is read into the first column, the action's; what tells it from an action is where its
words are printed: they run on under the headings of the columns to its right, where an action's words, kept inside
their cell, never reach. Text input keeps no boxes, so there this says nothing.
"""

from __future__ import annotations

from council_actions.ingest import heading_text
from council_actions.ingest.model import Cell

from council_actions.span import Span

REACH = 2.0  # points: words reaching this far past a heading's left edge are printed under it


def printed_across(cell: Cell, headings: dict[int, tuple[str, Span]]) -> bool:
    """Whether the cell's words run on past the left edge of the heading of a column right of its own (a PDF's
    boxes; text input has none)."""
    box = cell.span.bbox
    if box is None:
        return False
    return any(column > cell.column and span.bbox is not None and box[2] > span.bbox[0] + REACH
               for column, (_, span) in headings.items())


def across_heading(cells: list[Cell]) -> tuple[str, Span]:
    """The heading a row printed across the table gives the rows under it: its cell's lines, every one (Kent's
    `CYPE recognise the importance ...` runs over three), as one text, spanning them all."""
    return heading_text(" ".join(cell.text for cell in cells)), Span.union([cell.span for cell in cells])
