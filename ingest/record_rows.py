"""A page's records as its table's rows: each record's title line, its labelled lines in their labels' columns, and
its commentary in the last column, once ingest/records.py has found where the records open (`starts`) and what labels
each line (`Labelled`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from council_actions.ingest.layout import as_layout, sub_cell, whole, with_cells
from council_actions.ingest.model import Cell, Line, LineLayout
from council_actions.ingest.record_labels import LABEL, LABEL_NUMBERED, NUMBERED_LABEL, RUN_ON, closer_at

REF_COLUMN = 0
TITLE_REF = re.compile(r"^\s*(?P<ref>\d+(?:\.\d+)+)\s+(?=\S)")
REF_ALONE = re.compile(r"^\s*\d+(?:\.\d+)+\s*$")  # `3.1` on a line of its own, above the label opening a record


@dataclass(frozen=True)
class Labelled:
    """What labels a page's lines: each line's label by its number (ingest/records._labels), the lines that are a
    label alone and the value lines, the labels in their order (a column each, after the reference and the title),
    and whether a record opens at its title (`titled`) or at its action's own label."""

    labelled: dict[int, str | None]
    alone: set[int]
    values: set[int]
    labels: list[str]
    titled: bool


def relaid_records(lines: list[Line], starts: list[int], found: Labelled) -> list[Line]:
    """The lines as the records' rows, each record opening at one of `starts`; the lines above the first record
    (its title aside) are text, no row's."""
    relaid = list(lines)
    opens = set(starts)
    for i in starts:
        _relay_record(lines, i, opens, found, relaid)
    first = min(starts) - (1 if found.titled else 0)
    return [as_layout(ln, "text") if n < first and ln.layout is None else ln for n, ln in enumerate(relaid)]


def _relay_record(lines: list[Line], i: int, opens: set[int], found: Labelled, relaid: list[Line]) -> None:
    """The record opening at line i as a row in `relaid`: its title line above (`_opening`), its labelled lines down
    to the next record's opening, each in its label's column, then its commentary in the last column."""
    opening = _opening(lines, i, found.labelled, found.titled)
    if opening is not None:
        relaid[i - 1] = opening
    j = i
    while j < len(lines) and found.labelled[lines[j].number] and (j == i or j not in opens):
        relaid[j] = _labelled_line(lines[j], found, "row_start" if j == i and opening is None else "row")
        j += 1
    commentary = len(found.labels) + 2  # after the reference, the title and a column a label
    while j < len(lines) and not found.labelled[lines[j].number] and not opens_next(lines, j, found.labelled):
        relaid[j] = with_cells(lines[j], [_value(lines[j], commentary)], "row")
        j += 1


def _labelled_line(line: Line, found: Labelled, layout: LineLayout) -> Line:
    """A record's line in its label's column: a record's number alone, a value under a label standing alone, or a
    label and its value."""
    column = found.labels.index(found.labelled[line.number] or "") + 2
    if line.number in found.alone:
        return with_cells(line, [_number(line)], layout)
    if line.number in found.values:
        return with_cells(line, [_value(line, column)], layout)
    return _label_line(line, column, layout)


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


def opens_next(lines: list[Line], j: int, labelled: dict[int, str | None]) -> bool:
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
    closer = closer_at(line.text)
    return sub_cell(line, start, len(line.text) if closer is None else closer, column)
