"""What an output folder recorded of each document it holds, and where that document's source is now: what `upgrade`
reads each revision again from.

An ingest records, per document, its `documents` row (source name, council and where it came from, kind, profile
name and text digest, the dates given) and its `_sources/<revision>/<document_id>.json` record (the path it was read
from, the options that changed its reading: a text's encoding given, a PDF's engine, limits raised past the
defaults; and the extracted text).
`document_id` is the sha256 of the source's bytes, so a source is found again only where a file of exactly those
bytes is: at the recorded path, else in a folder the user names (files move), else, for a text document, in the
record itself when the extracted text, in the encoding it was read with, is the file's bytes (a file read as it is:
UTF-8, or a cp1252 file given `--encoding cp1252`).
Anything else (a file gone, or one edited since) is named, one line each, and nothing is written: values read from
other bytes would be another document's, under the earlier one's id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pyarrow as pa
import pyarrow.parquet as pq

from council_actions.issues import OutputError
from council_actions.limits import RECORDED_LIMITS, LimitName, Limits, checked_limit

READ = 1 << 20  # bytes hashed at a time
# The documents columns `upgrade` reads, each as old as the folder may be: a column an earlier version did not write
# reads as null.
RECORDED = ("document_id", "source_name", "media_type", "kind", "council", "council_from", "profile",
            "profile_sha256", "reference_date", "reference_from", "revision_date")


@dataclass(frozen=True)
class Recorded:
    """One document of an output folder as its ingest recorded it."""

    revision: str
    document_id: str
    source_name: str
    media_type: str
    kind: str
    council: str | None
    council_from: str | None
    profile: str
    profile_sha256: str | None
    reference_date: dt.date | None
    reference_from: str | None
    revision_date: dt.date | None
    path: str  # where it was read from (`_sources`' record)
    text: str  # the extracted text the record holds
    encoding: str | None = None  # the encoding given to read a text (the record's `read_with`; an older one's: None)
    pdf_engine: str | None = None  # the engine that read a PDF (None: not recorded, so the default)
    limits: tuple[tuple[str, float], ...] = ()  # limits raised past the defaults to read it (`read_with`'s `limits`)

    @property
    def name(self) -> str:
        """The document as a line names it: its revision and source name."""
        return f"{self.revision}/{self.source_name}"

    def text_bytes(self) -> bytes | None:
        """The record's text as the bytes of the file it was read from, if it is them (its sha256 is the document's):
        a text read as it was, in the encoding given or UTF-8; None for a PDF, or a text the reader changed."""
        if self.media_type != "text":
            return None
        try:
            data = self.text.encode(self.encoding or "utf-8")
        except (LookupError, UnicodeError):  # an encoding this Python lacks, or a character it cannot hold
            return None
        return data if _sha256(data) == self.document_id else None

    def read_limits(self) -> Limits:
        """The limits to read it again under: those its ingest raised to read it (a long PDF's --max-pages, a slow
        one's --timeout), the defaults elsewhere. Read again under less, it would fail where it was read before; a
        raised limit this version's default has since overtaken is the default."""
        default, raised = Limits(), dict(self.limits)

        def most(name: LimitName) -> float:
            given: float = getattr(default, name)
            return max(raised.get(name, 0), given)

        return Limits(timeout=most("timeout"), max_memory=int(most("max_memory")), max_pages=int(most("max_pages")),
                      max_bytes=int(most("max_bytes")))


@dataclass(frozen=True)
class Found:
    """Where a recorded document's bytes are now: a file, or (`from_record`) the record's own text, written out."""

    path: Path | None
    from_record: bool = False


def recorded_documents(out_dir: Path, revisions: Iterable[str]) -> list[Recorded]:
    """Every document of the revisions, in revision order then id order."""
    found = []
    for revision in revisions:
        for path in sorted((out_dir / "documents" / revision).glob("*.parquet")):
            found.extend(_recorded(out_dir, revision, path))
    return found


def find_sources(documents: list[Recorded], folders: Iterable[Path]) -> tuple[dict[str, Found], list[str]]:
    """Each document's source by its id, and one line for each that is nowhere: the recorded path is tried first, then
    every file under `folders` (hashed only if some document is not at its path), then the record's text."""
    found: dict[str, Found] = {}
    moved: dict[str, str] = {}  # a recorded path whose bytes are not the document's: what is there instead
    for document in documents:
        problem = _at_path(document)
        if problem is None:
            found[document.document_id] = Found(Path(document.path))
        else:
            moved[document.document_id] = problem
    if moved:
        elsewhere = _hashed(folders, set(moved))
        for document_id, path in elsewhere.items():
            found[document_id] = Found(path)
    problems = []
    for document in documents:
        if document.document_id in found:
            continue
        if document.text_bytes() is not None:
            found[document.document_id] = Found(None, from_record=True)
            continue
        problems.append(f"{document.name}: its source {document.path} {moved[document.document_id]} (document "
                        f"{document.document_id[:12]}): give the folder holding it with --sources DIR")
    return found, problems


def _recorded(out_dir: Path, revision: str, path: Path) -> list[Recorded]:
    try:
        with pq.ParquetFile(path) as stored:
            columns = [name for name in RECORDED if name in stored.schema_arrow.names]
            rows = stored.read(columns=columns).to_pylist()
    except (OSError, pa.ArrowException) as exc:
        raise OutputError(f"{path}: cannot read table ({exc}); move it away, or ingest its document again") from None
    record_path = out_dir / "_sources" / revision / f"{path.stem}.json"
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OutputError(f"{record_path}: cannot read the source record ({exc.__class__.__name__}): the document "
                          "cannot be read again from it") from None
    read_with = record.get("read_with") or {}  # an earlier version recorded none: UTF-8, the default engine
    return [Recorded(revision, row["document_id"], row["source_name"], row.get("media_type") or "text", row["kind"],
                     row.get("council"), row.get("council_from"), row.get("profile") or "generic",
                     row.get("profile_sha256"), row.get("reference_date"), row.get("reference_from"),
                     row.get("revision_date"), str(record.get("path", "")), str(record.get("text", "")),
                     read_with.get("encoding"), read_with.get("pdf_engine"),
                     _raised(read_with.get("limits")))
            for row in rows]


def _raised(limits: object) -> tuple[tuple[str, float], ...]:
    """The record's raised limits (`{"max_pages": 2000}`), those a limit may be (checked_limit) alone: an entry
    edited into a record or of a later version's limit is no reason to stop an upgrade, which reads under the
    defaults and names a document they stop, as its ingest would have."""
    found = limits.items() if isinstance(limits, dict) else ()
    return tuple(sorted((name, value) for name, value in found if name in RECORDED_LIMITS and _allowed(name, value)))


def _allowed(name: str, value: object) -> bool:
    try:
        checked_limit(cast(LimitName, name), cast(float, value))  # any JSON value: checked there
    except ValueError:
        return False
    return True


def _at_path(document: Recorded) -> str | None:
    """None where the recorded path holds the document's bytes, else what is wrong there."""
    path = Path(document.path)
    if not path.is_file():
        return "is gone"
    try:
        digest = _file_sha256(path)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return None if digest == document.document_id else f"has changed since (its sha256 is now {digest[:12]})"


def _hashed(folders: Iterable[Path], wanted: set[str]) -> dict[str, Path]:
    """The first file (in path order) of each wanted digest under the folders."""
    found: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            try:
                digest = _file_sha256(path)
            except OSError:  # a file this user cannot read holds no source it can use
                continue
            if digest in wanted and digest not in found:
                found[digest] = path
    return found


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(READ):
            digest.update(chunk)
    return digest.hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
