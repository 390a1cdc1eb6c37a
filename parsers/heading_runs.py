"""A heading printed over several lines, read as one line before the section rules see it (parsers/sections.py).

A page saved as text may break a heading where its cell or box wrapped: its number alone on the first line, its
words after a comma on the next (the Isle of Wight's Housing Renewal action plan: `1.` / `Publication of Policies,`
/ `Procedures and Application Forms` above the table of rows `1.1` to `1.3`). No line of it alone says what it is:
`1.` is any number, `Publication of Policies,` names a document kind. So unplaced lines that run on (a number alone,
or words ending with a comma, with the next line right under) are offered to the section rules as one line first;
where no rule takes the whole, each line is read alone, as if never joined. A table saved a cell a line breaks a
cell's text over lines where its source did, and the `|` closing the cell ends only its last: a sheet's title in a
cell of its own over its headings (the Isle of Wight's Planning Services business plan, 2005: `Introduction of a
design` / `award |`) runs on from a line printing no `|` into the line under it that closes the cell.
"""

from __future__ import annotations

import re
from dataclasses import replace

from council_actions.ingest import one_cell
from council_actions.ingest.model import Span

from council_actions.issues import Issue

# `1.`: a heading's number on a line of its own; a dotted `1.1` alone is a row's (ingest/cell_lines.NUMBER_ALONE)
HEADING_NUMBER = re.compile(r"\d{1,2}\.?")
RUNS_ON = ","  # a line ending with a comma carries on in the line under it


def runs(unplaced: list[Issue]) -> list[tuple[Issue, ...]]:
    """The unplaced lines in order, each with the lines it runs on into: a line that is a number alone or ends with
    a comma runs on into the unplaced line right under it."""
    grouped: list[tuple[Issue, ...]] = []
    for issue in sorted(unplaced, key=lambda i: i.span.line_start):
        last = grouped[-1][-1] if grouped else None
        if (last is not None and (_runs_on(last.raw_text) or _closes_its_cell(last.raw_text, issue.raw_text))
                and issue.span.line_start == last.span.line_end + 1):
            grouped[-1] = (*grouped[-1], issue)
        else:
            grouped.append((issue,))
    return grouped


def _runs_on(text: str) -> bool:
    """A number alone, or words ending with a comma."""
    printed = text.strip()
    return bool(HEADING_NUMBER.fullmatch(printed)) or printed.endswith(RUNS_ON)


def _closes_its_cell(text: str, under: str) -> bool:
    """A line printing no `|` over a line whose one `|` ends it: one cell of a table saved a cell a line, broken
    over the two (module docstring)."""
    return "|" not in text and one_cell(under)


def joined(run: tuple[Issue, ...]) -> Issue:
    """The run's lines as one: their text as printed, line under line, and one span over them all (a PDF's box
    round them, a piece a page over a page break: Span.union)."""
    return replace(run[0], raw_text="\n".join(issue.raw_text for issue in run),
                   span=Span.union(issue.span for issue in run))
