"""Records of the diff stage: each revision's rows as read back from Parquet, and what pairing them finds.

Frozen and small, like the records between the ingest stages. Every side keeps
its provenance, so a change can point at the printed row on both sides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from council_actions.output.contract import ChangeField, ChangeKind, LineageMatch


class DiffError(ValueError):
    """Two revisions that cannot be compared; the message is one line for the user."""


class SameRevisionError(DiffError):
    """--from and --to name one revision (given so, or one by default): a usage error, exit 2 from the CLI."""


class RevisionOrderError(DiffError):
    """--from is dated after --to: a usage error, exit 2 from the CLI. The diff's tables are written under --to and
    its lineage carries the keys of --from's, so a diff the wrong way round would replace the later revision's
    lineage with one running backwards."""


@dataclass(frozen=True)
class Provenance:
    """Where a row was printed (page, lines, characters, box), read back from Parquet, so a change can point
    at the printed row on each side."""

    source_page: int | None
    line_start: int | None
    line_end: int | None
    char_start: int | None
    char_end: int | None
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


NOWHERE = Provenance(None, None, None, None, None)


@dataclass(frozen=True)
class ScoredElement:
    """An element's score in one document: the element row's, else its heatmap cell's (self-assessment pages)."""

    element_id: str
    theme_no: int | None
    score: str | None
    score_rank: int | None
    order: int
    where: Provenance
    status: str | None = None  # a rating in words, where the document rates the element so (elements.status)


@dataclass(frozen=True)
class ActionSide:
    """An action as one revision has it, ready to pair: its text without update notes, so a note added in a
    later revision does not make it another action."""

    action_id: str
    element_id: str
    theme_no: int | None
    order: int
    text: str          # the action as planned, update notes left out
    words: str         # the same, normalised for comparison
    notes: str | None  # update notes appended to it
    owners: str | None
    due_date: dt.date | None
    completed: bool
    where: Provenance
    progress: str | None = None  # the progress printed beside it (an update column), compared as words
    timeline: str | None = None  # its timeline phrases as printed, in order, joined by "; " (action_timelines)
    status: str | None = None    # the status the plan prints for it (actions.status: a RAG or status column)
    profile: str = "generic"     # the profile its owners are read with: its document's (glossaries.read_with)


@dataclass(frozen=True)
class DocumentSide:
    """One document of one revision as read back from its output folder: the elements and actions to pair,
    and the action keys an earlier diff gave, so lineage carries on across revisions."""

    revision: str
    document_id: str
    source_name: str
    council: str | None
    kind: str
    elements: tuple[ScoredElement, ...]
    actions: tuple[ActionSide, ...]
    action_keys: dict[str, str]  # action_id (current form) -> action_key, from this revision's own lineage, if any
    owners_note: str | None = None  # why its owners are read with another profile than at ingest (glossaries.py)
    lineage_from: str | None = None  # the revision the diff into its revision compared from (lineage_state.py)

    def element_ids(self) -> set[str]:
        """Every element the document names, in its elements table or through its actions: the overlap that tells
        two revisions' documents are the same plan (pairing.py)."""
        return {e.element_id for e in self.elements} | {a.element_id for a in self.actions}


@dataclass(frozen=True)
class Change:
    """One difference between paired rows (`changes` row): the kind, the field and its values before and after,
    with the provenance of both sides."""

    change: ChangeKind
    theme_no: int | None
    element_id: str
    action_id: str | None
    previous_action_id: str | None
    field: ChangeField | None
    before: str | None
    after: str | None
    where: Provenance
    previous_where: Provenance
    score_rank: int | None = None
    previous_score_rank: int | None = None


@dataclass(frozen=True)
class Lineage:
    """How an action of the later revision descends from the earlier one (`action_lineage` row): the stable
    action key, how the pair was made and how similar the texts are."""

    element_id: str
    previous_element_id: str | None  # the earlier side's; another than element_id where the action moved
    action_id: str | None
    previous_action_id: str | None
    action_key: str
    match: LineageMatch
    similarity: float | None
    where: Provenance
    previous_where: Provenance


@dataclass(frozen=True)
class DocumentDiff:
    """One later document against its counterpart in the earlier revision. A document with no counterpart has
    None on the other side: all its rows are added (only in the later revision) or removed (only in the earlier)."""

    later: DocumentSide | None
    earlier: DocumentSide | None
    changes: tuple[Change, ...]
    lineage: tuple[Lineage, ...]
    side: DocumentSide  # the later document, else the earlier one: the side that names this diff


@dataclass(frozen=True)
class RevisionDiff:
    """The diff of two revisions: one result per document paired by source name, the documents with no
    counterpart, and the earlier documents not ingested into the later revision (not compared), each named
    rather than silently skipped."""

    earlier: str
    later: str
    documents: tuple[DocumentDiff, ...]
    unpaired: tuple[str, ...]  # "revision/source name" of each document with no counterpart, either side
    absent: tuple[str, ...] = ()  # the same of each earlier document whose source the later revision lacks
    owners_notes: tuple[str, ...] = ()  # each revision and profile whose owners are read with other words than at
    # ingest, one line each (glossaries.read_with's note)
    lineage_notes: tuple[str, ...] = ()  # what is wrong with the chain of lineage: the earlier revision's, a revision
    # skipped, and once written, a later revision's that ran from the later one (lineage_state.py)
