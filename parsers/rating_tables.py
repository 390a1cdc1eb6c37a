"""A table of a document's ratings of itself printed one cell a line: under two headings, the second one the
profile's heading rules read as a status (`Aspect of improvement | Achievement status |`, Belfast's
self-assessment), each thing rated on a line and its status on the next (`Fairness |` / `Achieved |`), read from the
lines no reader placed.

Why: each aspect with its rating is what an auditor reads such a page for beside its milestones, and a data team
wants it as a row it can filter, count and follow from one revision to the next (diff's `status_changed`), as it
does the objective's own rating (parsers/part_ratings.py). An aspect is not one of the plan's actions (it would be
counted with them, and against the totals printed over them), but it is a thing the document assesses, as the part
it is an aspect of is: an `elements` row (output/schema.py) beside that part's, its status as printed and
the profile's key for it (`status_raw`, `status`; `score` null: a status in words, not a colour), the thing rated as
printed its `printed_id` and `characteristic`, no theme of the profile's (`theme_no` null), and the part it is an
aspect of, the nearest section heading above the table (boilerplate `section_heading`, as read by then:
`Objective 4: Our environment`), its `section`. Every page of Belfast's report rates the same seven aspects, and a
report printing several parts in one document rates each aspect once a part, so the aspect alone names no row: its
`element_id` is the part's heading and the aspect, both as printed, joined by ' > ' as `actions.section_path` joins
headings (`Objective 4: Our environment > Fairness`; the aspect alone where no heading stands above), `id_method`
`rating_table`. A rating whose id another row has (the thing rated twice under one heading, or an element the
reader read) is no row: one warning `rating_not_tabled` names it, its status and the profile's key, spanning its two
lines. The headings are boilerplate column_header (the first heading printed alone right above them too: the page's
caption of the table), its ruling boilerplate rule.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from council_actions.ingest.model import Placement, Span
from council_actions.parsers.part_ratings import HEADINGS, part_above
from council_actions.parsers.records import Boilerplate, Element
from council_actions.parsers.status_totals import next_to

from council_actions.issues import Issue, line_of, warning
from council_actions.roles import RoleMap

RULING = re.compile(r"[\s|:]*-[\s|:-]*")  # a Markdown table's ruling under its headings (`---|---|`)
# The most last words of a line tried as its status heading (the profiles' are one to three words): each try reads
# the rest of the line against every heading rule, so a long unplaced paragraph, tried at every word, cost its
# length squared (a damaged file's 100 KB line: minutes).
MAX_STATUS_WORDS = 10
Line = tuple[str, Span]


@dataclass(frozen=True)
class Rating:
    """One row of a ratings table: the thing rated and its status as printed, the profile's status key, its two
    lines, and the heading of the part the table stands in (None where none stands above)."""

    thing: str
    status_raw: str
    status: str
    span: Span
    part: str | None = None
    thing_at: Placement | None = None  # where the thing and the status are printed (output/element_spans)
    status_at: Placement | None = None

    @property
    def element_id(self) -> str:
        """The part's heading and the thing rated, as printed, joined as actions.section_path joins headings."""
        return f"{self.part} > {self.thing}" if self.part else self.thing


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


def placed_as_ratings(issues: tuple[Issue, ...], boilerplate: tuple[Boilerplate, ...], text: str, roles: RoleMap,
                      taken_ids: frozenset[str]) -> tuple[tuple[Issue, ...], tuple[Boilerplate, ...],
                                                          tuple[Element, ...]]:
    """The issues, boilerplate and elements once the ratings tables among the unplaced lines are read: each rating
    an element in the place of its two lines' `unplaced_text` (a warning where its id is another row's: `taken_ids`
    the reader's elements), the headings and ruling boilerplate."""
    unplaced = {issue.span: k for k, issue in enumerate(issues)
                if issue.code == "unplaced_text" and issue.span.line_start == issue.span.line_end}
    lines = sorted(((issues[k].raw_text, span) for span, k in unplaced.items()), key=lambda line: line[1].char_start)
    headings = sorted((b for b in boilerplate if b.kind in HEADINGS), key=lambda b: b.span.char_start)
    furniture, ratings = _read_tables(lines, text, roles, headings)
    if not furniture:
        return issues, boilerplate, ()
    in_place, elements = _rated(ratings, unplaced, text, taken_ids)
    found = {**{unplaced[b.span]: None for b in furniture}, **in_place}  # each issue's replacement, None for none
    kept = tuple(issue for issue in (found.get(k, issue) for k, issue in enumerate(issues)) if issue is not None)
    return kept, tuple(sorted((*boilerplate, *furniture), key=lambda b: b.span.char_start)), elements


def _read_tables(lines: Sequence[Line], text: str, roles: RoleMap,
                 headings: list[Boilerplate]) -> tuple[list[Boilerplate], list[Rating]]:
    """Every ratings table among the lines, top to bottom: their headings and rulings, and their ratings, each
    with the heading of the part its table stands in."""
    furniture: list[Boilerplate] = []
    ratings: list[Rating] = []
    i = 0
    while i < len(lines):
        read = _table(lines, i, text, roles)
        if read is None:
            i += 1
            continue
        table_furniture, table, i = read
        furniture.extend(table_furniture)
        part = part_above(headings, table_furniture[0].span)
        ratings.extend(replace(rating, part=part) for rating in table)
    return furniture, ratings


def _rated(ratings: list[Rating], unplaced: dict[Span, int], text: str,
           taken_ids: frozenset[str]) -> tuple[dict[int, Issue | None], tuple[Element, ...]]:
    """The ratings as elements, and what takes the place of their lines' `unplaced_text` issues (by the issue's
    index): nothing, or for a rating whose id is another row's, so no element, a warning in its first line's."""
    ids = Counter(rating.element_id for rating in ratings)
    found: dict[int, Issue | None] = {}
    elements = []
    for rating in ratings:
        held = sorted(k for span, k in unplaced.items() if rating.span.char_start <= span.char_start
                      and span.char_end <= rating.span.char_end)
        found.update({k: None for k in held})
        if rating.element_id in taken_ids or ids[rating.element_id] > 1:
            again = [other.span for other in ratings if other.element_id == rating.element_id
                     and other is not rating]
            found[held[0]] = _issue(rating, text, again)
        else:
            elements.append(_element(rating))
    return found, tuple(elements)


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
    if key is None:
        return None
    return Rating(named[0], said[0], key, thing[1].merge(status[1]), thing_at=Placement.found(named[0], *thing),
                  status_at=Placement.found(said[0], *status))


def _element(rating: Rating) -> Element:
    return Element(element_id=rating.element_id, printed_id=rating.thing, theme_no=None, score=None,
                   characteristic=rating.thing, status_note=None, no_gaps=False, alias_of=None,
                   id_method="rating_table", notes=None, span=rating.span, status=rating.status,
                   status_raw=rating.status_raw, section=rating.part, printed_id_at=rating.thing_at,
                   characteristic_at=rating.thing_at, status_raw_at=rating.status_at)


def _issue(rating: Rating, text: str, again: list[Span]) -> Issue:
    """The warning for a rating no row holds, naming whose its id is already: the same thing rated again under the
    same heading (`again`, where), else an element the plan's reader read. An auditor checks those lines
    (or that element) against this one's."""
    span = rating.span
    if again:
        where = ", ".join(line_of(other) for other in again)
        whose = f"'{rating.thing}' is rated again under the same heading ({where}), so two ratings would share"
    else:
        whose = "an element read from the plan's rows already has"
    return warning("rating_not_tabled", "parse", f"'{rating.thing}' rated '{rating.status_raw}' ({rating.status}) "
                   f"is in no elements row: {whose} its id '{rating.element_id}', and an element_id names one row",
                   text[span.char_start:span.char_end], span, field="status")


def _cells(line: str) -> list[str]:
    """The line's cells: parted by `|`, blank ones dropped."""
    return [cell.strip() for cell in line.split("|") if cell.strip()]
