"""The action_spans bridge table: each value of an action cut into the pieces of text it was read from.

An action's own span (its provenance columns) runs from its first character to its last, which is not the same as
holding only its own words: a converter prints a row's cells side by side, and one line's cell can hold two actions'
recommendations (the seed plan's line 72: `Develop a communications plan ... of the CPC.  Plan and prepare for
follow-up CPC visit in Q2 2025/26.`, then both allocations), so the first action's range holds the second's words
and the second's the first's allocation. No one range can skip them; several can. So each value of an action
(`ACTION_FIELDS`) is cut into pieces, a piece the value's characters printed together on one line, each with its
own provenance, and the action's span stays what it was: the envelope of all of them (docs/output.md).

Pieces come from where the parsers found each run of a value (`Placement`: parsers/cleaning.placement): runs of
one value printed on one line with nothing but spaces or markup between them, and no paragraph mark, are one
piece; a value the parser placed no run of (a timeline read from a section heading, or the deadline its own
sentence closes on) is one piece at the value's own span, where it has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal, TypeVar, get_args

from council_actions.ingest import strip_html
from council_actions.ingest.model import Placement, Span, Stretch
from council_actions.parsers import marks_paragraph
from council_actions.parsers.records import Action

# The columns of `actions` a piece prints part of: the action's own text and every value read from its row's cells
# as printed; and `start_raw`, a start printed apart from the timeline (`Start date: August 2023`), which has no
# column of its own (its date is the start_date of the timeline it starts: normalise/starts.py), so its pieces are
# where an auditor finds the words that date came from
ActionField = Literal["action", "opportunity", "allocated_raw", "owner_raw", "support_raw", "timeline_raw",
                      "start_raw"]
ACTION_FIELDS: tuple[ActionField, ...] = get_args(ActionField)
WORD = re.compile(r"\w")
Source = tuple[str | None, Placement | None, Span | None]
F = TypeVar("F", bound=str)
R = TypeVar("R")
# Per field, the value, where its runs were printed, and its own span for a value placed by no run
SOURCES: dict[ActionField, Callable[[Action], Source]] = {
    "action": lambda a: (a.action, a.action_at, None),
    "opportunity": lambda a: (a.opportunity, a.opportunity_at, None),
    "allocated_raw": lambda a: (a.allocated_raw, a.allocated_at, a.allocated_span),
    "owner_raw": lambda a: (a.owner_raw, a.owner_at, a.owner_span),
    "support_raw": lambda a: (a.support_raw, a.support_at, a.support_span),
    "timeline_raw": lambda a: (a.timeline_raw, a.timeline_at, a.timeline_span),
    "start_raw": lambda a: (a.start_raw, a.start_at, a.start_span),
}


@dataclass(frozen=True)
class Piece:
    """A run of a value's characters, `value[start:end]`, printed together, and where."""

    start: int
    end: int
    span: Span


def action_pieces(action: Action, text: str) -> Iterator[tuple[ActionField, int, Piece]]:
    """The action's pieces, field by field in ACTION_FIELDS' order, each numbered from 1 within its field."""
    return field_pieces(SOURCES, action, text)


def field_pieces(sources: Mapping[F, Callable[[R], Source]], record: R, text: str) -> Iterator[tuple[F, int, Piece]]:
    """A record's pieces, field by field in the order of `sources` (a field's value, where its runs were printed,
    its own span: an action's SOURCES, an element's), each numbered from 1 within its field."""
    for field, source in sources.items():
        value, placed, own = source(record)
        if value:
            for seq, piece in enumerate(pieces(value, placed, own, text), 1):
                yield field, seq, piece


def pieces(value: str, placed: Placement | None, own: Span | None, text: str) -> list[Piece]:
    """The value's pieces: its placed runs, those printed together on one line joined (`_together`); the value's
    own span whole where no run of it is placed."""
    if placed is None or not placed.stretches:
        return [Piece(0, len(value), own)] if own is not None else []
    out: list[Piece] = []
    for stretch in placed.stretches:
        if out and _together(out[-1], stretch, text):
            out[-1] = _joined(out[-1], stretch)
        else:
            out.append(Piece(stretch.start, stretch.end, stretch.span))
    return out


def _together(piece: Piece, stretch: Stretch, text: str) -> bool:
    """Whether a run goes on the piece before it: the same characters (a rewritten cell places every run at the
    cell), or printed on the same line and page after it with no word between (spaces, a tag: `CH <sub>0</sub>
    HROD`; a PDF's words one by one) and no paragraph mark (a sentence's end and two spaces: a cell's paragraphs
    on one line are pieces of their own, as another action may answer one of them alone)."""
    before, after = piece.span, stretch.span
    if (before.char_start, before.char_end) == (after.char_start, after.char_end):
        return True
    one_line = before.line_start == before.line_end == after.line_start == after.line_end
    if not (one_line and before.page == after.page and 0 < before.char_end <= after.char_start):
        return False
    between = text[before.char_end - 1:after.char_start + 1]  # with the characters either side
    return not WORD.search(strip_html(between[1:-1])) and not marks_paragraph(between)


def _joined(piece: Piece, stretch: Stretch) -> Piece:
    """The piece grown by the run after it: its characters to the run's end, its box around both."""
    before, after = piece.span, stretch.span
    boxes = [box for box in (before.bbox, after.bbox) if box is not None]
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes)) if boxes else None
    span = Span(before.page, before.line_start, before.line_end, before.char_start,
                max(before.char_end, after.char_end), bbox)  # not dataclasses.replace: a tenth of the cost
    return Piece(piece.start, max(piece.end, stretch.end), span)
