"""Write a document's tables atomically: all to temporary files first, then renamed into place.

A reader never sees half a table, and a run that fails before the renames
leaves the previous output whole. Re-ingesting a document for the same
revision replaces that document's files and nothing else.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
from council_actions.output.schema import describe
from council_actions.output.tables import TableSet

from council_actions.issues import StageError

REVISION_LABEL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def check_revision(label: str) -> str:
    if not REVISION_LABEL.match(label) or label in {".", ".."}:
        raise ValueError(f"revision label {label!r} is not a safe folder name (use letters, digits, '-', '_', '.')")
    return label


def write_tables(table_set: TableSet, out_dir: Path, source: str) -> list[Path]:
    staged: list[tuple[Path, Path]] = []
    try:
        for name, table in table_set.tables.items():
            folder = out_dir / name / table_set.revision
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{table_set.document_id}.", suffix=".tmp")
            os.close(handle)
            staged.append((Path(temporary), folder / f"{table_set.document_id}.parquet"))
            pq.write_table(table, temporary, compression="snappy", data_page_version="1.0")
        write_schema_file(out_dir, table_set.scores)
        for staged_path, final in staged:
            os.replace(staged_path, final)
    except OSError as exc:
        for staged_path, _ in staged:
            staged_path.unlink(missing_ok=True)
        raise StageError("output", source, f"cannot write to {out_dir} ({exc.strerror or exc})") from None
    return [final for _, final in staged]


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
