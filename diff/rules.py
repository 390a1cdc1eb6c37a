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
from functools import lru_cache

from council_actions.diff.glossaries import GENERIC, glossary_of
from council_actions.diff.records import ActionSide, ScoredElement
from council_actions.normalise import held_posts, owner_pieces, person_and_post
from council_actions.output.contract import CHANGE_KINDS, ChangeField, ChangeKind
from council_actions.parsers import ACTION_TEXT_NOISE

from council_actions.owner_rules import word_rules

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


def _reopened(before: ActionSide, after: ActionSide) -> Values | None:
    """Complete in the earlier revision, not in the later: the plan took it up again (a timeline `complete` replaced
    by a date, a status `Complete` by `Amber`), or no longer says it is done. `complete` -> the status the later
    revision gives it, `open` where it gives none: not a status changed to nothing, nor a deadline moved from none."""
    return ("complete", after.status or "open") if before.completed and not after.completed else None


def _status(before: ActionSide, after: ActionSide) -> Values | None:
    """The status the plan prints for the action (its RAG or status column, `actions.status`) is another in the
    later revision: none printed, then `on_track` (Maidstone's climate action 1.1, adopted in 2020, rated Green in
    2022), or `on_track` then `delayed`. What a quarterly progress report exists to say."""
    return (before.status, after.status) if before.status != after.status else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _deadline(before: ActionSide, after: ActionSide) -> Values | None:
    return (_iso(before.due_date), _iso(after.due_date)) if before.due_date != after.due_date else None


def owner_set(owners: str | None) -> set[str]:
    """Owners compared as a set: the same owners listed in another order are no change."""
    return {o.strip() for o in (owners or "").split(";") if o.strip()}


@dataclass(frozen=True)
class OwnerMatch:
    """A way two revisions print one owner, as a rule-table row with an example pair each (the tests read them, with
    the profile named beside): an owner is reported changed only where no row finds its counterpart on the other
    side, read with the glossary and words of either revision's profile (diff/glossaries.py)."""

    name: str
    same: Callable[[str, str, str], bool]  # (one owner, the other, the profile they are read with)
    example: tuple[str, str]
    profile: str = GENERIC


def _key(owner: str, profile: str) -> str:
    """The owner's glossary key, where the profile knows it by that spelling; else the owner as printed."""
    return glossary_of(profile).key_of(owner) or owner


@lru_cache(maxsize=4096)
def _parts(owner: str, profile: str) -> frozenset[str]:
    """A person printed with their post ("A. Smith, Head of Policy", "David Trigwell (Head of Planning)":
    normalise/owner_split's person_with_post) is that person and that post, and one printed with two posts ("Head
    of Finance & S151 Officer": two_posts) is each post; any other owner is itself alone. Each by its glossary key
    where the profile knows it, with the profile's owner words, as ingest read the cell."""
    glossary = glossary_of(profile)
    pieces = owner_pieces(owner, glossary.knows, words=glossary.words)
    parts: tuple[str, ...] = (owner,)
    if len(pieces) == 1 and pieces[0].shape == "person_with_post":
        parts = person_and_post(pieces[0].text)
    elif len(pieces) == 1 and pieces[0].shape == "two_posts":
        parts = held_posts(owner, word_rules(glossary.words)) or (owner,)
    return frozenset(_key(part, profile) for part in parts)


def _part_of(one: str, other: str, profile: str) -> bool:
    mine, theirs = _key(one, profile), _key(other, profile)
    return mine != theirs and (mine in _parts(other, profile) or theirs in _parts(one, profile))


OWNER_MATCHES: tuple[OwnerMatch, ...] = (
    OwnerMatch("as_printed", lambda one, other, profile: one == other, ("HoPC", "HoPC")),
    # Maidstone's governance action plan 2014-15 ingested under the generic profile, then 2015-16 under Maidstone's:
    # the post kept as printed, then keyed by the profile that knows it (diff/glossaries.py)
    OwnerMatch("one_glossary_owner", lambda one, other, profile: _key(one, profile) == _key(other, profile),
               ("Head of Policy and Communications", "HoPC"), "maidstone"),
    # Maidstone's governance action plan, 2014-15 then 2015-16: the post kept, the officer's name dropped. Two
    # different people with one post ("A. Smith, Head of Policy" -> "B. Jones, Head of Policy") are still a change.
    OwnerMatch("name_or_post_dropped", _part_of,
               ("Angela Woodhouse, Head of Policy and Communications", "Head of Policy and Communications")),
    # one person's two posts, one of them dropped in the next revision (made up: no sample revises such a cell)
    OwnerMatch("one_of_two_posts", _part_of, ("Head of Finance & S151 Officer", "Head of Finance")),
)


def same_owner(one: str, other: str, profiles: tuple[str, ...] = (GENERIC,)) -> bool:
    """Whether two printed owners are one owner by some row of OWNER_MATCHES, read with any of the profiles."""
    return any(match.same(one, other, profile) for profile in profiles for match in OWNER_MATCHES)


def _profiles(before: ActionSide, after: ActionSide) -> tuple[str, ...]:
    """The profiles the two sides' documents were ingested with, each once: an owner either knows is one owner."""
    return tuple(dict.fromkeys((before.profile, after.profile)))


def owners_in_common(before: ActionSide, after: ActionSide) -> bool:
    """Whether two revisions' actions share an owner (OWNER_MATCHES): evidence that two actions are one."""
    profiles = _profiles(before, after)
    return any(same_owner(old, new, profiles) for old in owner_set(before.owners) for new in owner_set(after.owners))


def _unmatched(owners: set[str], others: set[str], profiles: tuple[str, ...]) -> bool:
    return any(not any(same_owner(owner, other, profiles) for other in others) for owner in owners)


def _owners(before: ActionSide, after: ActionSide) -> Values | None:
    old, new, profiles = owner_set(before.owners), owner_set(after.owners), _profiles(before, after)
    return (before.owners, after.owners) if _unmatched(old, new, profiles) or _unmatched(new, old, profiles) else None


def _edited(before: ActionSide, after: ActionSide) -> Values | None:
    return (before.text, after.text) if before.words != after.words else None


def _reworded(before: ActionSide, after: ActionSide) -> Values | None:
    """The timeline printed in other words with the same due date ("Quarterly with updates to Audit Committee in
    October and March" -> "Quarterly meetings with updates to Audit Committee and CLT every six months."): what
    the plan says of when has changed though no date did. The same words laid out otherwise are no change."""
    return (before.timeline, after.timeline) if _words(before.timeline) != _words(after.timeline) else None


def _update(before: ActionSide, after: ActionSide) -> Values | None:
    """A note the later revision appended; a note carried over unchanged is no change."""
    if not after.notes or after.notes == before.notes:
        return None
    if before.notes and after.notes.startswith(before.notes):
        return before.notes, after.notes[len(before.notes):].strip()
    return before.notes, after.notes


def _words(text: str | None) -> str:
    return ACTION_TEXT_NOISE.sub(" ", (text or "").lower()).strip()


def _progress(before: ActionSide, after: ActionSide) -> Values | None:
    """The progress printed beside the action (an `Action Update` or `Response` column) is the update a later
    revision brings, reported as one; the same words laid out otherwise (a browser copy) are no change."""
    if not after.progress or _words(after.progress) == _words(before.progress):
        return None
    return before.progress, after.progress


ACTION_RULES: tuple[ActionRule, ...] = (
    ActionRule("status_completed", "status", _completed),
    ActionRule("status_reopened", "status", _reopened),
    ActionRule("status_changed", "status", _status, unless=("status_completed", "status_reopened")),
    ActionRule("deadline_moved", "due_date", _deadline, unless=("status_completed", "status_reopened")),
    ActionRule("owners_changed", "owners", _owners),
    ActionRule("action_edited", "action", _edited),
    ActionRule("action_edited", "timeline", _reworded, unless=("deadline_moved", "status_completed",
                                                                "status_reopened")),
    ActionRule("update_added", "update", _update),
    ActionRule("update_added", "update", _progress),
)


def action_changes(before: ActionSide, after: ActionSide) -> list[tuple[ActionRule, Values]]:
    """Every rule that finds a change on the pair, less those another finding includes (`unless`)."""
    found = [(rule, values) for rule in ACTION_RULES if (values := rule.finds(before, after)) is not None]
    kinds = {rule.change for rule, _ in found}
    return [(rule, values) for rule, values in found if not kinds & set(rule.unless)]


def score_change(before: ScoredElement, after: ScoredElement) -> Values | None:
    """An element's score before and after, if it changed; a move alone is no change."""
    return (before.score, after.score) if before.score != after.score else None


def element_status_change(before: ScoredElement, after: ScoredElement) -> Values | None:
    """A part's rating in words before and after, if it changed (Belfast's objective `Achieved`, then `Partially
    achieved`: elements.status); a score colour's change is `score_change`'s."""
    return (before.status, after.status) if before.status != after.status else None


# The order kinds are listed in, summaries and tables alike: the contract's vocabulary.
KIND_ORDER: tuple[ChangeKind, ...] = CHANGE_KINDS
