"""A web table saved as text whose header's cells are joined by single spaces and whose rows lost their columns.

Kensington and Chelsea's plan pages print `Action What we will do and when What residents will see` on one line,
then each row as its numbered action (`16. Better engagement ...`) followed by the other columns' paragraphs and
bullets, with nothing to say where one column's cell ends and the next begins; the LGA's action plan for its
corporate peer challenge prints `Recommendation Action Timescale`, then each row as its referenced
recommendation (`R1: Develop ...`), the action's bullets and the timescale's bullets, one list. The header is told
apart by the profile's heading rules: its words split into the fewest runs that each read as a heading
(`split_header`), with an action column and a timeline column among them. Each line opening with a reference
(`16.`, `R1:`) opens a row: the reference is the row's, the rest of the line the first column's cell. Of the lines
under it, those naming a time (the timeline normaliser's `names_a_time`: a month, season, part of a year, quarter
or day with its year, in running text; `is_timeline`: a line that is nothing but a timeline, `Ongoing`,
`Complete`) are the timeline, a milestone a line as the page prints them. The rest go to the one column left where
the header has one (`Recommendation Action Timescale`: the action); where it has more, they cannot be given to one
column without guessing, so they are kept together as the row's notes. The table is reported once
(`columns_run_together`) so a reader checks which column each line came from.

A header of an action, an owner and a timeline may instead stand over rows of one line each, no reference at
their margin: ingest/one_line_rows.py reads those.
"""

from __future__ import annotations

import re

from council_actions.ingest.bullets import ROW_MARK
from council_actions.ingest.layout import (
    MAX_HEADER_WORDS,
    MIN_ROWS,
    Layout,
    RoleOf,
    as_layout,
    is_plan_header,
    sub_cell,
    with_cells,
)
from council_actions.ingest.model import Column, Line
from council_actions.ingest.one_line_rows import ONE_LINE_ROLES, may_head_one_line_rows, one_line_rows

from council_actions.issues import warning
from council_actions.owner_words import OwnerWords
from council_actions.roles import ColumnRole, Role

# At the margin, a row's reference: a number and a full stop (`16. Better ...`) or letters and a number and a colon
# (`R1: Develop ...`, `R3:Tighten ...`); a bullet is none.
NUMBERED = re.compile(r"^(?P<ref>\d{1,3}(?=\.\s)|[A-Z]{1,4}\d{1,3}(?=:))[.:]\s*(?P<text>\S.*)$")
NOTES: ColumnRole = "notes"


def read_spaced_header(lines: list[Line], role_of: RoleOf, owner_words: OwnerWords | None = None) -> Layout | None:
    """The rows under the first header line whose words split into plan headings and that a numbered line
    follows, or whose headings are an action, an owner and a timeline over rows of one line (`one_line_rows`, its
    owners told by `owner_words`: None, the generic profile's); None where there is none, or fewer than MIN_ROWS
    rows."""
    for index, line in enumerate(lines[:-1]):
        if _reference(lines[index + 1].text) is not None:
            headings = split_header(line.text, role_of)
            if headings is not None:
                return _rows(lines, index, headings, role_of)
        elif may_head_one_line_rows(lines, index, role_of):
            found = _under_one_line_header(lines, index, role_of, owner_words)
            if found is not None:
                return found
    return None


def _under_one_line_header(lines: list[Line], index: int, role_of: RoleOf,
                           owner_words: OwnerWords | None) -> Layout | None:
    """The rows of one line under line `index`, where its words split into an action, an owner and a timeline
    heading, in that order (ONE_LINE_ROLES); None where they do not, or too few lines under it are such rows."""
    headings = split_header(lines[index].text, role_of)
    if headings is None or [role_of(h) for h in headings] != list(ONE_LINE_ROLES):
        return None
    return one_line_rows(lines, index, headings, owner_words)


def split_header(text: str, role_of: RoleOf, first: Role | None = None) -> list[str] | None:
    """The fewest runs of the line's words that each read as a heading and together make a plan header (an
    action and a timeline column among them), the first of role `first` where one is given (`Action Target Date
    ...`: `Action`, not the notes' `Action Target`); on a tie, the runs that take the most words first. None where
    the words split no such way."""
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADER_WORDS or NUMBERED.match(text):
        return None
    roles = {(i, j): role_of(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    best: dict[int, list[str]] = {len(words): []}  # from word i to the end: the fewest headings
    for i in range(len(words) - 1, -1, -1):
        options = [[" ".join(words[i:j]), *best[j]] for j in range(len(words), i, -1)
                   if roles[(i, j)] is not None and j in best and (i > 0 or first in (None, roles[(i, j)]))]
        if options:
            best[i] = min(options, key=len)
    split = best.get(0)
    if split is None or len(split) < 2:
        return None
    found = [role_of(h) for h in split]
    return split if is_plan_header(found) and "timeline" in found else None


def _rows(lines: list[Line], header: int, headings: list[str], role_of: RoleOf) -> Layout | None:
    """The referenced lines as rows, each line under one its timeline where it reads as a time (`_is_time`), else
    the column left for it (`_columns`): an action column's lines keep their bullets, which part its items."""
    columns = _columns(headings, role_of)
    noted = columns[3].role == NOTES
    relaid = list(lines)
    relaid[header] = as_layout(lines[header], "header")
    found = 0
    for i in range(header + 1, len(lines)):
        line = lines[i]
        numbered = _reference(line.text)
        if numbered is not None:
            ref = sub_cell(line, numbered.start("ref"), numbered.end("ref"), 0)
            relaid[i] = with_cells(line, [ref, sub_cell(line, numbered.start("text"), len(line.text), 1)],
                                   "row_start")
            found += 1
            continue
        start = ROW_MARK.pattern.match(line.text)
        after = start.end() if start else 0
        column = 2 if _is_time(line.text, line.text[after:]) else 3
        relaid[i] = with_cells(line, [sub_cell(line, after if column == 2 or noted else 0, len(line.text), column)],
                               "row")
    if found < MIN_ROWS:
        return None
    rest = "notes" if noted else f"its {columns[3].heading.lower()}"
    joined = warning("columns_run_together", "ingest", f"the header prints {len(headings)} columns "
                     f"({' / '.join(headings)}) but each row's cells run together: a row's numbered line is read "
                     f"as its {headings[0].lower()}, its lines naming a time as its timeline, the rest as {rest}",
                     lines[header].text, lines[header].span)
    return Layout("spaced_header", columns, tuple(relaid), (joined,))


def _reference(text: str) -> re.Match[str] | None:
    """A line opening with a row's reference (NUMBERED), its reference no time: `Q3: ...` opens no row."""
    from council_actions.dating.is_a_time import is_timeline

    found = NUMBERED.match(text)
    return found if found is not None and not is_timeline(found.group("ref")) else None


def _columns(headings: list[str], role_of: RoleOf) -> tuple[Column, ...]:
    """The reference, the first heading (a row's referenced line), the timeline, and the column of the lines naming
    no time, in that order. Where one heading besides the first and the timeline is left and it reads as an action
    (`Recommendation Action Timescale`), those lines are its cells, and which of the two is the action is the
    profile's to say (`RoleMap.roles_of`: beside an `Action`, a `Recommendation` is the opportunity the action
    answers). Otherwise the first heading is the action, and the lines naming no time may belong to any other
    column, the timeline's own included (`What we will do and when`): they are kept as the row's notes."""
    roles = [role_of(h) for h in headings]
    timeline = headings[roles.index("timeline")]
    left = [h for h in headings[1:] if h != timeline]
    if [role_of(h) for h in left] == ["action"]:
        return Column("(ref)", "element"), Column(headings[0]), Column(timeline, "timeline"), Column(left[0])
    action = headings[roles.index("action")]
    others = [h for h in headings if h not in (action, timeline)]
    return (Column("(ref)", "element"), Column(action, "action"), Column(timeline, "timeline"),
            Column(f"(lines of {' / '.join([timeline, *others])} naming no time)", NOTES))


def _is_time(line: str, text: str) -> bool:
    """Whether a line under a row is its timeline: it names a time with its year in running text (`... by Autumn
    2025.`), or its text, bullet taken off, is nothing but a timeline's kind (`Ongoing`, `Complete`). The normaliser
    is imported here, as `roles` does: only this reader asks it."""
    from council_actions.dating.is_a_time import is_kind_alone, names_a_time

    return names_a_time(line) or is_kind_alone(text)
