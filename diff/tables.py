"""A revision diff to the contract's `changes` and `action_lineage` tables, one file per later document.

A document only in the earlier revision has no later document to name its file: it is written as
`removed-<earlier document_id>.parquet`, its rows with a null `document_id`. A diff into a revision replaces the
whole of that revision's diff tables, so files of an earlier diff (into the same revision, maybe from another
revision) never sit beside it and count twice.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from council_actions.diff.records import DocumentDiff, Provenance, RevisionDiff
from council_actions.output import DIFF_TABLES, commit, rows_to_tables

if TYPE_CHECKING:
    from council_actions.output import EncodedSet, Row

PREVIOUS_FIELDS = ("source_page", "line_start", "line_end", "char_start", "char_end")
REMOVED = "removed-"  # file name prefix of a document only in the earlier revision


def _sides(where: Provenance, previous: Provenance) -> Row:
    later: Row = asdict(where)
    return {**later, **{f"previous_{name}": getattr(previous, name) for name in PREVIOUS_FIELDS}}


def to_table_sets(result: RevisionDiff) -> list[EncodedSet]:
    """The `changes` and `action_lineage` tables, one set a document, encoded by the output stage to commit."""
    return [_table_set(result, document) for document in result.documents]


def file_stem(diff: DocumentDiff) -> str:
    """A removed document has no later id: its earlier id, marked, names its file and cannot clash."""
    return diff.later.document_id if diff.later is not None else f"{REMOVED}{diff.side.document_id}"


def _table_set(result: RevisionDiff, diff: DocumentDiff) -> EncodedSet:
    keys = {"revision": result.later, "document_id": diff.later.document_id if diff.later else None,
            "previous_revision": result.earlier,
            "previous_document_id": diff.earlier.document_id if diff.earlier else None}
    changes = [{**keys, "change": c.change, "theme_no": c.theme_no, "element_id": c.element_id,
                "action_id": c.action_id, "previous_action_id": c.previous_action_id, "field": c.field,
                "before": c.before, "after": c.after, "previous_score_rank": c.previous_score_rank,
                "score_rank": c.score_rank, **_sides(c.where, c.previous_where)} for c in diff.changes]
    lineage = [{**keys, "action_id": row.action_id, "previous_action_id": row.previous_action_id,
                "action_key": row.action_key, "match": row.match, "similarity": row.similarity,
                "element_id": row.element_id, "previous_element_id": row.previous_element_id,
                **_sides(row.where, row.previous_where)} for row in diff.lineage]
    return rows_to_tables(result.later, file_stem(diff), {"changes": changes, "action_lineage": lineage})


def write_diff(result: RevisionDiff, out_dir: Path) -> list[Path]:
    """Built in full first, then written through the output stage's commit (output.commit), which also removes
    the revision's diff files this diff does not write (an earlier diff's): a diff that fails to build writes
    nothing, and one killed while writing leaves the earlier diff tables whole or the new ones
    (output/journal.py)."""
    written = commit(to_table_sets(result), out_dir, str(out_dir), clear=tuple(DIFF_TABLES))
    return [path for document in written for path in document.files]
