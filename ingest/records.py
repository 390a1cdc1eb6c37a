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
ingest/record_labels.py; here, whether and where a page's labels make records.
"""

from __future__ import annotations

import re
from collections import Counter

from council_actions.ingest.layout import (
    MIN_COLUMNS,
    Layout,
    RoleOf,
    StatusOf,
    as_layout,
    is_plan_header,
    sub_cell,
    whole,
    with_cells,
)
from council_actions.ingest.model import Cell, Column, Line, LineLayout
from council_actions.ingest.record_labels import (
    CLOSER,
    LABEL,
    LABEL_NUMBERED,
    NUMBERED_LABEL,
    RUN_ON,
    is_status,
    label_alone,
    label_of,
    labels_of,
    run_on,
)

MIN_RECORDS = 2
REF, TITLE, TEXT = Column("(ref)", "element"), Column("(title)", "action"), Column("(text)", "progress")
REF_COLUMN = 0
TITLE_REF = re.compile(r"^\s*(?P<ref>\d+(?:\.\d+)+)\s+(?=\S)")
REF_ALONE = re.compile(r"^\s*\d+(?:\.\d+)+\s*$")  # `3.1` on a line of its own, above the label opening a record
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
    columns = (REF, TITLE, *(Column(label) for label in labels), TEXT)
    titled = "action" not in {role_of(label) for label in labels}  # else the action is a label of its own
    starts = _starts(lines, labelled, values)
    opens = set(starts)
    fewest = 1 if single else MIN_RECORDS
    if len(starts) < fewest or not is_plan_header(["action", *(role_of(label) for label in labels)]):
        return None
    relaid = list(lines)
    for i in starts:
        opening = _opening(lines, i, labelled, titled)
        if opening is not None:
            relaid[i - 1] = opening
        j = i
        while j < len(lines) and labelled[lines[j].number] and (j == i or j not in opens):
            column = labels.index(labelled[lines[j].number] or "") + 2
            layout: LineLayout = "row_start" if j == i and opening is None else "row"
            relaid[j] = (with_cells(lines[j], [_number(lines[j])], layout) if lines[j].number in alone
                         else with_cells(lines[j], [_value(lines[j], column)], layout) if lines[j].number in values
                         else _label_line(lines[j], column, layout))
            j += 1
        while j < len(lines) and not labelled[lines[j].number] and not _opens_next(lines, j, labelled):
            relaid[j] = with_cells(lines[j], [_value(lines[j], len(columns) - 1)], "row")
            j += 1
    first = min(starts) - (1 if titled else 0)
    relaid = [as_layout(ln, "text") if n < first and ln.layout is None else ln for n, ln in enumerate(relaid)]
    return Layout("records", columns, tuple(sorted([*relaid, *(as_layout(ln, "rule") for ln in markup)],
                                                   key=lambda ln: ln.number)))


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
        elif labelled[line.number] or (_opens_next(lines, k, either) and (titled or REF_ALONE.match(line.text))):
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


def _opening(lines: list[Line], i: int, labelled: dict[int, str | None], titled: bool) -> Line | None:
    """The line above a record's first label re-cut as the line opening its row, if it is one: a reference alone
    (`3.1`) is the record's reference; a title-like line is its title where the action is no label of its own."""
    line = lines[i - 1] if i > 0 and not labelled[lines[i - 1].number] else None
    if line is not None and REF_ALONE.match(line.text):
        return with_cells(line, [whole(line, REF_COLUMN)], "row_start")
    return _title_line(line) if line is not None and titled and _is_title(line.text) else None


def _is_title(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and not stripped.endswith((".", ":")) and len(stripped) <= 200


def _opens_next(lines: list[Line], j: int, labelled: dict[int, str | None]) -> bool:
    """The line is the title of the next record: a title-like line right above a label line."""
    return j + 1 < len(lines) and bool(labelled[lines[j + 1].number]) and _is_title(lines[j].text)


def _title_line(line: Line) -> Line:
    """`4.01.02 Implement and monitor ...`: the reference and the title as two cells."""
    ref = TITLE_REF.match(line.text)
    cut = ref.end() if ref else 0
    return with_cells(line, [sub_cell(line, 0, cut, 0) if ref else None, sub_cell(line, cut, len(line.text), 1)],
                      "row_start")


def _number(line: Line) -> Cell | None:
    """The record's number before or after its label alone (`1. priority`, `Action 1:`), as its reference; None where it
    prints none."""
    found = NUMBERED_LABEL.match(line.text) or LABEL_NUMBERED.match(line.text.rstrip())
    return sub_cell(line, found.start("ref"), found.end("ref"), REF_COLUMN) if found else None


def _label_line(line: Line, column: int, layout: LineLayout) -> Line:
    match = LABEL.match(line.text) or RUN_ON.match(line.text)
    start = match.start("value") if match else len(line.text)
    return with_cells(line, [_value(line, column, start)], layout)


def _value(line: Line, column: int, start: int = 0) -> Cell | None:
    """The line from `start` as a cell of its column, less a web table's cell closer (`... by 31 March 2025. |`)."""
    closer = CLOSER.search(line.text)
    return sub_cell(line, start, closer.start() if closer else len(line.text), column)
