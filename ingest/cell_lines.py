"""One cell per line: the header printed once, a cell per line in header order, rows one after another.

Web pages saved as text and Word tables flattened by converters come out so.
The header is the first run of lines that read as column headings (a heading
may wrap over two lines: `Cabinet` / `Member`). Rows open at a row marker
(`a)`, `1.`, `2.3`) when the rows carry them; a line ending in a dangling word
(`Meeting held by`) runs on into the next. Without markers, a row ends at a
cell that names someone (a name, or a name with a post) when the last column
is the owner's; its first and last cells are single lines, and the second
column takes the rest. A row a cell short leaves empty the first middle column
whose leaving keeps every cell fitting its column: a cell under a timeline
heading reads as a time (short, with a date, month, year or period word).
"""

from __future__ import annotations

import re
from itertools import combinations, pairwise

from council_actions.ingest.layout import ROW_MARKER, Layout, RoleOf, as_layout, is_plan_header, whole, with_cells
from council_actions.ingest.model import Column, Line

DANGLING = re.compile(r"\b(?:by|of|and|to|the|from|in|with|for|on|at|or|a|an)$", re.IGNORECASE)
POST = re.compile(r"\b(?:head|director|manager|officer|chief|executive|leader|councillor|team|board|lead)\b",
                  re.IGNORECASE)
NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")
MIN_COLUMNS = 3
DANGLING_MAX = 40  # a long cell ending "...; and" is a finished list item, not a line that runs on
TIME_LIKE = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bq[1-4]\b"
                       r"|\b(?:ongoing|immediate(?:ly)?|weeks?|months?|years?|quarters?)\b", re.IGNORECASE)
TIME_MAX = 120  # a paragraph is a response, not a timetable, whatever words it has


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
    if roles[-1] != "owner":
        return [units[a:a + width] for a in range(0, len(units) - width + 1, width)]
    rows, begin, texts = [], 0, [ln.text.strip() for ln in lines]
    for k, unit in enumerate(units):
        text = " ".join(lines[i].text for i in unit)
        if k - begin + 1 >= max(2, width - 2) and _names_someone(text):
            rows.append(_fold(units[begin:k + 1], width, roles, texts))
            begin = k + 1
    return rows


def _names_someone(text: str) -> bool:
    """A person ("Steve Goulette") or a person with a post ("A. Smith, Head of Policy")."""
    return bool(NAME.match(text.strip())) or (bool(POST.search(text)) and "," in text)


def _join_dangling(texts: list[str]) -> list[list[int]]:
    units: list[list[int]] = []
    for i in range(len(texts)):
        last = texts[units[-1][-1]] if units else ""
        if units and len(last) <= DANGLING_MAX and DANGLING.search(last):
            units[-1].append(i)
        else:
            units.append([i])
    return units


def _fold(units: list[list[int]], width: int, roles: list[str | None], texts: list[str]) -> list[list[int]]:
    """First cell, then the last width-2 cells one unit each; the second column takes the rest."""
    if len(units) < width:
        return _place_short(units, width, roles, texts)
    tail = units[len(units) - (width - 2):]
    middle = [i for unit in units[1:len(units) - (width - 2)] for i in unit]
    return [units[0], middle, *tail]


def _place_short(units: list[list[int]], width: int, roles: list[str | None], texts: list[str]) -> list[list[int]]:
    """A row with fewer cells than columns: first and last cells in place, the middle ones in order around the
    empty columns, the empty ones chosen first-fitting (leftmost first, as when nothing says otherwise)."""
    middle, slots = units[1:-1], range(1, width - 1)
    placements = []
    for empty in combinations(slots, len(slots) - len(middle)):
        placed = dict(zip((c for c in slots if c not in empty), middle, strict=True))
        placements.append([units[0], *(placed.get(c, []) for c in slots), units[-1]])
    return next((p for p in placements if all(_fits(roles[c], p[c], texts) for c in slots)), placements[0])


def _fits(role: str | None, unit: list[int], texts: list[str]) -> bool:
    text = " ".join(texts[i] for i in unit)
    return role != "timeline" or not text or (len(text) <= TIME_MAX and bool(TIME_LIKE.search(text)))
