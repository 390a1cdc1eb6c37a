"""A table of a document's ratings of itself printed one cell a line: under two headings, the second one the
profile's heading rules read as a status (`Aspect of improvement | Achievement status |`, Belfast's
self-assessment), each thing rated on a line and its status on the next (`Fairness |` / `Achieved |`), read from the
lines no reader placed.

Why: each aspect with its rating is what an auditor reads such a page for beside its milestones, and as unplaced
text it was two lines apart, the status unread. No table of the contract (../shared/spec/tables.md) has a row for a
document's rating of its own aspects: `actions` are the plan's actions (an aspect among them would be counted with
them, and against the totals printed over them), `elements` are the statutory guidance's characteristics, scored by
colour under a canonical id, and the parts a document rates itself, each under its own heading
(parsers/part_ratings.py: the objective the aspects are of); an aspect has no heading of its own, and an id made up
of the objective's and the aspect's would be invented, so each rating is one warning
`rating_not_tabled` naming the thing rated, its status as printed and the profile's key for it, spanning its two
lines; the headings are boilerplate column_header (the first heading printed alone right above them too: the page's
caption of the table), its ruling boilerplate rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from council_actions.ingest.model import Span
from council_actions.parsers.records import Boilerplate
from council_actions.parsers.status_totals import next_to

from council_actions.issues import Issue, warning
from council_actions.roles import RoleMap

RULING = re.compile(r"[\s|:]*-[\s|:-]*")  # a Markdown table's ruling under its headings (`---|---|`)
# The most last words of a line tried as its status heading (the profiles' are one to three words): each try reads
# the rest of the line against every heading rule, so a long unplaced paragraph, tried at every word, cost its
# length squared (a damaged file's 100 KB line: minutes).
MAX_STATUS_WORDS = 10
Line = tuple[str, Span]


@dataclass(frozen=True)
class Rating:
    """One row of a ratings table: the thing rated and its status as printed, the profile's status key, and its two
    lines."""

    thing: str
    status_raw: str
    status: str
    span: Span


def _headings(line: str, roles: RoleMap) -> tuple[str, str] | None:
    """The two headings of a ratings table, the first no rule knows, the second a status: parted by `|`, or with
    nothing between them (a web table saved a cell a paragraph: `Aspect of improvement Achievement status`), the
    longest run of last words (at most MAX_STATUS_WORDS) a status heading; None for any other line."""
    cells = _cells(line)
    if len(cells) == 1:
        words = cells[0].split()
        tried = range(max(1, len(words) - MAX_STATUS_WORDS), len(words))
        n = next((n for n in tried if roles.role_of(" ".join(words[n:])) == "status"), 0)
        cells = [" ".join(words[:n]), " ".join(words[n:])] if n else cells
    if len(cells) == 2 and roles.role_of(cells[0]) is None and roles.role_of(cells[1]) == "status":
        return cells[0], cells[1]
    return None


def placed_as_ratings(issues: tuple[Issue, ...], boilerplate: tuple[Boilerplate, ...], text: str,
                      roles: RoleMap) -> tuple[tuple[Issue, ...], tuple[Boilerplate, ...]]:
    """The issues and boilerplate once the ratings tables among the unplaced lines are read: each rating a warning
    in the place of its two lines' `unplaced_text`, the headings and ruling boilerplate."""
    unplaced = {issue.span: k for k, issue in enumerate(issues)
                if issue.code == "unplaced_text" and issue.span.line_start == issue.span.line_end}
    lines = sorted(((issues[k].raw_text, span) for span, k in unplaced.items()), key=lambda line: line[1].char_start)
    found: dict[int, Issue | None] = {}
    placed = list(boilerplate)
    i = 0
    while i < len(lines):
        read = _table(lines, i, text, roles)
        if read is None:
            i += 1
            continue
        furniture, ratings, i = read
        placed.extend(furniture)
        found.update({unplaced[b.span]: None for b in furniture})
        for rating in ratings:
            held = sorted(k for span, k in unplaced.items() if rating.span.char_start <= span.char_start
                          and span.char_end <= rating.span.char_end)
            found.update({k: None for k in held})
            found[held[0]] = _issue(rating, text)
    if not found:
        return issues, boilerplate
    kept = tuple(issue for issue in (found.get(k, issue) for k, issue in enumerate(issues)) if issue is not None)
    return kept, tuple(sorted(placed, key=lambda b: b.span.char_start))


def _table(lines: Sequence[Line], i: int, text: str,
           roles: RoleMap) -> tuple[list[Boilerplate], list[Rating], int] | None:
    """The table whose headings are line i: its boilerplate (a caption above repeating the first heading, the
    headings, a ruling under them), its ratings, and the line after it; None where line i heads no ratings."""
    heads = _headings(lines[i][0], roles)
    if heads is None:
        return None
    furniture = [Boilerplate("column_header", *lines[i])]
    if i > 0 and next_to(lines[i - 1][1], lines[i][1], text) and _cells(lines[i - 1][0]) == [heads[0]]:
        furniture.insert(0, Boilerplate("column_header", *lines[i - 1]))
    j = i + 1
    if j < len(lines) and next_to(lines[j - 1][1], lines[j][1], text) and RULING.fullmatch(lines[j][0]):
        furniture.append(Boilerplate("rule", *lines[j]))
        j += 1
    ratings: list[Rating] = []
    while (j + 1 < len(lines) and next_to(lines[j - 1][1], lines[j][1], text)
           and next_to(lines[j][1], lines[j + 1][1], text)):
        rating = _rating(lines[j], lines[j + 1], roles)
        if rating is None:
            break
        ratings.append(rating)
        j += 2
    return (furniture, ratings, j) if ratings else None


def _rating(thing: Line, status: Line, roles: RoleMap) -> Rating | None:
    """A thing rated on one line and its status alone on the next; None otherwise."""
    named, said = _cells(thing[0]), _cells(status[0])
    if len(named) != 1 or len(said) != 1 or roles.status_of(named[0]):
        return None
    key = roles.status_of(said[0])
    return Rating(named[0], said[0], key, thing[1].merge(status[1])) if key else None


def _issue(rating: Rating, text: str) -> Issue:
    span = rating.span
    return warning("rating_not_tabled", "parse", f"'{rating.thing}' rated '{rating.status_raw}' ({rating.status}): "
                   "no table of the contract holds a document's rating of its own aspects, so it is reported here",
                   text[span.char_start:span.char_end], span, field="status")


def _cells(line: str) -> list[str]:
    """The line's cells: parted by `|`, blank ones dropped."""
    return [cell.strip() for cell in line.split("|") if cell.strip()]
