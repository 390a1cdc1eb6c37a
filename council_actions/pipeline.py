"""The pipeline for one document: read -> parse -> normalise -> write.

`run` is the unit a batch, a process pool or a distributed engine maps over
documents. Each stage returns typed records; a failure names its stage.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from council_actions.ingest import DEFAULT_PDF_ENGINE, Document, PdfEngine, read_document
from council_actions.issues import Issue, StageError
from council_actions.limits import Limited, Limits, StageTracker, call_limited
from council_actions.normalise import NormalisedDocument, normalise_document
from council_actions.output import check_revision, source_record, to_tables, write_tables
from council_actions.parsers import ParsedDocument, parse_document
from council_actions.profile import Profile

DOCUMENT_SUFFIXES = (".txt", ".text", ".pdf")
ISO_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
T = TypeVar("T")
DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Processed:
    """A document read, parsed and normalised, ready to write."""

    path: Path
    document: Document
    parsed: ParsedDocument
    normalised: NormalisedDocument


@dataclass(frozen=True)
class DocumentResult:
    source: str
    document_id: str
    kind: str
    elements: int
    actions: int
    issues: dict[str, int]
    files: tuple[Path, ...]
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table: the document's real yield
    replaced: tuple[str, ...] = ()  # earlier versions of the same source in this revision, now gone


def run(path: Path, out_dir: Path, profile: Profile, revision: str, reference: dt.date | None = None,
        encoding: str | None = None, limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
        revision_date: dt.date | None = None) -> DocumentResult:
    """One document through every stage: read -> parse -> normalise (in a child process, under the limits) -> write."""
    processed = process_limited(path, profile, reference, encoding, limits, pdf_engine).unwrap()
    return write(processed, out_dir, profile, revision, revision_date=revision_date)


def process_limited(path: Path, profile: Profile, reference: dt.date | None = None, encoding: str | None = None,
                    limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
                    source_name: str | None = None) -> Limited[Processed]:
    """`process` in a child process that the limits stop; what the child printed comes back as details."""
    step = partial(process, path, profile, reference, encoding, limits, pdf_engine, source_name)
    return call_limited(step, str(path), limits)


def process(path: Path, profile: Profile, reference: dt.date | None = None, encoding: str | None = None,
            limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
            source_name: str | None = None, stages: StageTracker | None = None) -> Processed:
    """`source_name` overrides the file name as the document's source identity (see output/writer.py)."""
    source, enter = str(path), stages.enter if stages else _no_tracking
    enter("ingest")
    document = _stage("ingest", source, read_document, path, encoding, limits.max_pages, pdf_engine,
                      profile.roles.role_of, limits.max_bytes, limits.max_memory // 4)
    document = replace(document, source_name=source_name) if source_name else document
    enter("parse")
    parsed = _stage("parse", source, parse_document, document, profile)
    enter("normalise")
    normalised = _stage("normalise", source, normalise_document, parsed, profile, reference)
    return Processed(path, document, parsed, normalised)


def _no_tracking(stage: str) -> None:
    """In-process, an exception names its stage itself; only a child stopped from outside needs telling."""


def write(processed: Processed, out_dir: Path, profile: Profile, revision: str,
          extra_issues: Iterable[Issue] = (), revision_date: dt.date | None = None) -> DocumentResult:
    source, parsed = str(processed.path), processed.parsed
    parsed = replace(parsed, issues=parsed.issues + tuple(extra_issues))
    tables = _stage("output", source, to_tables, processed.document, parsed, processed.normalised, revision, profile,
                    revision_date)
    files, replaced = write_tables(tables, out_dir, source, source_record(processed.document, processed.path))
    issues = processed.document.issues + parsed.issues + processed.normalised.issues
    severities = Counter(issue.severity for issue in issues)
    return DocumentResult(source, processed.document.document_id, parsed.kind, len(parsed.elements),
                          len(parsed.actions), dict(sorted(severities.items())), tuple(files),
                          {name: table.num_rows for name, table in tables.tables.items()}, tuple(replaced))


def _stage(name: str, source: str, step: Callable[..., T], *args) -> T:
    try:
        return step(*args)
    except StageError as exc:  # name the file as the user gave it, whatever the stage called it
        raise StageError(exc.stage, source, exc.problem) from None
    except MemoryError:  # the memory limit's to report, in the user's words (council_actions.limits)
        raise
    except Exception as exc:  # an unforeseen input must still fail as one line naming the stage
        raise StageError(name, source, f"{name} failed unexpectedly ({type(exc).__name__}: {exc})") from exc


def find_documents(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders give their documents (by suffix), sorted for a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            found.append(path)
    return found


def default_revision(paths: Iterable[Path]) -> str:
    """Stable for the same input: a digest of the documents' bytes, never a date."""
    digest = hashlib.sha256()
    for content in sorted(_file_digest(p) for p in paths if p.is_file()):
        digest.update(content.encode("ascii"))
    return f"rev-{digest.hexdigest()[:12]}"


def _file_digest(path: Path) -> str:
    """Read in chunks: a file too large to ingest must still not be held whole in memory to be named."""
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:  # unreadable: its own run reports it
        return ""


def reference_from_revision(revision: str) -> dt.date | None:
    """A revision labelled with its date (`2024-06`, `2024-06-30-draft`) dates its quarters without a year."""
    match = ISO_DATE_PREFIX.match(revision)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        return None


def __getattr__(name: str) -> object:
    """`run_batch` lives in council_actions.batch (the worker design); still importable from here."""
    if name == "run_batch":
        from council_actions.batch import run_batch

        return run_batch
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEFAULT_LIMITS", "DocumentResult", "Limits", "Processed", "check_revision", "default_revision",
           "find_documents", "process", "process_limited", "reference_from_revision", "run", "write"]
