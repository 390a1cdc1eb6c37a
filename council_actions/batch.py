"""Many documents of one revision: each read, parsed, normalised and made into its Parquet tables in limited
child processes, on as many cores or machines as the caller's executor offers, then cross-checked and
committed in the parent, in input order, as one commit.

One worker design serves both safety and speed: `DocumentJob` is the per-document unit, a small picklable
callable that takes one file through every stage up to its encoded tables in forked children under `Limits`
(see council_actions.limits and council_actions.worker) and returns a `Staged` record (the tables, the source
record and what the cross-check reads; never the document or its parse), or the one-line failure, as data.
Any `concurrent.futures.Executor` can map it: on one machine a thread pool is enough, since every document
already runs in processes of its own, sharing the parent's imports copy-on-write; a process pool or a Dask
cluster (`distributed.Client(...).get_executor()`) runs it the same way elsewhere.

What is serial is kept small (Amdahl): on this machine the workers write and flush their tables' files into
the batch's staging area (output/staging.py), and tables only travel back as bytes from an executor that may
run elsewhere. The parent cross-checks the records that come back (re-encoding a self-assessment's issues
table when it adds warnings) and commits the whole batch as one commit of the output folder's journal, which
only moves the files into place: a kill leaves the revision as it was before the batch or as after it. The
output is byte-identical whatever the number of workers, and one document's failure or limit never stops
the others.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from council_actions.first_forks import FIRST_FORKS
from council_actions.ingest import DEFAULT_PDF_ENGINE, PdfEngine
from council_actions.issues import StageError
from council_actions.limits import Limited, Limits
from council_actions.output.staging import staging_area
from council_actions.parsers.crosscheck import cross_check
from council_actions.pipeline import DEFAULT_LIMITS, DocumentResult, read
from council_actions.profile import Profile
from council_actions.worker import Destination, Staged, commit_all, stage_limited

SAME_MACHINE = (ThreadPoolExecutor, ProcessPoolExecutor)  # executors whose workers share the output's disk


@dataclass(frozen=True)
class DocumentJob:
    """Read -> parse -> normalise -> stage for one path, under the limits: what a worker anywhere runs."""

    out_dir: Path
    revision: str
    profile: Profile
    reference: dt.date | None = None
    encoding: str | None = None
    limits: Limits = DEFAULT_LIMITS
    pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE
    source_name: str | None = None  # one document only: its identity within the revision (output/writer.py)
    revision_date: dt.date | None = None
    staging: Path | None = None  # the batch's staging area, where the worker shares the output's disk

    def __call__(self, path: Path) -> Limited[Staged]:
        """The process running it builds the owner matcher once (pipeline.prepare), its children inherit it."""
        reading = partial(read, path, self.profile, self.encoding, self.limits, self.pdf_engine, self.source_name)
        return stage_limited(path, self.profile, Destination(self.out_dir, self.revision, self.revision_date,
                                                             self.staging),
                             self.reference, reading, self.limits)


def run_batch(paths: list[Path], out_dir: Path, profile: Profile, revision: str, reference: dt.date | None = None,
              encoding: str | None = None, on_error: Callable[[StageError], None] = lambda e: None,
              on_progress: Callable[[], None] = lambda: None, limits: Limits = DEFAULT_LIMITS,
              executor: Executor | None = None, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE,
              on_details: Callable[[Path, tuple[str, ...]], None] = lambda p, d: None,
              revision_date: dt.date | None = None, source_name: str | None = None,
              ) -> tuple[list[DocumentResult], int]:
    """Documents of one revision: each processed (on `executor`, else one at a time here), then cross-checked
    together, then committed. Returns the results written and the number of documents that failed."""
    with staging_area(out_dir) if executor is None or isinstance(executor, SAME_MACHINE) else nullcontext() as area:
        job = DocumentJob(out_dir, revision, profile, reference, encoding, limits, pdf_engine, source_name,
                          revision_date, area)
        staged: list[Staged] = []
        failures = 0
        for path, outcome in zip(paths, _map(job, paths, executor), strict=True):
            on_details(path, outcome.details)
            if outcome.error is not None or outcome.value is None:
                failures += 1
                on_error(outcome.error or StageError("batch", str(path), "no result came back"))
            else:
                staged.append(outcome.value)
            on_progress()
        results = _commit_all(staged, out_dir, on_error)
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


def local_executor(jobs: int) -> Executor | None:
    """`--jobs N` on this machine: N documents at once, each in its own child process; None for one at a time.
    Without fork (Windows) the children do not exist, so a process pool gives the parallelism instead."""
    if jobs <= 1:
        return None
    if hasattr(os, "fork"):
        return ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="council-actions")
    return ProcessPoolExecutor(max_workers=jobs)


def _map(job: DocumentJob, paths: list[Path], executor: Executor | None) -> Iterator[Limited[Staged]]:
    """Outcomes in input order. A worker lost to the executor (a killed pool process, a lost Dask worker)
    fails that document alone, in one line."""
    if executor is None:
        yield from map(job, paths)
        return
    with FIRST_FORKS.expecting(_first_round(executor, len(paths))):
        futures = [executor.submit(job, path) for path in paths]
        for path, future in zip(paths, futures, strict=True):
            yield _outcome(path, future)


def _first_round(executor: Executor, documents: int) -> int:
    """How many first readers this process's spaCy load waits for (council_actions.first_forks): one per worker
    thread of a thread pool here; none for workers in other processes, whose loads are their own."""
    if not isinstance(executor, ThreadPoolExecutor) or not hasattr(os, "fork"):
        return 0
    return min(getattr(executor, "_max_workers", 1), documents)  # the pool's size; it offers no public name


def _outcome(path: Path, future: Future[Limited[Staged]]) -> Limited[Staged]:
    try:
        return future.result()
    except Exception as exc:  # the executor's failure, not the document's: still one line, and the batch goes on
        return Limited(None, StageError("batch", str(path), f"the worker running it failed "
                                        f"({type(exc).__name__}: {exc})"), ())


__all__ = ["DocumentJob", "local_executor", "run_batch"]
