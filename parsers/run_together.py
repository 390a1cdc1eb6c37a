"""Why a text no reader took may still print a plan's table: its column headings run together on one line.

City of York Council's FOI and EIR improvement plan page, a web table saved as text, prints `Statement Actions
Priority Owner Start date Target implementation date Reviewed target implementation date Date last reviewed Status
Comments` on one line and each row's cells run together under it, two columns of running text first: no reader can
tell where one cell ends and the next begins, so the page is refused. Said as "no plan column headings found" alone,
the user would take it for no plan at all; the failure says it looks like a plan table and names the line instead,
so they can get the table in another rendering (its cells parted by tabs, pipes or lines). A line is such a header
where it holds no sentence's punctuation, runs to MIN_WORDS words or more, and among its words are headings of
RUN_TOGETHER_ROLES' roles, the action's among them, each one word the profile's heading rules read alone
(`Actions`, `Owner`, `Status`): the words of a plan's header, not of a sentence that merely names an owner. Asked
only of a text every reader refused, so it never changes a reading.
"""

from __future__ import annotations

import re

from council_actions.ingest.model import Document

from council_actions.issues import line_of
from council_actions.roles import RoleMap

MIN_WORDS = 6  # fewer is a header a reader cuts by its own rules (`Action Owner Status`), never one run together
# The roles whose headings make a line a plan's header (the action's and two more): what a plan table holds per row
RUN_TOGETHER_ROLES = frozenset({"action", "owner", "timeline", "status"})
SENTENCE_MARKS = re.compile(r"[.,;:!?]")  # a sentence's punctuation, which no header run together prints
SHOWN_CHARACTERS = 60  # of the line, quoted in the failure


def run_together_header(document: Document, roles: RoleMap) -> str | None:
    """Why a text no reader took is refused where a line of it is a plan's column headings run together (see the
    module): the line's place and its opening words; None where no line is."""
    for line in document.iter_lines():
        words = line.text.split()
        if len(words) < MIN_WORDS or SENTENCE_MARKS.search(line.text):
            continue
        found = {role for word in words if (role := roles.role_of(word)) in RUN_TOGETHER_ROLES}
        if "action" in found and len(found) >= 3:
            return (f"looks like a plan table, but {line_of(line.span)} prints its column headings run together "
                    f"({_opening(words)!r}) and no reader could tell its rows' cells apart: give the table with its "
                    "cells parted (tabs, pipes or a cell a line)")
    return None


def _opening(words: list[str]) -> str:
    """The line's first words, up to SHOWN_CHARACTERS, whole, and an ellipsis where more follow."""
    shown = words[:1]
    for word in words[1:]:
        if len(" ".join([*shown, word])) > SHOWN_CHARACTERS:
            return " ".join(shown) + " ..."
        shown.append(word)
    return " ".join(shown)
