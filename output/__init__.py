"""Stage 4, output: records to typed Parquet tables under the contract, written atomically.

The stage's entry is two steps, because a batch takes them in two processes:
- `to_tables`: one document's records as the contract's tables (output/record_rows.py, output/tables.py,
  output/schema.py), encoded as Parquet (output/parquet.py), with its source record and status: an `EncodedSet`,
  made where the document was normalised (a batch's worker, council_actions.worker);
  `rows_to_tables` encodes rows made elsewhere (a diff's `changes` and `action_lineage`) the same way;
- `commit`: documents' encoded tables into the output folder as one commit of its journal (output/writer.py,
  output/journal.py), each replacing the earlier version of its source: a `Written` record each. A diff's sets
  replace no source; the tables it names to `clear` lose, in the same commit, the files it does not write.

The reading commands open a folder with `reading` (after `recover`, which finishes or undoes a killed commit)
and read its tables through output/report.py; `SOURCES` is the folder of the source records.

Its names load on first use (PEP 562): the journal, its lock and the batch's staging area need no Arrow, so
the reading commands and a batch's parent start without pyarrow; the pipeline loads the writer
(`council_actions.output.writer`, which brings Arrow) while a child works.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from council_actions.ingest.model import Document
    from council_actions.normalise.records import NormalisedDocument
    from council_actions.output.diff_columns import DIFF_TABLES
    from council_actions.output.journal import reading, recover
    from council_actions.output.parquet import EncodedSet
    from council_actions.output.record_rows import Row
    from council_actions.output.report import (
        ALL_REVISIONS,
        TableRow,
        dated_revisions,
        documents_named,
        holds_revision,
        pick_revision,
        revisions,
        source_names,
    )
    from council_actions.output.sources import SOURCES, unreadable
    from council_actions.output.swap import exchange
    from council_actions.output.writer import Written
    from council_actions.parsers.records import ParsedDocument

    from council_actions.issues import Issue
    from council_actions.profile import Profile

# names the entry lends from its modules, loaded when first asked for: the diff builds its rows and sets with them,
# and it and the review read revisions and their tables with report's, and the review swaps its site in with swap's
HOMES = {"reading": "journal", "recover": "journal", "SOURCES": "sources", "unreadable": "sources",
         "DIFF_TABLES": "diff_columns",
         "Row": "tables", "EncodedSet": "parquet", "exchange": "swap",
         **dict.fromkeys(("ALL_REVISIONS", "TableRow", "dated_revisions", "documents_named", "holds_revision",
                          "pick_revision", "revisions", "source_names"), "report")}


def to_tables(path: Path, document: Document, parsed: ParsedDocument, normalised: NormalisedDocument, revision: str,
              profile: Profile, revision_date: dt.date | None = None, staging: Path | None = None) -> EncodedSet:
    """One document read from `path` as its tables for `revision`, encoded: into the batch's `staging` area
    when there is one, else as bytes to send back. The same records give the same bytes wherever this runs."""
    from council_actions.output.parquet import encode
    from council_actions.output.tables import build_tables
    from council_actions.output.writer import source_record

    table_set = build_tables(document, parsed, normalised, revision, profile, revision_date)
    return encode(table_set, staging, source_record(document, path))


def rows_to_tables(revision: str, name: str, rows: Mapping[str, Sequence[Row]]) -> EncodedSet:
    """Rows made by a later stage (the diff's, by table) as the contract's tables of `revision`, each in its file
    `name`, encoded as `to_tables` encodes a document's; no source's, so its commit replaces no document."""
    from council_actions.output.parquet import encode_rows

    return encode_rows(revision, name, rows)


def commit(documents: Sequence[EncodedSet], out_dir: Path, source: str,
           issues: Mapping[str, tuple[Issue, ...]] | None = None, clear: tuple[str, ...] = ()) -> list[Written]:
    """Documents' tables, in order, as one commit of `out_dir` (`source` names the input a failure is reported
    against). A document whose id is in `issues` has its extraction_issues table rebuilt with them: the
    batch's cross-check adds warnings after a worker encoded the table. The `clear` tables lose every other file
    of the revisions written (a diff into a revision replaces its diff tables whole)."""
    from council_actions.output.parquet import with_issues
    from council_actions.output.writer import write_documents

    rebuilt = issues or {}
    return write_documents([with_issues(encoded, rebuilt[encoded.document_id])
                            if encoded.document_id in rebuilt else encoded for encoded in documents], out_dir, source,
                           clear)


def __getattr__(name: str) -> object:
    if name not in HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{HOMES[name]}"), name)


__all__ = [
    "ALL_REVISIONS",
    "DIFF_TABLES",
    "SOURCES",
    "EncodedSet",
    "Row",
    "TableRow",
    "commit",
    "dated_revisions",
    "documents_named",
    "exchange",
    "holds_revision",
    "pick_revision",
    "reading",
    "recover",
    "revisions",
    "rows_to_tables",
    "source_names",
    "to_tables",
    "unreadable",
]
