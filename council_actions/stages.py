"""Each stage of one document once, in the calling process: typed records in and out, and the boundary that makes
whatever a stage raises one line naming the stage and the file.

The pipeline (council_actions.pipeline) chains these steps, in this process or in limited children under one
deadline, and a batch's worker runs the same steps; the records they hand on (`Parsed`, `Processed`,
`DocumentResult`) are here, beside them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, TypeVarTuple

from council_actions.ingest import DEFAULT_PDF_ENGINE, Document, PdfEngine, read_document
from council_actions.ingest.model import GivenCouncil, GivenKind
from council_actions.issues import IssueStage, StageError
from council_actions.limited_step import StageTracker
from council_actions.limits import Limits, raised_limits
from council_actions.normalise import NormalisedDocument, ReferenceDates, normalise_document
from council_actions.parsers import ParsedDocument, parse_document
from council_actions.parsers.records import CouncilFrom, DocumentKind
from council_actions.profile import Profile

if TYPE_CHECKING:  # a type only: output/ (Arrow) loads with the writer (council_actions.preload)
    from council_actions.ingest_report import StageTime
    from council_actions.output.status import Status

T = TypeVar("T")
R = TypeVar("R")
Args = TypeVarTuple("Args")
DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Parsed:
    """A document read and parsed: all of a document that needs no spaCy (the parser tells where an owner
    opens a sentence from the glossary's spellings alone, council_actions/owner_spellings.py), so a fresh process
    makes it in a child while it loads spaCy itself."""

    path: Path
    document: Document
    parsed: ParsedDocument
    seconds: dict[StageTime, float] = field(default_factory=dict)  # per stage: read, parse


@dataclass(frozen=True)
class Processed:
    """A document read, parsed and normalised, ready to write."""

    path: Path
    document: Document
    parsed: ParsedDocument
    normalised: NormalisedDocument
    seconds: dict[StageTime, float] = field(default_factory=dict)  # per stage: read, parse, normalise


@dataclass(frozen=True)
class DocumentResult:
    """What one document gave once written, as the ingest report and its JSON print it: counts, issues by
    severity, rows per table, files written, seconds per stage, and the council named."""

    source: str
    document_id: str
    kind: DocumentKind
    elements: int
    actions: int
    issues: dict[str, int]
    files: tuple[Path, ...]
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table: the document's real yield
    replaced: tuple[str, ...] = ()  # earlier versions of the same source in this revision, now gone
    council: str | None = None  # the council named (documents.council), and where the name came from
    council_from: CouncilFrom = "none"
    seconds: dict[StageTime, float] = field(default_factory=dict)  # per stage: read, parse, normalise, write
    status: Status = "complete"  # documents.status: complete, or incomplete by the rule below (output/status.py)
    status_rule: str | None = None


def read(path: Path, profile: Profile, encoding: str | None = None, limits: Limits = DEFAULT_LIMITS,
         pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE, source_name: str | None = None,
         stages: StageTracker | None = None, council_given: GivenCouncil | None = None,
         kind_given: GivenKind | None = None) -> Document:
    """The ingest stage under `run_stage`; `source_name`, if given, replaces the file name as its identity, and
    `council_given` and `kind_given` (a manifest's row) go with the document to the parsers that name its council
    and choose its reader."""
    source, enter = str(path), stages.enter if stages else _no_tracking
    enter("ingest")
    # by name: three of read_document's parameters are byte or process counts, which a slip in order would swap
    reader = partial(read_document, encoding=encoding, max_pages=limits.max_pages, pdf_engine=pdf_engine,
                     role_of=profile.roles.role_of, max_bytes=limits.max_bytes, max_inflated=limits.max_memory // 4,
                     processes=limits.read_processes, owner_words=profile.owner_words,
                     document_words=profile.document_words, status_of=profile.roles.status_of)
    document = run_stage("ingest", source, reader, path)
    raised = raised_limits(limits)  # what it took to read, for its source record (upgrade reads it so again)
    document = replace(document, read_with=replace(document.read_with, limits=raised)) if raised else document
    document = replace(document, council_given=council_given) if council_given else document
    document = replace(document, kind_given=kind_given) if kind_given else document
    return replace(document, source_name=source_name) if source_name else document


def _no_tracking(stage: IssueStage) -> None:
    """In-process, an exception names its stage itself; only a child stopped from outside needs telling."""


def read_and_parse(path: Path, profile: Profile, read_step: Callable[[StageTracker], Document],
                   stages: StageTracker) -> Parsed:
    """The stages that need no spaCy (`Parsed`), each timed."""
    started = time.perf_counter()
    document = read_step(stages)
    read_at = time.perf_counter()
    stages.enter("parse")
    parsed = run_stage("parse", str(path), parse_document, document, profile)
    return Parsed(path, document, parsed, {"read": read_at - started, "parse": time.perf_counter() - read_at})


def normalise_parsed(parsed: Parsed, profile: Profile, reference: ReferenceDates | None,
                     stages: StageTracker) -> NormalisedDocument:
    """The normalise stage on a parsed document; the tracker is told first, so a timeout or a memory kill in
    this stage is reported as the normalise stage's, and any failure leaves as one line naming it."""
    stages.enter("normalise")
    return run_stage("normalise", str(parsed.path), normalise_document, parsed.parsed, profile, reference)


def normalise_then(parsed: Parsed, profile: Profile, reference: ReferenceDates | None,
                   then: Callable[[Processed, StageTracker], R], stages: StageTracker) -> R:
    """The normalise stage, timed, then `then` (a worker's tables, or the document as it is: `as_processed`) on
    the processed document."""
    started = time.perf_counter()
    normalised = normalise_parsed(parsed, profile, reference, stages)
    seconds: dict[StageTime, float] = {**parsed.seconds, "normalise": time.perf_counter() - started}
    return then(Processed(parsed.path, parsed.document, parsed.parsed, normalised, seconds), stages)


def all_stages(parse_step: Callable[[StageTracker], Parsed], profile: Profile, reference: ReferenceDates | None,
               then: Callable[[Processed, StageTracker], R], stages: StageTracker) -> R:
    """Read and parse (`parse_step`), normalise, then `then`: every step of one document, in the calling process."""
    return normalise_then(parse_step(stages), profile, reference, then, stages)


def as_processed(processed: Processed, stages: StageTracker) -> Processed:
    """The `then` of a caller that writes the tables itself: the processed document as it is."""
    return processed


def run_stage(name: IssueStage, source: str, step: Callable[[*Args], T], *args: *Args) -> T:
    """The stage boundary: whatever a stage raises leaves as one StageError naming the stage and the file."""
    try:
        return step(*args)
    except StageError as exc:  # name the file as the user gave it, whatever the stage called it
        raise StageError(exc.stage, source, exc.problem) from None
    except MemoryError:  # the memory limit's to report, in the user's words (council_actions.limits)
        raise
    except Exception as exc:  # an unforeseen input must still fail as one line naming the stage
        raise StageError(name, source, f"{name} failed unexpectedly ({type(exc).__name__}: {exc})") from exc
