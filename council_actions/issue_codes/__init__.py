"""The catalogue of issue codes: every code an `Issue` can carry, with what kind of issue it is and what it means.

Kept as data (as frictionless keeps its errors): `_schema.json` lists the codes as the `extraction_issues.code`
vocabulary with their descriptions, and documents.status (output/status.py) counts the codes whose kind is
`row_doubt`. tests/council_actions/test_issue_codes.py fails for a code emitted anywhere that is not here, or
listed here and emitted nowhere; a code cannot be listed without its kind, so adding one decides whether it makes a
document `incomplete`.

The catalogue is kept in one part a stage (ingest_codes, parse_codes, normalise_codes), each in the order its stage
reads, and joined here in the stages' order, which is the order `_schema.json` lists them in.
"""

from __future__ import annotations

from council_actions.issue_codes.ingest_codes import INGEST_CODES
from council_actions.issue_codes.kinds import ISSUE_KINDS, IssueCode, IssueKind
from council_actions.issue_codes.normalise_codes import NORMALISE_CODES
from council_actions.issue_codes.parse_codes import PARSE_CODES

__all__ = ["ISSUE_CODES", "ISSUE_KINDS", "IssueCode", "IssueKind", "described", "not_an_issue_code"]

ISSUE_CODES: dict[str, IssueCode] = {**INGEST_CODES, **PARSE_CODES, **NORMALISE_CODES}


def described(code: str) -> str:
    """A code's description as `_schema.json` gives it: its kind first (`row_doubt: A plan printed ...`)."""
    entry = ISSUE_CODES[code]
    return f"{entry.kind}: {entry.description}"


def not_an_issue_code(code: str) -> str:
    """What is wrong with `code`, for one line: the codes it may be a misspelling of. The one message of the command
    (refused as it parses) and the API (OutputError), as output/table_names.not_a_table is for a table's name."""
    from difflib import get_close_matches  # only for a wrong code: the catalogue is read by every worker

    close = get_close_matches(code, ISSUE_CODES, n=3)
    return f"{code!r} is not an issue code" + (f" (did you mean {', '.join(close)}?)" if close else "")
