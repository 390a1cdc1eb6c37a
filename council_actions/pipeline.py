"""The pipeline for one document: read -> parse -> normalise -> write.

Each stage returns typed records; a failure names its stage. `run` takes one document through all of them;
a batch's worker (council_actions.worker) runs the same stages and stages the tables itself, and the batch's
parent commits them.
"""

from __future__ import annotations

import datetime as dt
import pickle
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, TypeVarTuple

from council_actions.ingest import DEFAULT_PDF_ENGINE, Document, PdfEngine, read_document
from council_actions.ingest.model import GivenCouncil, GivenKind
from council_actions.issues import Issue, IssueStage, StageError
from council_actions.limited_step import FORK_LOCK, Limited, Running, StageTracker
from council_actions.limits import Limits
from council_actions.normalise import NormalisedDocument, ReferenceDates, normalise_document
from council_actions.parsers import ParsedDocument, parse_document
from council_actions.parsers.records import CouncilFrom, DocumentKind
from council_actions.preload import NORMALISERS, WRITER, collector_paused, load_writer, prepare, started_up
from council_actions.profile import Profile
from council_actions.relay import Relay

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


# A document being read and parsed in a limited child (`start_reading`). Its `Parsed` record comes back
# pickled: whoever needs it unpickles it, most often the child that normalises it, not this process.
Reading = Running[bytes]


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


def run(path: Path, out_dir: Path, profile: Profile, revision: str, reference: ReferenceDates | None = None,
        encoding: str | None = None, limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
        revision_date: dt.date | None = None) -> DocumentResult:
    """One document through every stage: read -> parse -> normalise (in a child process, under the limits) -> write."""
    processed = process_limited(path, profile, reference, encoding, limits, pdf_engine).unwrap()
    return write(processed, out_dir, profile, revision, revision_date=revision_date)


def process_limited(path: Path, profile: Profile, reference: ReferenceDates | None = None, encoding: str | None = None,
                    limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
                    source_name: str | None = None) -> Limited[Processed]:
    """`process` in limited children, under one deadline (`process_in_children`); what they printed: details."""
    read_step = partial(read, path, profile, encoding, limits, pdf_engine, source_name)
    return process_in_children(path, profile, reference, read_step, _as_processed, limits)


def process_in_children(path: Path, profile: Profile, reference: ReferenceDates | None,
                        read_step: Callable[[StageTracker], Document],
                        then: Callable[[Processed, StageTracker], R], limits: Limits,
                        reading: Reading | None = None) -> Limited[Processed | R]:
    """Read, parse and normalise one document in limited children, one deadline for all.

    A fresh process reads and parses in one child (`reading`, if a batch started it) while it loads spaCy and
    the owner matcher (`prepare`). A second child normalises (with spaCy) and does `then` (the tables) if this
    process has the writer by then; if not, this process loads it meanwhile and returns the `Processed`
    document. A later document (spaCy loaded) has nothing to overlap: one child does every stage and `then`."""
    if reading is None and started_up():  # a later document: children inherit the reader too
        return _all_in_one_child(path, profile, reference, read_step, then, limits)
    was_parsed = _parsed_while_loading(reading or start_reading(path, profile, read_step, limits), profile)
    if was_parsed.value is None:
        return Limited(None, was_parsed.error, was_parsed.details, was_parsed.seconds)
    if WRITER in sys.modules:  # the child inherits the writer (its arena reserved first): it makes the tables too
        return _normalised_then_in_child(path, profile, reference, then, limits, was_parsed)
    return _normalised_while_writer_loads(path, profile, reference, limits, was_parsed)


def _all_in_one_child(path: Path, profile: Profile, reference: ReferenceDates | None,
                      read_step: Callable[[StageTracker], Document], then: Callable[[Processed, StageTracker], R],
                      limits: Limits) -> Limited[Processed | R]:
    """A later document: this process has spaCy, the reader and the writer already (loaded first, so the child
    inherits them), so nothing is left to overlap with and one child does every stage and `then`."""
    prepare(profile, path)
    load_writer()
    whole: Running[Processed | R] = Running(partial(_all_stages, partial(read_and_parse, path, profile, read_step),
                                                    profile, reference, then), str(path), limits)
    return whole.finish()


def _parsed_while_loading(reading: Reading, profile: Profile) -> Limited[bytes]:
    """A fresh process's first document: while its child reads and parses, this process loads spaCy and the
    owner matcher, and the normalisers too if the read is still going on (a PDF's pages). The read is waited for
    even if loading fails, so its child never outlives the step."""
    try:
        prepare(profile)
        if not reading.sent():  # a long read: what the next steps need loads while it goes on
            load_writer(*NORMALISERS)
    finally:
        was_parsed = reading.finish()
    return was_parsed


def _normalised_then_in_child(path: Path, profile: Profile, reference: ReferenceDates | None,
                              then: Callable[[Processed, StageTracker], R], limits: Limits,
                              was_parsed: Limited[bytes]) -> Limited[Processed | R]:
    """The writer loaded while the document was read: one more child normalises and does `then` (the tables),
    under what is left of the read's deadline, and hands back what both children printed."""
    pickled, spent = was_parsed.unwrap(), was_parsed.seconds
    load_writer()
    done = Running(partial(_normalise_pickled, pickled, profile, reference, then), str(path), limits, "normalise",
                   spent).finish()
    return Limited(done.value, done.error, was_parsed.details + done.details, spent + done.seconds)


def _normalised_while_writer_loads(path: Path, profile: Profile, reference: ReferenceDates | None, limits: Limits,
                                   was_parsed: Limited[bytes]) -> Limited[Processed]:
    """The writer not loaded yet: a child normalises while this process loads it, and the `Processed` document
    comes back for this process to make the tables (under what is left of the read's deadline)."""
    pickled, spent = was_parsed.unwrap(), was_parsed.seconds
    with FORK_LOCK:  # unpickling may import a module: never while another thread forks
        parsed: Parsed = pickle.loads(pickled)
    normalising = Running(partial(normalise_parsed, parsed, profile, reference), str(path), limits, "normalise", spent)
    load_writer()  # while the child normalises
    normalised = normalising.finish()
    details, seconds = was_parsed.details + normalised.details, spent + normalised.seconds
    if normalised.value is None:
        return Limited(None, normalised.error, details, seconds)
    return Limited(Processed(path, parsed.document, parsed.parsed, normalised.value,
                             {**parsed.seconds, "normalise": normalised.seconds}), None, details, seconds)


def start_reading(path: Path, profile: Profile, read_step: Callable[[StageTracker], Document], limits: Limits,
                  relay: Relay | None = None) -> Reading:
    """The document read and parsed (it needs no spaCy) in a limited child, now or in its turn in `relay`. The
    child inherits the owner glossary the parse asks for if this process has built it (preload.prepare_readers),
    else builds it, while this process builds its own (its first reader starts the sooner)."""
    reading = partial(_read_and_pickle, path, profile, read_step)
    return relay.run(reading, str(path), limits) if relay else Running(reading, str(path), limits)


def _read_and_pickle(path: Path, profile: Profile, read_step: Callable[[StageTracker], Document],
                     stages: StageTracker) -> bytes:
    with collector_paused():  # a reading child: its heap is freed by reference counting (preload.collector_paused)
        return pickle.dumps(read_and_parse(path, profile, read_step, stages), protocol=pickle.HIGHEST_PROTOCOL)


def _normalise_pickled(pickled: bytes, profile: Profile, reference: ReferenceDates | None,
                       then: Callable[[Processed, StageTracker], R], stages: StageTracker) -> R:
    parsed: Parsed = pickle.loads(pickled)
    return _normalise_then(parsed, profile, reference, then, stages)


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


def _normalise_then(parsed: Parsed, profile: Profile, reference: ReferenceDates | None,
                    then: Callable[[Processed, StageTracker], R], stages: StageTracker) -> R:
    started = time.perf_counter()
    normalised = normalise_parsed(parsed, profile, reference, stages)
    seconds: dict[StageTime, float] = {**parsed.seconds, "normalise": time.perf_counter() - started}
    return then(Processed(parsed.path, parsed.document, parsed.parsed, normalised, seconds), stages)


def _all_stages(parse_step: Callable[[StageTracker], Parsed], profile: Profile, reference: ReferenceDates | None,
                then: Callable[[Processed, StageTracker], R], stages: StageTracker) -> R:
    return _normalise_then(parse_step(stages), profile, reference, then, stages)


def _as_processed(processed: Processed, stages: StageTracker) -> Processed:
    return processed


def process(path: Path, profile: Profile, reference: ReferenceDates | None = None, encoding: str | None = None,
            limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
            source_name: str | None = None) -> Processed:
    """Every stage but writing, in this process. `source_name` overrides the file name as the document's source
    identity (see output/writer.py)."""
    read_step = partial(read, path, profile, encoding, limits, pdf_engine, source_name)
    return _all_stages(partial(read_and_parse, path, profile, read_step), profile, reference, _as_processed,
                       StageTracker())


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
    document = replace(document, council_given=council_given) if council_given else document
    document = replace(document, kind_given=kind_given) if kind_given else document
    return replace(document, source_name=source_name) if source_name else document


def _no_tracking(stage: IssueStage) -> None:
    """In-process, an exception names its stage itself; only a child stopped from outside needs telling."""


def write(processed: Processed, out_dir: Path, profile: Profile, revision: str,
          extra_issues: Iterable[Issue] = (), revision_date: dt.date | None = None) -> DocumentResult:
    """Stage and commit one document in this process (council_actions.worker: the batch's workers do the same)."""
    from council_actions.worker import Destination, commit, stage  # pyarrow: see process_in_children

    return commit(stage(processed, profile, Destination(out_dir, revision, revision_date)), out_dir, profile,
                  extra_issues)


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
