"""Read one revision's tables back from an output folder, document by document.

The review reads only the Parquet contract and the `_sources/` records written
beside it, so it works on any output folder, long after the ingest run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
from council_actions.output import ALL_REVISIONS, SOURCES, TableRow, documents_named, pick_revision

from council_actions.issues import OutputError

ROW_TABLES = ("themes", "elements", "actions", "statements", "action_owners", "action_timelines",
              "extraction_issues", "boilerplate", "heatmap", "span_pages", "changes", "action_spans",
              "element_spans")


class ReviewError(Exception):
    """Bad input for the review (no tables, an unknown revision or document, an unwritable folder): one line."""


@dataclass(frozen=True)
class SourceRecord:
    """The `_sources/` record: where ingest read the document and the extracted text offsets point into."""

    path: Path
    text: str


@dataclass(frozen=True)
class DocumentTables:
    """One document of one revision: its `documents` row and its rows of every other table."""

    revision: str
    info: TableRow
    tables: dict[str, list[TableRow]]
    source: SourceRecord | None

    @property
    def document_id(self) -> str:
        """The document's id, from its documents row: the key every other table's rows carry."""
        return str(self.info["document_id"])


def choose_revision(out_dir: Path, revision: str | None) -> str:
    """The revision asked for, checked to exist; the latest (by revision date) when none is, as every command."""
    if revision == ALL_REVISIONS:
        raise ReviewError(f"{out_dir}: the review shows one revision at a time: name one with --revision")
    try:
        return pick_revision(out_dir, revision)
    except OutputError as exc:
        raise ReviewError(str(exc)) from None


def load_documents(out_dir: Path, revision: str, document: str | None = None) -> list[DocumentTables]:
    """Every document of the revision, or those `document` names (its source name, its id or an id prefix) by the
    rule `issues --document` follows (output.report.documents_named)."""
    infos = sorted(_read(out_dir / "documents" / revision), key=lambda d: (d["source_name"], d["document_id"]))
    if document is not None:
        try:
            chosen = documents_named({d["document_id"]: d["source_name"] for d in infos}, document, out_dir, revision)
        except OutputError as exc:
            raise ReviewError(str(exc)) from None
        infos = [d for d in infos if d["document_id"] in chosen]
    return [_load(out_dir, revision, info) for info in infos]


def _load(out_dir: Path, revision: str, info: TableRow) -> DocumentTables:
    name = f"{info['document_id']}.parquet"
    tables = {table: _read(out_dir / table / revision / name) for table in ROW_TABLES}
    return DocumentTables(revision, info, tables, _source(out_dir / SOURCES / revision / f"{info['document_id']}.json"))


def _read(path: Path) -> list[TableRow]:
    if not path.exists():
        return []
    try:
        rows: list[TableRow] = pq.read_table(path).to_pylist()
        return rows
    except (OSError, ValueError) as exc:
        raise ReviewError(f"{path}: cannot read table ({exc})") from None


def _source(path: Path) -> SourceRecord | None:
    """None when the output predates source records (or the record was removed)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return SourceRecord(Path(record["path"]), str(record["text"]))
    except FileNotFoundError:
        return None
    except KeyError as exc:  # its message is the key alone: `('path')` told the user nothing
        raise ReviewError(f"{path}: unreadable source record (no field {exc})") from None
    except (OSError, ValueError, TypeError) as exc:
        raise ReviewError(f"{path}: unreadable source record ({exc})") from None
