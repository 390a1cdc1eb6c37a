"""Fixed-width columns: positions from the header lines, headings wrapped over several lines.

A header line has words in runs separated by two or more spaces; the next
one or two lines may continue the headings (`Key Line of` / `Enquiry`,
`Com-` / `pleted` / `Date`). Column starts are the runs' starts in all
header lines, and where a data run starts exactly under a header word, that
word's start too (`Level Evidence` is two columns when data begins under
`Evidence`). Words of a data line go to the column their start falls in; a
word joined to the previous one by a single space stays in its column until
it reaches (to within a character) the next column's start. Rows are separated by blank lines.
"""

from __future__ import annotations

import re

from council_actions.ingest.layout import Layout, RoleOf, as_layout, is_plan_header, sub_cell, with_cells
from council_actions.ingest.model import Cell, Column, Line

RUN = re.compile(r"\S+(?: \S+)*")
WORD = re.compile(r"\S+")
MIN_COLUMNS = 3
MAX_HEADER_LINES = 3


def read_fixed_width(lines: list[Line], role_of: RoleOf) -> Layout | None:
    for index, line in enumerate(lines):
        if len(RUN.findall(line.text)) < MIN_COLUMNS:
            continue
        best = _best_header(lines, index, role_of)
        if best is not None:
            depth, starts, headings = best
            return _relay(lines, index, depth, starts, headings)
    return None


def _best_header(lines: list[Line], index: int, role_of: RoleOf) -> tuple[int, list[int], list[str]] | None:
    best: tuple[int, list[int], list[str]] | None = None
    best_known = 0
    data = lines[index + 1:index + 1 + MAX_HEADER_LINES + 3]
    for depth in range(1, MAX_HEADER_LINES + 1):
        header = lines[index:index + depth]
        if len(header) < depth or any(ln.number != lines[index].number + k for k, ln in enumerate(header)):
            break
        starts = _starts(header, data[depth - 1:])
        headings = [_heading(header, starts, k) for k in range(len(starts))]
        roles = [role_of(h) for h in headings]
        known = sum(r is not None for r in roles)
        if known > best_known and is_plan_header(roles):
            best, best_known = (depth, starts, headings), known
    return best


def _starts(header: list[Line], data: list[Line]) -> list[int]:
    starts = {m.start() for ln in header for m in RUN.finditer(ln.text)}
    words = {m.start() for m in WORD.finditer(header[0].text)}
    starts |= {m.start() for ln in data for m in RUN.finditer(ln.text) if m.start() in words}
    starts |= {m.start() for ln in header[1:] for m in WORD.finditer(ln.text) if m.start() in words}
    return sorted(starts)


def _heading(header: list[Line], starts: list[int], k: int) -> str:
    end = starts[k + 1] if k + 1 < len(starts) else None
    parts = [m.group(0) for ln in header for m in WORD.finditer(ln.text)
             if starts[k] <= m.start() and (end is None or m.start() < end)]
    return re.sub(r"(\w)- (\w)", r"\1\2", " ".join(parts))


def _relay(lines: list[Line], index: int, depth: int, starts: list[int], headings: list[str]) -> Layout:
    relaid = list(lines)
    for k in range(index, index + depth):
        relaid[k] = as_layout(lines[k], "header")
    previous: Line | None = None
    for k in range(index + depth, len(lines)):
        line = lines[k]
        opens = previous is None or line.number > previous.number + 1
        relaid[k] = with_cells(line, _cut(line, starts), "row_start" if opens else "row")
        previous = line
    return Layout("fixed_width", tuple(Column(h) for h in headings), tuple(relaid))


def _cut(line: Line, starts: list[int]) -> list[Cell | None]:
    spans: dict[int, list[int]] = {}
    column, last_end = -1, -10
    for match in WORD.finditer(line.text):
        own = max((i for i, s in enumerate(starts) if s <= match.start() + 2), default=0)
        joined = match.start() - last_end == 1
        column = column if joined and own <= column + 1 and match.start() < _next(starts, column) - 1 else own
        span = spans.setdefault(column, [match.start(), match.end()])
        span[1] = match.end()
        last_end = match.end()
    return [sub_cell(line, a, b, c) for c, (a, b) in sorted(spans.items())]


def _next(starts: list[int], column: int) -> int:
    return starts[column + 1] if 0 <= column + 1 < len(starts) else 10 ** 6
