"""What kind of issue a code is (ISSUE_KINDS) and the catalogue's row (IssueCode): apart from the stages' codes so
that each stage's part of the catalogue (ingest_codes, parse_codes, normalise_codes) can make its rows without
importing the whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# What an issue says about the rows. Only a row_doubt counts against documents.status (rule doubtful_rows): the
# others leave the rows' reading sure, or are counted by a rule of their own (unplaced_text, an error).
IssueKind = Literal["row_doubt", "value_doubt", "repair", "lost", "check"]
ISSUE_KINDS: dict[IssueKind, str] = {
    "row_doubt": "how the row was read may be wrong: where it starts or ends, which cells were paired in it, or its "
                 "key, counted by documents.status (rule doubtful_rows)",
    "value_doubt": "the row's extent, pairing and key are sure, a value in it may be read wrong (where it ends, "
                   "which column it came from, its words' order): check the value",
    "repair": "a value read through damage or by a stated rule, with certainty (the message says how): the row "
              "stands",
    "lost": "text no value holds, or a value the source does not give or that could not be read: kept here, the "
            "value left empty",
    "check": "the document disagrees with itself, the profile or the revision's other document, or prints what "
             "the profile does not know: kept as printed, for the user to check",
}


@dataclass(frozen=True)
class IssueCode:
    """One code of the catalogue: its kind (ISSUE_KINDS) and what it means for the rows and what was done; where
    the kind needs a reason (a doubt, or why a reading's doubt is not the row's), the description ends with it."""

    kind: IssueKind
    description: str

