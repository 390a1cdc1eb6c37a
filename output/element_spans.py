"""The element_spans bridge table: each printed value of an element cut into the pieces of text it was read from,
as action_spans cuts an action's (output/action_spans.py, whose pieces these are made by).

An element's own span (its provenance columns) is its whole row: the theme and score column, the characteristic
with any status note printed inside it, and the opportunities beside them, a line's cells side by side. An auditor
checking a printed id or a characteristic had to find it in that range among the other columns' words, and a value
with words cut out of the middle (a characteristic around `(Previously G002 in the draft guidance)`, which is its
status_note) is no one range of it. So each printed value of an element (`ELEMENT_FIELDS`) is cut into pieces,
a piece its characters printed together on one line, each with its own provenance; the element's span stays the
row's.

Pieces come from where each value was printed (the `*_at` placements the readers stamp on an Element: the
characteristic's cells, the id's own characters, a rating's line). A value printed other than as it reads (a
heading's markup cleaned out of a part's name) is one piece at the text it was read from whole, as an action's
rewritten cell is; an element_id repaired from its printed id (`Cl002` read as `CI002`) has no piece of its own:
the printed id's piece prints `Cl002`, and `id_method` says the id was repaired.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal, get_args

from council_actions.output.action_spans import Piece, Source, field_pieces
from council_actions.parsers.records import Element

# The columns of `elements` a piece prints part of: every value read as printed (the score is a key of the profile's,
# read from a word or a colour, and is checked at the row)
ElementField = Literal["printed_id", "characteristic", "status_note", "notes", "status_raw"]
ELEMENT_FIELDS: tuple[ElementField, ...] = get_args(ElementField)
# Per field, the value and where its runs were printed; no value of an element is placed by a span of its own
SOURCES: dict[ElementField, Callable[[Element], Source]] = {
    "printed_id": lambda e: (e.printed_id, e.printed_id_at, None),
    "characteristic": lambda e: (e.characteristic, e.characteristic_at, None),
    "status_note": lambda e: (e.status_note, e.status_note_at, None),
    "notes": lambda e: (e.notes, e.notes_at, None),
    "status_raw": lambda e: (e.status_raw, e.status_raw_at, None),
}


def element_pieces(element: Element, text: str) -> Iterator[tuple[ElementField, int, Piece]]:
    """The element's pieces, field by field in ELEMENT_FIELDS' order, each numbered from 1 within its field."""
    return field_pieces(SOURCES, element, text)
