"""A list of records each opened by its code, under no column headings: `CIP 001.01` / `Resource Mapping exercise
undertaken ...` / `Sarah Robson` / `Phase two of the resource mapping exercise was presented ...`, as a performance
system's report of one kind of action is saved a paragraph a cell (Maidstone's Corporate Improvement Plan, its
"completed actions" appendix of 2011, which prints no header at all).

A record opens at a code (letters, a space and a number of two levels: `cell_lines.CODE_ALONE`), alone on its line
or opening it (`CIP 003.01 Create action plan ...`), and runs to the next record's code. With no heading to say
which paragraph is which, each is told by what it is (FIELDS, tried in order): a status the profile's status rules
read is the status, a person or a post (`cell_shapes`, by the profile's owner words; or a team and a person parted
by a semicolon, `Planning & Environment Directorate Change; Sue Whiteside`) the owner, a line that opens as a time
and reads whole as one (the timeline rules) the timeline; the first paragraph that is none of these is the action,
and every later one the progress (the report's latest note). Where the list's records open with their title (most
of their first paragraphs are told as none of FIELDS), a record's first paragraph is its title even where it names
a post or a time (`Recruit Tree Enforcement Officer`, `2012/13 Refresh of the Strategic Plan`: `_title_slot`), but
for a person's name, a status or a time alone, which a record printing no title shows there.
A line heading a group heads the records under it (their section), by HEADS: a number the records' codes extend
(`002 Monitoring effectiveness ...` over `CIP 002.01`), anywhere above the group's first record; or, as the line
right above a record's code, a section word of the profile's (`Objective 1. A transport network ...`, `Priority 2:
...`: `part_headings.opens_part`, as the section rules read it) or a name in capitals of three words or more that
names no document (`HOUSING AND REGENERATION`, not `TREE ACTION PLAN` or `SEBASTIAN DUNCAN`), a line FIELDS tell
as none, and only in a list whose first record stands under a heading too.
The list is read only where MIN_RECORDS records or more open with codes of one scheme (the same letters), or
HEADED_RECORDS under a line heading them by a section word (prose may print two codes, not under a heading naming
a part of a plan), every one with an action, and besides the action they print who, when or how far
(`layout.plays_plan`), as a table's headings must; it stops at what follows a table (`table_ends.ending_of`: a
note, a source, a numbered part's heading).
Tried after every reader of a table with headings, so a text one of them reads is never read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from council_actions.ingest.cell_lines import CODE_ALONE
from council_actions.ingest.cell_shapes import LineShape, line_shapes, shape_of
from council_actions.ingest.document_names import names_document
from council_actions.ingest.layout import Layout, StatusOf, plays_plan, sub_cell, whole, with_cells
from council_actions.ingest.list_items import OPENS_AS_TIME
from council_actions.ingest.model import SECTION_COLUMN, Cell, Column, Line
from council_actions.ingest.part_headings import opens_part
from council_actions.ingest.table_ends import ending_of

from council_actions.dating.is_a_time import is_timeline
from council_actions.document_words import generic_document_words
from council_actions.period_words import MONTH_WORD

if TYPE_CHECKING:
    from council_actions.document_words import DocumentWords
    from council_actions.owner_words import OwnerWords

MIN_RECORDS = 3  # codes of one scheme opening this many records make a list of records; two could be prose's
HEADED_RECORDS = 2  # ... or this many under a line heading them by a section word (`Objective 1. ...`)
CODE_LINE = re.compile(rf"(?P<code>{CODE_ALONE.pattern})(?:\s+(?P<text>\S.*))?")
GROUP = re.compile(r"(?P<number>\d+)\s+[A-Z]")  # a group's number, then its name (`002 Monitoring ...`)
COLUMNS = (SECTION_COLUMN, Column("(code)", "element"), Column("(item)", "action"),
           Column("(owner)", "owner"), Column("(when)", "timeline"), Column("(status)", "status"),
           Column("(text)", "progress"))
SECTION, CODE, ACTION, OWNER, WHEN, STATUS, PROGRESS = range(len(COLUMNS))
OWNER_SHAPES = frozenset({"person", "person_with_post", "post", "acronym"})
# What a line that reads as a time is not: text reporting or saying something (`March 2011 the plan was agreed`).
PROSE_SHAPES = frozenset({"report", "long_text", "sentence", "statement", "bullet"})
OPENS_AS_A_TIME = re.compile(rf"\d|(?i:{OPENS_AS_TIME})\b")  # a figure, or a word, opening a time (`31 Aug 2010`)
# A line that is a time alone: figures, months and the small words of a date (`31 Aug 2010`, `End of March 2012`),
# nothing else; `March 2011 budget review` names a time, and says what is done then.
TIME_ALONE = re.compile(rf"(?:(?:[\d/.,–-]+|(?i:{MONTH_WORD}|end|mid|early|late|by|of|the|q[1-4]))(?:\s+|$))+")
PERSON_SHAPES = frozenset({"person", "person_with_post"})  # a name: never a title, in the title's place or not
# A group's name in capitals, 3-12 words: two could be a person's name printed so (`SEBASTIAN DUNCAN`).
CAPITALS = re.compile(r"[A-Z][A-Z&,'’-]*(?:\s+[A-Z&][A-Z&,'’-]*){2,11}")


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


def _names_owners(text: str, telling: Telling) -> bool:
    """A person or a post (OWNER_SHAPES); or parts parted by semicolons, one of them a person or a post and none
    prose or a status: a performance system's `assigned to` printing the team, then the officer (not its key to
    the statuses, `Unassigned; Not Started; Check Progress`)."""
    parts = [part.strip() for part in text.split(";") if part.strip()]
    shapes = [shape_of(part, telling.shapes) for part in parts]
    return (shape_of(text, telling.shapes) in OWNER_SHAPES
            or (len(parts) > 1 and any(shape in OWNER_SHAPES for shape in shapes)
                and not any(shape in PROSE_SHAPES for shape in shapes)
                and not any(_is_status(part, telling) for part in parts)))


def _is_status(text: str, telling: Telling) -> bool:
    return telling.status_of is not None and bool(telling.status_of(text))


FIELDS = (
    Field("status", STATUS, _is_status, "Completed"),
    Field("owner", OWNER, _names_owners, "Sarah Robson"),
    Field("timeline", WHEN, _reads_as_time, "31 Aug 2010"),
)


@dataclass(frozen=True)
class Head:
    """A row of the rule table of lines heading a group of records: what makes a line one (its text, the code of
    the record it stands above, the profile's document words), whether it must stand right above that record's code
    (`above`: a heading that no number ties to the records), and an example the tests check."""

    name: str
    is_one: Callable[[str, str, DocumentWords], bool]
    above: bool
    example: str


def _numbers_group(text: str, code: str, words: DocumentWords) -> bool:
    """A line numbering a group (GROUP) whose number the record's code extends (`002 ...` over `CIP 002.01`)."""
    found = GROUP.match(text.strip())
    return found is not None and code.split()[-1].startswith(f"{found['number']}.")


def _in_capitals(text: str, code: str, words: DocumentWords) -> bool:
    """A name in capitals (CAPITALS) that names no document (`TREE ACTION PLAN` is a title: `names_document`)."""
    return bool(CAPITALS.fullmatch(" ".join(text.split()))) and not names_document(text, words)


HEADS = (
    Head("numbered", _numbers_group, False, "002 Monitoring effectiveness of counter fraud partnership"),
    Head("section_word", lambda text, code, words: opens_part(text, words), True,
         "Objective 1. A transport network that supports the local economy"),
    Head("capitals", _in_capitals, True, "HOUSING AND REGENERATION"),
)


def read_code_list(lines: list[Line], status_of: StatusOf | None = None, owner_words: OwnerWords | None = None,
                   document_words: DocumentWords | None = None) -> Layout | None:
    """The records as rows (code, action, owner, timeline, status, progress), each group's heading as their
    section; None unless MIN_RECORDS records or more open with codes of one scheme (HEADED_RECORDS under a section
    word's heading), each with an action, and what they print besides makes a plan (`plays_plan`). Lines above the
    first record that head no group, and those from a table's end on (`ending_of`, by the profile's
    `document_words`), stay as printed."""
    opens = [i for i, line in enumerate(lines) if CODE_LINE.fullmatch(line.text.strip())]
    codes = [_code(lines[i]) for i in opens]
    if len(set(codes)) < HEADED_RECORDS or len({code.split()[0] for code in codes}) != 1:
        return None
    words = document_words if document_words is not None else generic_document_words()
    telling = Telling(status_of, line_shapes(owner_words))
    heads = [_heads_of(lines, opens, k, codes[k], words, telling) for k in range(len(opens))]
    if not heads[0]:
        heads = [[(i, kind) for i, kind in group if kind == "numbered"] for group in heads]
    if len(set(codes)) < MIN_RECORDS and not any(kind == "section_word" for group in heads for _, kind in group):
        return None
    end = next((i for i in range(opens[-1] + 1, len(lines)) if ending_of(lines[i].text, document_words)), len(lines))
    bounds = [(start, min([i for i, _ in heads[k + 1]] + [opens[k + 1]]) if k + 1 < len(opens) else end)
              for k, start in enumerate(opens)]
    read = _relaid_records(lines, bounds, heads, telling)
    if read is None:
        return None
    relaid, used = read
    return Layout("cell_lines", COLUMNS, tuple(relaid)) if plays_plan(used, len(used)) else None


def _relaid_records(lines: list[Line], bounds: list[tuple[int, int]], heads: list[list[tuple[int, str]]],
                    telling: Telling) -> tuple[list[Line], frozenset[str]] | None:
    """The lines with each record (`bounds`: its first line and the line after its last) relaid as a row of its
    fields under the lines heading it (`heads`), and the roles the records print; None where one has no action."""
    tell = partial(_field, telling=telling)
    titled = _opens_with_title([lines[start:stop] for start, stop in bounds], tell)
    relaid = list(lines)
    used: set[str] = set()
    for k, (start, stop) in enumerate(bounds):
        for i, _ in heads[k]:
            relaid[i] = with_cells(lines[i], [whole(lines[i], SECTION)], "row_start")
        record = _record(lines[start:stop], tell, partial(_title_slot, telling=telling) if titled else None)
        if record is None:
            return None
        for i, cells in enumerate(record, start):
            relaid[i] = with_cells(lines[i], cells, "row_start" if i == start else "row")
        used |= {COLUMNS[cell.column].role or "" for cells in record for cell in cells if cell is not None}
    return relaid, frozenset(used)


def _code(line: Line) -> str:
    found = CODE_LINE.fullmatch(line.text.strip())
    return found["code"] if found else ""


def _heads_of(lines: list[Line], opens: list[int], k: int, code: str, words: DocumentWords,
              telling: Telling) -> list[tuple[int, str]]:
    """The lines heading the k-th record's group (each with its HEADS rule's name): between the record before it
    (the text's start for the first) and its code, by a rule that needs no place anywhere, by the others only the
    last line there that is not blank and that FIELDS tell as none (a status, `NOT STARTED`, or an owner is a
    record's), and only where the first record stands under a heading too: a list heading its groups does so from
    its first."""
    since = opens[k - 1] + 1 if k else 0
    filled = [i for i in range(since, opens[k]) if lines[i].text.strip()]
    found = []
    for i in filled:
        text = lines[i].text.strip()
        rule = next((head for head in HEADS if (i == filled[-1] or not head.above)
                     and head.is_one(text, code, words)), None)
        if rule is not None and not (rule.above and _field(text, telling) is not None):
            found.append((i, rule.name))
    return found


def _field(text: str, telling: Telling) -> int | None:
    """The column FIELDS read a paragraph into; None for one none of them takes (the action, or progress)."""
    return next((field.column for field in FIELDS if field.is_one(text, telling)), None)


def _title_slot(text: str, telling: Telling) -> bool:
    """Whether a record's first paragraph, where the list's records open with their title, is the title whatever
    FIELDS tell: any but a person's name, a status or a time alone (TIME_ALONE), what a record printing no title
    shows there."""
    return not (shape_of(text, telling.shapes) in PERSON_SHAPES or _is_status(text, telling)
                or TIME_ALONE.fullmatch(" ".join(text.split())))


def _opens_with_title(records: list[list[Line]], tell: Callable[[str], int | None]) -> bool:
    """Whether most of the records open with their title: the code's own line goes on with it, or the first
    paragraph after the code is told as none of FIELDS."""
    return 2 * sum(1 for record in records if _titled(record, tell)) > len(records)


def _titled(record: list[Line], tell: Callable[[str], int | None]) -> bool:
    found = CODE_LINE.fullmatch(record[0].text.strip())
    first = next((line.text.strip() for line in record[1:] if line.text.strip()), "")
    return (found is not None and found["text"] is not None) or (bool(first) and tell(first) is None)


def _record(lines: list[Line], tell: Callable[[str], int | None],
            title: Callable[[str], bool] | None = None) -> list[list[Cell | None]] | None:
    """Each line's cells in a record opened by its code (its first line): the code, then each paragraph in the
    column FIELDS tell, the first that none takes the action and every later one progress; the first paragraph
    the action where `title` says it is the record's title (`_title_slot`). None where no paragraph is the action."""
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
        text = line.text.strip()
        column = ACTION if not acted and text and title is not None and title(text) else tell(text)
        if column is None or column == ACTION:
            column, acted = (PROGRESS if acted else ACTION), True
        cells.append([whole(line, column)])
    return cells if acted else None
