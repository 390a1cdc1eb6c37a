"""What labels a line of a `Label: value` record (ingest/records.py): a field's name the profile's heading rules know,
before a colon or a spaced dash (`Due date: 31 March 2025`, `Action - continue to work ...`), standing alone on its
line over its value (`Deadline` / `10 October 2023`), or run on into a number (`year 1`); and which values are a status
word (`Status:` / `On track`).

Apart from the reader, which decides from the labels found whether and where a page's lines are records: these
answer for one line at a time, by the profile's heading and status rules, never by a page's shape.
"""

from __future__ import annotations

import re

from council_actions.ingest.bullets import LABEL_MARK
from council_actions.ingest.layout import RoleOf, StatusOf
from council_actions.ingest.model import Line

from council_actions.roles import PERIOD, Role

TIMES = ("timeline", PERIOD)  # roles whose label a number completes (`Year 1:`) rather than numbers a record

# `Label: value`, or `Label - value` (`Action - continue to work ...`, `year - ongoing`), the label perhaps opening a
# bullet (`• target / outcome - fewer households ...`). A dash parts label and value only with a space each side:
# `self-contained` is one word. A label asked as a question keeps its mark before the colon (`• By when?: Ongoing`).
LABEL = re.compile(LABEL_MARK.source
                   + r"(?P<label>[A-Za-z%][\w %&/'’().-]{0,40}?)(?:\?(?=\s*:))?\s*(?::|\s[-–]\s)\s*(?P<value>.*)$")
# A time printed as its label run on into a number, with no dash or colon (`• year 1` beside `• year - ongoing`): the
# timeline field, the whole `year 1` its value.
RUN_ON = re.compile(LABEL_MARK.source + r"(?P<value>(?P<label>[A-Za-z][A-Za-z ]{0,20}?)\s+\d{1,2})\s*$")
ALONE_MAX = 60  # a label on a line of its own is short
# A record's number before its label alone, opening the record (East Devon's `1. priority` / `Monitor the number ...`
# / `Target` / ...): the record's reference, the label's value on the lines below as any label alone's.
NUMBERED_LABEL = re.compile(r"^\s*(?P<ref>\d{1,2})\.\s+(?=\S)")
# Or its number after its label and before a colon, the label alone on its line (Pembrokeshire's strategic equality
# action plan: `Action 1:` / `We will continue to ensure ...` / `• Service: ...`): the record's reference too. Not
# after a time's label: `Year 1:` is a time, its number part of it (RUN_ON's `year 1`).
LABEL_NUMBERED = re.compile(r"^(?P<label>.*?\S)\s+(?P<ref>\d{1,3})\s*:\s*$")


def closer_at(text: str) -> int | None:
    """Where a web table's cell closer starts (a table saved a cell a line closes a cell by ` |` at its line's end,
    white space around the pipe), or None. Found from the line's end: a pattern searched for it from each place of
    a run of spaces, reading the rest of the run each time (40k spaces on a line: 9 s)."""
    body = text.rstrip()
    return len(body[:-1].rstrip()) if body.endswith("|") else None


def without_closer(text: str) -> str:
    """The text less a web table's cell closer (`closer_at`)."""
    return text[:closer_at(text)]


def labels_of(role_of: RoleOf, status_of: StatusOf | None) -> RoleOf:
    """The heading rules less the words that are a status: `Achieved` heads a status column asked as a question
    (`Achieved?`), but opening an item before a dash it is the item's status, not a field's name."""
    if status_of is None:
        return role_of

    def role(label: str) -> Role | None:
        return None if status_of(label) else role_of(label)

    return role


def label_of(line: Line, role_of: RoleOf) -> str | None:
    """The label a line opens with before its value (`Lead officer: ...`), or a time's label run on into its number
    (`year 1`); None where the line opens with no field's name."""
    match = LABEL.match(line.text)
    if match and names_field(match["label"], role_of):
        return match["label"].strip()
    run_on = RUN_ON.match(line.text)
    return run_on["label"].strip() if run_on and role_of(run_on["label"]) == "timeline" else None


def label_alone(line: Line, role_of: RoleOf) -> str | None:
    """The label a line holds alone, its value on the lines below (`Deadline`, `Action by:`, a web table's `Measure
    |`), after the record's number or before it where it prints one (NUMBERED_LABEL, LABEL_NUMBERED); None where the
    line holds more, or is too long for a field's name (ALONE_MAX)."""
    text = NUMBERED_LABEL.sub("", without_closer(line.text)).strip()
    numbered = LABEL_NUMBERED.match(text)
    if numbered and role_of(numbered["label"]) not in TIMES:
        text = numbered["label"]
    text = text.removesuffix(":").strip()
    return text if len(text) <= ALONE_MAX and ":" not in text and names_field(text, role_of) else None


def names_field(label: str, role_of: RoleOf) -> bool:
    """Whether a label names one of a record's fields: a role the heading rules know, but not a period. A period on a
    line of its own (`December 2022`) is a value, a target date, however often it recurs; read as a label it would
    make every date a column."""
    return role_of(label) not in (None, PERIOD)


def run_on(text: str) -> str:
    """The value printed on a label's own line (`Status: Achieved`), if any."""
    match = LABEL.match(text) or RUN_ON.match(text)
    return match["value"] if match else ""


def is_status(label: str, value: str, role_of: RoleOf, status_of: StatusOf | None) -> bool:
    """Whether a value is the status word its status label names (`On track` under `Status:`)."""
    return status_of is not None and role_of(label) == "status" and bool(status_of(without_closer(value).strip()))
