"""What one `ingest` did, as the API returns it and the command prints it.

`council_actions.ingest` (council_actions/api.py) runs a batch and returns an IngestReport: the documents written
with their yield, each document that failed as a whole (Failure: the file, the stage, the one-line problem),
the files in the folders given that were not read, and the time taken; the command
(council_actions/cli/ingest.py) prints it as its summary or as JSON. Kept apart from the API's functions, which
say what each command does, as the record both sides read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from council_actions.issues import FailureStage, StageError
    from council_actions.not_read import BrokenLink, Repeat
    from council_actions.pipeline import DocumentResult

# What a document's time is told by, in --json and the results' `seconds`: its stages as they run, never in the tables
StageTime = Literal["read", "parse", "normalise", "write"]
STAGE_TIMES: tuple[StageTime, ...] = get_args(StageTime)

@dataclass(frozen=True)
class Failure:
    """A document that failed as a whole: the file, the stage and the one-line problem."""

    source: str
    stage: FailureStage
    problem: str


@dataclass(frozen=True)
class IngestReport:
    """What one `ingest` did: documents written (with their yield), failures with reasons, timings."""

    revision: str
    out: Path
    documents: tuple[DocumentResult, ...]
    failures: tuple[Failure, ...]
    seconds: float
    revision_date: dt.date | None = None  # None: the revision cannot be ordered by date
    skipped: tuple[Path, ...] = ()  # files in the folders given that are not documents (by suffix): not read
    broken_links: tuple[BrokenLink, ...] = ()  # links among the paths given or in their folders, to nothing: not read
    repeats: tuple[Repeat, ...] = ()  # files of the same bytes as one given before: one document, read once
    special: tuple[Path, ...] = ()  # pipes, sockets and devices in the folders given: not read

    @property
    def ok(self) -> bool:
        """True where no document failed: the command's exit status (0, else 1) and the JSON report's `ok`."""
        return not self.failures


@dataclass
class Failures:
    """The documents that failed, kept for the report as they are told, and told on to the caller's `on_error`
    (the command prints each as it happens)."""

    on_error: Callable[[StageError], None] | None
    found: list[Failure] = field(default_factory=list)

    def add(self, exc: StageError) -> None:
        """Keep the failure of `exc`'s document and tell the caller of it."""
        self.found.append(Failure(exc.source, exc.stage, exc.problem))
        if self.on_error:
            self.on_error(exc)
