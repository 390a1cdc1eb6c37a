"""Finding a table of two fixed-width columns (ingest/two_columns.py relays its rows): its header, the gap under it,
and the evidence that it is a plan's table.

A table of two columns (`Action & Milestones` beside `Success Measures & Targets`) is taken only on strong evidence,
since two runs on a line are as often prose set in two columns, a letterhead or a signature. The header is the first
line of two runs GAP blank characters apart or more whose headings the profile's heading rules both know (no
period), exactly one of them the action column (`headings_known`), so a text is measured once; and under it every
rule of EVIDENCE holds:
- `gap`: a band of GAP blank characters between the two headings runs down the lines below, crossed by at most
  one line in CROSSED_SHARE of them, with text on both sides of it on MIN_BESIDE lines or more;
- `plan`: the headings, with the labels the columns' cells print on lines of their own (`Milestones:`), make a plan
  table (layout.is_plan_header): an action column beside notes alone is not taken;
- `rows`: MIN_ROWS blocks of lines or more clear of the gap (the rows: ingest/two_columns.py), each opening with
  text in the action column, as a table's row opens with its action; two columns of prose part paragraphs in each
  column apart.

Apart from the relaying because every text read as fixed-width asks this of its lines, where only a table found
here is relaid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest.layout import RUN, WORD, RoleOf, is_plan_header, sub_cell
from council_actions.ingest.model import Cell, Line

from council_actions.roles import PERIOD

GAP = 3  # blank characters between the two columns on every line of a row
CROSSED_SHARE = 5  # at most one line in this many below the header may cross the gap (a heading over the page)
MIN_BESIDE = 3  # lines with text on both sides of the gap: two columns printed, not one column and a margin note
MIN_ROWS = 2  # row blocks: a table's rows come round again
LABEL_ALONE = re.compile(r"^(?P<label>[A-Za-z][\w &/'’()-]{0,40}?)\s*:$")  # `Milestones:` on a line of its own
LEFT, RIGHT = 0, 1


@dataclass(frozen=True)
class Candidate:
    """A header of two headings and the gap measured under it: what EVIDENCE is asked of."""

    header: int  # the header line's index
    headings: tuple[str, str]
    roles: tuple[str | None, str | None]
    cut: int  # where the right column starts: a character of the gap
    crossing: frozenset[int]  # the indexes of the lines below that cross the gap
    below: int  # lines with text below the header, the header printed again left out
    beside: int  # of them, lines with text on both sides of the gap
    labels: tuple[str, ...]  # labels the columns' cells print on lines of their own, in order
    rows: int  # row blocks: blocks of lines below the header clear of the gap
    opened_by_action: int  # of them, the blocks whose first line prints text in the action column


@dataclass(frozen=True)
class Evidence:
    """One rule a two-column table must meet, named for the tests that read each against real lines."""

    name: str
    holds: Callable[[Candidate, RoleOf], bool]


def headings_known(roles: tuple[str | None, str | None]) -> bool:
    """The header's rule: both headings have a role, neither a period, and exactly one is the action column."""
    return None not in roles and PERIOD not in roles and roles.count("action") == 1


def _gap_holds(table: Candidate, role_of: RoleOf) -> bool:
    return len(table.crossing) * CROSSED_SHARE <= table.below and table.beside >= MIN_BESIDE


def _makes_plan(table: Candidate, role_of: RoleOf) -> bool:
    return is_plan_header([*table.roles, *(role_of(label) for label in table.labels)])


def _rows_open_on_actions(table: Candidate, role_of: RoleOf) -> bool:
    return table.rows >= MIN_ROWS and table.opened_by_action == table.rows


EVIDENCE = (Evidence("gap", _gap_holds), Evidence("plan", _makes_plan), Evidence("rows", _rows_open_on_actions))


def candidate(lines: list[Line], role_of: RoleOf) -> Candidate | None:
    """The first line of two runs whose headings meet the header's rule (`headings_known`), measured as a
    two-column table's header; None where no line does."""
    for index, line in enumerate(lines):
        runs = list(RUN.finditer(line.text))
        if len(runs) == 2 and runs[1].start() - runs[0].end() >= GAP and headings_known(
                (role_of(runs[0].group()), role_of(runs[1].group()))):
            return _measured(lines, index, (runs[0].group(), runs[1].group()), (runs[0].end(), runs[1].start()),
                             role_of)
    return None


def _measured(lines: list[Line], index: int, headings: tuple[str, str], between: tuple[int, int],
              role_of: RoleOf) -> Candidate:
    """The gap under the header: of the bands of GAP characters between the headings (`between`: where the first
    ends and the second starts), the one the fewest lines cross (the leftmost of equals), counted over each line's
    words at once (`_blocked`)."""
    header = lines[index]
    below = [(k, line) for k, line in enumerate(lines[index + 1:], index + 1)
             if line.text.strip() and words_of(line) != words_of(header)]
    left_end, right_start = between
    width = right_start - GAP + 1 - left_end  # one band at least: the header prints GAP blanks between its headings
    counts = [0] * (width + 1)
    for _, line in below:
        for start, end in _blocked(line.text, left_end, left_end + width):
            counts[start - left_end] += 1
            counts[end - left_end] -= 1
    crossed, best, total = len(below) + 1, left_end, 0
    for offset in range(width):
        total += counts[offset]
        if total < crossed:
            crossed, best = total, left_end + offset
    crossing = frozenset(k for k, line in below if line.text[best:best + GAP].strip())
    beside = sum(1 for k, line in below if k not in crossing and line.text[:best].strip() and line.text[best:].strip())
    rows = row_blocks(lines, index, crossing, words_of(header))
    labels = tuple(dict.fromkeys(label for k in sorted(rows) for cell in sides(lines[k], best)
                                 if cell is not None and (label := label_alone(cell.text, role_of)) is not None))
    roles = (role_of(headings[0]), role_of(headings[1]))
    opening = [k for k in rows if opens_row(lines, k, rows)]
    side = roles.index("action")  # the header's rule (`headings_known`) gives it one
    by_action = sum(1 for k in opening if sides(lines[k], best)[side] is not None)
    return Candidate(index, headings, roles, best, crossing, len(below), beside, labels, len(opening), by_action)


def _blocked(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """The positions in [low, high) where a band of GAP characters starting there would hold one of the line's
    words, merged into intervals."""
    blocked: list[tuple[int, int]] = []
    for match in WORD.finditer(text):
        start, end = max(match.start() - GAP + 1, low), min(match.end(), high)
        if start >= end:
            continue
        if blocked and start <= blocked[-1][1]:
            blocked[-1] = (blocked[-1][0], max(blocked[-1][1], end))
        else:
            blocked.append((start, end))
    return blocked


def words_of(line: Line) -> list[str]:
    """The line's words: the header printed again is told by them, wherever its runs stand."""
    return line.text.split()


def row_blocks(lines: list[Line], index: int, crossing: frozenset[int], header: list[str]) -> frozenset[int]:
    """The indexes of the lines below the header that are rows: in blocks of lines between blank lines with no line
    across the gap, the header printed again not one of them; each block's first line opens its row."""
    rows: list[int] = []
    block: list[int] = []
    for k in range(index + 1, len(lines) + 1):
        line = lines[k] if k < len(lines) else None
        if line is not None and line.text.strip() and words_of(line) != header and (
                not block or line.number == lines[block[-1]].number + 1):
            block.append(k)
            continue
        if block and not crossing & set(block):
            rows += block
        block = [k] if line is not None and line.text.strip() and words_of(line) != header else []
    return frozenset(rows)


def sides(line: Line, cut: int) -> tuple[Cell | None, Cell | None]:
    """The line cut at the gap (`cut`) into its LEFT and RIGHT cells, None for a side with no text."""
    return sub_cell(line, 0, cut, LEFT), sub_cell(line, cut, len(line.text), RIGHT)


def label_alone(text: str, role_of: RoleOf) -> str | None:
    """The label a cell's line is, alone (`Milestones:`): one the heading rules give a role, not a period."""
    found = LABEL_ALONE.match(text)
    return found["label"] if found is not None and role_of(found["label"]) not in (None, PERIOD) else None


def opens_row(lines: list[Line], k: int, rows: frozenset[int]) -> bool:
    """Whether row line `k` opens its row: the first of a block of row lines, with no row line right above it."""
    return k - 1 not in rows or lines[k - 1].number != lines[k].number - 1
