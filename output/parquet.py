"""A document's tables encoded as Parquet where they were built (a batch's worker): as bytes to send back, or
as files written into the batch's staging area (output/staging.py) when the worker shares the output's disk
(the batch's parent flushes them, output/journal.py `flushing_ahead`). One set of writer options for every
table, so the bytes are the same whoever writes them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from council_actions.output.record_rows import Cell
from council_actions.output.schema import schema
from council_actions.output.sources import index_entry
from council_actions.output.status import Status
from council_actions.output.tables import TableSet, arrow_table, issues_table

from council_actions.issues import Issue, StageError

# How a staged file's name ends (a batch's staging area, a transaction folder): not in `.parquet`, so that a glob
# over the whole output folder (`OUT/*/*/*.parquet`, DuckDB's as a BI user reads every table at once) finds only
# committed table files, never one a running write is staging or a killed write left under `_journal/`.
STAGED = ".staged"


@dataclass(frozen=True)
class EncodedTable:
    """One table of a document as its Parquet file: the bytes themselves, or the file a worker on this
    machine wrote in the batch's staging area."""

    rows: int
    data: bytes = b""
    staged: Path | None = None

    def content(self) -> bytes | Path:
        """What the writer commits for this table: the staged file where a worker wrote one, else the bytes."""
        return self.staged if self.staged is not None else self.data


@dataclass(frozen=True)
class EncodedSet:
    """A document's tables ready to commit: what `TableSet` holds, encoded, with the document's entry in its
    revision's index (output/sources.py: its source identity and revision date) and its status (documents.status
    and status_rule, for the ingest report) read while its tables were at hand, and its `_sources/` record
    (output.writer.source_record; None: none written). A set of rows made elsewhere (`encode_rows`: a diff's
    tables) is no source's: its entry is None."""

    revision: str
    document_id: str
    entry: list[str | None] | None
    tables: dict[str, EncodedTable]
    scores: tuple[str, ...] = ()
    record: str | None = None
    status: tuple[Status, str | None] = ("complete", None)

    def staged_files(self) -> list[Path]:
        """The files a worker wrote in the staging area for this set (none where it sent bytes)."""
        return [table.staged for table in self.tables.values() if table.staged is not None]


def encode(table_set: TableSet, staging: Path | None = None, record: str | None = None) -> EncodedSet:
    """Every table as Parquet: into the staging area when there is one, else as bytes to send back. Staged
    files are not flushed here: a worker waiting on the disk keeps its core idle, so the batch's parent
    flushes them while the workers go on (output/journal.py, `flushing_ahead`), and the seal before the
    commit record makes sure."""
    tables = {name: _encoded(table_set.document_id, name, table, staging) for name, table in table_set.tables.items()}
    return EncodedSet(table_set.revision, table_set.document_id, index_entry(table_set), tables, table_set.scores,
                      record, table_set.status())


def encode_rows(revision: str, name: str, rows: Mapping[str, Sequence[Mapping[str, Cell]]]) -> EncodedSet:
    """Rows of the contract's tables, by table, as the file `name` of each in `revision`, encoded as bytes by
    `parquet_bytes` as a document's are: a set that is no source's (a diff's), with no index entry or record."""
    tables = {table: arrow_table(table_rows, schema(table), table, name) for table, table_rows in rows.items()}
    return EncodedSet(revision, name, None, {table: EncodedTable(data.num_rows, parquet_bytes(data))
                                             for table, data in tables.items()})


def with_issues(encoded: EncodedSet, issues: tuple[Issue, ...]) -> EncodedSet:
    """The extraction_issues table rebuilt with these issues, as bytes (the worker's staged copy is left)."""
    table = issues_table(encoded.revision, encoded.document_id, issues)
    return replace(encoded, tables={**encoded.tables, "extraction_issues": EncodedTable(table.num_rows,
                                                                                        parquet_bytes(table))})


def parquet_bytes(table: pa.Table) -> bytes:
    """The file's bytes, the same whoever writes them: one set of options for every table of the contract."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="snappy", data_page_version="1.0")
    return bytes(sink.getvalue())


def _encoded(document_id: str, name: str, table: pa.Table, staging: Path | None) -> EncodedTable:
    """A staged file is made as the writer makes every other file of the output folder, its mode the process's
    umask's (0644 under the usual 022), since the commit renames it into the table's folder as it is: not by
    `tempfile.mkstemp`, whose files only their owner may read (0600), which left a BI tool reading the folder as
    another user (a Power BI gateway's or Tableau server's account) refused every table file, `_schema.json` not.
    The random part keeps two stagings of one document apart; "x" refuses a name already there; STAGED ends it.
    A write that fails (the disk full) leaves no half file, and names the output folder (the stage boundary names
    the document): before, "output failed unexpectedly (OSError: [Errno 28] No space left on device)"."""
    data = parquet_bytes(table)
    if staging is None:
        return EncodedTable(table.num_rows, data)
    path = staging / f"{document_id}.{name}.{os.urandom(8).hex()}{STAGED}"
    try:
        with path.open("xb") as stream:
            stream.write(data)
    except OSError as exc:  # a full disk, most often: said as the commit says it, not as a stage's bug
        path.unlink(missing_ok=True)
        raise StageError("output", str(path), f"cannot write to {staging.parent.parent} "
                                              f"({exc.strerror or exc})") from None
    return EncodedTable(table.num_rows, staged=path)
