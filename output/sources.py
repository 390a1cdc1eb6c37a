"""The revision's index: which source (council, kind, source name) each document of a revision is, and the
revision date it was ingested with.

Two questions must not read every document of a folder to answer. Finding the earlier version of a source, asked
for each document written, would be quadratic in the batch; and every reading command orders the folder's
revisions by date before it reads anything, which read each documents file of every revision, three times over in
a `diff` (benchmarks/lineage.py, 300 councils x 2 revisions, 600 documents, on 7 December 2026 at a load of 11-16:
`revisions` took 1.10 s of CPU that way against 0.39 s with the index, whole processes, medians of 3 in turns). So
`_sources/<revision>/_index.json` maps each document id to its entry, INDEXED: the source identity and the date. It
lives beside the revision's source records because it describes them, one small file a revision, so an ingest
rewrites only its own revision's; it is rewritten in the same commit as the tables, so it always describes the
committed `documents` folder, and it is written in id order, so the same documents give the same bytes.

It is a cache, not the truth, and the `documents` folder's listing decides what it must hold: a document it does
not know, or knows only by the identity an earlier version wrote (three fields, no date), is read from its
`documents` file once, and an entry whose file is gone is dropped. So a folder written before the date was
indexed, or whose index was lost or damaged, reads as it did (each file opened for its date) until the next ingest
into that revision writes the index whole again.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from council_actions.issues import OutputError

if TYPE_CHECKING:  # the reading commands read the index without the table builders' imports
    from council_actions.output.tables import TableSet

SOURCES = "_sources"
INDEX = "_index.json"
SOURCE_IDENTITY = ("council", "kind", "source_name")
INDEXED = (*SOURCE_IDENTITY, "revision_date")  # an entry's fields, in order; the date as ISO text or null
Entry = list[str | None]


def index_entry(table_set: TableSet) -> Entry:
    """The document's council, kind and source name (a later file with the same is its new version), and the date
    of the revision it was written for."""
    row = table_set.tables["documents"].select(list(INDEXED)).to_pylist()[0]
    return _entry(row)


def read_index(out_dir: Path, revision: str) -> dict[str, Entry]:
    """Every committed document of the revision with its entry."""
    folder = out_dir / "documents" / revision
    ids = sorted(path.stem for path in folder.glob("*.parquet")) if folder.is_dir() else []
    stored = _stored(out_dir / SOURCES / revision / INDEX)
    return {document_id: stored.get(document_id) or _read_entry(folder / f"{document_id}.parquet")
            for document_id in ids}


def revision_date(index: dict[str, Entry]) -> dt.date | None:
    """The revision's date: the latest its documents were ingested with (each ingest may give its own), or None."""
    return max((dt.date.fromisoformat(entry[-1]) for entry in index.values() if entry and entry[-1]), default=None)


def earlier_versions(index: dict[str, Entry], document_id: str, entry: Entry) -> list[str]:
    """Documents of the revision with the same source identity but other bytes."""
    same = len(SOURCE_IDENTITY)
    return [other for other, known in sorted(index.items())
            if other != document_id and known[:same] == entry[:same]]


def index_text(index: dict[str, Entry]) -> str:
    """One document a line, in id order (what `json.dumps(indent=...)` gives, without its slow pure-Python path)."""
    lines = [f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in sorted(index.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _stored(path: Path) -> dict[str, Entry]:
    """The index as written; an unreadable or malformed one, or an entry an earlier version wrote (its identity
    alone), is only a slower start (those entries read again)."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {key: value for key, value in loaded.items() if _is_entry(value)}


def _is_entry(value: object) -> bool:
    return (isinstance(value, list) and len(value) == len(INDEXED)
            and all(part is None or isinstance(part, str) for part in value) and _is_date(value[-1]))


def _is_date(text: str | None) -> bool:
    try:
        return text is None or dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _entry(row: dict[str, object]) -> Entry:
    date = row.get("revision_date")  # a documents file an earlier version wrote may have no such column
    return [*(None if row.get(name) is None else str(row[name]) for name in SOURCE_IDENTITY),
            date.isoformat() if isinstance(date, dt.date) else None]


def _read_entry(path: Path) -> Entry:
    try:
        with pq.ParquetFile(path) as stored:  # not pq.read_table: its dataset layer imports pandas
            columns = [name for name in INDEXED if name in stored.schema_arrow.names]
            rows = stored.read(columns=columns).to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise unreadable(path, exc) from None
    return _entry(rows[0]) if rows else []


def unreadable(path: Path, exc: Exception) -> OutputError:
    """A file of a table that is not Parquet (cut short, overwritten): one line naming it, not a traceback."""
    return OutputError(f"{path}: cannot read table ({exc}); move it away, or ingest its document again")
