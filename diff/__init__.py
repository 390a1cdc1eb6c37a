"""Stage 5, diff: what changed between two revisions of an output folder.

A stage after output: it reads two revisions' tables back, pairs each later
document with its earlier counterpart, pairs their elements and actions, and
writes the `changes` and `action_lineage` tables under the later revision.
Ingest stays a pure function of one input. `diff` is the one entry.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from pathlib import Path

from council_actions.diff.compare import compare_documents
from council_actions.diff.glossaries import GENERIC, given_profiles, profile_of, read_with
from council_actions.diff.lineage_state import downstream_notes, lineage_notes, skipped_note
from council_actions.diff.pairing import THRESHOLDS, Thresholds, pair_documents, reingested, was_reingested
from council_actions.diff.read import check_output_folder, read_revision
from council_actions.diff.records import (
    Change,
    DiffError,
    DocumentDiff,
    DocumentSide,
    Lineage,
    RevisionDiff,
    RevisionOrderError,
    SameRevisionError,
)
from council_actions.diff.rules import KIND_ORDER
from council_actions.diff.tables import write_diff
from council_actions.output import dated_revisions, pick_revision, reading, revisions

from council_actions.issues import OutputError
from council_actions.profile import Profile

# GENERIC, profile_of, read_with: the profiles a revision was read with, by which the review reads its owners too
__all__ = ["GENERIC", "KIND_ORDER", "THRESHOLDS", "Change", "DiffError", "DocumentDiff", "Lineage", "RevisionDiff",
           "RevisionOrderError", "SameRevisionError", "Thresholds", "compare_revisions", "diff", "profile_of",
           "read_with"]


def diff(out_dir: Path, earlier: str | None = None, later: str | None = None, *, absent_as_removed: bool = False,
         profiles: tuple[str | Path, ...] = ()) -> RevisionDiff:
    """Compare revision `earlier` with `later` in `out_dir` and write `changes` and `action_lineage`; `later`
    defaults to the latest revision and `earlier` to the one before `later` (`_revisions_compared`). `profiles`: the
    profile files (or built-in names) the revisions were ingested with (glossaries.read_with). Raises DiffError (one
    line), OutputError (no revision to default to) or ProfileError and writes nothing when the two cannot be
    compared."""
    given = given_profiles(profiles)  # a broken file is refused at once, not after waiting for a writer's lock
    with reading(out_dir, exclusive=True):  # what it compares is what it writes beside
        earlier, later = _revisions_compared(out_dir, earlier, later)
        result = compare_revisions(out_dir, earlier, later, absent_as_removed=absent_as_removed, profiles=given)
        write_diff(result, out_dir)
        after = downstream_notes(out_dir, later, "then each diff after it again, in order")
    return replace(result, lineage_notes=result.lineage_notes + tuple(after))


def _revisions_compared(out_dir: Path, earlier: str | None, later: str | None) -> tuple[str, str]:
    """The revisions given, or the defaults: the latest as `later`, as the reading commands read the latest, and the
    one before `later` (by revision date) as `earlier`."""
    if later is None:
        later = pick_revision(out_dir, None)
    if earlier is None:
        ordered = revisions(out_dir)
        if later not in ordered[1:]:
            raise OutputError(f"{out_dir}: no revision before {later!r} to compare it with (give --from)")
        earlier = ordered[ordered.index(later) - 1]
    return earlier, later


def compare_revisions(out_dir: Path, earlier: str, later: str, *, absent_as_removed: bool = False,
                      profiles: tuple[Profile, ...] = ()) -> RevisionDiff:
    """The two revisions' documents paired and compared, in memory: `diff` writes it, a test reads it.

    An earlier document whose source (its name, of its council: pairing.was_reingested) the later revision does not
    hold at all was not re-ingested (a revision of the plan alone), which says nothing of its rows: it is named in
    `absent` and compared with nothing, unless `absent_as_removed` (the source was withdrawn) makes its every row
    removed. An earlier document whose source the later revision does hold, but which pairs with no later document,
    is removed either way."""
    if earlier == later:
        raise SameRevisionError(f"{out_dir}: --from and --to both name revision {earlier!r}; give two different "
                                "revisions")
    check_output_folder(out_dir)
    dated = dated_revisions(out_dir)  # every revision's documents read for its date once, however many it has
    _check_order(out_dir, dated, earlier, later)
    old, new = read_revision(out_dir, earlier, profiles), read_revision(out_dir, later, profiles)
    pairs = pair_documents(old, new)
    if not pairs:
        raise DiffError(_nothing_to_compare(out_dir, earlier, later, new))
    paired = {d.document_id for pair in pairs for d in pair}
    added = [d for d in new if d.document_id not in paired]
    gone = [d for d in old if d.document_id not in paired]
    held = reingested(new)
    compared = {d.document_id for d in gone if absent_as_removed or was_reingested(d, held)}
    removed = [d for d in gone if d.document_id in compared]
    absent = [d for d in gone if d.document_id not in compared]
    documents = ([compare_documents(o, n) for o, n in pairs] + [compare_documents(None, n) for n in added]
                 + [compare_documents(o, None) for o in removed])
    return RevisionDiff(earlier, later, tuple(documents), _names(added + removed), _names(absent),
                        _owners_notes(old + new),
                        tuple(n.line("then this diff again") for n in lineage_notes(out_dir, earlier, old, list(dated)))
                        + tuple(skipped_note(out_dir, earlier, later, new, list(dated))))


def _check_order(out_dir: Path, dates: dict[str, dt.date | None], earlier: str, later: str) -> None:
    """Refuse --from dated after --to (RevisionOrderError); an undated revision is in no order to check."""
    first, then = dates.get(earlier), dates.get(later)
    if first is not None and then is not None and first > then:
        raise RevisionOrderError(f"{out_dir}: --from {earlier!r} ({first}) is dated after --to {later!r} ({then}); "
                                 "diff writes under --to what changed since --from: give the earlier revision as "
                                 "--from")


def _nothing_to_compare(out_dir: Path, earlier: str, later: str, new: list[DocumentSide]) -> str:
    """The refusal, naming the latest revision before `later` that holds one of its plans, where another does: a data
    team keeping each paper in one folder as a revision of its publication date finds another plan's revision
    before the plan's own, which `diff`'s default (the revision before) compares with. Read on this path alone."""
    message = (f"{out_dir}: revisions {earlier!r} and {later!r} have no documents of the same council and kind with "
               "an element id, an action worded the same or a source name in common; nothing to compare")
    ordered = revisions(out_dir)
    before = ordered[:ordered.index(later)] if later in ordered else []
    for revision in reversed(before):
        if revision != earlier and pair_documents(read_revision(out_dir, revision), new):
            return f"{message}; revision {revision!r} holds one of its plans (--from {revision})"
    return message


def _owners_notes(documents: list[DocumentSide]) -> tuple[str, ...]:
    """One line per revision and note (glossaries.read_with's): the documents whose owners are read with other words
    than at ingest, counted, for the report to name the revision (a national run holds hundreds of documents)."""
    found = Counter((d.revision, d.owners_note) for d in documents if d.owners_note is not None)
    return tuple(f"revision {revision}, {n} of its documents: owners {note}"
                 for (revision, note), n in found.items())


def _names(documents: list[DocumentSide]) -> tuple[str, ...]:
    return tuple(sorted(f"{d.revision}/{d.source_name}" for d in documents))
