"""The names of the contract's tables, spelt once: a closed vocabulary a caller's type checker knows.

output/schema.py declares each table's columns under these names (a test holds the two to the same names, in
the same order), `read_table` takes one as a `TableName`, and a misspelt one is refused here with the names it is
close to. No Arrow here: the command checks a name it is given before any table is read.
"""

from __future__ import annotations

from difflib import get_close_matches
from typing import Literal, TypeGuard, get_args

# written by `ingest`, one file a document and revision
RowTable = Literal["documents", "themes", "heatmap", "elements", "actions", "action_owners", "action_timelines",
                   "action_spans", "element_spans", "statements", "extraction_issues", "boilerplate", "span_pages"]
# written by `diff`, one file a revision compared
DiffTable = Literal["changes", "action_lineage"]
TableName = RowTable | DiffTable
TABLE_NAMES: tuple[TableName, ...] = (*get_args(RowTable), *get_args(DiffTable))
# what a user runs to have a diff table's rows, for the message on a folder or a revision without them
WRITTEN_BY: dict[TableName, str] = {table: "a diff writes its rows under the later of the two revisions it compares"
                                    for table in get_args(DiffTable)}
CLOSE = 0.7  # difflib likeness a misspelling keeps; its default 0.6 offers `actions` for `extraction_issue`


def is_table(name: str) -> TypeGuard[TableName]:
    """Whether a name given at run time (a command's argument) is one of the tables, and so a TableName."""
    return name in TABLE_NAMES


def not_a_table(name: str) -> str:
    """What is wrong with `name`, for one line: the names it may be a misspelling of, or a word of (`owners`:
    action_owners), then every table."""
    close = get_close_matches(name, TABLE_NAMES, n=3, cutoff=CLOSE)
    close += [table for table in TABLE_NAMES if name.lower() in table.split("_") and table not in close]
    return (f"{name!r} is not a table" + (f" (did you mean {', '.join(close)}?)" if close else "")
            + f"; the tables: {', '.join(TABLE_NAMES)}")
