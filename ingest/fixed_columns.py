"""Where a fixed-width table's columns are, and which column each word of a line is in: the measure
ingest/fixed_width.py reads its tables by.

A converter that lays text out in columns (`pdftotext -layout`) places each
column's words at its start, give or take DRIFT characters, shifts a column's
text off its heading where the page says so (SEEN_MIN runs starting at one
place), and squeezes the gap between two columns to one space where a line is
full, so a word runs on past the column's usual end (its edge, from EDGE_MIN
clear runs). A header printed right of its columns (each heading centred over
its column, the column's text starting in the blank left of it: Copeland's
`Action` over text starting nine characters before it) has its columns moved to
where their text starts (`starts_in_gaps`). `Grid` holds the starts, edges and
seen starts, `cut_words` puts a line's words in columns by them, and
`runs_across` tells a line that is no row's at all (a footer or a note written
through the table).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from council_actions.ingest.bullets import COLUMN_MARK
from council_actions.ingest.layout import RUN, WORD, sub_cell
from council_actions.ingest.model import Cell, Line

DRIFT = 2  # characters a converter moves a column's text by, either way
NO_LIMIT = 10 ** 6
EDGE_MIN = 5  # clear runs of a column it takes to know where its text ends
SQUEEZE = 4 * DRIFT  # how far before the next column a squeezed word can start
SEEN_MIN = 3  # runs starting at one place near a heading's start that make it a start of that column too
ACROSS = 2  # column starts one run of single-spaced words crosses that make it no row's line (a full line squeezes one)


def runs_across(line: Line, grid: Grid) -> bool:
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


def bullet_at(line: Line) -> int | None:
    """Where the line's bullet stands, if its first word is a printed bullet glyph alone (COLUMN_MARK, whose match
    ends with the glyph)."""
    mark = COLUMN_MARK.pattern.match(line.text)
    return mark.end() - 1 if mark is not None else None


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


def starts_in_gaps(starts: list[int], header: list[Line], data: list[Line]) -> list[int]:
    """The column starts, each moved left to where its column's text starts where the header prints the heading
    right of it: in the blank between the heading before's last word and this heading (two spaces clear of the
    one, further than the converter's drift, 2 * DRIFT, from the other), SEEN_MIN runs or more open at one place
    and fewer open at the heading itself. Why: a heading centred over a wide column (`Action` over
    `a) Carry out`, nine characters left of it) would otherwise give the column's words to the column before,
    since each word goes to the last column starting at or before it."""
    opened = Counter(m.start() for line in data for m in RUN.finditer(line.text))
    moved = list(starts)
    for k in range(1, len(starts)):
        before = max((m.end() for line in header for m in WORD.finditer(line.text)
                      if starts[k - 1] <= m.start() < starts[k]), default=starts[k - 1])
        under = sum(n for p, n in opened.items() if abs(p - starts[k]) <= DRIFT)
        gap = [p for p, n in opened.items() if n >= SEEN_MIN and max(before + 1, moved[k - 1]) < p
               and p < starts[k] - 2 * DRIFT]
        if gap and under < SEEN_MIN:
            moved[k] = min(gap)
    return moved


def grid_of(starts: list[int], data: list[Line]) -> Grid:
    """The grid of a table whose columns start at `starts` (its header's): each column's edge from its clear runs in
    the data (EDGE_MIN or more; else no limit), and the places near a start where SEEN_MIN runs or more open (the
    converter's drift off the heading)."""
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


def cut_words(line: Line, grid: Grid, beside: frozenset[int]) -> list[Cell | None]:
    """Words to columns: by where each starts (to within DRIFT); a word one space after the previous stays in
    its column unless it starts at the next column (to within DRIFT) or runs past the column's edge. Where two
    words of a run are equally near the next column's start (`_tie`), the run starts it where the lines `beside`
    this one (`starts_beside`) start their text."""
    spans: dict[int, list[int]] = {}
    column, last_end = -1, -10
    run_ends = {run.start() + w.start(): run.end() for run in RUN.finditer(line.text)
                for w in WORD.finditer(run.group())}
    after = dict(pairwise(m.start() for m in WORD.finditer(line.text)))
    bullet = bullet_at(line)
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


def starts_beside(data: list[Line], at: int) -> frozenset[int]:
    """Where runs start on the lines printed straight above and below line `at` of the data (no blank line
    between): where the converter put the columns of that part of the page."""
    number = data[at].number
    return frozenset(m.start() for line in data[max(at - 1, 0):at + 2] if abs(line.number - number) == 1
                     for m in RUN.finditer(line.text))
