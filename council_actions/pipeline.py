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
from pathlib import Path
from typing import TypeVar

from council_actions.ingest import DEFAULT_MAX_PAGES, DEFAULT_PDF_ENGINE, Document, PdfEngine, read_document
from council_actions.issues import Issue, StageError
from council_actions.normalise import NormalisedDocument, normalise_document
from council_actions.output import check_revision, source_record, to_tables, write_tables
from council_actions.parsers import ParsedDocument, parse_document
from council_actions.parsers.crosscheck import cross_check
from council_actions.profile import Profile

DOCUMENT_SUFFIXES = (".txt", ".text", ".pdf")
ISO_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
T = TypeVar("T")


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
        encoding: str | None = None, max_pages: int = DEFAULT_MAX_PAGES,
        pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE, revision_date: dt.date | None = None) -> DocumentResult:
    """One document through every stage: read -> parse -> normalise -> write."""
    return write(process(path, profile, reference, encoding, max_pages, pdf_engine), out_dir, profile, revision,
                 revision_date=revision_date)


def process(path: Path, profile: Profile, reference: dt.date | None = None, encoding: str | None = None,
            max_pages: int = DEFAULT_MAX_PAGES, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
            source_name: str | None = None) -> Processed:
    """`source_name` overrides the file name as the document's source identity (see output/writer.py)."""
    source = str(path)
    document = _stage("ingest", source, read_document, path, encoding, max_pages, pdf_engine,
                      profile.roles.role_of)
    document = replace(document, source_name=source_name) if source_name else document
    parsed = _stage("parse", source, parse_document, document, profile)
    normalised = _stage("normalise", source, normalise_document, parsed, profile, reference)
    return Processed(path, document, parsed, normalised)


def write(processed: Processed, out_dir: Path, profile: Profile, revision: str,
          extra_issues: Iterable[Issue] = (), revision_date: dt.date | None = None) -> DocumentResult:
    source, parsed = str(processed.path), processed.parsed
    parsed = replace(parsed, issues=parsed.issues + tuple(extra_issues))
    tables = _stage("output", source, to_tables, processed.document, parsed, processed.normalised, revision, profile,
                    revision_date)
    files, replaced = write_tables(tables, out_dir, source, source_record(processed.document, processed.path))
    severities = Counter(issue.severity for issue in parsed.issues + processed.normalised.issues)
    return DocumentResult(source, processed.document.document_id, parsed.kind, len(parsed.elements),
                          len(parsed.actions), dict(sorted(severities.items())), tuple(files),
                          {name: table.num_rows for name, table in tables.tables.items()}, tuple(replaced))


def run_batch(paths: list[Path], out_dir: Path, profile: Profile, revision: str, reference: dt.date | None = None,
              encoding: str | None = None, on_error: Callable[[StageError], None] = lambda e: None,
              on_progress: Callable[[], None] = lambda: None,
              max_pages: int = DEFAULT_MAX_PAGES, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
              revision_date: dt.date | None = None, source_name: str | None = None,
              ) -> tuple[list[DocumentResult], int]:
    """Documents of one revision: each processed, then cross-checked together, then written."""
    processed, failures = [], 0
    for path in paths:
        try:
            processed.append(process(path, profile, reference, encoding, max_pages, pdf_engine, source_name))
        except StageError as exc:
            failures += 1
            on_error(exc)
        on_progress()
    extra = cross_check({p.document.document_id: (p.document.source_name, p.parsed) for p in processed})
    results = []
    for item in processed:
        try:
            results.append(write(item, out_dir, profile, revision, extra.get(item.document.document_id, ()),
                                 revision_date))
        except StageError as exc:
            failures += 1
            on_error(exc)
    return results, failures


def _stage(name: str, source: str, step: Callable[..., T], *args) -> T:
    try:
        return step(*args)
    except StageError as exc:  # name the file as the user gave it, whatever the stage called it
        raise StageError(exc.stage, source, exc.problem) from None
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
    for content in sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.is_file()):
        digest.update(content.encode("ascii"))
    return f"rev-{digest.hexdigest()[:12]}"


def reference_from_revision(revision: str) -> dt.date | None:
    """A revision labelled with its date (`2024-06`, `2024-06-30-draft`) dates its quarters without a year."""
    match = ISO_DATE_PREFIX.match(revision)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        return None


__all__ = ["DocumentResult", "Processed", "check_revision", "default_revision", "find_documents", "process",
           "reference_from_revision", "run", "run_batch", "write"]
