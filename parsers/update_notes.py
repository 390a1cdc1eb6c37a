"""Update notes: what a later revision of a plan appends to an action to report on it.

A plan revised in place keeps each action's words and adds a note after them ("Update 10/9/24: Review the
requirements ...", "Update: 10/9/24 - survey to be reissued.", "Update Q4 2026"). The note reports on the
action; it does not change what the action is. So a paragraph that opens with one extends the action above
it (actions.py), and an action's identity and its diff leave the notes out (records.py, diff/). Both ask
this one rule, so they cannot disagree on what a note is.

Each shape below is one that real plans print after the word "Update" (the seed plan's revisions). A bare
year is deliberately not one: "Update 2025/26 fees and charges" is an action ("update" is its verb), and
reading it as a note would fold it silently into the action above; a note printed that way stays its own
action, which an auditor can see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NoteShape:
    """What follows the word "Update" when it opens a note; `example` is printed in a real plan."""

    name: str
    pattern: str
    example: str


UPDATE_NOTE_SHAPES = (
    NoteShape("labelled", r":", "Update: 10/9/24 - survey to be reissued."),
    NoteShape("day_dated", r"\d{1,2}[/.]\d", "Update 10/9/24: Review the requirements through the CMWP"),
    NoteShape("quarter", r"Q[1-4]\b", "Update Q4 2026"),
)
UPDATE_NOTE = re.compile(r"\bUpdate\s*(?:" + "|".join(s.pattern for s in UPDATE_NOTE_SHAPES) + ")", re.IGNORECASE)


def opens_with_update_note(text: str) -> bool:
    """Whether a paragraph is a note on the action above rather than an action of its own."""
    return UPDATE_NOTE.match(text) is not None


def split_update_notes(action_text: str) -> tuple[str, str | None]:
    """The action as planned, and the update notes appended to it (None if there are none).
    A text that is nothing but a note is its own base, so it still has words to identify it."""
    match = UPDATE_NOTE.search(action_text)
    if match is None or not action_text[:match.start()].strip():
        return action_text.strip(), None
    return action_text[:match.start()].strip(), action_text[match.start():].strip()
