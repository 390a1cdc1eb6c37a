"""The issues ledger: row-level problems recorded as data, never raised or dropped.

Every stage returns the `Issue`s it found alongside its records; the pipeline
concatenates them into the `extraction_issues` table. Only a document that
cannot be read at all raises (`StageError`), so one bad row never costs the
rest of the document.
"""

from __future__ import annotations

import re
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
    """A whole document failed in one stage; the message is one line for the user, naming file, stage and problem.

    It crosses process boundaries (a pool or a limited child sends it back), so it pickles as its three parts.
    """

    def __init__(self, stage: str, source: str, problem: str) -> None:
        super().__init__(f"{printable(source)}: {stage}: {printable(problem)}")
        self.stage, self.source, self.problem = stage, source, problem

    def __reduce__(self) -> tuple[type[StageError], tuple[str, str, str]]:
        return StageError, (self.stage, self.source, self.problem)


class OutputError(ValueError):
    """An output folder, table or revision asked for that is not there; the message is one line for the user."""


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """Text safe to print on one terminal line: control, escape, bidi and undecodable characters as escapes.

    A file name may hold a newline or an escape sequence (any byte but / and NUL is allowed), and a name
    that is not UTF-8 arrives with surrogate escapes; printed raw, they split the one-line message or
    drive the user's terminal.
    """
    return CONTROL.sub(lambda m: _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
