"""The finding a list's heading prints above its actions: what every action under the heading answers.

Southend's FOI plan prints, under `Section A`, the ICO's recommendation the actions answer, then that
recommendation's own status ("This action has been completed."), then `Action Required` and the actions. The list
reader (ingest/headed_list.py) keeps that prose in the heading's row: its first paragraph in the opportunity column,
the paragraphs under it in the notes column. Every action under the heading answers it, as a template's action
answers the opportunity printed beside it: its opportunity and notes are each action's, where the action's own cells
print none. The status sentence is the recommendation's, not any action's (the second action is still continuing),
so it is kept in the actions' notes, as a keyed row's note on its finding is (`No gaps identified.`), never as their
status. The first action under the heading holds the finding's lines in its span, so nothing printed is lost; the
others share its values, not its span, as a keyed row's actions share a finding printed above them
(parsers/keyed_opportunities.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from council_actions.ingest.model import Line
from council_actions.parsers.table_rows import Row, Values

FINDING_ROLES = ("opportunity", "notes")  # what a heading's row prints of its finding


@dataclass(frozen=True)
class Finding:
    """A heading's finding: its values by role (FINDING_ROLES), and the lines printing it until an action holds
    them (then none: the actions after it share the values only)."""

    values: Values
    lines: tuple[Line, ...]


def is_finding(values: Values) -> bool:
    """A heading's row that prints a finding and no action (the prose above a list's `Action Required`)."""
    return bool(values.get("section") and values.get("opportunity") and not values.get("action"))


def finding_of(values: Values, row: Row, roles: list[str | None]) -> Finding:
    """The finding of a heading's row: its values in FINDING_ROLES, and the row's lines that print them (not the
    heading's own line, which is the section heading's)."""
    columns = {column for column, role in enumerate(roles) if role in FINDING_ROLES}
    return Finding({role: values[role] for role in FINDING_ROLES if values.get(role)},
                   tuple(line for line in row.lines if any(cell.column in columns for cell in line.cells)))


def answering(finding: Finding | None, row: Row, values: Values) -> tuple[Row, Values, Finding | None]:
    """An action's row and values with the finding it answers (its own values first), and the finding as the next
    action meets it: the first action's row takes the finding's lines, so its span holds them."""
    if finding is None:
        return row, values, None
    held = Row([*finding.lines, *row.lines], row.marker, row.shared, row.notes)
    return held, {**finding.values, **values}, replace(finding, lines=())
