"""The revision's source index: which source (council, kind, source name) each document of a revision is.

Finding the earlier version of a source must not read every document of the revision for every document
written (quadratic in the batch). `_sources/<revision>/_index.json` maps each document id to its source
identity; it is rewritten in the same commit as the tables, so it always describes the committed `documents`
folder. It is a cache, not the truth: a document the index does not know (output written before the index, or
by hand) is read from its `documents` file once, and an entry whose file is gone is dropped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from council_actions.output.tables import TableSet

SOURCES = "_sources"
INDEX = "_index.json"
SOURCE_IDENTITY = ("council", "kind", "source_name")


def identity(table_set: TableSet) -> list[str | None]:
    """The document's council, kind and source name: a later file with the same is its new version."""
    row = table_set.tables["documents"].select(list(SOURCE_IDENTITY)).to_pylist()[0]
    return [row[name] for name in SOURCE_IDENTITY]


def read_index(out_dir: Path, revision: str) -> dict[str, list[str | None]]:
    """Every committed document of the revision with its source identity."""
    folder = out_dir / "documents" / revision
    ids = sorted(path.stem for path in folder.glob("*.parquet")) if folder.is_dir() else []
    stored = _stored(out_dir / SOURCES / revision / INDEX)
    return {document_id: stored.get(document_id) or _read_identity(folder / f"{document_id}.parquet")
            for document_id in ids}


def earlier_versions(index: dict[str, list[str | None]], document_id: str, source: list[str | None]) -> list[str]:
    """Documents of the revision with the same source identity but other bytes."""
    return [other for other, known in sorted(index.items()) if other != document_id and known == source]


def index_text(index: dict[str, list[str | None]]) -> str:
    """One document a line, in id order (what `json.dumps(indent=...)` gives, without its slow pure-Python path)."""
    lines = [f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in sorted(index.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _stored(path: Path) -> dict[str, list[str | None]]:
    """The index as written; an unreadable or malformed one is only a slower start (entries read again)."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {key: value for key, value in loaded.items() if _is_identity(value)}


def _is_identity(value: object) -> bool:
    return (isinstance(value, list) and len(value) == len(SOURCE_IDENTITY)
            and all(part is None or isinstance(part, str) for part in value))


def _read_identity(path: Path) -> list[str | None]:
    with pq.ParquetFile(path) as stored:  # not pq.read_table: its dataset layer imports pandas
        rows = stored.read(columns=list(SOURCE_IDENTITY)).to_pylist()
    return [rows[0][name] for name in SOURCE_IDENTITY] if rows else []
