"""Whether a revision's `action_lineage` carries each action's first id on: the one place that decides it.

`action_key` is carried from diff to diff: a diff into revision S takes each paired action's key from the lineage of
the revision R it compares from. So the keys of S are right only where R's lineage was whole and written before S's
diff. Three ways it is not, each a rule of LINEAGE_RULES with a real case in tests/diff/test_lineage_state.py:

- `behind`: R was ingested again since its own diff, and its lineage does not hold some of its actions (a newer
  version reading their words otherwise gives them other ids);
- `missing`: no diff was run into R at all (a pair skipped), though an earlier revision holds its plan;
- `out_of_step`: R's keys are not the ones its lineage carries from the revision before it, because that
  revision's lineage was written, or written again, after R's diff (the pairs diffed out of order).

`diff` asks it of the revision it compares from; `read-table action_lineage` of each revision it reads and of the
one that revision's lineage runs from. Each note names the diff to run again, the command adding what follows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
from council_actions.diff.pairing import pair_documents
from council_actions.diff.read import read_revision, table_rows
from council_actions.diff.records import DocumentSide
from council_actions.output import ALL_REVISIONS, TableRow, revisions, source_names, unreadable
from council_actions.parsers import current_action_id

from council_actions.counted import counted


@dataclass(frozen=True)
class LineageNote:
    """What is wrong with one revision's lineage, and the diff (`--from rerun_from --to revision`) that mends it."""

    revision: str
    problem: str
    rerun_from: str

    def line(self, then: str) -> str:
        """The note as a command prints it, `then` saying what to run after the diff it names."""
        return f"{self.problem}; run diff --from {self.rerun_from} --to {self.revision}, {then}"


@dataclass(frozen=True)
class HeldActions:
    """One document of a revision as `behind` reads it: its source, its actions' ids and the ids its revision's
    lineage holds (each in its current form), and the revision that lineage runs from."""

    source_name: str
    action_ids: tuple[str, ...]
    keyed: frozenset[str]
    lineage_from: str | None


@dataclass(frozen=True)
class RevisionLineage:
    """One revision as the rules read it: its documents' actions and its own lineage rows (LINEAGE_COLUMNS of
    them), and the revision's documents whole (diff.read), read only by `missing`, which pairs them."""

    out_dir: Path
    revision: str
    held: list[HeldActions]
    lineage: list[TableRow]
    ordered: list[str]  # the folder's revisions, oldest first
    documents: Callable[[], list[DocumentSide]]


# the lineage columns the rules read: a check of every revision of a national folder reads these alone
LINEAGE_COLUMNS = ["document_id", "action_id", "action_key", "previous_revision", "previous_action_id"]


def _behind(state: RevisionLineage) -> list[LineageNote]:
    """Each document whose actions its revision's lineage does not hold, by the ids' current form: ingested since
    the diff into the revision, their keys would start again there without a word."""
    notes = []
    for document in state.held:
        behind = sum(action_id not in document.keyed for action_id in document.action_ids)
        if document.lineage_from is not None and behind:
            notes.append(LineageNote(
                state.revision, f"revision {state.revision}, {document.source_name}: {counted(behind, 'action')} "
                f"not in the action_lineage written by the diff from {document.lineage_from} (ingested since that "
                f"diff): their action_key starts again at {state.revision}", document.lineage_from))
    return notes


def _missing(state: RevisionLineage) -> list[LineageNote]:
    """No diff into the revision, though an earlier one holds one of its plans (the latest that does, as `diff`'s
    refusal finds it): the chain of keys has a hole there. Earlier revisions are read only on this path, and the
    revision itself only where one is earlier (the first revision, which no diff writes into, is never read whole)."""
    before = state.ordered[:state.ordered.index(state.revision)]
    if state.lineage or not state.held or not before:
        return []
    documents = state.documents()
    for earlier in reversed(before):
        pairs = pair_documents(read_revision(state.out_dir, earlier), documents)
        if pairs:
            names = ", ".join(sorted({old.source_name for old, _ in pairs}))
            return [LineageNote(state.revision, f"revision {state.revision} holds no action_lineage: no diff was run "
                                f"into it from {earlier}, which holds its plan ({names}), so its actions' action_key "
                                f"starts again at {state.revision}", earlier)]
    return []


def _out_of_step(state: RevisionLineage) -> list[LineageNote]:
    """The revision's keys against those its lineage's earlier revision holds now: a key that is not the one carried
    from there was written before that revision's own lineage was (or before it was written again)."""
    earlier = next((r["previous_revision"] for r in state.lineage), None)
    if earlier is None or earlier not in state.ordered:
        return []
    carried = table_rows(state.out_dir, "action_lineage", earlier, ["action_id", "action_key"])
    keys = {current_action_id(r["action_id"]): r["action_key"] for r in carried if r["action_id"]}
    stale = sum(r["action_key"] != keys.get(current_action_id(r["previous_action_id"]), r["previous_action_id"])
                for r in state.lineage if r["previous_action_id"])
    if not stale:
        return []
    return [LineageNote(state.revision, f"revision {state.revision}: {counted(stale, 'action')} whose action_key is "
                        f"not the one the action_lineage of {earlier} carries on (that lineage written, or written "
                        f"again, after the diff from {earlier} to {state.revision})", earlier)]


# rule name -> what it finds; in the order a note is printed
LINEAGE_RULES: tuple[tuple[str, Callable[[RevisionLineage], list[LineageNote]]], ...] = (
    ("missing", _missing),
    ("behind", _behind),
    ("out_of_step", _out_of_step),
)


def lineage_notes(out_dir: Path, revision: str, documents: list[DocumentSide] | None = None,
                  ordered: list[str] | None = None) -> list[LineageNote]:
    """Every rule's notes on the revision's lineage; `documents`: the revision as read already (diff's). Without
    them, only the columns the rules read are read (`_held`), the documents whole only where `missing` pairs them."""
    lineage = table_rows(out_dir, "action_lineage", revision, LINEAGE_COLUMNS)
    held = _held(out_dir, revision, lineage) if documents is None else [
        HeldActions(d.source_name, tuple(current_action_id(a.action_id) for a in d.actions), frozenset(d.action_keys),
                    d.lineage_from) for d in documents]
    state = RevisionLineage(out_dir, revision, held, lineage, revisions(out_dir) if ordered is None else ordered,
                            (lambda: read_revision(out_dir, revision)) if documents is None else (lambda: documents))
    return [note for _, rule in LINEAGE_RULES for note in rule(state)]


def _held(out_dir: Path, revision: str, lineage: list[TableRow]) -> list[HeldActions]:
    """Each document of the revision (in document_id order, as diff.read gives them) from its index's source names,
    two columns of its actions files and the lineage read: what diff.read_revision gives `behind`, without its
    tables."""
    names = source_names(out_dir, revision)
    actions: dict[str, list[str]] = defaultdict(list)
    for row in table_rows(out_dir, "actions", revision, ["document_id", "action_id"]):
        actions[row["document_id"]].append(current_action_id(row["action_id"]))
    keyed: dict[str, set[str]] = defaultdict(set)
    for row in lineage:
        if row["document_id"] is not None and row["action_id"]:
            keyed[row["document_id"]].add(current_action_id(row["action_id"]))
    diffed = next((r["previous_revision"] for r in lineage), None)  # the diff into it, if any, as diff.read reads it
    return [HeldActions(names[d], tuple(actions[d]), frozenset(keyed[d]), diffed) for d in sorted(names)]


def diffed_from(out_dir: Path, revision: str) -> str | None:
    """The revision the diff into `revision` compared from (its lineage's `previous_revision`; every row of a diff
    has the one), or None where no diff wrote into it: what `revisions` shows beside each, so a hole is seen. Reads
    the one column, file by file, until a row has it (a document with no actions has an empty lineage file)."""
    for path in sorted((out_dir / "action_lineage" / revision).glob("*.parquet")):
        try:
            with pq.ParquetFile(path) as stored:
                found = [value for value in stored.read(columns=["previous_revision"]).column(0).to_pylist() if value]
        except (OSError, ValueError) as exc:  # a file cut short: one line naming it, as every reader says it
            raise unreadable(path, exc) from None
        if found:
            return str(found[0])
    return None


def skipped_note(out_dir: Path, earlier: str, later: str, documents: list[DocumentSide] | None = None,
                 ordered: list[str] | None = None) -> list[str]:
    """A diff past a revision holding the later revision's plan (`--from` two publications back): the latest such
    revision between the two, named with the diff to run instead, since the lineage the diff writes runs from
    `earlier` past it. Revisions are read only where one lies between (`later` too, where `documents` does not give
    it). `diff` asks it of the two it compares, `read-table` of each lineage it reads and the revision it runs from;
    `ordered`: the folder's revisions as the caller read them, so a caller asking of every revision reads the
    revisions' dates once, not once a revision."""
    ordered = revisions(out_dir) if ordered is None else ordered
    if earlier not in ordered or later not in ordered:
        return []
    between = ordered[ordered.index(earlier) + 1:ordered.index(later)]
    held = (read_revision(out_dir, later) if documents is None else documents) if between else []
    for revision in reversed(between):
        pairs = pair_documents(read_revision(out_dir, revision), held)
        if pairs:
            names = ", ".join(sorted({old.source_name for old, _ in pairs}))
            return [f"revision {revision}, between {earlier} and {later}, holds its plan too ({names}): the diff from "
                    f"{earlier} to {later} skips it, so the action_lineage of {later} runs from {earlier} past it; to "
                    f"follow the plan revision by revision, run diff --from {revision} --to {later} instead"]
    return []


def downstream_notes(out_dir: Path, revision: str, then: str) -> list[str]:
    """After a diff into `revision`, the notes on each later revision whose lineage runs from it (a diff run out of
    order, or again, under one that carried its keys on): read only where one does, and empty where the keys it
    carried are still the ones `revision` now holds."""
    ordered = revisions(out_dir)
    after = [r for r in ordered[ordered.index(revision) + 1:] if diffed_from(out_dir, r) == revision]
    return [note.line(then) for r in after for note in lineage_notes(out_dir, r, ordered=ordered)]


def read_notes(out_dir: Path, revision: str, then: str) -> list[str]:
    """The notes where lineage is read: on `revision`'s own lineage (or every revision's, for `*`), and on the
    revision each one's lineage runs from, whose keys it carries on (each ending with `then`, what to run after the
    diff it names); then any revision its lineage skips."""
    ordered = revisions(out_dir)
    asked: set[str] = set()
    skipped: list[str] = []
    for later in (r for r in ordered if revision in (ALL_REVISIONS, r)):
        earlier = {r["previous_revision"] for r in table_rows(out_dir, "action_lineage", later, ["previous_revision"])}
        asked |= {later, *earlier}
        skipped += [line for e in sorted(earlier) for line in skipped_note(out_dir, e, later, ordered=ordered)]
    notes = [note.line(then) for r in ordered if r in asked for note in lineage_notes(out_dir, r, ordered=ordered)]
    return notes + skipped
