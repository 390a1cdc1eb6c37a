"""A web table saved as text whose header's cells are joined by single spaces and whose rows lost their columns.

Kensington and Chelsea's plan pages print `Action What we will do and when What residents will see` on one line,
then each row as its numbered action (`16. Better engagement ...`) followed by the other columns' paragraphs and
bullets, with nothing to say where one column's cell ends and the next begins. The header is told apart by the
profile's heading rules: its words split into the fewest runs that each read as a heading (`split_header`), with
an action column and a timeline column among them. Each numbered line opens a row: its number is the reference,
its text the action. Of the lines under it, those naming a time with its year (the timeline normaliser's
`names_a_time`: a month, season, part of a year, quarter or day with its year) are the timeline, a milestone a
line as the page prints them; the rest cannot be given to one column
without guessing, so they are kept together as the row's notes, and the table is reported once
(`columns_run_together`) so a reader checks which column each line came from.
"""

from __future__ import annotations

import re

from council_actions.ingest.layout import Layout, RoleOf, as_layout, is_plan_header, sub_cell, with_cells
from council_actions.ingest.model import Column, ColumnRole, Line

from council_actions.issues import warning

NUMBERED = re.compile(r"^(?P<ref>\d{1,3})\.\s+(?P<text>\S.*)$")  # at the margin: a row's action, not a bullet
BULLET = re.compile(r"^\s*(?:[•·\-–*▪]\s+)?")
MAX_HEADER_WORDS = 16
MIN_ROWS = 2
NOTES: ColumnRole = "notes"


def read_spaced_header(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """The rows under the first header line whose words split into plan headings and that a numbered line
    follows; None where there is none, or fewer than MIN_ROWS rows."""
    for index, line in enumerate(lines[:-1]):
        if NUMBERED.match(lines[index + 1].text) is None:
            continue
        headings = split_header(line.text, role_of)
        if headings is not None:
            return _rows(lines, index, headings, role_of)
    return None


def split_header(text: str, role_of: RoleOf) -> list[str] | None:
    """The fewest runs of the line's words that each read as a heading and together make a plan header (an
    action and a timeline column among them); on a tie, the runs that take the most words first. None where the
    words split no such way."""
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADER_WORDS or NUMBERED.match(text):
        return None
    roles = {(i, j): role_of(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    best: dict[int, list[str]] = {len(words): []}  # from word i to the end: the fewest headings
    for i in range(len(words) - 1, -1, -1):
        options = [[" ".join(words[i:j]), *best[j]] for j in range(len(words), i, -1)
                   if roles[(i, j)] is not None and j in best]
        if options:
            best[i] = min(options, key=len)
    split = best.get(0)
    if split is None or len(split) < 2:
        return None
    found = [role_of(h) for h in split]
    return split if is_plan_header(found) and "timeline" in found else None


def _rows(lines: list[Line], header: int, headings: list[str], role_of: RoleOf) -> Layout | None:
    """The numbered lines as rows, each line under one its timeline if the timeline normaliser finds a time with
    its year in it, else its notes. The normaliser is imported here, as `roles` does: only this reader asks it."""
    from council_actions.normalise.timelines import names_a_time

    roles = [role_of(h) for h in headings]
    action, timeline = headings[roles.index("action")], headings[roles.index("timeline")]
    others = [h for h in headings if h not in (action, timeline)]
    columns = (Column("(ref)", "element"), Column(action, "action"), Column(timeline, "timeline"),
               Column(f"(lines of {' / '.join([timeline, *others])} naming no time)", NOTES))
    relaid = list(lines)
    relaid[header] = as_layout(lines[header], "header")
    found = 0
    for i in range(header + 1, len(lines)):
        line = lines[i]
        numbered = NUMBERED.match(line.text)
        if numbered is not None:
            ref = sub_cell(line, numbered.start("ref"), numbered.end("ref"), 0)
            relaid[i] = with_cells(line, [ref, sub_cell(line, numbered.start("text"), len(line.text), 1)],
                                   "row_start")
            found += 1
            continue
        start = BULLET.match(line.text)
        column = 2 if names_a_time(line.text) else 3
        relaid[i] = with_cells(line, [sub_cell(line, start.end() if start else 0, len(line.text), column)], "row")
    if found < MIN_ROWS:
        return None
    joined = warning("columns_run_together", "ingest", f"the header prints {len(headings)} columns "
                     f"({' / '.join(headings)}) but each row's cells run together: a row's numbered line is read "
                     f"as its action, its lines naming a time as its timeline, the rest as notes",
                     lines[header].text, lines[header].span)
    return Layout("spaced_header", columns, tuple(relaid), (joined,))
