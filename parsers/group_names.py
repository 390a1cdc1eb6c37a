"""A group's name printed in capitals on a plan table's row of its own, every cell but the action's empty: the
Isle of Wight's CPA housing improvement plan (2004) heads its actions `IMPROVE ACCESS TO SERVICES AND HELP FOR
HOMELESS APPLICANTS` so, a row inside its table. It is the part the rows under it are in, as a capitals heading is
over a headed list's items (ingest/headed_list.py) or a bulleted fixed-width table's rows (ingest/fixed_width.py),
whatever its number of words (`HOUSING`, `GOVERNANCE ARRANGEMENTS`); none of the section rules
(parsers/section_lines.py) reads a name in capitals above a row, so it would be read as an action.

What a row of capitals may be instead is NOT_A_GROUP, one rule table: a status (`NOT STARTED`, the profile's status
rules), an owner (`HR TEAM`, `HEAD OF PAID SERVICE`: a post or a body by the profile's owner words, the shapes a
one-cell-per-line table tells an owner's line by), a document's title (`TREE ACTION PLAN`), or a proper name of up
to PROPER_WORDS words, a person's in capitals (`ALAN KAYE`, `SEBASTIAN DUNCAN`) or a body's letters (`CLT`): fewer
than half of its words printed in lower case anywhere in the document, where a subject's words are (`repairs` in
Waverley's `repairs requests`, under `DAY-TO-DAY REPAIRS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest import OWNER_LINES, line_shapes, names_document, shape_of
from council_actions.parsers.table_action import TableReading

# A name in capitals, 1-12 words (a heading is a few words: section_lines.MOST_WORDS), `&` and an apostrophe in it.
GROUP_NAME = re.compile(r"[A-Z][A-Z&,'’-]*(?:\s+[A-Z&][A-Z&,'’-]*){0,11}")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")  # a word printed in lower case (`governance`)
NAME_WORD = re.compile(r"[A-Z][A-Z'’-]*")  # a word of a name in capitals (`&` and commas left out)
PROPER_WORDS = 3  # a person's name is two or three words (cell_shapes' `person`), a body's letters one


@dataclass(frozen=True)
class NotAGroup:
    """A row of the rule table of what a row of capitals is instead of a group's name: what makes it one (its
    text, the table's reading), and an example the tests check."""

    name: str
    is_one: Callable[[str, TableReading], bool]
    example: str


def _a_status(text: str, reading: TableReading) -> bool:
    return reading.profile.roles.status_of(text) is not None


def _an_owner(text: str, reading: TableReading) -> bool:
    return shape_of(text, line_shapes(reading.profile.owner_words)) in OWNER_LINES


def _a_title(text: str, reading: TableReading) -> bool:
    return names_document(text, reading.profile.document_words)


def _a_proper_name(text: str, reading: TableReading) -> bool:
    """A name of up to PROPER_WORDS words, fewer than half of them printed in lower case in the document (`ALAN
    KAYE`: none); a longer name is a subject's (`IMPROVE ACCESS TO SERVICES AND HELP FOR HOMELESS APPLICANTS`)."""
    words = [word.lower() for word in NAME_WORD.findall(text)]
    return len(words) <= PROPER_WORDS and 2 * sum(word in _lower_words(reading) for word in words) < len(words)


def _lower_words(reading: TableReading) -> frozenset[str]:
    """The words the document prints in lower case, gathered once per table (on its first row of capitals)."""
    if reading.lower_words is None:
        reading.lower_words = frozenset(word for line in reading.document.iter_lines()
                                        for word in LOWER_WORD.findall(line.text))
    return reading.lower_words


NOT_A_GROUP = (
    NotAGroup("status", _a_status, "NOT STARTED"),
    NotAGroup("owner", _an_owner, "HR TEAM"),
    NotAGroup("title", _a_title, "TREE ACTION PLAN"),
    NotAGroup("proper_name", _a_proper_name, "ALAN KAYE"),
)


def names_group(text: str, reading: TableReading) -> bool:
    """Whether an action cell standing alone on its row is a group's name in capitals (GROUP_NAME), none of
    NOT_A_GROUP."""
    return bool(GROUP_NAME.fullmatch(text)) and not any(rule.is_one(text, reading) for rule in NOT_A_GROUP)
