"""The pipeline for one document: read -> parse -> normalise -> write.

Each stage returns typed records; a failure names its stage. `run` takes one document through all of them;
a batch's worker (council_actions.worker) runs the same stages and stages the tables itself, and the batch's
parent commits them.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TypeVar, TypeVarTuple

from council_actions.ingest import DEFAULT_PDF_ENGINE, Document, PdfEngine, read_document
from council_actions.issues import Issue, StageError
from council_actions.limits import FORK_LOCK, Limited, Limits, Running, StageTracker
from council_actions.normalise import NormalisedDocument, glossary_for, normalise_document
from council_actions.parsers import ParsedDocument, parse_document
from council_actions.profile import Profile

DOCUMENT_SUFFIXES = (".txt", ".text", ".pdf")
PDF_MAGIC = b"%PDF-"
REVISION_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # fullmatch: `$` alone lets a final newline in
ISO_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
T = TypeVar("T")
R = TypeVar("R")
Args = TypeVarTuple("Args")
DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Processed:
    """A document read, parsed and normalised, ready to write."""

    path: Path
    document: Document
    parsed: ParsedDocument
    normalised: NormalisedDocument
    seconds: dict[str, float] = field(default_factory=dict)  # per stage: read, parse, normalise


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
    council: str | None = None  # the council named (documents.council), and where the name came from
    council_from: str = "none"
    seconds: dict[str, float] = field(default_factory=dict)  # per stage: read, parse, normalise, write


def run(path: Path, out_dir: Path, profile: Profile, revision: str, reference: dt.date | None = None,
        encoding: str | None = None, limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
        revision_date: dt.date | None = None) -> DocumentResult:
    """One document through every stage: read -> parse -> normalise (in a child process, under the limits) -> write."""
    processed = process_limited(path, profile, reference, encoding, limits, pdf_engine).unwrap()
    return write(processed, out_dir, profile, revision, revision_date=revision_date)


def process_limited(path: Path, profile: Profile, reference: dt.date | None = None, encoding: str | None = None,
                    limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
                    source_name: str | None = None) -> Limited[Processed]:
    """`process` in two child processes under the limits (one deadline for both): one reads the file, the
    other, forked once the owner matcher is ready, parses and normalises what was read. While the first child
    reads, this process loads spaCy and builds the matcher: on two cores a PDF's pages are read in the time
    spaCy takes to load, instead of after it (a later document goes through one child: `read_in_child_then`).
    What the children printed comes back as details."""
    read_step = partial(read, path, profile, encoding, limits, pdf_engine, source_name)
    return read_in_child_then(path, profile, read_step, partial(_parsed_and_normalised, path=path, profile=profile,
                                                                reference=reference), limits)


def read_in_child_then(path: Path, profile: Profile, read_step: Callable[[StageTracker], Document],
                       then: Callable[[Document, StageTracker, float], R], limits: Limits) -> Limited[R]:
    """`read_step` in a limited child while this process loads spaCy and builds the matcher (`prepare`), then
    `then(document, stages, seconds the read took)` in a second child forked once they are ready, one deadline
    for both. While the second child works, this process loads the writer (pyarrow takes a while).

    Once spaCy is loaded (a later document) there is nothing to overlap: one child reads and goes on, which
    spares a fork and sending the document back and forth."""
    if _started_up():  # a later document: children inherit the reader too, instead of importing it each
        prepare(profile, path)
        return Running(partial(_read_then, read_step, then), str(path), limits).finish()
    reading = Running(read_step, str(path), limits)
    try:
        prepare(profile)
    finally:
        was_read = reading.finish()
    if was_read.value is None:
        return Limited(None, was_read.error, was_read.details, was_read.seconds)
    document, spent = was_read.value, was_read.seconds
    rest = Running(lambda stages: then(document, stages, spent), str(path), limits, "parse", spent)
    with FORK_LOCK:
        import council_actions.output.writer  # noqa: F401 - Arrow and Parquet, for this process and its children
    done = rest.finish()
    return Limited(done.value, done.error, was_read.details + done.details, spent + done.seconds)


def _read_then(read_step: Callable[[StageTracker], Document], then: Callable[[Document, StageTracker, float], R],
               stages: StageTracker) -> R:
    started = time.perf_counter()
    document = read_step(stages)
    return then(document, stages, time.perf_counter() - started)


def _parsed_and_normalised(document: Document, stages: StageTracker, spent: float, path: Path, profile: Profile,
                           reference: dt.date | None) -> Processed:
    return Processed(path, document, *parse_and_normalise(document, str(path), profile, reference, stages))


def prepare(profile: Profile, path: Path | None = None) -> None:
    """Build in this process what every child would otherwise build again: the owner matcher (spaCy's import is
    most of a small document's time), and the PDF reader when `path` is a PDF. Children forked afterwards
    inherit both (never half-built: FORK_LOCK keeps forks out while they load).

    The first time, the cyclic garbage collector is paused while spaCy loads and what loaded is then frozen
    (`gc.freeze`, as Python's documentation advises before forking): loading makes hundreds of thousands of
    objects that live as long as the process, and the collector would otherwise walk them again and again,
    during the load, in this process afterwards and in every child (whose copies each walk would also touch)."""
    with FORK_LOCK:
        first = not _started_up()
        collecting = gc.isenabled()
        if first:
            gc.disable()
        try:
            glossary_for(profile).load()
            if path is not None and looks_like_pdf(path):
                import council_actions.ingest.pdf  # noqa: F401 - imported for the children to inherit
        finally:
            if first:
                gc.freeze()
            if collecting:
                gc.enable()


def _started_up() -> bool:
    """Whether this process has loaded spaCy already (an earlier document): the first document's reader starts
    before that, the rest after it."""
    return "spacy" in sys.modules


def looks_like_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(1024).lstrip().startswith(PDF_MAGIC)
    except OSError:
        return False


def process(path: Path, profile: Profile, reference: dt.date | None = None, encoding: str | None = None,
            limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
            source_name: str | None = None, stages: StageTracker | None = None) -> Processed:
    """Every stage but writing, in this process. `source_name` overrides the file name as the document's source
    identity (see output/writer.py)."""
    document = read(path, profile, encoding, limits, pdf_engine, source_name, stages)
    return Processed(path, document, *parse_and_normalise(document, str(path), profile, reference, stages))


def read(path: Path, profile: Profile, encoding: str | None = None, limits: Limits = DEFAULT_LIMITS,
         pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE, source_name: str | None = None,
         stages: StageTracker | None = None) -> Document:
    source, enter = str(path), stages.enter if stages else _no_tracking
    enter("ingest")
    document = run_stage("ingest", source, read_document, path, encoding, limits.max_pages, pdf_engine,
                      profile.roles.role_of, limits.max_bytes, limits.max_memory // 4)
    return replace(document, source_name=source_name) if source_name else document


def parse_and_normalise(document: Document, source: str, profile: Profile, reference: dt.date | None = None,
                        stages: StageTracker | None = None,
                        lap: Callable[[str], None] = lambda stage: None) -> tuple[ParsedDocument, NormalisedDocument]:
    """`source`: the file as the user gave it, for a failure to name; `lap(stage)` is told as each stage ends."""
    enter = stages.enter if stages else _no_tracking
    enter("parse")
    parsed = run_stage("parse", source, parse_document, document, profile)
    lap("parse")
    enter("normalise")
    normalised = run_stage("normalise", source, normalise_document, parsed, profile, reference)
    lap("normalise")
    return parsed, normalised


def _no_tracking(stage: str) -> None:
    """In-process, an exception names its stage itself; only a child stopped from outside needs telling."""


def write(processed: Processed, out_dir: Path, profile: Profile, revision: str,
          extra_issues: Iterable[Issue] = (), revision_date: dt.date | None = None) -> DocumentResult:
    """Stage and commit one document in this process (council_actions.worker: the batch's workers do the same)."""
    from council_actions.worker import Destination, commit, stage  # pyarrow: see read_in_child_then

    return commit(stage(processed, profile, Destination(out_dir, revision, revision_date)), out_dir, profile,
                  extra_issues)


def run_stage(name: str, source: str, step: Callable[[*Args], T], *args: *Args) -> T:
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


def check_revision(label: str) -> str:
    """A revision label names a folder under every table: letters, digits, '-', '_', '.' and nothing else."""
    if not REVISION_LABEL.fullmatch(label) or label in {".", ".."}:
        raise ValueError(f"revision label {label!r} is not a safe folder name (use letters, digits, '-', '_', '.')")
    return label


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
