"""Rows that list what the action right above them leads into with a colon: items of that action, not actions.

Kent's GET slide (ICS priorities, page 29) closes an action's cell on `Services involved in this activity include:`
and prints the services in the table's next rows, one a row, each its name in the action column and a Shared Outcome
beside it, no owner, no timescale. Read as rows of their own they were seven actions with no owner and no time; they
are the list the action's last words open, as an item under a lead-in is its heading's (ingest/lead_ins.py). Each
such row goes into that action: its words and the values beside them into the action's notes (`Green social
prescribing network (Shared Outcome: SO2,SO3)`), its lines into the action's span, so nothing printed is lost, and
the action's own text, what revisions match it by, stays as printed. A row printing an owner, a time or a status,
or a heading between them, ends the list: that is an action again (parsers/row_kinds.py's ROW_KINDS).
"""

from __future__ import annotations

from dataclasses import replace

from council_actions.parsers.table_action import TableReading
from council_actions.parsers.table_rows import Row, Values

from council_actions.span import Span

LEADS_INTO = ":"  # a colon closing a cell's text: what follows is its list (English punctuation, no council's words)


def lists_under(values: Values, row: Row, about: tuple[str, ...], reading: TableReading) -> bool:
    """Whether the row is an item of the list the last action opens: action text and nothing `about` the action
    (owner, time, status ...), no reference of its own, straight under that action's lines, whose text closes on
    a colon. The last action is the one the reading keeps (`TableReading.last`): asked of every row with action
    text, a look into the actions list would read it once a row, more than the parse reads it whole."""
    last = reading.last
    return (last is not None and bool(values.get("action")) and not values.get("element")
            and not any(values.get(role) for role in about) and last.action.rstrip().endswith(LEADS_INTO)
            and row.lines[0].number == last.span.line_end + 1)


def add_listed(values: Values, row: Row, reading: TableReading) -> None:
    """The item into the action above it: its words, with the notes its row prints in brackets, after the action's
    notes; its lines into the action's span."""
    last = reading.last
    if last is None:  # lists_under took the row only under an action
        raise ValueError("a listed item with no action above it")
    item, noted = values["action"][0], values.get("notes")
    said = f"{item} ({noted[0]})" if noted else item
    reading.amend_last(replace(last, notes="; ".join(filter(None, [last.notes, said])),
                               span=Span.union([last.span, row.span])))
