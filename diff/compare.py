"""One later document against its counterpart: element and action changes, and each action's lineage.

A document with no counterpart is compared with nothing: every element and action of a document only in the
later revision is added, of one only in the earlier revision removed, so that counting `changes` rows by kind
accounts for every row of both revisions and no document drops out of an analyst's totals unseen.
"""

from __future__ import annotations

from council_actions.diff.pairing import ActionPair, Added, Paired, Removed, pair_actions
from council_actions.diff.records import (
    NOWHERE,
    ActionSide,
    Change,
    DocumentDiff,
    DocumentSide,
    Lineage,
    Provenance,
    ScoredElement,
)
from council_actions.diff.rules import KIND_ORDER, action_changes, element_status_change, score_change
from council_actions.output.contract import ChangeField, ChangeKind, LineageMatch
from council_actions.parsers import current_action_id


def compare_documents(earlier: DocumentSide | None, later: DocumentSide | None) -> DocumentDiff:
    """One document against its counterpart (None: it has none, and every row of it is added or removed)."""
    changes = _element_changes(_elements(earlier), _elements(later))
    pairs = pair_actions(_actions(earlier), _actions(later))
    lineage = []
    for pair in pairs:
        changes += _action_changes(pair)
        lineage.append(_lineage(pair, earlier.action_keys if earlier else {}))
    order = _element_order(earlier, later)
    changes.sort(key=lambda c: (order.get(c.element_id, len(order)), c.element_id, KIND_ORDER.index(c.change),
                                c.where.line_start or 0, c.previous_where.line_start or 0, c.field or ""))
    side = later if later is not None else earlier
    if side is None:  # a caller's mistake, not input: diff/__init__ compares only documents some revision holds
        raise ValueError("diff: compare_documents was given neither an earlier nor a later document")
    return DocumentDiff(later, earlier, tuple(changes), tuple(lineage), side)


def _elements(side: DocumentSide | None) -> tuple[ScoredElement, ...]:
    return side.elements if side is not None else ()


def _actions(side: DocumentSide | None) -> tuple[ActionSide, ...]:
    return side.actions if side is not None else ()


def _element_order(earlier: DocumentSide | None, later: DocumentSide | None) -> dict[str, int]:
    """Later reading order; elements only the earlier revision has come after, in their own order."""
    order: dict[str, int] = {}
    for element in _elements(later) + _elements(earlier):
        order.setdefault(element.element_id, len(order))
    for action in _actions(later) + _actions(earlier):
        order.setdefault(action.element_id, len(order))
    return order


def _element_changes(earlier: tuple[ScoredElement, ...], later: tuple[ScoredElement, ...]) -> list[Change]:
    """Elements added and removed, and each paired element's score and status changes: both, where both changed
    (a score colour and a rating in words are two fields, as an action's status and deadline are)."""
    before = {e.element_id: e for e in earlier}
    after = {e.element_id: e for e in later}
    changes = []
    for element_id, new in after.items():
        old = before.get(element_id)
        if old is None:
            changes.append(_element_change("element_added", new, NOWHERE, new))
            continue
        if (values := score_change(old, new)) is not None:
            changes.append(Change("score_changed", new.theme_no, element_id, None, None, "score", *values, new.where,
                                  old.where, new.score_rank, old.score_rank))
        if (values := element_status_change(old, new)) is not None:
            changes.append(Change("status_changed", new.theme_no, element_id, None, None, "status", *values,
                                  new.where, old.where))
    for element_id, old in before.items():
        if element_id not in after:
            changes.append(_element_change("element_removed", old, old.where, None))
    return changes


def _element_change(kind: ChangeKind, element: ScoredElement, previous_where: Provenance,
                    later: ScoredElement | None) -> Change:
    where = later.where if later is not None else NOWHERE
    return Change(kind, element.theme_no, element.element_id, None, None, None, None, None, where, previous_where)


def _action_changes(pair: ActionPair) -> list[Change]:
    match pair:
        case Added(later=new):
            return [_one("action_added", pair, None, None, new.text)]
        case Removed(earlier=old):
            return [_one("action_removed", pair, None, old.text, None)]
        case Paired(earlier=old, later=new):
            return [_one(rule.change, pair, rule.field, *values) for rule, values in action_changes(old, new)]


def _one(kind: ChangeKind, pair: ActionPair, field: ChangeField | None, before: str | None,
         after: str | None) -> Change:
    new, old = pair.later, pair.earlier
    return Change(kind, pair.side.theme_no, pair.side.element_id, new.action_id if new else None,
                  old.action_id if old else None, field, before, after,
                  new.where if new else NOWHERE, old.where if old else NOWHERE)


def _lineage(pair: ActionPair, earlier_keys: dict[str, str]) -> Lineage:
    old, new = pair.earlier, pair.later
    key = earlier_keys.get(current_action_id(old.action_id), old.action_id) if old else pair.side.action_id
    return Lineage(pair.side.element_id, old.element_id if old else None, new.action_id if new else None,
                   old.action_id if old else None, key, _match(pair), pair.similarity,
                   new.where if new else NOWHERE, old.where if old else NOWHERE)


def _match(pair: ActionPair) -> LineageMatch:
    match pair:
        case Added():
            return "added"
        case Removed():
            return "removed"
        case Paired(earlier=old, later=new):
            return "same" if old.words == new.words else "edited"
