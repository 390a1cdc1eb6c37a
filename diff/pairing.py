"""Pair documents, then actions, of two revisions.

Documents pair within council and kind by the element ids they share, then by
the actions they word the same. Actions pair first by identical wording (update
notes left out), then by evidence: text similarity from rapidfuzz, the element
they sit under, their owners and their due date. The thresholds are a table so
tests and the README can name them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from council_actions.diff.records import ActionSide, DocumentSide
from council_actions.diff.rules import owners_in_common
from rapidfuzz import fuzz, process


@dataclass(frozen=True)
class Thresholds:
    """Similarity (0-100: the mean of rapidfuzz's ratio and token_set_ratio over normalised words) at which two
    actions are one action edited; below it they are one removed and one added."""

    edited: float = 70.0        # same element: reworded, typo fixed, clause added
    with_evidence: float = 60.0  # same element, and an owner in common (one added or dropped) or the same due date
    moved: float = 85.0          # under another element: only a near-identical text follows it there


THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Paired:
    """One action in both revisions: the same wording (similarity 100) or one edited into the other."""

    earlier: ActionSide
    later: ActionSide
    similarity: float

    @property
    def side(self) -> ActionSide:
        """The later revision's action, which a change is reported by (its theme, element and id)."""
        return self.later


@dataclass(frozen=True)
class Added:
    """An action only the later revision has."""

    later: ActionSide
    earlier: None = None
    similarity: None = None

    @property
    def side(self) -> ActionSide:
        """The later revision's action, the only one it has."""
        return self.later


@dataclass(frozen=True)
class Removed:
    """An action only the earlier revision has."""

    earlier: ActionSide
    later: None = None
    similarity: None = None

    @property
    def side(self) -> ActionSide:
        """The earlier revision's action, the only one it has."""
        return self.earlier


# Three types, not one with two optional sides: a pair with neither side cannot be built, and a reader that
# matches on the type knows which sides it holds.
ActionPair = Paired | Added | Removed


def pair_documents(earlier: list[DocumentSide], later: list[DocumentSide]) -> list[tuple[DocumentSide, DocumentSide]]:
    """Greedy by shared element ids (Jaccard), then by actions worded the same (Jaccard), then source-name likeness;
    a document pairs at most once. Between plans that print no element ids the actions decide, before the names: a
    committee's papers saved as `appendix_a.txt` and `appendix_b.txt` may swap names between meetings."""
    candidates = []
    for i, old in enumerate(earlier):
        for j, new in enumerate(later):
            if old.kind != new.kind or not _same_council(old, new):
                continue
            overlap = _jaccard(_pairing_ids(old), _pairing_ids(new))
            alike = _jaccard({a.words for a in old.actions}, {a.words for a in new.actions})
            if overlap > 0 or alike > 0 or old.source_name == new.source_name:
                candidates.append((-overlap, -alike, -fuzz.ratio(old.source_name, new.source_name), i, j))
    pairs, used_old, used_new = [], set(), set()
    for *_, i, j in sorted(candidates):
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((earlier[i], later[j]))
    return sorted(pairs, key=lambda pair: later.index(pair[1]))


def _same_council(old: DocumentSide, new: DocumentSide) -> bool:
    """Of one council, or of the same source name with the council unknown on one side: a file first read with no
    profile that names its council (Maidstone's governance plan 2014-15, printing none) and next under the council's
    own, is still the file, as `was_reingested` holds. Unknown alone is not enough: a national run's plans of councils
    unknown share element ids (`1.1`) and owners with plans of councils named."""
    if old.council == new.council:
        return True
    return (old.council is None or new.council is None) and old.source_name == new.source_name


def _pairing_ids(document: DocumentSide) -> set[str]:
    """The element ids that tell two revisions' documents are one plan: never the empty id (actions under no
    element), which any two plans printing no ids share. A council publishes several such plans (Maidstone's
    governance action plan, its scrutiny committees' recommendation plans, its Strategic Plan's action plan), and a
    national run's unknown councils hold many (Croydon's FOI plan, Powys' play plan); those pair by an action worded
    the same or their source name, never as one plan rewritten into another."""
    return document.element_ids() - {""}


def reingested(later: list[DocumentSide]) -> dict[str, frozenset[str | None]]:
    """The source names the later revision holds, each with the councils it holds that name of (`was_reingested`)."""
    held: dict[str, set[str | None]] = {}
    for document in later:
        held.setdefault(document.source_name, set()).add(document.council)
    return {name: frozenset(councils) for name, councils in held.items()}


def was_reingested(earlier: DocumentSide, held: dict[str, frozenset[str | None]]) -> bool:
    """Whether the later revision holds the earlier document's source again: its source name, of its council. A file
    read another way is still the file (any kind; a council unknown on one side, as a file first read without a
    manifest): one not held was left out of that ingest, or withdrawn, which the revision cannot tell. But one name of
    two councils named is two files: a national run keeps each council's files in a folder of its own, and councils
    name theirs alike (`action_plan.pdf`), so another council's file of that name says nothing of this one."""
    councils = held.get(earlier.source_name, frozenset())
    return earlier.council in councils or (bool(councils) and (earlier.council is None or None in councils))


def _jaccard(one: set[str], other: set[str]) -> float:
    union = one | other
    return len(one & other) / len(union) if union else 0.0


def pair_actions(earlier: tuple[ActionSide, ...], later: tuple[ActionSide, ...],
                 thresholds: Thresholds = THRESHOLDS) -> list[ActionPair]:
    """Every action of both sides exactly once: paired, added (no earlier) or removed (no later)."""
    pairs: dict[int, Paired] = {}
    free_old, free_new = set(range(len(earlier))), set(range(len(later)))
    for i, j in _identical(earlier, later):
        pairs[j] = Paired(earlier[i], later[j], 100.0)
        free_old.discard(i)
        free_new.discard(j)
    for i, j, similarity in _similar(earlier, later, sorted(free_old), sorted(free_new), thresholds):
        if i in free_old and j in free_new:
            pairs[j] = Paired(earlier[i], later[j], similarity)
            free_old.discard(i)
            free_new.discard(j)
    result: list[ActionPair] = [pairs[j] if j in pairs else Added(later[j]) for j in range(len(later))]
    return result + [Removed(earlier[i]) for i in sorted(free_old)]


def _identical(earlier: tuple[ActionSide, ...], later: tuple[ActionSide, ...]) -> Iterator[tuple[int, int]]:
    waiting: dict[tuple[str, str], list[int]] = {}
    for i, action in enumerate(earlier):
        waiting.setdefault((action.element_id, action.words), []).append(i)
    for j, action in enumerate(later):
        queue = waiting.get((action.element_id, action.words))
        if queue:
            yield queue.pop(0), j


def _similar(earlier: tuple[ActionSide, ...], later: tuple[ActionSide, ...], old: list[int], new: list[int],
             thresholds: Thresholds) -> list[tuple[int, int, float]]:
    """Candidate pairs that pass the thresholds, strongest evidence first (ties in reading order)."""
    if not old or not new:
        return []
    texts_old, texts_new = [earlier[i].words for i in old], [later[j].words for j in new]
    ratio = process.cdist(texts_old, texts_new, scorer=fuzz.ratio)
    token_set = process.cdist(texts_old, texts_new, scorer=fuzz.token_set_ratio)
    candidates = []
    for a, i in enumerate(old):
        for b, j in enumerate(new):
            similarity = round((float(ratio[a][b]) + float(token_set[a][b])) / 2, 1)
            before, after = earlier[i], later[j]
            evidence = int(owners_in_common(before, after)) + \
                int(before.due_date is not None and before.due_date == after.due_date)
            same_element = before.element_id == after.element_id
            if same_element and (similarity >= thresholds.edited or
                                 (evidence and similarity >= thresholds.with_evidence)):
                candidates.append((-(similarity + 5 * evidence + 10), i, j, similarity))
            elif not same_element and similarity >= thresholds.moved:
                candidates.append((-(similarity + 5 * evidence), i, j, similarity))
    return [(i, j, similarity) for _, i, j, similarity in sorted(candidates)]
