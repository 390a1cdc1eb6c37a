"""What follows a plan's table and ends it: a note, a source, a footnote, a numbered part's heading (`Appendix B -
Performance indicators`). Asked of each line by the table readers that must stop before it (ingest/cell_lines.py,
ingest/code_list.py), so that such a line is kept as text where it stands, never read into the last row; the
heading's words are the profile's (`[document_words]`), the rest no council's own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from council_actions.ingest.cell_shapes import LineShape

from council_actions.document_words import DocumentWords, any_of, generic_document_words

# What follows a table, by words no council's own (`table_ends` adds the heading, by the profile's words).
TABLE_ENDS = (
    LineShape("note", re.compile(r"(?i:notes?|nb|n\.b\.)(?::.*|\s+on\s.{1,80})?"),
              "Notes on the completion of SCRAIP"),
    LineShape("note_label", re.compile(r"(?i:notes?|nb|sources?|key)\s*:.*"), "Source: CIPFA statistics 2013"),
    LineShape("footnote", re.compile(r"\[(?:[ivxlc]+|\d+)\]\s+\S.*"),
              "[i] Report recommendations are listed as found in the report."),
)


@lru_cache(maxsize=8)
def table_ends(words: DocumentWords | None = None) -> tuple[LineShape, ...]:
    """TABLE_ENDS, then a heading: a word of the profile's `numbered_parts` (`[document_words]`; None: the generic
    profile's) and the part's number or letter, then perhaps its name. Built once per profile."""
    parts = any_of((words if words is not None else generic_document_words()).numbered_parts)
    return (*TABLE_ENDS, LineShape("heading", re.compile(rf"(?i:{parts})\s+[\dA-Z][\w.]*(?:\s*[-–:]\s*.{{1,80}})?"),
                                   "Appendix B - Performance indicators"))


def ending_of(text: str, words: DocumentWords | None = None) -> str | None:
    """The rule of `table_ends` (by the profile's `words`; None: the generic profile's) a line matches, if any."""
    line = " ".join(text.split())
    return next((rule.name for rule in table_ends(words) if rule.pattern.fullmatch(line)), None)
