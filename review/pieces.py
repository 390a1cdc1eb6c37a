"""An action's or an element's values at their pieces (the `action_spans` and `element_spans` tables), marked on
the source text the auditor reads.

An action's row spans from its first character to its last, and that range can hold a neighbour's words (the sample
plan's line 72 prints two recommendations in one cell, their allocations side by side). Marking the whole range told
the auditor nothing about which words are whose; each piece is marked instead, with the value it prints
(`field`: action, opportunity, allocated_raw, ...), so the page shows exactly the characters every value was read
from. An element's row is its whole table row (the theme and score column, the opportunities its actions answer), so
its printed id, characteristic, status note, notes and rating are marked the same way. A piece printed on lines
outside the row's (a finding printed once above several actions, which only the first action's row holds) is shown
in an excerpt of its own, as an owner printed apart is (review/rows.py `Apart`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from council_actions.output import TableRow
from council_actions.review.source import Excerpt, Marked, SourceText

# The order the page lists a row's values in, as action_spans and element_spans order their fields
# (output/action_spans.ACTION_FIELDS, output/element_spans.ELEMENT_FIELDS), and each one's words on the page
FIELD_WORDS: dict[str, str] = {"action": "action", "opportunity": "opportunity", "allocated_raw": "allocated",
                               "owner_raw": "owner", "support_raw": "support", "timeline_raw": "timeline",
                               "start_raw": "start", "printed_id": "printed id", "characteristic": "characteristic",
                               "status_note": "status", "notes": "notes", "status_raw": "rating"}


@dataclass(frozen=True)
class FieldApart:
    """A value's pieces printed on lines outside the row's: the field, those lines, and their excerpt."""

    field: str
    line_start: int
    line_end: int
    excerpt: Excerpt | None


@dataclass(frozen=True)
class Pieces:
    """An action's or an element's pieces: every one as the table holds it (field, then seq), and those printed
    outside the row's lines by field."""

    rows: tuple[TableRow, ...]
    apart: tuple[FieldApart, ...]
    start: str | None = None  # a start printed apart from the timeline, as its pieces print it: actions has no column

    @property
    def counts(self) -> list[tuple[str, str, int]]:
        """(field, its words on the page, how many pieces) of each value with pieces, in FIELD_WORDS' order."""
        fields = [str(p["field"]) for p in self.rows]
        return [(field, words, fields.count(field)) for field, words in FIELD_WORDS.items() if field in fields]


def by_row(rows: Iterable[TableRow], key: str) -> dict[str, list[TableRow]]:
    """A pieces table's rows by the row they are pieces of (`key`: action_id, element_id), each row's in
    FIELD_WORDS' order and then by seq."""
    order = {field: n for n, field in enumerate(FIELD_WORDS)}
    grouped: dict[str, list[TableRow]] = {}
    for row in sorted(rows, key=lambda r: (order.get(r["field"], len(order)), r["seq"])):
        grouped.setdefault(row[key], []).append(row)
    return grouped


def marks(rows: Iterable[TableRow]) -> tuple[Marked, ...]:
    """Each piece's characters and its field, for the excerpt to mark."""
    return tuple((row["char_start"], row["char_end"], str(row["field"])) for row in rows)


def value_pieces(action: TableRow, rows: list[TableRow], text: SourceText | None, shown: set[int]) -> Pieces:
    """The row's pieces (an action's or an element's), those printed outside its lines and the `shown` ones (an
    owner's or timeline's printed apart, whose excerpt marks them: rows.Apart) each field's together, with an
    excerpt of their lines marking their characters; and an action's start as printed (its pieces joined by a
    space)."""
    outside: dict[str, list[TableRow]] = {}
    for row in rows:
        lines = range(row["line_start"], row["line_end"] + 1)
        if (row["line_end"] < action["line_start"] or row["line_start"] > action["line_end"]) \
                and not shown.issuperset(lines):
            outside.setdefault(str(row["field"]), []).append(row)
    apart = []
    for field, pieces in outside.items():
        first, last = min(p["line_start"] for p in pieces), max(p["line_end"] for p in pieces)
        excerpt = text.excerpt(first, last, 0, 0, marks(pieces)) if text else None
        apart.append(FieldApart(field, first, last, excerpt))
    start = " ".join(text.text[p["char_start"]:p["char_end"]] for p in rows if p["field"] == "start_raw") if text \
        else ""
    return Pieces(tuple(rows), tuple(apart), start or None)
