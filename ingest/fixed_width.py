"""Fixed-width columns: positions from the header lines, headings wrapped over several lines.

A header line has words in runs separated by two or more spaces; the next
one or two lines may continue the headings (`Key Line of` / `Enquiry`,
`Com-` / `pleted` / `Date`). Column starts are the runs' starts in all
header lines (a continuation word printed centred under one heading word, `Lead` over `Officer(s)`, is
that heading, from the leftmost of the two), and where a data run starts exactly under a header word, that
word's start too (`Level Evidence` is two columns when data begins under
`Evidence`). Where the header is printed again (each page of `pdftotext -layout`
output, placed anew), the columns are measured again from it.

Words of a data line go to the column their start falls in (ingest/fixed_columns.py, the measure), to within DRIFT (or
where the page's text is seen to start: SEEN_MIN runs). A word joined to the
previous one by a single space stays in its column until it reaches the next
column's start, or, where a full line squeezed the gap between two columns to one
space ("reporting on CLT, Q2 2024."), until it runs past where the column's text
otherwise ends (its edge, from EDGE_MIN clear runs). Lines above the table printed
in columns of their own (a heatmap) get a cell per run. Rows are separated by blank
lines, or, in a table whose rows are bulleted (`•  Develop a long term vision ...`), each bullet opens a
row, the bullet kept with its text; there a line of one run printed left of the bullets (`VISION AND
AMBITION`) heads the rows under it, a section of the table, but for a line a column's cell holds alone: a status
(the profile's status rules: `NOT STARTED`) or an owner (a post or a body by the profile's owner words: `HR TEAM`),
printed on a line of its own in a column left of the bullets (a cell set lower than its row's first line), is that
column's cell, its words cut into the columns as any row's. A column's text cut by a page break is left open for
the words to decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from council_actions.ingest.cell_shapes import OWNER_LINES, line_shapes, shape_of
from council_actions.ingest.fixed_columns import (
    Grid,
    bullet_at,
    cut_words,
    grid_of,
    runs_across,
    starts_beside,
    starts_in_gaps,
)
from council_actions.ingest.layout import (
    MIN_COLUMNS,
    RUN,
    WORD,
    Layout,
    RoleOf,
    StatusOf,
    as_layout,
    is_plan_header,
    key_column,
    sub_cell,
    whole,
    with_cells,
)
from council_actions.ingest.line_breaks import mark_line_breaks
from council_actions.ingest.model import SECTION_COLUMN, Cell, Column, Line

if TYPE_CHECKING:
    from council_actions.owner_words import OwnerWords
    from council_actions.roles import Role

MAX_HEADER_LINES = 3
AT_FOOT = 1  # lines below a column's last text that still count as the page's foot (a score printed last)
MIN_BULLETED = 2  # bulleted lines that make a table's rows bulleted

CellAlone = Callable[[str], bool]  # whether a line's text is what a column's cell holds alone (a status, an owner)


def read_fixed_width(lines: list[Line], role_of: RoleOf, owner_words: OwnerWords | None = None,
                     status_of: StatusOf | None = None) -> Layout | None:
    """The lines re-cut into the columns of the first header that reads as a plan's headings; None where no
    line of three or more runs makes one, so that the next rendering is tried. Each line break is marked as the
    writer's own or a wrap where the column's width tells (`line_breaks.py`), since owners and milestones are
    often one a line. The profile's owner words (None: the generic profile's) and status rules (None: none) tell
    a line standing alone left of a bulleted table's bullets that is a cell, not a heading (`cell_alone`)."""
    for index, line in enumerate(lines):
        if len(RUN.findall(line.text)) < MIN_COLUMNS:
            continue
        best = _best_header(lines, index, role_of)
        if best is not None:
            depth, starts, headings = best
            roles = [role_of(h) for h in headings]
            key = key_column(roles)
            layout = _relay(lines, index, depth, starts, headings, key, cell_alone(owner_words, status_of))
            return replace(layout, lines=tuple(mark_line_breaks(list(layout.lines))))
    return None


def _best_header(lines: list[Line], index: int, role_of: RoleOf) -> tuple[int, list[int], list[str]] | None:
    best: tuple[int, list[int], list[str]] | None = None
    best_known = 0
    best_roles: list[Role | None] = []
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


def cell_alone(owner_words: OwnerWords | None, status_of: StatusOf | None) -> CellAlone:
    """Whether a line's text is what a plan's status or owner cell holds alone: a status by the profile's rules
    (`NOT STARTED`) or a post's or a body's line by its owner words (`HR TEAM`: cell_shapes' OWNER_LINES), the
    shapes the plan-table rows tell a status or an owner by (parsers/group_names.NOT_A_GROUP)."""
    shapes = line_shapes(owner_words)
    return lambda text: (status_of is not None and status_of(text) is not None) or shape_of(text, shapes) in OWNER_LINES


def _relay(lines: list[Line], index: int, depth: int, starts: list[int], headings: list[str], key: int,
           alone: CellAlone) -> Layout:
    """Cut every line after the header at the column starts; where the header is printed again (the next page
    of a converted PDF), the columns are measured again from it, as a converter places each page anew
    (`_relay_rows` reads each page's rows)."""
    relaid = [_runs_as_cells(line) for line in lines[:index]] + list(lines[index:])
    bulleted = _bullet_starts(lines[index + depth:])
    printed = _words(lines[index])
    sections = [k for k in range(index, len(lines)) if k == index or _words(lines[k]) == printed] + [len(lines)]
    for k, end in pairwise(sections):
        header = lines[k:k + depth]
        data = lines[k + depth:end]
        grid = grid_of(starts_in_gaps(starts if k == index else _starts(header, data[:3]), header, data), data)
        for j in range(k, k + len(header)):
            relaid[j] = as_layout(lines[j], "header")
        _relay_rows(relaid, data, k + depth, grid, len(headings), key, bulleted, alone)
    for k, end in pairwise(sections[:-1]):
        _open_at_break(relaid, k + depth, end, relaid[end + depth] if end + depth < len(relaid) else None)
    columns = tuple(Column(h) for h in headings) + ((SECTION_COLUMN,) if bulleted else ())
    return Layout("fixed_width", columns, tuple(relaid))


def _relay_rows(relaid: list[Line], data: list[Line], first: int, grid: Grid, width: int, key: int,
                bulleted: set[int], alone: CellAlone) -> None:
    """The lines under one printing of the header (from line `first` of `relaid`) cut into the columns of `grid`: a
    line across the columns left as it is, a line heading the bulleted rows under it one cell of the section column
    (`_heads_section`), any other a row's line, opening a row where `_opens_row` says. `width`: the number of
    headings; `key`: the key column (the reference, else the action); `bulleted`: where the bullets stand."""
    previous: Line | None = None
    for j, line in enumerate(data, first):
        if runs_across(line, grid):
            relaid[j] = as_layout(line, "other_layout")
            continue
        cut = cut_words(line, grid, starts_beside(data, j - first))
        bullet = bullet_at(line)
        heads = _heads_section(line, bullet, bulleted, alone)
        opens = _opens_row(line, previous, bullet, grid.next_start(key), _has(cut, key) and not _has(
            list(relaid[j - 1].cells), key))
        relaid[j] = with_cells(line, [whole(line, width)] if heads else cut, "row_start" if opens or heads else "row")
        previous = line


def _opens_row(line: Line, previous: Line | None, bullet: int | None, key_ends: int, key_starts_again: bool) -> bool:
    """A row opens after a blank line (or at the table's top), at a bullet left of where the key column ends, or
    where the key column starts text again after a line without it: `pdftotext -layout` prints a ruled table's rows
    with no blank line between them."""
    return (previous is None or line.number > previous.number + 1 or (bullet is not None and bullet < key_ends)
            or key_starts_again)


def _heads_section(line: Line, bullet: int | None, bulleted: set[int], alone: CellAlone) -> bool:
    """A line of one run printed left of a bulleted table's bullets heads the rows under it (`VISION AND
    AMBITION`), unless it is what a column's cell holds alone (a status, an owner: `alone`)."""
    return (bool(bulleted) and bullet is None and len(RUN.findall(line.text)) == 1
            and len(line.text) - len(line.text.lstrip()) < min(bulleted) and not alone(line.text.strip()))


def _bullet_starts(data: list[Line]) -> set[int]:
    """Where the table's bullets stand, if its rows are bulleted (MIN_BULLETED lines or more); else empty."""
    found = [b for b in (bullet_at(line) for line in data) if b is not None]
    return set(found) if len(found) >= MIN_BULLETED else set()


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

