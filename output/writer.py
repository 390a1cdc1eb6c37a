"""Write a document's tables atomically: all to temporary files first, then renamed into place.

A reader never sees half a table, and a run that fails before the renames
leaves the previous output whole. Within a revision a document is its source
(council, kind and source name), not its bytes: writing a corrected file of a
source replaces the earlier version's files in every table, right after the
new files are renamed into place, and touches nothing else.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq
from council_actions.ingest.model import Document
from council_actions.output.schema import DIFF_TABLES, TABLES, describe
from council_actions.output.tables import TableSet

from council_actions.issues import StageError, printable

SOURCES = "_sources"
STARTED = time.time()
SOURCE_IDENTITY = ("council", "kind", "source_name")


def write_tables(table_set: TableSet, out_dir: Path, source: str,
                 record: str | None = None) -> tuple[list[Path], list[str]]:
    """The document's files, and the ids of earlier versions of the same source it replaced."""
    try:
        replaced = earlier_versions(table_set, out_dir)
    except OSError as exc:
        raise StageError("output", source, f"cannot read {out_dir} ({exc.strerror or exc})") from None
    return write_files(table_set, out_dir, source, replaced, record), replaced


def write_files(table_set: TableSet, out_dir: Path, source: str, remove: list[str] | tuple[str, ...] = (),
                record: str | None = None) -> list[Path]:
    """Every table to a temporary file first; then all renamed into place, then the `remove`d documents' files
    of the same revision deleted from every table (the diff's too). `record` (see `source_record`) is staged and
    renamed with the tables, under `_sources/`; the table files written are returned."""
    staged: list[tuple[Path, Path]] = []
    try:
        if record is not None:
            staged.append(_stage_text(record, out_dir / SOURCES / table_set.revision, table_set.document_id))
        for name, table in table_set.tables.items():
            folder = out_dir / name / table_set.revision
            folder.mkdir(parents=True, exist_ok=True)
            remove_stale(folder, table_set.document_id)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{table_set.document_id}.", suffix=".tmp")
            os.close(handle)
            staged.append((Path(temporary), folder / f"{table_set.document_id}.parquet"))
            pq.write_table(table, temporary, compression="snappy", data_page_version="1.0")
        write_schema_file(out_dir, table_set.scores)
        for staged_path, final in staged:
            os.replace(staged_path, final)
        for name in [*TABLES, *DIFF_TABLES]:
            for document_id in remove:
                (out_dir / name / table_set.revision / f"{document_id}.parquet").unlink(missing_ok=True)
        for document_id in remove:
            (out_dir / SOURCES / table_set.revision / f"{document_id}.json").unlink(missing_ok=True)
    except OSError as exc:
        for staged_path, _ in staged:
            staged_path.unlink(missing_ok=True)
        raise StageError("output", source, f"cannot write to {out_dir} ({exc.strerror or exc})") from None
    return [final for _, final in staged if final.parent.parent.name != SOURCES]


def source_record(document: Document, path: Path) -> str:
    """Where the source was read from and the extracted text that provenance offsets point into: what the review
    shows beside each row. A locator beside the tables, not a table: the path is the only machine-specific value
    in the output, and no row holds it."""
    return json.dumps({"document_id": document.document_id, "source_name": document.source_name,
                       "media_type": document.media_type, "path": printable(str(path.resolve())),
                       "text": document.text},
                      ensure_ascii=False, indent=1) + "\n"


def _stage_text(text: str, folder: Path, name: str) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    return Path(temporary), folder / f"{name}.json"


def earlier_versions(table_set: TableSet, out_dir: Path) -> list[str]:
    """Documents of the same revision with the same source identity but other bytes."""
    identity = table_set.tables["documents"].select(list(SOURCE_IDENTITY)).to_pylist()[0]
    folder = out_dir / "documents" / table_set.revision
    found = []
    for path in sorted(folder.glob("*.parquet")) if folder.is_dir() else []:
        if path.stem != table_set.document_id:
            with pq.ParquetFile(path) as stored:  # not pq.read_table: its dataset layer imports pandas
                row = stored.read(columns=list(SOURCE_IDENTITY)).to_pylist()
            if row and row[0] == identity:
                found.append(path.stem)
    return found


def remove_stale(folder: Path, document_id: str) -> None:
    """Temporary files of this document left by a run that was killed before its renames: older than this
    process, so no writer of this run owns them (readers never see them: they are hidden and not .parquet)."""
    for stale in folder.glob(f".{document_id}.*.tmp"):
        try:
            if stale.stat().st_mtime < STARTED:
                stale.unlink()
        except FileNotFoundError:  # another run cleaned it first
            continue


def write_schema_file(out_dir: Path, scores: tuple[str, ...] = ()) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(describe(scores), indent=2, sort_keys=True) + "\n"
    target = out_dir / "_schema.json"
    if target.exists() and target.read_text(encoding="utf-8") == text:
        return
    handle, temporary = tempfile.mkstemp(dir=out_dir, prefix="._schema.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, target)
