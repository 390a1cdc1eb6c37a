"""The header of a table printed one cell per line (`cell_lines.py`): the first run of lines that read as a plan's
column headings, a heading on one line or wrapped over two (`Cabinet` / `Member`), less a lone period after a heading
that says when (the first row's time cell, `_first_row_period`).

Where a heading run starts decides nothing about how it goes on: whether line i is a heading, and of one line or
two, depends on lines i and i + 1 alone. So the run from any line is that line's heading and then the run from
where the heading ends, and each line's run is worked out once, however many starts lead to it. Why: tried afresh
from every start, a long run of lines that each read as a heading yet never as a plan's header (a heading printed
again and again, a column of `Notes`) is read to its end from each of its lines: 2,000 such lines take 1.5
million heading reads and most of a minute. Here each line is read once or twice, and the header found is the one
the run from each start in turn would give.
"""

from __future__ import annotations

from dataclasses import dataclass

from council_actions.ingest.layout import MIN_COLUMNS, RoleOf, plays_plan
from council_actions.ingest.model import Line


@dataclass(frozen=True)
class Run:
    """The headings from one line on, up to the first line that is none: where they end, how many there are and
    the roles they play."""

    end: int
    count: int
    roles: frozenset[str | None]


@dataclass(frozen=True)
class Heading:
    """One heading of a run: its text (two lines joined where it wraps), its role and the lines it takes."""

    text: str
    role: str | None
    taken: int


def header(lines: list[Line], role_of: RoleOf) -> tuple[int, int, list[str]] | None:
    """The first run of headings, from the top, that makes a plan's header (at least MIN_COLUMNS headings,
    `plays_plan`): its first line, the line after it and its headings; None where no run does."""
    headings: dict[int, Heading] = {}
    runs: dict[int, Run] = {len(lines): Run(len(lines), 0, frozenset())}
    for start in range(len(lines)):
        run = _run_from(start, lines, role_of, headings, runs)
        if run.count >= MIN_COLUMNS and plays_plan(run.roles, run.count):
            end = _first_row_period(start, run.end, headings)
            return start, end, _texts(start, end, headings)
    return None


def _first_row_period(start: int, end: int, headings: dict[int, Heading]) -> int:
    """Where the header ends: before its last heading where that alone is a period and a heading before it says
    when (`Month` / `Action` / `Responsibilty` / `September 2005`: the Isle of Wight's change plan timeline, 2005-06).
    Why: a table whose column says when heads no column by one period; that line is the first row's time cell,
    printed right under the header. Columns headed by periods come several together (a grid's years), and a lone one
    after no time column stays a heading."""
    order = _order(start, end, headings)
    roles = [headings[i].role for i in order]
    kept = roles[:-1]
    alone = roles[-1] == "period" and "period" not in kept and "timeline" in kept and len(kept) >= MIN_COLUMNS
    return order[-1] if alone and plays_plan(frozenset(kept), sum(r is not None for r in kept)) else end


def _order(start: int, end: int, headings: dict[int, Heading]) -> list[int]:
    """The first line of each heading of the run from `start` to `end` (`_run_from`)."""
    found: list[int] = []
    i = start
    while i < end:
        found.append(i)
        i += headings[i].taken
    return found


def _run_from(start: int, lines: list[Line], role_of: RoleOf, headings: dict[int, Heading],
              runs: dict[int, Run]) -> Run:
    """The run from `start`: lines are read as headings (`_heading_at`) only up to one whose run is known already
    (`runs`), and the runs from the lines read on the way are kept too, so no line is read twice."""
    walked: list[int] = []
    i = start
    while i not in runs:
        heading = _heading_at(lines, i, role_of)
        if heading is None:
            runs[i] = Run(i, 0, frozenset())
            break
        headings[i] = heading
        walked.append(i)
        i += heading.taken
    run = runs[i]
    for k in reversed(walked):
        run = runs[k] = Run(run.end, run.count + 1, run.roles | {headings[k].role})
    return run


def _heading_at(lines: list[Line], i: int, role_of: RoleOf) -> Heading | None:
    """The heading line i opens: the line alone where it reads as one and does not wrap onto the next
    (`_wrapped_heading`), else the line and the next together where they read as one; None where neither does."""
    one = lines[i].text.strip()
    below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    role = role_of(one)
    if role and not _wrapped_heading(one, below, role_of):
        return Heading(one, role, 1)
    two = f"{one} {below}" if i + 1 < len(lines) else ""
    role = role_of(two) if two else None
    return Heading(two, role, 2) if role else None


def _wrapped_heading(one: str, below: str, role_of: RoleOf) -> bool:
    """Whether a heading wraps onto the line below (`Who` / `by?`, `Target` / `Date`): the two lines read as a
    heading together and the line below reads as none on its own, or each line reads as the same as the two
    together (`Target` and `Date` each a timeline, like `Target Date`: a second timeline column right after the first
    would give one action two due dates; `Action` / `Owner` is two columns), so it is the rest of this heading, not
    the next column's."""
    together = role_of(f"{one} {below}") if below else None
    return together is not None and (role_of(below) is None or role_of(one) == role_of(below) == together)


def _texts(start: int, end: int, headings: dict[int, Heading]) -> list[str]:
    """The headings' texts of the run from `start` to `end` (`_run_from`)."""
    return [headings[i].text for i in _order(start, end, headings)]
