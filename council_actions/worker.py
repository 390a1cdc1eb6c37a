"""What a batch's worker does with one document, and the record it sends back.

A document is read and parsed in one limited child while the worker's process loads spaCy (the batch may
have started that child, and those of the next few documents, before any worker ran: council_actions.batch),
then normalised and made into its tables, encoded as Parquet, in a second child; a later document goes
through one child. Only a `Staged` record comes back: the tables (written into the batch's
staging area when the worker shares the output's disk, else their bytes: output/staging.py), the source
record, and what the cross-check reads, never the document and its parse. The batch's parent cross-checks
those records and `commit`s them as one commit of the output folder's journal (output/writer.py), which then
only moves files into place.

The first document a process handles is the exception: Arrow is not loaded yet when its normalising child
forks, so rather than have that child load it, this process builds the tables, having loaded Arrow while the
child normalised. Either way the tables are the same, so the output is the same bytes."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from council_actions.ingest import Document
from council_actions.issues import Issue
from council_actions.limited_step import Limited, StageTracker
from council_actions.limits import Limits
from council_actions.normalise import ReferenceDates
from council_actions.parsers.crosscheck import CheckRecords, check_records
from council_actions.parsers.records import CouncilFrom
from council_actions.pipeline import DocumentResult, Processed, Reading, process_in_children, run_stage
from council_actions.profile import Profile

if TYPE_CHECKING:  # Arrow loads with the writer, not with the worker (see council_actions.pipeline)
    from council_actions.ingest_report import StageTime
    from council_actions.output.parquet import EncodedSet


@dataclass(frozen=True)
class Staged:
    """A document read, parsed, normalised and made into its tables: what a worker sends back to the batch.

    Picklable (each table travels as its Parquet bytes or its staged file's path): the tables and the source
    record to commit (output.to_tables), the records
    the cross-check reads, the issues (its warnings join them at `checked_at`), counts and the seconds each
    stage took."""

    source: str
    revision: str
    document_id: str
    source_name: str
    checks: CheckRecords
    issues: tuple[Issue, ...]  # in the order of the extraction_issues table
    checked_at: int
    elements: int
    actions: int
    tables: EncodedSet  # with the source record and documents.status (output.to_tables)
    seconds: dict[StageTime, float]
    council: str | None = None
    council_from: CouncilFrom = "none"


@dataclass(frozen=True)
class Destination:
    """Where and as what a document is staged: the output folder, the revision and its date, and the batch's
    staging area (None: the tables go back as bytes, as to another machine)."""

    out_dir: Path
    revision: str
    revision_date: dt.date | None = None
    staging: Path | None = None


class Clock:
    """Seconds per stage, for the ingest summary (never in the tables: they must not depend on the machine)."""

    def __init__(self, seconds: dict[StageTime, float] | None = None) -> None:
        self.seconds: dict[StageTime, float] = dict(seconds or {})
        self._last = time.perf_counter()

    def lap(self, stage: StageTime) -> None:
        """Add the time since the last lap to `stage`: a stage run in several pieces is counted as their sum."""
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now


def stage_limited(path: Path, profile: Profile, to: Destination, reference: ReferenceDates | None,
                  read_step: Callable[[StageTracker], Document], limits: Limits,
                  reading: Reading | None = None) -> Limited[Staged]:
    """One document through every stage up to its tables, in limited children (see the module); `reading` is
    its read already under way, if the batch started it."""
    done = process_in_children(path, profile, reference, read_step, partial(_stage_in_child, profile=profile, to=to),
                               limits, reading)
    if done.value is None:
        return Limited(None, done.error, done.details, done.seconds)
    staged = stage(done.value, profile, to) if isinstance(done.value, Processed) else done.value
    return Limited(staged, None, done.details, done.seconds)


def _stage_in_child(processed: Processed, stages: StageTracker, profile: Profile, to: Destination) -> Staged:
    stages.enter("output")
    return stage(processed, profile, to)


def stage(processed: Processed, profile: Profile, to: Destination) -> Staged:
    """The document's tables and source record, ready to commit (output.to_tables)."""
    from council_actions import output

    source, document, parsed, normalised = str(processed.path), processed.document, processed.parsed, \
        processed.normalised
    clock = Clock(processed.seconds)
    tables = run_stage("output", source, output.to_tables, processed.path, document, parsed, normalised, to.revision,
                       profile, to.revision_date, to.staging)
    clock.lap("write")
    checks = check_records(parsed, profile.document_words)
    return Staged(source, to.revision, document.document_id, document.source_name, checks,
                  document.issues + parsed.issues + normalised.issues, len(document.issues) + len(parsed.issues),
                  len(parsed.elements), len(parsed.actions), tables, clock.seconds, parsed.council,
                  parsed.council_from)


def commit(staged: Staged, out_dir: Path, profile: Profile, extra_issues: Iterable[Issue] = ()) -> DocumentResult:
    """One document as one commit of the output folder's journal (see `commit_all`)."""
    return commit_all([staged], out_dir, {staged.document_id: list(extra_issues)})[0]


def commit_all(staged: list[Staged], out_dir: Path, extra_issues: dict[str, list[Issue]]) -> list[DocumentResult]:
    """The cross-check's warnings into each document's extraction_issues table, then every document written as
    one commit, each replacing the earlier version of its source (output.commit). The commit's time is shared out
    among them."""
    from council_actions import output

    started = time.perf_counter()
    issues = [item.issues[:item.checked_at] + tuple(extra_issues.get(item.document_id, ()))
              + item.issues[item.checked_at:] for item in staged]
    rebuilt = {item.document_id: found for item, found in zip(staged, issues, strict=True)
               if extra_issues.get(item.document_id)}
    written = output.commit([item.tables for item in staged], out_dir, staged[0].source, rebuilt) if staged else []
    share = (time.perf_counter() - started) / max(len(staged), 1)
    return [DocumentResult(item.source, item.document_id, item.checks.kind, item.elements, item.actions,
                           dict(sorted(Counter(issue.severity for issue in found).items())), tuple(done.files),
                           done.rows, tuple(done.replaced), item.council, item.council_from,
                           {**item.seconds, "write": item.seconds.get("write", 0.0) + share}, *item.tables.status)
            for item, found, done in zip(staged, issues, written, strict=True)]
