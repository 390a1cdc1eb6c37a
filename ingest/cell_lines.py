"""One cell per line: the header printed once, a cell per line in header order, rows one after another.

Web pages saved as text and Word tables flattened by converters come out so.
The header is the first run of lines that read as column headings (a heading
may wrap over two lines: `Cabinet` / `Member`). Rows open at a row marker
(`a)`, `1.`, `2.3`) when the rows carry them; a line ending in a dangling word
(`Meeting held by`) runs on into the next. Without markers, a row ends at a
cell that names someone (a name, or a name with a post) when the last column
is the owner's (a name, a name with a post, or a post: `Head of Housing`); its
first and last cells are single lines, and the middle lines are grouped into
the middle columns the way that best fits the headings: a line under a
timeline heading reads as a time (short, with a date, month, year or period
word) and a line under another heading does not. On a tie the second column
takes the rest, or is the one left empty when the row is a cell short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, combinations, islice, pairwise

from council_actions.ingest.layout import ROW_MARKER, Layout, RoleOf, as_layout, is_plan_header, whole, with_cells
from council_actions.ingest.model import Column, Line

DANGLING = re.compile(r"\b(?:by|of|and|to|the|from|in|with|for|on|at|or|a|an)$", re.IGNORECASE)
POST = re.compile(r"\b(?:head|director|manager|officer|chief|executive|leader|councillor|team|board|lead)\b",
                  re.IGNORECASE)
POST_LINE = re.compile(r"^(?:the\s+)?(?:head|director|assistant director|deputy director|chief executive|chief officer"
                       r"|leader|cabinet member|portfolio holder)\b[^.;:]{0,80}\.?$", re.IGNORECASE)
NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")
MIN_COLUMNS = 3
DANGLING_MAX = 40  # a long cell ending "...; and" is a finished list item, not a line that runs on
TIME_LIKE = re.compile(r"(?i:\b(?:19|20)\d{2}\b|\bq[1-4]\b|\b(?:january|february|march|april|june|july|august|september"
                       r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ongoing|immediate(?:ly)?"
                       r"|weeks?|months?|years?|quarters?|completed?|done)\b)|\bMay\b")  # "may" in prose is no month
TIME_MAX = 120  # a paragraph is a response, not a timetable, whatever words it has
MAX_PLACEMENTS = 2000  # ways to group a long row's middle lines that are weighed; the usual one always is


def read_cell_lines(lines: list[Line], role_of: RoleOf) -> Layout | None:
    found = _header(lines, role_of)
    if found is None:
        return None
    start, end, headings = found
    relaid = [as_layout(ln, "header") if start <= i < end else ln for i, ln in enumerate(lines)]
    roles = [role_of(h) for h in headings]
    for row in _rows(lines[end:], len(headings), roles):
        for cell_index, group in enumerate(row):
            for k, i in enumerate(group):
                position = end + i
                layout = "row_start" if cell_index == 0 and k == 0 else "row"
                relaid[position] = with_cells(lines[position], [whole(lines[position], cell_index)], layout)
    return Layout("cell_lines", tuple(Column(h) for h in headings), tuple(relaid))


def _header(lines: list[Line], role_of: RoleOf) -> tuple[int, int, list[str]] | None:
    for start in range(len(lines)):
        headings, i = [], start
        while i < len(lines):
            one = lines[i].text.strip()
            two = f"{one} {lines[i + 1].text.strip()}" if i + 1 < len(lines) else ""
            if role_of(one):
                headings.append(one)
                i += 1
            elif two and role_of(two):
                headings.append(two)
                i += 2
            else:
                break
        if len(headings) >= MIN_COLUMNS and is_plan_header([role_of(h) for h in headings]):
            return start, i, headings
    return None


def _rows(lines: list[Line], width: int, roles: list[str | None]) -> list[list[list[int]]]:
    """Rows as lists of cells, each cell a list of line indexes into `lines`."""
    units = _join_dangling([ln.text.strip() for ln in lines])
    marked = [k for k, unit in enumerate(units) if ROW_MARKER.match(lines[unit[0]].text.strip())]
    if len(marked) >= 2:
        bounds = [*marked, len(units)]
        return [[units[k] for k in range(a, min(b, a + width))] for a, b in pairwise(bounds)]
    if "owner" not in roles:
        return [units[a:a + width] for a in range(0, len(units) - width + 1, width)]
    if roles[-1] != "owner":
        return _rows_around_owner(units, lines, width, roles.index("owner"))
    rows, begin, texts = [], 0, [ln.text.strip() for ln in lines]
    for k, unit in enumerate(units):
        text = " ".join(lines[i].text for i in unit)
        if k - begin + 1 >= max(2, width - 2) and _names_someone(text):
            rows.append(_fold(units[begin:k + 1], width, roles, texts))
            begin = k + 1
    return rows


def _rows_around_owner(units: list[list[int]], lines: list[Line], width: int, owner: int) -> list[list[list[int]]]:
    """The owner column not last: the cells before it are a line each, so a row opens `owner` lines above the
    line naming its owner, and the columns after it take the lines up to the next row (the last all that is left)."""
    after = width - 1 - owner
    anchors: list[int] = []
    begin = 0
    for k, unit in enumerate(units):
        if k - begin >= owner and _names_someone(" ".join(lines[i].text for i in unit)):
            anchors.append(k)
            begin = k + 1 + after
    rows = []
    for n, k in enumerate(anchors):
        tail = units[k + 1:anchors[n + 1] - owner if n + 1 < len(anchors) else len(units)]
        rows.append([*units[k - owner:k + 1], *tail[:after - 1], [i for unit in tail[after - 1:] for i in unit]])
    return rows


def _names_someone(text: str) -> bool:
    """A person ("Steve Goulette"), a person with a post ("A. Smith, Head of Policy") or a post ("Head of Housing")."""
    return bool(NAME.match(text.strip()) or POST_LINE.match(text.strip())) or (bool(POST.search(text)) and "," in text)


def runs_on(text: str) -> bool:
    """A short line ending in a dangling word (`Meeting held by`) is continued by the next line."""
    return len(text) <= DANGLING_MAX and bool(DANGLING.search(text))


def _join_dangling(texts: list[str]) -> list[list[int]]:
    units: list[list[int]] = []
    for i in range(len(texts)):
        if units and runs_on(texts[units[-1][-1]]):
            units[-1].append(i)
        else:
            units.append([i])
    return units


def _fold(units: list[list[int]], width: int, roles: list[str | None], texts: list[str]) -> list[list[int]]:
    """The row's cells: the placement of its middle units whose cells best fit their headings; on a tie the
    second column takes the rest (or stays empty when the row is short), as when nothing says otherwise."""
    return max(_placements(units, width), key=lambda placement: _fit(placement, roles, texts))


def _placements(units: list[list[int]], width: int) -> Iterator[list[list[int]]]:
    """First and last units in place; the middle ones in order, in contiguous groups, one group per middle
    column (some columns empty when there are too few), the usual reading first."""
    first, middle, last, slots = units[0], units[1:-1], units[-1], width - 2
    if len(middle) < slots:
        for empty in combinations(range(slots), slots - len(middle)):
            groups = iter(middle)
            yield [first, *([] if c in empty else next(groups) for c in range(slots)), last]
        return
    usual = tuple(range(len(middle) - slots + 1, len(middle)))
    for cut in chain([usual], islice(combinations(range(1, len(middle)), slots - 1), MAX_PLACEMENTS)):
        bounds = (0, *cut, len(middle))
        yield [first, *([i for unit in middle[a:b] for i in unit] for a, b in pairwise(bounds)), last]


def _fit(placement: list[list[int]], roles: list[str | None], texts: list[str]) -> int:
    """A line under a timeline heading should read as a time, and a line under any other middle heading not."""
    score = 0
    for column, group in enumerate(placement[1:-1], start=1):
        timeline = roles[column] == "timeline"
        for i in group:
            reads_as_time = len(texts[i]) <= TIME_MAX and bool(TIME_LIKE.search(texts[i]))
            score += (1 if reads_as_time else -1) if timeline else -int(reads_as_time)
    return score
