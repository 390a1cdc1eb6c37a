"""What the text readers for each rendering share: the layout they return and cells cut from lines.

Each reader (pipe tables, fixed-width columns, one cell per line, label:
value records, lists under headings) takes the plain physical lines and, if
the text is in its rendering, returns the same lines re-cut into cells by
column with the table's columns. Which rendering a text is in is decided by
trying them in `renderings.relayout`; none of them guesses when unsure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from council_actions.ingest.model import Cell, Column, Line, LineLayout, Rendering, Span

from council_actions.issues import Issue
from council_actions.period_words import MONTH_WORD
from council_actions.roles import Role

# `---|---|---|`: a Markdown table's ruling, pipe-ended (ingest/pipe_tables.py; parsers/totals_tables.py knows a
# totals table's by it too). Its white space taken whole (`\s*+`): what follows is never white space, and a line's
# opening run split between the two runs before the first `-` was tried every way, its square (case 9-71).
RULING = re.compile(r"^\s*+\|?(?:\s*+:?-{3,}:?\s*+\|)+\s*$")
# In a fixed-width layout, words set one space apart (a cell's text: `Head of Service`), and one word
RUN = re.compile(r"\S+(?: \S+)*")
WORD = re.compile(r"\S+")

RoleOf = Callable[[str], "Role | None"]  # the role a heading plays on its own (roles.RoleMap.role_of)
# The status key a phrase means under the profile's status rules (`Achieved`: complete), None for any other phrase.
StatusOf = Callable[[str], "str | None"]
PLAN_ROLES = frozenset({"owner", "allocation", "timeline", "status", "progress", "period"})
# A column of actions: the action column, or a column headed by a period whose cells are the actions due then
# (roles.PERIOD), which says when as well.
ACTION_ROLES = frozenset({"action", "period"})
# The fewest columns a line must print before a reader reads its cells as a plan's headings, the same for every
# rendering so that one table is not a plan to one reader and prose to the next (is_plan_header asks the rest). Two
# are read only on evidence besides the headings: two fixed-width columns whose gap runs down the page
# (ingest/two_columns.py), and a page of one record whose status label stands over a status word (ingest/records.py).
MIN_COLUMNS = 3
# The most columns a table's headings may number: a plan beside a year of weekly columns (52 and a dozen of its own)
# fits, the widest real one has 17 (the Isle of Wight's schedule, 9 of them weeks). A line of more is no heading but
# lines run together or a dump (thousands of tab- or pipe-separated words, whose words may name every role): read as
# the headings, it took the table from the real ones under it.
MAX_COLUMNS = 100
# A header whose headings are joined by single spaces (ingest/spaced_header.py, spaced_rows.py, one_line_rows.py):
# the most words it may print, and the fewest rows under it that make it a table, for each of the three readers.
MAX_HEADER_WORDS = 16
MIN_ROWS = 2
KEY_ROLES = ("element", "action")  # the column whose text opens a row: the reference if the table has one
# A row's marker (`a)`, `1.`, `2.3`, `CI001`), not the day of a date (`2 September 2004`).
ROW_MARKER = re.compile(r"^(?:\(?[a-z]\)|\(?[ivx]+\)|\d+(?:\.\d+)*[.)]?"
                        rf"(?!\s+(?i:{MONTH_WORD})\b)"
                        r"|[A-Z]{1,4}\d+(?:\.\d+)*)\s+\S")


# Where a line is cut into cells, by the renderings whose separators are printed: at its tabs (text.py), or at each
# `|` no backslash escapes (a Markdown table's `\|` is a cell's own character). Other renderings (fixed-width
# columns, a PDF's measured cells, one cell a line) print no separator a line could hold thousands of.
CUTS: dict[Rendering, re.Pattern[str]] = {"tab": re.compile("\t"), "pipe": re.compile(r"(?<!\\)\|")}
# How many columns past its table's last a line may print text in and still be one of its rows: none. The readers
# read a column only under a heading (parsers/table_rows.row_values), so text past the headings would be read into
# no field and lost; a line running past them is no row but lines run together or a dump (one line of thousands of
# tab- or pipe-separated words read as rows invented actions and dropped the rest), and is reported whole instead.
# No real table read runs past its headings (tests/hostile/test_wide_lines.py iterates the widest: Runnymede's rows
# of up to 7 tab fields under 5 headings leave the fields past the fifth empty; its heatmap above the table, 13 fields
# a line, is a table of its own and no line of the plan's).
PAST_LAST_COLUMN = 0


def printed_columns(text: str, rendering: Rendering) -> int:
    """How many columns a line of a rendering in CUTS prints text in: the last piece holding text, counted from
    one, of the line cut at the rendering's separator; a pipe that opens the line opens no column (`| Ref | Item |`:
    2). 0 for a rendering that prints no separator."""
    cut = CUTS.get(rendering)
    if cut is None:
        return 0
    pieces = cut.split(text.strip().removeprefix("|") if rendering == "pipe" else text)
    return next((len(pieces) - k for k, piece in enumerate(reversed(pieces)) if piece.strip()), 0)


def runs_past(text: str, rendering: Rendering, width: int) -> bool:
    """Whether a line prints text further past a table of `width` columns than PAST_LAST_COLUMN lets a row: it is
    then no row of the table (and never several), and is reported whole."""
    return printed_columns(text, rendering) > width + PAST_LAST_COLUMN


def mark_past(lines: list[Line], start: int, rendering: Rendering, width: int) -> list[Line]:
    """The lines, each from index `start` on that runs past a table of `width` columns (runs_past) marked as such
    (`past_columns`): the readers leave such a line out of every row, and the parsers report it whole."""
    return [*lines[:start], *(as_layout(line, "past_columns") if runs_past(line.text, rendering, width) else line
                              for line in lines[start:])]


@dataclass(frozen=True)
class Layout:
    """What a text reader returns: every line kept (re-cut into cells or marked as header), so that nothing the
    reader did not place is lost, and the guesses it made as issues."""

    rendering: Rendering
    columns: tuple[Column, ...]
    lines: tuple[Line, ...]
    issues: tuple[Issue, ...] = ()  # what the reader could only guess (rows of a table without row markers)


def is_plan_header(roles: Sequence[str | None]) -> bool:
    """Headings that make a plan table: an action column and one that says who, when or how far (columns headed by
    periods say both), and no more of them than MAX_COLUMNS."""
    return len(roles) <= MAX_COLUMNS and plays_plan(frozenset(roles), sum(r is not None for r in roles))


def plays_plan(kinds: frozenset[str | None], named: int) -> bool:
    """`is_plan_header` asked of what it reads in the headings: the roles they play and how many play one. Why apart:
    a reader that gathers a run of headings' roles line by line (`cell_header.header`) asks it without listing
    every heading's role again for each line the run could start at."""
    return bool(ACTION_ROLES & kinds) and bool(PLAN_ROLES & kinds) and named >= 2


def key_column(roles: Sequence[str | None]) -> int:
    """The column whose text opens a row (KEY_ROLES: the reference, else the action), for the readers that cut
    rows where that column starts text again; the first column where neither is named."""
    return next((roles.index(role) for role in KEY_ROLES if role in roles), 0)


def sub_cell(line: Line, start: int, end: int, column: int) -> Cell | None:
    """The text of line[start:end] as a cell, its span narrowed to the stripped text; None if blank."""
    raw = line.text[start:end]
    text = raw.strip()
    if not text:
        return None
    begin = line.span.char_start + start + (len(raw) - len(raw.lstrip()))
    return Cell(column, text, Span(line.span.page, line.number, line.number, begin, begin + len(text)))


def whole(line: Line, column: int) -> Cell:
    """The whole line as one cell of a column."""
    cell = sub_cell(line, 0, len(line.text), column)
    if cell is None:
        raise ValueError("blank line")
    return cell


def with_cells(line: Line, cells: list[Cell | None], layout: LineLayout | None) -> Line:
    """The line as a table line with these cells (blank ones dropped); its text and span stay as printed,
    so provenance does not depend on how the reader cut it."""
    kept = tuple(c for c in cells if c is not None)
    return replace(line, cells=kept, tabular=True, layout=layout)


def as_layout(line: Line, layout: LineLayout) -> Line:
    """The line marked with its place in the table (header, rule, row) and its cells untouched: a header line
    is kept for the boilerplate table, not dropped."""
    return replace(line, layout=layout)
