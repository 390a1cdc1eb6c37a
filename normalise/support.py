"""Owners who support an action's lead, printed in a column of their own (`Assisted by`), as action_owners rows.

The Isle of Wight's Best Value action plan schedule (2002) prints `Led by` and `Assisted by` side by side: `Mike` /
`Malcolm`, Mike leading the item, Malcolm assisting. The supporting column (the profile's heading role `support`) names
owners of the action as the owner column does, read by the same shapes (`Phil/Nick`: two) and resolved by the same
glossary, each with role `support`; and where a row names any, the owners beside them in its owner column lead it
(role `lead`, unless their own cell's words say another part). A row with no supporting owner leaves its owner column's
owners as their cell's words have them: a column headed `Led by` alone says no more than any owner column does. A
supporting cell printing no letter or digit (`?`: the schedule's 2.9, its assistant still to be found) names nobody; it
stays in actions.support_raw as printed. An owner printed in both cells is one owner, the lead.
"""

from __future__ import annotations

from dataclasses import replace

from council_actions.normalise.columns import read_as_one, shape_repair
from council_actions.normalise.owner_split import owner_pieces
from council_actions.normalise.owners import OwnerGlossary
from council_actions.normalise.records import OwnerMention
from council_actions.normalise.reported import unknown_owner
from council_actions.parsers.records import Action

from council_actions.issues import Issue


def with_support(action: Action, owners: list[OwnerMention], glossary: OwnerGlossary, alone: frozenset[str]
                 ) -> tuple[list[OwnerMention], list[Issue]]:
    """The action's owners with those its supporting cell names after them (role `support`, each once, spanning its
    own text in the cell), the owners before them its leads where it names any; and the issues of what the reading
    could not resolve or guessed at. `alone`: as normalise_columns'."""
    text = action.support_raw or ""
    if not any(c.isalnum() for c in text):
        return owners, []
    keys = {o.owner_key for o in owners}
    added: list[OwnerMention] = []
    issues: list[Issue] = []
    for piece in owner_pieces(text, glossary.knows, lambda name: name.lower() in alone, glossary.words,
                              glossary.is_group):
        own = (action.support_at.span(piece.start, piece.end) if action.support_at else None) \
            or action.support_span or action.span
        if piece.shape == "body_list":
            issues.append(read_as_one(piece.text, own, action.element_id))
        match = glossary.resolve(piece.known_as or piece.text, text)
        if match.key in keys:
            continue
        keys.add(match.key)
        repair = "; ".join(filter(None, [match.repair, shape_repair(piece)])) or None
        added.append(OwnerMention(action.action_id, len(owners) + len(added) + 1, match.key, match.title, piece.text,
                                  match.match, repair, match.score, own, match.title_confirmed, role="support"))
        if match.match == "unknown":
            issues.append(unknown_owner(piece.text, match, own, action.element_id))
    leads = [replace(o, role=o.role or "lead") for o in owners] if added else owners
    return leads + added, issues
