"""The issues ledger: row-level problems recorded as data, never raised or dropped.

Every stage returns the `Issue`s it found alongside its records; the pipeline
concatenates them into the `extraction_issues` table. Only a document that
cannot be read at all raises (`StageError`), so one bad row never costs the
rest of the document. Each code is one of the catalogue's (council_actions/issue_codes/), which says what it
means and what kind of issue it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:  # annotation only: `import council_actions` loads this module and needs no Span to run
    from council_actions.span import Span


Severity = Literal["error", "warning"]  # an error: source text the tool could not place (the tables are incomplete)
IssueStage = Literal["ingest", "parse", "normalise", "output"]
# The stage a whole document failed in (StageError, ingest_report.Failure): a pipeline stage, or the batch's own
# where the document never reached one (the worker running it failed, no result came back)
FailureStage = Literal[IssueStage, "batch"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
MAX_PROBLEM = 400  # characters of a failure's problem; longer ones lose their middle (`clipped`)
PROBLEM_HEAD, PROBLEM_TAIL = 240, 120
ISSUE_STAGES: tuple[IssueStage, ...] = get_args(IssueStage)
FAILURE_STAGES: tuple[FailureStage, ...] = get_args(FailureStage)


@dataclass(frozen=True)
class Issue:
    """One problem with one piece of source text (`extraction_issues` row): the text as printed and its
    span, so an auditor can find what was not read, and a catalogue code, so a data team can count and filter them."""

    severity: Severity
    code: str              # a code of issue_codes.ISSUE_CODES, e.g. "garbled_duplicate"
    stage: IssueStage
    message: str
    raw_text: str
    span: Span
    element_id: str | None = None  # None where no element is concerned, never '' (see `warning`)
    field: str | None = None


def warning(code: str, stage: IssueStage, message: str, raw_text: str, span: Span,
            element_id: str | None = None, field: str | None = None) -> Issue:
    """A warning: the row was written, with an assumption or a repair the auditor should see. An action under no
    element (a plan printing no ids: its element_id '') concerns no element, so its issues' element_id is null, as
    every other issue's that concerns none: one test (`element_id IS NULL`) finds them all."""
    return Issue("warning", code, stage, message, raw_text, span, element_id or None, field)


def error(code: str, stage: IssueStage, message: str, raw_text: str, span: Span,
          element_id: str | None = None, field: str | None = None) -> Issue:
    """An error: text that should have given values did not; what it would have given is missing (element_id as
    `warning`'s)."""
    return Issue("error", code, stage, message, raw_text, span, element_id or None, field)


def line_of(span: Span) -> str:
    """The first line of a span as a message names it: `line 18`, and in a PDF `line 18 of page 2` (lines are
    numbered through the document's extracted text; the page is where an auditor opens the PDF). For a place other
    than the issue's own, which its row's provenance columns give already."""
    return f"line {span.line_start}" + (f" of page {span.page}" if span.page is not None else "")


class StageError(Exception):
    """A whole document failed in one stage; the message is one line for the user, naming file, stage and problem.

    It crosses process boundaries (a pool or a limited child sends it back), so it pickles as its three parts.
    """

    def __init__(self, stage: str, source: str, problem: str) -> None:
        problem = clipped(problem)
        super().__init__(f"{printable(source)}: {stage}: {printable(problem)}")
        self.stage: FailureStage = failure_stage(stage)
        self.source, self.problem = source, problem

    def __reduce__(self) -> tuple[type[StageError], tuple[str, str, str]]:
        return StageError, (self.stage, self.source, self.problem)


def clipped(problem: str) -> str:
    """A problem short enough to read on one line. A problem may quote the document (the headings a plan table
    was taken from), and a damaged file can make that one cell of a megabyte: its middle is cut, the start (what was
    seen) and the end (the verdict) kept, and how much was cut said."""
    if len(problem) <= MAX_PROBLEM:
        return problem
    cut = len(problem) - PROBLEM_HEAD - PROBLEM_TAIL
    return f"{problem[:PROBLEM_HEAD]} [... {cut} characters cut ...] {problem[-PROBLEM_TAIL:]}"


def failure_stage(name: str) -> FailureStage:
    """The FAILURE_STAGES word a stage is named by. A StageError is raised with a plain str because a stopped
    child's stage is read back as text from memory the parent shares (limited_step.StageTracker); every stage entered is
    a word of the vocabulary, so a name outside it is a bug, said at once rather than written into a report."""
    for stage in FAILURE_STAGES:
        if stage == name:
            return stage
    raise ValueError(f"{name!r} is not a stage a document can fail in ({', '.join(FAILURE_STAGES)})")


class OutputError(ValueError):
    """An output folder, table or revision asked for that is not there; the message is one line for the user."""


# What a terminal line must not print raw besides the invisible characters every value loses (nonprinting.py's
# table): the tab and the line and page breaks a value keeps, which split the one-line message, and the surrogates a
# file name that is not UTF-8 arrives with (os.fsdecode).
BREAKS_OR_UNDECODABLE = r"[\t\n\x0c\r\ud800-\udfff]"


def printable(text: str) -> str:
    """Text safe to print on one terminal line: control, escape, bidi, invisible and undecodable characters as
    escapes.

    A file name may hold a newline or an escape sequence (any byte but / and NUL is allowed), and a name
    that is not UTF-8 arrives with surrogate escapes; printed raw, they split the one-line message or
    drive the user's terminal. A character that prints nothing (a zero-width space, a word joiner, a soft hyphen)
    or reorders what follows (a bidi mark) is escaped too, so the name shown is the name to type.
    """
    return _unprintable().sub(lambda m: escape(m.group()), text)


@cache
def _unprintable() -> re.Pattern[str]:
    """The characters `printable` escapes: those of nonprinting.py's table, the one list of characters that print
    nothing, and BREAKS_OR_UNDECODABLE. Imported and compiled when first asked: a start-up prints no name."""
    from council_actions.nonprinting import PATTERN

    return re.compile(f"{PATTERN.pattern}|{BREAKS_OR_UNDECODABLE}")


def escape(char: str) -> str:
    """One character written as its escape (`\\x0a`, `\\u200b`), as Python writes it; a surrogate standing for a
    byte that was not UTF-8 as that byte."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
