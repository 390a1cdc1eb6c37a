"""documents.status: whether a document's tables can be taken as its whole, faithful reading.

`complete` or `incomplete`, decided by STATUS_RULES, a table tried in order: the first rule a document breaks
makes it `incomplete` and is named in documents.status_rule. Every row is still written either way (nothing is
withheld); the status tells a user or a BI filter whether to trust the document's tables as a whole, or to read
its extraction_issues first.

The thresholds were set on the samples (tests/output/test_status.py): every hand-checked sample reads
`complete` (in-table unplaced lines at most 7.7%, doubtful rows at most 0.8%), and Runnymede's plan read without
its profile, which misreads a third of its actions as text and keys every row by an unchecked code, does not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

from council_actions.ingest.model import Document
from council_actions.parsers.records import ParsedDocument

from council_actions.issue_codes import ISSUE_CODES
from council_actions.issues import Issue

Status = Literal["complete", "incomplete"]
STATUSES: tuple[Status, ...] = get_args(Status)
MAX_UNPLACED_IN_TABLE = 0.10  # share of the non-blank lines between the first and last row read
MAX_DOUBTFUL_ROWS = 0.10  # share of the rows read (elements, actions, heatmap cells, statements)
# Issues that doubt how a row was read (its extent, its pairing or its key), not a value's reading: the catalogue's
# codes of kind row_doubt (a repair made with certainty, an owner missing from the glossary, a value that may have
# come from another column of a sure row are not).
DOUBTS = frozenset(code for code, entry in ISSUE_CODES.items() if entry.kind == "row_doubt")


@dataclass(frozen=True)
class Reading:
    """What the rules look at: counts of one document's reading."""

    errors: int
    rows: int
    doubtful: int  # rows read with a doubt: one per text a row_doubt issue spans (two codes on one text, one doubt)
    table_lines: int  # non-blank lines from the first row read to the last
    unplaced_in_table: int  # of them, reported as unplaced_text


@dataclass(frozen=True)
class StatusRule:
    """One row of STATUS_RULES: the rule's name (documents.status_rule), what it means, and its test."""

    name: str
    description: str
    breaks: Callable[[Reading], bool]


STATUS_RULES = (
    StatusRule("error", "an error: source text that should have given values did not (its rows are missing)",
               lambda r: r.errors > 0),
    StatusRule("unplaced_in_table", f"more than {MAX_UNPLACED_IN_TABLE:.0%} of the lines between the first and "
               "last row read are held by no row (unplaced_text): the table was misread, not merely printed among "
               "narrative", lambda r: r.unplaced_in_table > MAX_UNPLACED_IN_TABLE * r.table_lines),
    StatusRule("doubtful_rows", f"more than {MAX_DOUBTFUL_ROWS:.0%} of the rows carry a doubt about how they were "
               "read (an issue code of kind row_doubt: a row without its action, allocations not paired, a key "
               "read by order or left unverified, a line that could open the next row)",
               lambda r: r.doubtful > MAX_DOUBTFUL_ROWS * r.rows),
)


def document_status(document: Document, parsed: ParsedDocument, issues: tuple[Issue, ...]) -> tuple[Status, str | None]:
    """(`complete` or `incomplete`, the first rule of STATUS_RULES the document breaks, None when none)."""
    reading = read_counts(document, parsed, issues)
    broken = next((rule.name for rule in STATUS_RULES if rule.breaks(reading)), None)
    return ("incomplete" if broken else "complete"), broken


def read_counts(document: Document, parsed: ParsedDocument, issues: tuple[Issue, ...]) -> Reading:
    """The counts the rules judge. The table's lines are those from its first row read to its last, so narrative
    printed around the table (a web page's menu, a report's introduction) is not taken for a misread table; nor is
    the report on a part printed between a part's own rating and its table (Belfast's counts of indicators), the
    rating being no row of the table (`Element.in_table`). A row's doubts are counted once per text they span: a
    code OCR printed past the row marker, read by its place, is also a code the profile could not check, one doubt
    about one row, not two."""
    spans = [e.span for e in parsed.elements if e.in_table] + [action.span for action in parsed.actions]
    first = min((s.line_start for s in spans), default=0)
    last = max((s.line_end for s in spans), default=-1)
    return Reading(
        errors=sum(1 for i in issues if i.severity == "error"),
        rows=len(parsed.elements) + len(parsed.actions) + len(parsed.heatmap) + len(parsed.statements),
        doubtful=len({(i.span.char_start, i.span.char_end) for i in issues if i.code in DOUBTS}),
        table_lines=sum(1 for line in document.iter_lines() if line.text.strip() and first <= line.number <= last),
        unplaced_in_table=sum(1 for i in issues if i.code == "unplaced_text" and first <= i.span.line_start <= last),
    )
