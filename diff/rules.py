"""What counts as a change between two paired rows: one rule per kind, in the order changes are listed.

A rule reads the earlier and later row and returns (before, after) when its kind
of change happened, else None. `unless` names kinds that, when found on the same
pair, make this rule's finding part of theirs: a completion is not also a
deadline move. A row that only moved has equal values and so no change at all;
position is not a field any rule reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.diff.records import ActionSide, ScoredElement
from council_actions.output.contract import CHANGE_KINDS, ChangeField, ChangeKind

Values = tuple[str | None, str | None]


@dataclass(frozen=True)
class ActionRule:
    """A kind of change as a rule-table row: the field it reads, how it finds a change on a pair, and which
    kinds make it part of theirs (`unless`), so every kind is defined and tested in one place."""

    change: ChangeKind
    field: ChangeField
    finds: Callable[[ActionSide, ActionSide], Values | None]
    unless: tuple[ChangeKind, ...] = ()


def _completed(before: ActionSide, after: ActionSide) -> Values | None:
    return ("open", "complete") if after.completed and not before.completed else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _deadline(before: ActionSide, after: ActionSide) -> Values | None:
    return (_iso(before.due_date), _iso(after.due_date)) if before.due_date != after.due_date else None


def owner_set(owners: str | None) -> set[str]:
    """Owners compared as a set: the same owners listed in another order are no change."""
    return {o.strip() for o in (owners or "").split(";") if o.strip()}


def _owners(before: ActionSide, after: ActionSide) -> Values | None:
    return (before.owners, after.owners) if owner_set(before.owners) != owner_set(after.owners) else None


def _edited(before: ActionSide, after: ActionSide) -> Values | None:
    return (before.text, after.text) if before.words != after.words else None


def _update(before: ActionSide, after: ActionSide) -> Values | None:
    """A note the later revision appended; a note carried over unchanged is no change."""
    if not after.notes or after.notes == before.notes:
        return None
    if before.notes and after.notes.startswith(before.notes):
        return before.notes, after.notes[len(before.notes):].strip()
    return before.notes, after.notes


ACTION_RULES: tuple[ActionRule, ...] = (
    ActionRule("status_completed", "status", _completed),
    ActionRule("deadline_moved", "due_date", _deadline, unless=("status_completed",)),
    ActionRule("owners_changed", "owners", _owners),
    ActionRule("action_edited", "action", _edited),
    ActionRule("update_added", "update", _update),
)


def action_changes(before: ActionSide, after: ActionSide) -> list[tuple[ActionRule, Values]]:
    """Every rule that finds a change on the pair, less those another finding includes (`unless`)."""
    found = [(rule, values) for rule in ACTION_RULES if (values := rule.finds(before, after)) is not None]
    kinds = {rule.change for rule, _ in found}
    return [(rule, values) for rule, values in found if not kinds & set(rule.unless)]


def score_change(before: ScoredElement, after: ScoredElement) -> Values | None:
    """An element's score before and after, if it changed; a move alone is no change."""
    return (before.score, after.score) if before.score != after.score else None


# The order kinds are listed in, summaries and tables alike: the contract's vocabulary.
KIND_ORDER: tuple[ChangeKind, ...] = CHANGE_KINDS
