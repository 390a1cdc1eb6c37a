"""`Label: value` records: a title line, then `Due date:`, `Lead officer:`, `Status:` lines, then free text.

Performance pages print each action as such a record. A record opens at the
title just above its first label line (a line with no closing full stop: a
sentence is commentary, not a title), or, where the action is itself a label
(`Action: ...`), at that label; a record also ends where one of its labels
comes round again, as records printed with no gap between them do. A label is
one the profile's heading rules know; where labels recur standing on lines of
their own (`Deadline` / `10 October 2023`, or `Action by:` with nothing after
it), the lines below each are its value. Free text after the labels is the
record's commentary. Some pages part label and value with a spaced dash and
print the record's number alone above it (`3.1` / `Action - ...` /
`• year - ongoing`). A page may be one record, no label recurring, where its
labels alone make a record (`_one_record`). A status word before a dash (`- Achieved -
Developed ...`, Belfast's milestones) is no label, though a heading rule knows it
(`Achieved?`): it is how far the item has got, printed where it opens. A page of
one record may also print an action and its status alone (`_rated`), in a web
table saved a cell a line (`Measure |`, `---|---|`): the pipes are markup. What labels a line, one line at a time, is
ingest/record_labels.py; here, whether and where a page's labels make records; how each record's lines
become its row's cells, ingest/record_rows.py.
"""

from __future__ import annotations

import re
from collections import Counter

from council_actions.ingest.layout import MIN_COLUMNS, Layout, RoleOf, StatusOf, as_layout, is_plan_header
from council_actions.ingest.model import Column, Line
from council_actions.ingest.record_labels import is_status, label_alone, label_of, labels_of, run_on
from council_actions.ingest.record_rows import REF_ALONE, Labelled, opens_next, relaid_records

MIN_RECORDS = 2
REF, TITLE, TEXT = Column("(ref)", "element"), Column("(title)", "action"), Column("(text)", "progress")
# A web table saved a cell a line: lines of pipes or a ruling (`---|---|`), and cells closed by ` |` (record_labels).
MARKUP = re.compile(r"^[\s:-]*\|[\s|:-]*$")


def read_records(lines: list[Line], role_of: RoleOf, status_of: StatusOf | None = None) -> Layout | None:
    """The records as table rows, a column per label the profile knows; None below MIN_RECORDS or when the
    labels do not make a plan (an action and who, when or how far): a page of `Name: value` lines is not a plan.
    A label the status rules (`status_of`) read as a status is none."""
    role_of = labels_of(role_of, status_of)
    markup = [line for line in lines if MARKUP.match(line.text)]
    lines = [line for line in lines if not MARKUP.match(line.text)]
    labelled, alone, values = _labels(lines, role_of, status_of)
    single = bool(alone) and not _recurs(labelled, alone)  # a page of one record (`_one_record`): no preamble
    labelled = labelled if single else _without_preamble(lines, labelled, values)
    labels = list(dict.fromkeys(label for label in labelled.values() if label))
    starts = _starts(lines, labelled, values)
    if len(starts) < (1 if single else MIN_RECORDS) or not is_plan_header(["action", *map(role_of, labels)]):
        return None
    titled = "action" not in {role_of(label) for label in labels}  # else the action is a label of its own
    relaid = relaid_records(lines, starts, Labelled(labelled, alone, values, labels, titled))
    return Layout("records", (REF, TITLE, *(Column(label) for label in labels), TEXT),
                  tuple(sorted([*relaid, *(as_layout(ln, "rule") for ln in markup)], key=lambda ln: ln.number)))


def _labels(lines: list[Line], role_of: RoleOf,
            status_of: StatusOf | None) -> tuple[dict[int, str | None], set[int], set[int]]:
    """Each line's label (a value line below a label standing alone takes that label), the lines that are a label
    alone, and the value lines. Labels alone count only where one of them recurs: a table's header printed once,
    one heading a line, is no record. A title line above the next record's labels is no value, nor is the next
    record's number alone above them (`Timescale` / `2020-22` / `1.2` / `Action`). A status's value ends at the
    status word it names (`Status:` / `On track`): what follows is the record's commentary."""
    labelled = {line.number: label_of(line, role_of) for line in lines}
    alone = {line.number: label_alone(line, role_of) for line in lines}
    if not (_recurs(alone, set(alone)) or _one_record(lines, alone, role_of)
            or _rated(lines, labelled, alone, role_of, status_of)) or _header_run(lines, alone):
        return labelled, set(), set()
    heads: set[int] = set()
    values: set[int] = set()
    current: str | None = None
    either = {number: labelled[number] or alone[number] for number in labelled}
    titled = "action" not in {role_of(label) for label in either.values() if label}
    for k, line in enumerate(lines):
        if alone[line.number]:
            labelled[line.number] = current = alone[line.number]
            heads.add(line.number)
        elif current is not None and _names_part(labelled[line.number], current, role_of):
            labelled[line.number] = current
            values.add(line.number)
        elif labelled[line.number] or (opens_next(lines, k, either) and (titled or REF_ALONE.match(line.text))):
            current = None
        elif current is not None:
            labelled[line.number] = current
            values.add(line.number)
            current = None if is_status(current, line.text, role_of, status_of) else current
    return labelled, heads, values


def _rated(lines: list[Line], labelled: dict[int, str | None], alone: dict[int, str | None], role_of: RoleOf,
           status_of: StatusOf | None) -> bool:
    """Whether a page is one record of two fields, printed once each: the action's label alone over its value, and a
    status's over a status word or run on into it (Mid and East Antrim's self-assessment 2024-25: `Measure` / `Deliver
    ...` / `Status:` / `On track`, or `Status: Achieved`). The status word stands in for `_one_record`'s third label,
    telling the record from headings over prose, so a blank line may part a label and its value."""
    either = {line.number: alone[line.number] or labelled[line.number] for line in lines}
    printed = Counter(label for label in either.values() if label)
    below = {line.number: lines[k + 1] for k, line in enumerate(lines[:-1])}
    action = any(role_of(label) == "action" and line.number in below and not either[below[line.number].number]
                 for line in lines if (label := alone[line.number]))
    rated = any(is_status(label, below[line.number].text if line.number in below else "", role_of, status_of)
                if alone[line.number] else is_status(label, run_on(line.text), role_of, status_of)
                for line in lines if (label := either[line.number]))
    return sorted(role_of(label) or "" for label in printed.elements()) == ["action", "status"] and action and rated


def _names_part(label: str | None, above: str, role_of: RoleOf) -> bool:
    """Whether a `Label: value` line under a label standing alone is a line of that label's value: its label names a
    part of the same field (Warwick's `Responsible / accountable` over `Lead: ... Accountable: ...`, the owners
    with their roles), not the record's next field."""
    return label is not None and role_of(label) == role_of(above)


def _recurs(labelled: dict[int, str | None], among: set[int]) -> bool:
    """Whether a label of the lines `among` is printed MIN_RECORDS times or more: the records come round again."""
    return any(n >= MIN_RECORDS for n in Counter(labelled[n] for n in among if labelled[n]).values())


def _one_record(lines: list[Line], alone: dict[int, str | None], role_of: RoleOf) -> bool:
    """Whether labels standing alone, none printed twice, make a page of one record: MIN_COLUMNS of them or more,
    the action one of them and another saying who, when or how far (Warwick District Council's housing improvement
    plan prints one record a page: `Issue` / ... / `Specific activities` / ... / `Target Date` / `Status`), each with
    its value on the very next line, no blank line between. A title over one record is no action: without an action
    label, labels alone printed once are a page's headings, and so are two labels over prose; a table's header
    printed a heading a line with blank lines between (the Isle of Wight's `Recommendations` / `Who` / `Target` /
    `Date`) has no label with a line right under it."""
    heads = [k for k, line in enumerate(lines) if alone[line.number]]
    roles = [role_of(alone[lines[k].number] or "") for k in heads]
    return (len(roles) >= MIN_COLUMNS and is_plan_header(roles)
            and all(k + 1 < len(lines) and lines[k + 1].number == lines[k].number + 1 for k in heads))


def _header_run(lines: list[Line], alone: dict[int, str | None]) -> bool:
    """Whether MIN_COLUMNS labels or more stand alone one right under another, no value between them: a table's
    header printed a cell a line (the Isle of Wight's `No.` / `Recommendation` / `Priority` / ... / `Date`, printed
    again at a page break), whose cells follow in rows, not records whose labels each stand above their value."""
    run = 0
    for line in lines:
        run = run + 1 if alone[line.number] else 0
        if run >= MIN_COLUMNS:
            return True
    return False


def _without_preamble(lines: list[Line], labelled: dict[int, str | None], values: set[int]) -> dict[int, str | None]:
    """The labels less those printed once above the first label that recurs: no record repeats them, so they are
    the page's preamble (the `Aim:` of the theme above Maidstone's climate plan records), left as its text and
    reported as such, not a record with no action."""
    counts = Counter(labelled[line.number] for line in lines if labelled[line.number] and line.number not in values)
    kept = dict(labelled)
    for line in lines:
        label = labelled[line.number]
        if label and counts[label] > 1:
            break
        kept[line.number] = None
    return kept


def _starts(lines: list[Line], labelled: dict[int, str | None], values: set[int]) -> list[int]:
    """Where records open: the first label line after other text, and a label coming round again."""
    starts: list[int] = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        label = labelled[line.number]
        if line.number in values:
            continue
        if label is None:
            seen = set()
            continue
        if not seen or label in seen:
            starts.append(i)
            seen = set()
        seen.add(label)
    return starts
