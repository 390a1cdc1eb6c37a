"""The issues ledger: row-level problems recorded as data, never raised or dropped.

Every stage returns the `Issue`s it found alongside its records; the pipeline
concatenates them into the `extraction_issues` table. Only a document that
cannot be read at all raises (`StageError`), so one bad row never costs the
rest of the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotation only: ingest raises StageError, so it cannot be imported here
    from council_actions.ingest.model import Span


@dataclass(frozen=True)
class Issue:
    severity: str          # "error" or "warning"
    code: str              # short fixed code, e.g. "garbled_duplicate"
    stage: str             # "ingest", "parse", "normalise", "output"
    message: str
    raw_text: str
    span: Span
    element_id: str | None = None
    field: str | None = None


def warning(code: str, stage: str, message: str, raw_text: str, span: Span,
            element_id: str | None = None, field: str | None = None) -> Issue:
    return Issue("warning", code, stage, message, raw_text, span, element_id, field)


def error(code: str, stage: str, message: str, raw_text: str, span: Span,
          element_id: str | None = None, field: str | None = None) -> Issue:
    return Issue("error", code, stage, message, raw_text, span, element_id, field)


class StageError(Exception):
    """A whole document failed in one stage; the message is one line for the user."""

    def __init__(self, stage: str, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.stage, self.source, self.problem = stage, source, problem


class OutputError(ValueError):
    """An output folder, table or revision asked for that is not there; the message is one line for the user."""
