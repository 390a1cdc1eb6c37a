"""A list of records each opened by its code, under no column headings: `CIP 001.01` / `Resource Mapping exercise
undertaken ...` / `Sarah Robson` / `Phase two of the resource mapping exercise was presented ...`, as a performance
system's report of one kind of action is saved a paragraph a cell (Maidstone's Corporate Improvement Plan, its
"completed actions" appendix of 2011, which prints no header at all).

A record opens at a code (letters, a space and a number of two levels: `cell_lines.CODE_ALONE`), alone on its line
or opening it (`CIP 003.01 Create action plan ...`), and runs to the next record's code. With no heading to say
which paragraph is which, each is told by what it is (FIELDS, tried in order): a status the profile's status rules
read is the status, a person or a post (`cell_shapes`, by the profile's owner words) the owner, a line that opens
as a time and reads whole as one (the timeline rules) the timeline; the first paragraph that is none of these is the
action, and every later one the progress (the report's latest note). A line numbering a group whose records' codes
extend its number (`002 Monitoring effectiveness ...` over `CIP 002.01`) heads the records under it (their section).
The list is read only where MIN_RECORDS records or more open with codes of one scheme (the same letters), every one
with an action, and besides the action they print who, when or how far (`layout.plays_plan`), as a table's headings
must; it stops at what follows a table (`cell_lines.ending_of`: a note, a source, a numbered part's heading).
Tried after every reader of a table with headings, so a text one of them reads is never read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from council_actions.ingest.cell_lines import CODE_ALONE, ending_of
from council_actions.ingest.cell_shapes import LineShape, line_shapes, shape_of
from council_actions.ingest.headed_list import OPENS_AS_TIME
from council_actions.ingest.layout import Layout, StatusOf, plays_plan, sub_cell, whole, with_cells
from council_actions.ingest.model import Cell, Column, Line
from council_actions.normalise.timelines import is_timeline

if TYPE_CHECKING:
    from council_actions.document_words import DocumentWords
    from council_actions.profile import OwnerWords

MIN_RECORDS = 3  # codes of one scheme opening this many records make a list of records; two could be prose's
CODE_LINE = re.compile(rf"(?P<code>{CODE_ALONE.pattern})(?:\s+(?P<text>\S.*))?")
GROUP = re.compile(r"(?P<number>\d+)\s+[A-Z]")  # a group's number, then its name (`002 Monitoring ...`)
COLUMNS = (Column("(section)", "section"), Column("(code)", "element"), Column("(item)", "action"),
           Column("(owner)", "owner"), Column("(when)", "timeline"), Column("(status)", "status"),
           Column("(text)", "progress"))
SECTION, CODE, ACTION, OWNER, WHEN, STATUS, PROGRESS = range(len(COLUMNS))
OWNER_SHAPES = frozenset({"person", "person_with_post", "post", "acronym"})
# What a line that reads as a time is not: text reporting or saying something (`March 2011 the plan was agreed`).
PROSE_SHAPES = frozenset({"report", "long_text", "sentence", "statement", "bullet"})
OPENS_AS_A_TIME = re.compile(rf"\d|(?i:{OPENS_AS_TIME})\b")  # a figure, or a word, opening a time (`31 Aug 2010`)


@dataclass(frozen=True)
class Telling:
    """What a record's line is told by: the profile's status rules and its shapes of a line (owner words)."""

    status_of: StatusOf | None
    shapes: tuple[LineShape, ...]


@dataclass(frozen=True)
class Field:
    """A row of the rule table telling a record's paragraphs apart: the column a paragraph of this kind is read
    into, and what makes a paragraph one (its text, as the profile's words tell it); an example the tests check."""

    name: str
    column: int
    is_one: Callable[[str, Telling], bool]
    example: str


def _reads_as_time(text: str, telling: Telling) -> bool:
    """Opens as a time does (a word the timeline rules time a period with, or a period's own first word: the
    headed list's rule for an item's own timeline) and reads as one, and is no prose: `Sessions added in quarterly
    for 2010/11` names a period but reports what was done."""
    return (bool(OPENS_AS_A_TIME.match(text)) and is_timeline(text)
            and shape_of(text, telling.shapes) not in PROSE_SHAPES)


FIELDS = (
    Field("status", STATUS, lambda text, telling: telling.status_of is not None and bool(telling.status_of(text)),
          "Completed"),
    Field("owner", OWNER, lambda text, telling: shape_of(text, telling.shapes) in OWNER_SHAPES, "Sarah Robson"),
    Field("timeline", WHEN, _reads_as_time, "31 Aug 2010"),
)


def read_code_list(lines: list[Line], status_of: StatusOf | None = None, owner_words: OwnerWords | None = None,
                   document_words: DocumentWords | None = None) -> Layout | None:
    """The records as rows (code, action, owner, timeline, status, progress), each group's heading as their
    section; None unless MIN_RECORDS records or more open with codes of one scheme, each with an action, and what
    they print besides makes a plan (`plays_plan`). Lines above the first record that head no group, and those from
    a table's end on (`ending_of`, by the profile's `document_words`), stay as printed."""
    opens = [i for i, line in enumerate(lines) if CODE_LINE.fullmatch(line.text.strip())]
    codes = [_code(lines[i]) for i in opens]
    if len(set(codes)) < MIN_RECORDS or len({code.split()[0] for code in codes}) != 1:
        return None
    end = next((i for i in range(opens[-1] + 1, len(lines)) if ending_of(lines[i].text, document_words)), len(lines))
    heads = [[i for i in range(opens[k - 1] + 1 if k else 0, start) if _heads(lines[i].text, codes[k])]
             for k, start in enumerate(opens)]
    relaid = list(lines)
    used: set[str] = set()
    tell = partial(_field, telling=Telling(status_of, line_shapes(owner_words)))
    for k, start in enumerate(opens):
        for i in heads[k]:
            relaid[i] = with_cells(lines[i], [whole(lines[i], SECTION)], "row_start")
        stop = min([*heads[k + 1], opens[k + 1]]) if k + 1 < len(opens) else end
        record = _record(lines[start:stop], tell)
        if record is None:
            return None
        for i, cells in enumerate(record, start):
            relaid[i] = with_cells(lines[i], cells, "row_start" if i == start else "row")
        used |= {COLUMNS[cell.column].role or "" for cells in record for cell in cells if cell is not None}
    return Layout("cell_lines", COLUMNS, tuple(relaid)) if plays_plan(frozenset(used), len(used)) else None


def _code(line: Line) -> str:
    found = CODE_LINE.fullmatch(line.text.strip())
    return found["code"] if found else ""


def _heads(text: str, code: str) -> bool:
    """A line numbering a group (GROUP) whose number the record's code extends (`002 ...` over `CIP 002.01`)."""
    found = GROUP.match(text.strip())
    return found is not None and code.split()[-1].startswith(f"{found['number']}.")


def _field(text: str, telling: Telling) -> int | None:
    """The column FIELDS read a paragraph into; None for one none of them takes (the action, or progress)."""
    return next((field.column for field in FIELDS if field.is_one(text, telling)), None)


def _record(lines: list[Line], tell: Callable[[str], int | None]) -> list[list[Cell | None]] | None:
    """Each line's cells in a record opened by its code (its first line): the code, then each paragraph in the
    column FIELDS tell, the first that none takes the action and every later one progress; None where no
    paragraph is the action."""
    first = lines[0]
    found = CODE_LINE.fullmatch(first.text.strip())
    if found is None:
        return None
    offset = first.text.index(found["code"])
    opening = [sub_cell(first, offset, offset + len(found["code"]), CODE)]
    acted = found["text"] is not None
    if acted:
        opening.append(sub_cell(first, first.text.index(found["text"], offset + len(found["code"])), len(first.text),
                                ACTION))
    cells = [opening]
    for line in lines[1:]:
        column = tell(line.text.strip())
        if column is None:
            column, acted = (PROGRESS if acted else ACTION), True
        cells.append([whole(line, column)])
    return cells if acted else None
