"""Summary tables of status totals printed beside a plan (`Status | Number of actions` over `Complete | 12`,
`In progress | 5`), found before the plan is read and kept from its reader (status_totals.kept_from_reader), then
placed and checked as the totals printed in other shapes are (status_totals.placed_by_totals).

Why before reading: such a table is cut into cells as the plan's table is, so the plan's reader would misread its
lines: tab-separated above the plan's header, as section headings; below it, as rows of actions. A table of
totals is no part of the plan, whatever its rendering, so the reader is given the document with its lines blank,
and they become boilerplate `status_summary` (ingest/pipe_tables.py takes the first pipe table headed as a plan,
so that one printed above it does not hide the plan).

What a totals table is (`_table_at`): two columns and no more, on consecutive lines; its heading line where one is
printed, a heading the profile's rules read as `status` (`Status`, `RAG status`) beside one naming a count
(COUNT_HEADING: `Number of actions`, `Count`, `No. of recommendations`), a Markdown ruling under it or not; then
rows of a status word the profile's `[[statuses]]` read (the words each action's status is read by) and a count,
two rows at least where no heading is printed; and a total row (`Total | 19`) or not, the number of rows it counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from council_actions.ingest import RULING
from council_actions.ingest.model import Document, Line
from council_actions.parsers.count_totals import PERCENT
from council_actions.parsers.totals_check import Summary, Total

from council_actions.roles import RoleMap

# A heading naming a count, and what it counts where it says (`Number of actions`: the profile's heading rules read
# `actions` as the action column); English words, as count_totals' verbs.
COUNT_HEADING = re.compile(r"(?:(?:total\s+)?(?:number|no\.?|count)|totals?)(?:\s+of\s+(?:the\s+)?(?P<noun>.+))?",
                           re.IGNORECASE)
CELL_BREAK = re.compile(r"\||\t")  # between a row's cells: a pipe or a tab
COUNT = re.compile(rf"(?P<count>\d{{1,4}})(?:\s*\({PERCENT}\))?")  # a count cell, its share beside it or not
TOTAL_ROW = re.compile(r"(?:grand\s+)?total", re.IGNORECASE)  # the row counting every row above it


def totals_tables(document: Document, roles: RoleMap) -> list[Summary]:
    """Every totals table the document prints, in order, each with its lines (heading, ruling, rows, total)."""
    lines = [line for line in document.iter_lines() if line.text.strip()]
    tables: list[Summary] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i, roles)
        if found is None:
            i += 1
            continue
        table, i = found
        tables.append(table)
    return tables


def without_tables(document: Document, tables: Sequence[Summary]) -> Document:
    """The document as its plan's reader is to see it: each line of the tables blank (its number and place kept)."""
    return blank_lines(document, {span.line_start for table in tables for _, span in table.lines})


def blank_lines(document: Document, held: set[int]) -> Document:
    """The document with each line numbered in `held` blank, its number and place kept: lines read apart from the
    plan (a totals table, the key to its abbreviations: parsers/owner_key.py) that its reader is not to see."""
    if not held:
        return document
    return replace(document, pages=tuple(replace(page, lines=tuple(
        replace(line, text="", cells=(), tabular=False, layout=None) if line.number in held else line
        for line in page.lines)) for page in document.pages))


def _table_at(lines: list[Line], i: int, roles: RoleMap) -> tuple[Summary, int] | None:
    """The totals table opening at non-blank line i, and the index of the line after it; None where none does."""
    j = i + _heading(lines[i], roles)
    headed = j > i
    if not headed and i > 0 and _next(lines, i) and _tabular(lines[i - 1]):
        return None  # rows under another table's heading or rows are that table's
    if headed and j < len(lines) and _next(lines, j) and RULING.match(lines[j].text):
        j += 1
    totals: list[Total] = []
    while j < len(lines) and (j == i or _next(lines, j)) and (total := _row(lines[j], roles)) is not None:
        totals.append(total)
        j += 1
    of = _total_row(lines[j]) if totals and j < len(lines) and _next(lines, j) else None
    j += of is not None
    if len(totals) < (1 if headed else 2):
        return None
    return Summary(tuple(totals), tuple((line.text, line.span) for line in lines[i:j]), of), j


def _next(lines: list[Line], j: int) -> bool:
    """Line j is printed right under the line before it, as a table's rows are."""
    return lines[j].number == lines[j - 1].number + 1


def _tabular(line: Line) -> bool:
    """A line of a table: two cells or more, or a ruling."""
    return len(_cells(line)) >= 2 or bool(RULING.match(line.text))


def _cells(line: Line) -> list[str]:
    """The line's cells as printed: its text cut at pipes or tabs (a cell left empty kept, so that a wider table's
    row is never two cells), else as its reader cut it (a PDF's)."""
    text = line.text.rstrip().lstrip(" ")
    if text.startswith("|"):  # a pipe table's row: pipes open and close it
        text = text[1:-1] if text.endswith("|") and len(text) > 1 else text[1:]
    if "|" in text or "\t" in text:
        return [part.strip() for part in CELL_BREAK.split(text)]
    return [c.text.strip() for c in line.cells if c.text.strip()] or [text]


def _heading(line: Line, roles: RoleMap) -> int:
    """1 where the line is a totals table's heading (`Status | Number of actions`), else 0."""
    cells = _cells(line)
    if len(cells) != 2 or roles.role_of(cells[0]) != "status":
        return 0
    found = COUNT_HEADING.fullmatch(cells[1])
    noun = (found["noun"] if found else cells[1]) or ""
    return int(bool(found and not noun) or roles.role_of(noun.split()[-1] if noun.split() else "") == "action")


def _row(line: Line, roles: RoleMap) -> Total | None:
    """The status word and count of a totals table's row; None for any other line."""
    cells = _cells(line)
    count = COUNT.fullmatch(cells[1]) if len(cells) == 2 else None
    status = roles.status_of(cells[0]) if count else None
    return Total(cells[0], status, int(count["count"])) if count and status else None


def _total_row(line: Line) -> int | None:
    """The number a total row prints (`Total | 19`); None where the line is none."""
    cells = _cells(line)
    count = COUNT.fullmatch(cells[1]) if len(cells) == 2 and TOTAL_ROW.fullmatch(cells[0]) else None
    return int(count["count"]) if count else None
