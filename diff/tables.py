"""A revision diff to the contract's `changes` and `action_lineage` tables, one file per later document."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from council_actions.diff.records import DocumentDiff, Provenance, RevisionDiff
from council_actions.output.schema import schema
from council_actions.output.tables import TableSet, arrow_table
from council_actions.output.writer import write_files

PREVIOUS_FIELDS = ("source_page", "line_start", "line_end", "char_start", "char_end")


def _sides(where: Provenance, previous: Provenance) -> dict:
    later = asdict(where)
    return {**later, **{f"previous_{name}": getattr(previous, name) for name in PREVIOUS_FIELDS}}


def to_table_sets(result: RevisionDiff) -> list[TableSet]:
    return [_table_set(result, document) for document in result.documents]


def _table_set(result: RevisionDiff, diff: DocumentDiff) -> TableSet:
    keys = {"revision": result.later, "document_id": diff.later.document_id,
            "previous_revision": result.earlier, "previous_document_id": diff.earlier.document_id}
    changes = [{**keys, "change": c.change, "theme_no": c.theme_no, "element_id": c.element_id,
                "action_id": c.action_id, "previous_action_id": c.previous_action_id, "field": c.field,
                "before": c.before, "after": c.after, "previous_score_rank": c.previous_score_rank,
                "score_rank": c.score_rank, **_sides(c.where, c.previous_where)} for c in diff.changes]
    lineage = [{**keys, "action_id": row.action_id, "previous_action_id": row.previous_action_id,
                "action_key": row.action_key, "match": row.match, "similarity": row.similarity,
                "element_id": row.element_id, **_sides(row.where, row.previous_where)} for row in diff.lineage]
    return TableSet(result.later, diff.later.document_id, {
        "changes": arrow_table(changes, schema("changes")),
        "action_lineage": arrow_table(lineage, schema("action_lineage")),
    })


def write_diff(result: RevisionDiff, out_dir: Path) -> list[Path]:
    """Built in full first, then written: a diff that fails to build writes nothing."""
    table_sets = to_table_sets(result)
    return [path for table_set in table_sets for path in write_files(table_set, out_dir, str(out_dir))]
