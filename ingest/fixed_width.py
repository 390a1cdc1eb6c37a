"""Fixed-width columns: positions from the header lines, headings wrapped over several lines.

A header line has words in runs separated by two or more spaces; the next
one or two lines may continue the headings (`Key Line of` / `Enquiry`,
`Com-` / `pleted` / `Date`). Column starts are the runs' starts in all
header lines (a continuation word printed centred under one heading word, `Lead` over `Officer(s)`, is
that heading, from the leftmost of the two), and where a data run starts exactly under a header word, that
word's start too (`Level Evidence` is two columns when data begins under
`Evidence`). Where the header is printed again (each page of `pdftotext -layout`
output, placed anew), the columns are measured again from it.

Words of a data line go to the column their start falls in, to within DRIFT (or
where the page's text is seen to start: SEEN_MIN runs). A word joined to the
previous one by a single space stays in its column until it reaches the next
column's start, or, where a full line squeezed the gap between two columns to one
space ("reporting on CLT, Q2 2024."), until it runs past where the column's text
otherwise ends (its edge, from EDGE_MIN clear runs). Lines above the table printed
in columns of their own (a heatmap) get a cell per run. Rows are separated by blank
lines, or, in a table whose rows are bulleted (`•  Develop a long term vision ...`), each bullet opens a
row, the bullet kept with its text; there a line of one run printed left of the bullets (`VISION AND
AMBITION`) heads the rows under it, a section of the table. A column's text cut by a page break is left
open for the words to decide.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from council_actions.ingest.bullets import COLUMN_MARK
from council_actions.ingest.layout import (
    MIN_COLUMNS,
    Layout,
    RoleOf,
    as_layout,
    is_plan_header,
    key_column,
    sub_cell,
    whole,
    with_cells,
)
from council_actions.ingest.line_breaks import mark_line_breaks
from council_actions.ingest.model import Cell, Column, Line

RUN = re.compile(r"\S+(?: \S+)*")
WORD = re.compile(r"\S+")
MAX_HEADER_LINES = 3
DRIFT = 2  # characters a converter moves a column's text by, either way
NO_LIMIT = 10 ** 6
EDGE_MIN = 5  # clear runs of a column it takes to know where its text ends
SQUEEZE = 4 * DRIFT  # how far before the next column a squeezed word can start
SEEN_MIN = 3  # runs starting at one place near a heading's start that make it a start of that column too
ACROSS = 2  # column starts one run of single-spaced words crosses that make it no row's line (a full line squeezes one)
AT_FOOT = 1  # lines below a column's last text that still count as the page's foot (a score printed last)
MIN_BULLETED = 2  # bulleted lines that make a table's rows bulleted
SECTION = Column("(section)", "section")


def read_fixed_width(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """The lines re-cut into the columns of the first header that reads as a plan's headings; None where no
    line of three or more runs makes one, so that the next rendering is tried. Each line break is marked as the
    writer's own or a wrap where the column's width tells (`line_breaks.py`), since owners and milestones are
    often one a line."""
    for index, line in enumerate(lines):
        if len(RUN.findall(line.text)) < MIN_COLUMNS:
            continue
        best = _best_header(lines, index, role_of)
        if best is not None:
            depth, starts, headings = best
            roles = [role_of(h) for h in headings]
            key = key_column(roles)
            layout = _relay(lines, index, depth, starts, headings, key)
            return replace(layout, lines=tuple(mark_line_breaks(list(layout.lines))))
    return None


def _best_header(lines: list[Line], index: int, role_of: RoleOf) -> tuple[int, list[int], list[str]] | None:
    best: tuple[int, list[int], list[str]] | None = None
    best_known, best_roles = 0, list[str | None]()
    data = lines[index + 1:index + 1 + MAX_HEADER_LINES + 3]
    for depth in range(1, MAX_HEADER_LINES + 1):
        header = lines[index:index + depth]
        if len(header) < depth or any(ln.number != lines[index].number + k for k, ln in enumerate(header)):
            break
        starts = _starts(header, data[depth - 1:])
        headings = [_heading(header, starts, k) for k in range(len(starts))]
        roles = [role_of(h) for h in headings]
        known = sum(r is not None for r in roles)
        # a deeper header that only completes the same headings (`Lead` / `Officer(s)`) is the header
        if (known > best_known or (best is not None and roles == best_roles)) and is_plan_header(roles):
            best, best_known, best_roles = (depth, starts, headings), known, roles
    return best


def _starts(header: list[Line], data: list[Line]) -> list[int]:
    first = {m.span(): m.start() for m in RUN.finditer(header[0].text)}
    starts: set[int] = set()
    for line in header[1:]:
        runs = [m.span() for m in RUN.finditer(line.text)]
        for run in runs:
            under = [span for span in first if _overlap(span, run)]
            if len(under) == 1 and sum(_overlap(under[0], other) for other in runs) == 1:
                first[under[0]] = min(first[under[0]], run[0])  # centred under one heading: that heading
            else:
                starts.add(run[0])
    starts |= set(first.values())
    words = {m.start() for m in WORD.finditer(header[0].text)}
    starts |= {m.start() for ln in data for m in RUN.finditer(ln.text) if m.start() in words}
    starts |= {m.start() for ln in header[1:] for m in WORD.finditer(ln.text) if m.start() in words}
    return sorted(starts)


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _heading(header: list[Line], starts: list[int], k: int) -> str:
    end = starts[k + 1] if k + 1 < len(starts) else None
    parts = [m.group(0) for ln in header for m in WORD.finditer(ln.text)
             if starts[k] <= m.start() and (end is None or m.start() < end)]
    return re.sub(r"(\w)- (\w)", r"\1\2", " ".join(parts))


def _relay(lines: list[Line], index: int, depth: int, starts: list[int], headings: list[str], key: int) -> Layout:
    """Cut every line after the header at the column starts; where the header is printed again (the next page
    of a converted PDF), the columns are measured again from it, as a converter places each page anew. A row
    opens after a blank line, or where the key column (the reference, else the action) starts text again after
    a line without it: `pdftotext -layout` prints a ruled table's rows with no blank line between them."""
    relaid = [_runs_as_cells(line) for line in lines[:index]] + list(lines[index:])
    bulleted = _bullet_starts(lines[index + depth:])
    printed = _words(lines[index])
    sections = [k for k in range(index, len(lines)) if k == index or _words(lines[k]) == printed] + [len(lines)]
    for k, end in pairwise(sections):
        header = lines[k:k + depth]
        data = lines[k + depth:end]
        grid = _grid(starts if k == index else _starts(header, data[:3]), data)
        for j in range(k, k + len(header)):
            relaid[j] = as_layout(lines[j], "header")
        previous: Line | None = None
        for j, line in enumerate(data, k + depth):
            if _runs_across(line, grid):
                relaid[j] = as_layout(line, "other_layout")
                continue
            cut = _cut(line, grid, _starts_beside(data, j - k - depth))
            bullet = _bullet_at(line)
            opens = previous is None or line.number > previous.number + 1 or (
                bullet is not None and bullet < grid.next_start(key)) or (
                _has(cut, key) and not _has(list(relaid[j - 1].cells), key))
            heads = bulleted and bullet is None and len(RUN.findall(line.text)) == 1 and \
                len(line.text) - len(line.text.lstrip()) < min(bulleted)
            relaid[j] = with_cells(line, [whole(line, len(headings))] if heads else cut,
                                   "row_start" if opens or heads else "row")
            previous = line
    for k, end in pairwise(sections[:-1]):
        _open_at_break(relaid, k + depth, end, relaid[end + depth] if end + depth < len(relaid) else None)
    columns = tuple(Column(h) for h in headings) + ((SECTION,) if bulleted else ())
    return Layout("fixed_width", columns, tuple(relaid))


def _runs_across(line: Line, grid: Grid) -> bool:
    """Whether a line runs across the table's columns: one run of words one space apart, from the table's left edge
    (the first column's start, to within DRIFT) past ACROSS column starts or more (a page's footer, a running header
    or a note set wider than the table, that a converter writes through it). A full line squeezes the gaps between
    columns to one space, but a row's line opens at its own column's start or keeps a wider gap somewhere (Use of
    Resources 2005/06's `1.1.2 The auditor received Level 2 Statement of Accounts - Council Minutes SEBASTIAN
    Achieved`, squeezed at three gaps, opens in the third column; its first row's `Financial     1.1 The council
    ...` keeps its gaps). Such a line is marked `other_layout`, and the text read as if it were not printed
    (renderings.relayout)."""
    runs = RUN.findall(line.text)
    start = len(line.text) - len(line.text.lstrip())
    return len(runs) == 1 and start <= grid.starts[0] + DRIFT and sum(
        start < column - DRIFT and column + DRIFT < len(line.text) for column in grid.starts) >= ACROSS


def _bullet_at(line: Line) -> int | None:
    """Where the line's bullet stands, if its first word is a printed bullet glyph alone (COLUMN_MARK, whose match
    ends with the glyph)."""
    mark = COLUMN_MARK.pattern.match(line.text)
    return mark.end() - 1 if mark is not None else None


def _bullet_starts(data: list[Line]) -> set[int]:
    """Where the table's bullets stand, if its rows are bulleted (MIN_BULLETED lines or more); else empty."""
    found = [b for b in (_bullet_at(line) for line in data) if b is not None]
    return set(found) if len(found) >= MIN_BULLETED else set()


@dataclass(frozen=True)
class Grid:
    """Where each column starts (from the header) and where its text ends (from the data): a converter that
    squeezes columns runs the next column's first word on after one space, past the column's usual end."""

    starts: tuple[int, ...]
    edges: tuple[int, ...]  # the furthest a column's text reaches where it stands clear of the next column
    seen: tuple[frozenset[int], ...]  # where the column's text is seen to start, besides the heading: drift

    def starts_at(self, column: int, position: int) -> bool:
        """Whether a word at this position opens the column: at its heading's start give or take one character,
        or where the column's text was seen to start (the converter shifts a column's text off its heading)."""
        return 0 <= column < len(self.starts) and (abs(position - self.starts[column]) <= 1
                                                    or position in self.seen[column])

    def next_start(self, column: int) -> int:
        """Where the next column starts, the furthest a word of this column can start; past the last column, no
        limit (NO_LIMIT)."""
        return self.starts[column + 1] if 0 <= column + 1 < len(self.starts) else NO_LIMIT


def _grid(starts: list[int], data: list[Line]) -> Grid:
    ends: list[list[int]] = [[] for _ in starts]
    opened: Counter[int] = Counter()
    for line in data:
        for match in RUN.finditer(line.text):
            opened[match.start()] += 1
            column = next((i for i, s in enumerate(starts) if abs(s - match.start()) <= DRIFT), None)
            if column is not None and (column + 1 == len(starts) or match.end() < starts[column + 1] - 1):
                ends[column].append(match.end())
    edges = [max(e) if len(e) >= EDGE_MIN else NO_LIMIT for e in ends]
    seen = tuple(frozenset(p for p, n in opened.items() if n >= SEEN_MIN and abs(p - s) <= 2 * DRIFT
                           and p not in starts) for s in starts)
    return Grid(tuple(starts), tuple(edges), seen)


def _open_at_break(relaid: list[Line], start: int, end: int, after: Line | None) -> None:
    """The last text of a column before the header is printed again (a page break) may go on after it where
    the first line after the header has text in that column and the text reaches the page's foot (to within
    AT_FOOT lines): its cell says so (`space_below=False`), and the
    words decide, as for a PDF cell cut by the page's foot."""
    seen = {c.column for line in relaid[start:end] for c in line.cells} - ({c.column for c in after.cells}
                                                                         if after is not None else set())
    for j in range(end - 1, max(start, end - 1 - AT_FOOT) - 1, -1):
        line = relaid[j]
        last = [c for c in line.cells if c.column not in seen]
        if last:
            seen |= {c.column for c in last}
            relaid[j] = replace(line, cells=tuple(replace(c, space_below=False) if c in last else c
                                                  for c in line.cells))


def _runs_as_cells(line: Line) -> Line:
    """A line above the table printed in columns of its own (a heatmap, a colour key: runs two spaces apart)
    gets a cell per run, as a tab-separated converter would have given it; it stays outside the table."""
    runs = list(RUN.finditer(line.text))
    if len(runs) < 2:
        return line
    return with_cells(line, [sub_cell(line, m.start(), m.end(), k) for k, m in enumerate(runs)], None)


def _has(cells: list[Cell | None], column: int) -> bool:
    return any(c is not None and c.column == column for c in cells)


def _words(line: Line) -> list[str]:
    return line.text.split()


def _cut(line: Line, grid: Grid, beside: frozenset[int]) -> list[Cell | None]:
    """Words to columns: by where each starts (to within DRIFT); a word one space after the previous stays in
    its column unless it starts at the next column (to within DRIFT) or runs past the column's edge. Where two
    words of a run are equally near the next column's start (`_tie`), the run starts it where the lines `beside`
    this one (`_starts_beside`) start their text."""
    spans: dict[int, list[int]] = {}
    column, last_end = -1, -10
    run_ends = {run.start() + w.start(): run.end() for run in RUN.finditer(line.text)
                for w in WORD.finditer(run.group())}
    after = dict(pairwise(m.start() for m in WORD.finditer(line.text)))
    bullet = _bullet_at(line)
    for match in WORD.finditer(line.text):
        own = max((i for i, s in enumerate(grid.starts) if s <= match.start() + 2 * DRIFT), default=0)
        if bullet is not None and last_end == bullet + 1:
            column = max(column, 0)  # the bullet's own item text stays in its column, however far after it
        elif match.start() - last_end == 1 and own <= column + 1:
            clear = match.start() < grid.next_start(column) - 1 and not grid.starts_at(column + 1, match.start())
            crossing = run_ends[match.start()] > grid.next_start(column) and column + 1 not in spans
            squeezed = crossing and match.end() > grid.edges[column] and \
                match.start() >= grid.next_start(column) - SQUEEZE
            later = _tie(match.start(), after.get(match.start()), grid.next_start(column), beside)
            column = column if (clear and not squeezed) or later else column + 1
        else:
            column = own + 1 if own in spans and own == column and own + 1 < len(grid.starts) else own
        span = spans.setdefault(column, [match.start(), match.end()])
        span[1] = match.end()
        last_end = match.end()
    return [sub_cell(line, a, b, c) for c, (a, b) in sorted(spans.items())]


def _tie(position: int, following: int | None, start: int, beside: frozenset[int]) -> bool:
    """Whether a word at `position`, joined by one space to the word at `following`, leaves the next column to that
    word: the two stand equally near the column's start, one before it and one after (a squeezed row's `Level 2
    Statement ...`, the `2` a character before the Evidence heading, `Statement` a character after), and the
    lines beside this one start a run under the later word and none under this one. Why the lines beside: a
    converter shifts a row's lines alike, so the row's next line shows where it put the column."""
    return following is not None and start - position == following - start > 0 and following in beside \
        and position not in beside


def _starts_beside(data: list[Line], at: int) -> frozenset[int]:
    """Where runs start on the lines printed straight above and below line `at` of the data (no blank line
    between): where the converter put the columns of that part of the page."""
    number = data[at].number
    return frozenset(m.start() for line in data[max(at - 1, 0):at + 2] if abs(line.number - number) == 1
                     for m in RUN.finditer(line.text))
