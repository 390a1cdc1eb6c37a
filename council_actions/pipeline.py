"""The pipeline for one document: read -> parse -> normalise -> write.

Each stage returns typed records; a failure names its stage (the steps and their records: council_actions.stages).
`run` takes one document through all of them, in limited children that overlap the first document's read with
spaCy's load (`process_in_children`); `process` does the same in this process. A batch's worker
(council_actions.worker) runs the same stages and stages the tables itself, and the batch's parent commits them.
"""

from __future__ import annotations

import datetime as dt
import pickle
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TypeVar

from council_actions.ingest import DEFAULT_PDF_ENGINE, Document, PdfEngine
from council_actions.issues import Issue
from council_actions.limited_step import FORK_LOCK, Limited, Running, StageTracker
from council_actions.limits import Limits
from council_actions.normalise import ReferenceDates
from council_actions.preload import WRITER, collector_paused, load_normalisers, load_writer, prepare, started_up
from council_actions.profile import Profile
from council_actions.relay import Relay
from council_actions.stages import (
    DEFAULT_LIMITS,
    DocumentResult,
    Parsed,
    Processed,
    all_stages,
    as_processed,
    normalise_parsed,
    normalise_then,
    read,
    read_and_parse,
    run_stage,
)

# What the pipeline lends its callers besides its own steps: the stages' records and steps a batch's worker runs
# (council_actions.stages), so that a caller chains documents through one module.
__all__ = ["DEFAULT_LIMITS", "DocumentResult", "Parsed", "Processed", "Reading", "process", "process_in_children",
           "process_limited", "read", "read_and_parse", "run", "run_stage", "start_reading", "write"]

# A document being read and parsed in a limited child (`start_reading`). Its `Parsed` record comes back
# pickled: whoever needs it unpickles it, most often the child that normalises it, not this process.
Reading = Running[bytes]
R = TypeVar("R")


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
    return process_in_children(path, profile, reference, read_step, as_processed, limits)


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
    whole: Running[Processed | R] = Running(partial(all_stages, partial(read_and_parse, path, profile, read_step),
                                                    profile, reference, then), str(path), limits)
    return whole.finish()


def _parsed_while_loading(reading: Reading, profile: Profile) -> Limited[bytes]:
    """A fresh process's first document: while its child reads and parses, this process loads spaCy and the
    owner matcher, and the normalisers too if the read is still going on (a PDF's pages). The read is waited for
    even if loading fails, so its child never outlives the step."""
    try:
        prepare(profile)
        if not reading.sent():  # a long read: what the next steps need loads while it goes on
            load_normalisers()
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
    return normalise_then(parsed, profile, reference, then, stages)


def process(path: Path, profile: Profile, reference: ReferenceDates | None = None, encoding: str | None = None,
            limits: Limits = DEFAULT_LIMITS, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
            source_name: str | None = None) -> Processed:
    """Every stage but writing, in this process. `source_name` overrides the file name as the document's source
    identity (see output/writer.py)."""
    read_step = partial(read, path, profile, encoding, limits, pdf_engine, source_name)
    return all_stages(partial(read_and_parse, path, profile, read_step), profile, reference, as_processed,
                       StageTracker())


def write(processed: Processed, out_dir: Path, profile: Profile, revision: str,
          extra_issues: Iterable[Issue] = (), revision_date: dt.date | None = None) -> DocumentResult:
    """Stage and commit one document in this process (council_actions.worker: the batch's workers do the same)."""
    from council_actions.worker import Destination, commit, stage  # pyarrow: see process_in_children

    return commit(stage(processed, profile, Destination(out_dir, revision, revision_date)), out_dir, profile,
                  extra_issues)
