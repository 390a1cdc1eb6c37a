"""Many documents of one revision: each read, parsed, normalised and made into its Parquet tables in limited
child processes, on as many cores or machines as the caller's executor offers, then cross-checked and
committed in the parent, in input order, as one commit.

One worker design serves both safety and speed: `DocumentJob` is the per-document unit, a small picklable
callable that takes one file through every stage up to its encoded tables in forked children under `Limits`
(see council_actions.limited_step and council_actions.worker) and returns a `Staged` record (the tables, the source
record and what the cross-check reads; never the document or its parse), or the one-line failure, as data.
Any `concurrent.futures.Executor` can map it: on one machine a thread pool is enough, since every document
already runs in processes of its own, sharing the parent's imports copy-on-write; a process pool or a Dask
cluster (`distributed.Client(...).get_executor()`) runs it the same way elsewhere.

What is serial is kept small (Amdahl): while this process loads spaCy, documents are read on the other cores
(council_actions.read_ahead: the last ones, so that the workers end together on what is left of them); on this machine
the workers write their tables' files into the batch's staging area (output/staging.py), which this process
flushes as they come back while the workers go on, and tables only travel back as bytes from an executor that
may run elsewhere. The parent cross-checks the records that
come back (re-encoding a self-assessment's issues table when it adds warnings) and commits the whole batch as
one commit of the output folder's journal, which only moves the files into place: a kill leaves the revision
as it was before the batch or as after it. The output is byte-identical whatever the number of workers, and
one document's failure or limit never stops the others.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Executor, Future, ThreadPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from council_actions.ingest import DEFAULT_PDF_ENGINE, Document, PdfEngine
from council_actions.interrupts import raise_if_interrupted
from council_actions.issues import StageError
from council_actions.limited_step import Limited, StageTracker, stop_children
from council_actions.limits import Limits
from council_actions.normalise import ReferenceDates
from council_actions.output.staging import staging_area
from council_actions.parsers.crosscheck import cross_check
from council_actions.pipeline import DEFAULT_LIMITS, DocumentResult, Reading, read, start_reading
from council_actions.profile import Profile
from council_actions.read_ahead import reading_ahead
from council_actions.relay import Relay
from council_actions.worker import Destination, Staged, commit_all, stage_limited

if TYPE_CHECKING:  # a type only: the manifest is read by the API, before the batch
    from council_actions.manifest import Entry

STOP_ROUND = 0.1  # seconds between kills of a stopping batch's children (`_stop`)


@dataclass(frozen=True)
class DocumentJob:
    """Read -> parse -> normalise -> stage for one path, under the limits: what a worker anywhere runs."""

    out_dir: Path
    revision: str
    profile: Profile
    reference: ReferenceDates | None = None
    encoding: str | None = None
    limits: Limits = DEFAULT_LIMITS
    pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE
    source_name: str | None = None  # one document only: its identity within the revision (output/writer.py)
    revision_date: dt.date | None = None
    staging: Path | None = None  # the batch's staging area, where the worker shares the output's disk
    given: Mapping[Path, Entry] = field(default_factory=dict)  # a manifest's council and date, by path as given

    def __call__(self, path: Path, reading: Reading | None = None) -> Limited[Staged]:
        """The process running it builds the owner matcher once (preload.prepare), its children inherit it;
        `reading` is the document's read, if this process started it ahead (`start_reading`)."""
        return stage_limited(path, self.profile, Destination(self.out_dir, self.revision, self.revision_date,
                                                             self.staging),
                             self._reference(path), self._read_step(path), self.limits, reading)

    def for_document(self, path: Path) -> DocumentJob:
        """The job for the document at `path`: read with its manifest entry's profile where the entry names one
        (else the run's), and holding its own entry only, so that what goes to a worker elsewhere (pickled, a
        document at a time) stays the same size however many documents the manifest lists."""
        entry = self.given.get(path)
        if entry is None:
            return replace(self, given={}) if self.given else self
        return replace(self, profile=entry.profile or self.profile, given={path: entry})

    def _reference(self, path: Path) -> ReferenceDates | None:
        """The run's reference dates; a manifest's publication date for the file is the user's own date for it
        (`given`), as --reference-date is for the run."""
        entry = self.given.get(path)
        if entry is None or entry.published is None:
            return self.reference
        return replace(self.reference or ReferenceDates(), given=entry.published)

    def start_reading(self, path: Path, relay: Relay | None = None) -> Reading:
        """The document read and parsed in a limited child from now on (or in its turn after the others of
        `relay`), for this process to finish later."""
        return start_reading(path, self.profile, self._read_step(path), self.limits, relay)

    def _read_step(self, path: Path) -> Callable[[StageTracker], Document]:
        entry = self.given.get(path)
        return partial(read, path, self.profile, self.encoding, self.limits, self.pdf_engine, self.source_name,
                       council_given=entry.council if entry else None, kind_given=entry.kind if entry else None)


def run_batch(paths: list[Path], out_dir: Path, profile: Profile, revision: str,
              reference: ReferenceDates | None = None, encoding: str | None = None,
              on_error: Callable[[StageError], None] = lambda e: None,
              on_progress: Callable[[], None] = lambda: None, limits: Limits = DEFAULT_LIMITS,
              executor: Executor | None = None, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
              on_details: Callable[[Path, tuple[str, ...]], None] = lambda p, d: None,
              revision_date: dt.date | None = None, source_name: str | None = None, jobs: int = 1,
              given: Mapping[Path, Entry] | None = None) -> tuple[list[DocumentResult], int]:
    """Documents of one revision: each processed (on `executor`, else `jobs` at a time here), then cross-checked
    together, then committed. `jobs` is also how many documents a caller's thread pool runs at once (how far
    this process reads ahead while it loads spaCy). Returns the results written and the number of documents
    that failed. Here, `jobs` also bounds the cores: a document's read takes a second one only if no other
    document would run on it (`read_processes`); a caller's executor keeps the `limits` given. `given`: a
    manifest's entry (council and publication date) for each path (council_actions/manifest.py)."""
    workers = max(1, min(jobs, len(paths)))  # documents at once; `jobs` still bounds the cores (read_processes)
    pool = local_executor(workers) if executor is None else None
    if executor is None:
        limits = replace(limits, read_processes=min(limits.read_processes, read_processes(jobs, len(paths))))
    try:
        job = DocumentJob(out_dir, revision, profile, reference, encoding, limits, pdf_engine, source_name,
                          revision_date, given=given or {})
        return _run(paths, job, executor or pool, workers, on_error, on_progress, on_details)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _run(paths: list[Path], job: DocumentJob, executor: Executor | None, jobs: int,
         on_error: Callable[[StageError], None], on_progress: Callable[[], None],
         on_details: Callable[[Path, tuple[str, ...]], None]) -> tuple[list[DocumentResult], int]:
    with staging_area(job.out_dir) if _same_machine(executor) else nullcontext() as area:
        job = replace(job, staging=area)
        staged: list[Staged] = []
        failures = 0
        with reading_ahead(job, paths, executor, jobs) as readings:
            # after the first readers are forked: the journal (and the folder swap's ctypes) is no import to make
            # while a core waits for its first fork, and the writer's load has brought it in already
            from council_actions.output.journal import flushing_ahead

            futures: list[Future[Limited[Staged]]] = []  # each kept as it is sent: an interrupt midway stops those
            try:
                if executor is not None:
                    futures.extend(executor.submit(job.for_document(path), path, reading)
                                   for path, reading in zip(paths, readings, strict=True))
                with flushing_ahead() as flush_ahead:
                    for path, outcome in zip(paths, _outcomes(job, paths, readings, futures), strict=True):
                        raise_if_interrupted()  # before its outcome: a child the Ctrl-C ended is no failure to report
                        on_details(path, outcome.details)
                        if outcome.error is not None or outcome.value is None:
                            failures += 1
                            on_error(outcome.error or StageError("batch", str(path), "no result came back"))
                        else:
                            staged.append(outcome.value)
                            flush_ahead(outcome.value.tables.staged_files())
                        on_progress()
            except BaseException as exc:  # an interrupt, or a report that could not be made (a closed pipe)
                _stop(futures, interrupted=isinstance(exc, KeyboardInterrupt))
                raise
        raise_if_interrupted()  # a Ctrl-C Python swallowed (council_actions.interrupts) commits nothing
        results = _commit_all(staged, job.out_dir, on_error)
        return results, failures + len(staged) - len(results)


def _commit_all(staged: list[Staged], out_dir: Path,
                on_error: Callable[[StageError], None]) -> list[DocumentResult]:
    """The cross-check over the records that came back, then every document in one commit, in input order; if
    that commit fails, each document is named with the one problem."""
    extra = cross_check({s.document_id: (s.source_name, s.checks) for s in staged})
    try:
        return commit_all(staged, out_dir, extra)
    except StageError as exc:
        for item in staged:
            on_error(StageError(exc.stage, item.source, exc.problem))
        return []


def read_processes(jobs: int, documents: int) -> int:
    """How many processes each document's read may use where `jobs` cores (`--jobs`) take `documents` documents, as
    many at once as there are cores: the cores shared out among the documents running at once (`--jobs 1`: one;
    `--jobs 2` and one document: two, a long PDF read in halves; two documents or more: one each, the other core
    being busy with the other documents, ingest/pdf_split.py). Limits.read_processes caps it (run_batch)."""
    return max(1, jobs // max(1, min(jobs, documents)))


def local_executor(jobs: int) -> Executor | None:
    """`--jobs N` on this machine: N documents at once, each in its own child process; None for one at a time.
    Without fork (Windows) the children do not exist, so a process pool gives the parallelism instead."""
    if jobs <= 1:
        return None
    if hasattr(os, "fork"):
        return ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="council-actions")
    from concurrent.futures import ProcessPoolExecutor  # see `_same_machine`

    return ProcessPoolExecutor(max_workers=jobs)


def _same_machine(executor: Executor | None) -> bool:
    """Whether the workers share this machine's disk, so that they stage their files for the commit: this
    process's own (None), a thread pool's or a process pool's. The process pool's class is looked up, never
    imported here: a caller's process pool has loaded it already, and importing it (multiprocessing, sockets:
    ~10 ms) would delay every batch's first fork, with a core idle meanwhile."""
    process = sys.modules.get("concurrent.futures.process")
    pools = (ThreadPoolExecutor,) if process is None else (ThreadPoolExecutor, process.ProcessPoolExecutor)
    return executor is None or isinstance(executor, pools)


def _outcomes(job: DocumentJob, paths: list[Path], readings: list[Reading | None],
              futures: list[Future[Limited[Staged]]]) -> Iterator[Limited[Staged]]:
    """Outcomes in input order: the executor's `futures`, else each document run here in turn. A worker lost to
    the executor (a killed pool process, a lost Dask worker) fails that document alone, in one line."""
    if not futures:
        yield from (job.for_document(path)(path, reading) for path, reading in zip(paths, readings, strict=True))
        return
    for path, future in zip(paths, futures, strict=True):
        yield _outcome(path, future)


def _stop(futures: list[Future[Limited[Staged]]], interrupted: bool) -> None:
    """A batch that ends early leaves no document running: those queued are cancelled, and those under way are
    waited for, so that none writes into the staging area after the batch removes it (a Ctrl-C with --jobs 2
    left the area behind, its workers' files still coming). On an interrupt their children are killed first
    (council_actions.limited_step.stop_children), again each round, since a worker between two steps of its
    document may fork one more; else each ends at its own pace."""
    for future in futures:
        future.cancel()
    while True:
        if interrupted:
            stop_children()
        if not wait(futures, timeout=STOP_ROUND).not_done:
            return


def _outcome(path: Path, future: Future[Limited[Staged]]) -> Limited[Staged]:
    try:
        return future.result()
    except Exception as exc:  # the executor's failure, not the document's: still one line, and the batch goes on
        return Limited(None, StageError("batch", str(path), f"the worker running it failed "
                                        f"({type(exc).__name__}: {exc})"), ())


__all__ = ["DocumentJob", "local_executor", "read_processes", "run_batch"]
