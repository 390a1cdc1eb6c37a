"""How far a plan table's action has got: its status and its percent complete, from the cells that print them.

A status cell's word is read by the profile's status words, and a word the profile does not know as a status
(`Yes` under `Achieved?`) by the question its column's heading asks; a status cell, or where none is printed a
progress note, that opens with a status word before a separator (`Ongoing – series of workshops held ...`:
parsers/opening_status.py) has that status, and a progress note that is nothing but a status (`This action has
been completed.`) is the status; a timeline that says the action is done is read with the timelines, in
normalise/done.py. A percentage is the action's own only where it stands alone or is said to be complete (`80%`,
`60% complete`), never one a comment quotes (`over 90%`); a column headed as a percentage (`% complete`) may print
bare numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from council_actions.parsers.opening_status import opening_status
from council_actions.parsers.records import Action
from council_actions.parsers.table_rows import Row, Values

from council_actions.issues import Issue, warning
from council_actions.profile import Profile

PERCENT_ALONE = re.compile(r"(\d{1,3})(?:\.\d+)?\s*%(?:\s+(?:complete[d]?|done))?\.?", re.IGNORECASE)
PERCENT_DONE = re.compile(r"\b(\d{1,3})(?:\.\d+)?\s*%\s+(?:complete[d]?|done)\b", re.IGNORECASE)
PERCENT_HEADING = re.compile(r"%|\bper ?cent(?:age)?\b", re.IGNORECASE)
PERCENT_NUMBER = re.compile(r"(\d{1,3})(?:\.\d+)?\s*%?")


def read_status(values: Values, progress: str | None, profile: Profile, status_heading: str | None,
                element: str | None) -> tuple[str | None, str | None, list[Issue]]:
    """(status key, status as printed, an issue where the printed status is no status word of the profile) of a
    row's values; `status_heading`: the printed heading of its status column, whose question a `Yes` answers. A
    status cell is kept whole as printed, whatever part of it was read; a status read from the words opening the
    progress note is those words as printed (`Ongoing`), the note kept whole as the progress."""
    roles = profile.roles
    if not values.get("status"):
        return (*_status_sentence(progress, profile), [])
    status_raw = values["status"][0]
    if not status_raw:
        return None, status_raw, []
    status = roles.status_of(status_raw) or (roles.answer_of(status_heading, status_raw) if status_heading else None)
    opening = opening_status(status_raw, roles.status_of) if status is None else None
    status = status or (opening.key if opening else None)
    if status is None:
        return None, status_raw, [warning("unknown_status", "parse", f"status '{status_raw}' is not a status word "
                                          "of the profile", status_raw, values["status"][1], element, "status")]
    return status, status_raw, []


def with_percent_column(action: Action, row: Row, columns: list[int]) -> Action:
    """A bare number in a column headed as a percentage ("% complete": "75") is the action's percent complete."""
    cells = [" ".join(c.text for c in row.cells(column)).strip() for column in columns]
    found = next((m for text in cells if (m := PERCENT_NUMBER.fullmatch(text))), None)
    if action.percent_complete is not None or found is None or int(found[1]) > 100:
        return action
    return replace(action, percent_complete=int(found[1]))


def percent_complete(progress: str | None) -> int | None:
    """The percentage a progress value gives as the action's own ("Percentage complete: 80%" is one of the values
    joined into `progress`), not one a comment quotes ("timescales have been over 90%")."""
    pieces = [p.strip() for p in (progress or "").split(";")]
    found = next((m for p in pieces if (m := PERCENT_ALONE.fullmatch(p))), None) or PERCENT_DONE.search(progress or "")
    return int(found[1]) if found and int(found[1]) <= 100 else None


def _status_sentence(progress: str | None, profile: Profile) -> tuple[str | None, str | None]:
    """Where no status is printed, (status key, as printed) of a progress note that is nothing but a status ("This
    action has been completed.", "This action is continuing."), the note whole, or that opens with one ("Ongoing –
    series of workshops held ...", "Done although ..."), the opening words; (None, None) otherwise."""
    whole = profile.roles.status_of(progress) if progress else None
    if progress is None or whole is not None:
        return whole, progress if whole else None
    opening = opening_status(progress, profile.roles.status_of)
    return (opening.key, opening.words) if opening else (None, None)
