"""A lead-in line that says when the items under it will be done: `To deliver ..., in 2024-2025 we will:`.

Some plans print the period of their actions once, in the sentence that leads into the list (Belfast's Annual
Delivery Plan), never beside an action. Such a line is a lead-in where it closes on a commitment's words
(LEAD_IN_FORMS) and names a period the timeline rules date with no reference date: the period and the time word
before it (`in 2024-2025`, `During 2025/26`, `By March 2026`) are the timeline of each item under it, which the
reader gives the item in a column of its own (role `lead_in`), so the parser uses it only where the row prints no
time of its own and says it was carried (the assumption `carried_from_lead_in`). A lead-in naming no period
(`To achieve this, we will:`, `We will:`) times nothing, and a line naming a period without the commitment's words
(`An information management officer was appointed in September. A number of actions have been completed:`) is
no lead-in.

Its items: those straight under it, up to the next heading or lead-in; or, where the line under it is no item (a
heading opens the list: Belfast's `Planning and building control`), every item under the headings below it, up to
the next lead-in or the first line that is neither heading, item nor sentence under an item (the list's end).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest.layout import sub_cell
from council_actions.ingest.model import Cell, Line
from council_actions.normalise.period_search import find_periods
from council_actions.normalise.period_words import DEADLINE_OR_SPAN
from council_actions.normalise.timelines import DASHES, PRINTED_ONLY, is_timeline


@dataclass(frozen=True)
class LeadInForm:
    """How a lead-in closes, and a real line it reads."""

    name: str
    pattern: re.Pattern[str]
    example: str


# `will` closing a line is English grammar, the future any plan commits its work in, not a council's wording, so it
# is kept here; the period is the timeline rules' to find.
LEAD_IN_FORMS = (
    LeadInForm("commitment", re.compile(r"\bwill:\s*$", re.IGNORECASE),
               "To deliver effective and efficient services, in 2024-2025 we will:"),
)
# The time word printed before the period, which says how it times the items (`in` a period, `by` a deadline).
TIME_WORD = re.compile(rf"\b{DEADLINE_OR_SPAN}\s+$", re.IGNORECASE)
# A heading over items, as the list's reader reads one: asked with the line's index.
IsHeading = Callable[[int], bool]


def leads_in(text: str) -> bool:
    """Whether the line closes on a commitment's words (LEAD_IN_FORMS), leading into the list under it, a period
    named or not: the sentences above it, up to a heading, introduce that list (parsers/section_lines.py)."""
    return any(form.pattern.search(text) for form in LEAD_IN_FORMS)


def lead_in_time(text: str) -> tuple[int, int] | None:
    """Where the period a lead-in names is printed in it, its time word included (`in 2024-2025`); None where the
    line is no lead-in (LEAD_IN_FORMS), or names no period the rules date with no reference date."""
    if not leads_in(text):
        return None
    plain = text.translate(DASHES)
    if len(plain.lower()) != len(plain):
        return None  # positions must hold between the read text and the printed one
    dated = next((found for found in find_periods(plain.lower(), PRINTED_ONLY) if found.period.start is not None),
                 None)
    if dated is None:
        return None
    word = TIME_WORD.search(text[:dated.start])
    start = word.start() if word else dated.start
    return (start, dated.end) if is_timeline(text[start:dated.end]) else None


def carried_times(lines: list[Line], is_item: Callable[[int], bool], is_heading: IsHeading,
                  column: int) -> dict[int, Cell]:
    """Each item a lead-in times, by line index: a cell of the lead-in's period, in `column`, spanning its words
    in the lead-in line, so an auditor is shown where the time came from."""
    leads = {i: found for i, line in enumerate(lines) if (found := lead_in_time(line.text)) is not None}
    carried: dict[int, Cell] = {}
    for i, (start, end) in leads.items():
        cell = sub_cell(lines[i], start, end, column)
        over_headings = i + 1 < len(lines) and not is_item(i + 1)
        for j in range(i + 1, len(lines)):
            if j in leads or (not is_item(j) and not _in_list(lines, j, is_item, is_heading, over_headings)):
                break
            if is_item(j) and cell is not None:
                carried[j] = cell
    return carried


def _in_list(lines: list[Line], j: int, is_item: Callable[[int], bool], is_heading: IsHeading,
             over_headings: bool) -> bool:
    """Whether a line that is no item stays within the lead-in's list: a sentence under an item does; a heading
    does where the lead-in opens onto headings (else it ends the items straight under the lead-in)."""
    if is_heading(j):
        return over_headings
    k = j - 1
    while k >= 0 and not is_item(k) and lines[k].text.strip().endswith("."):
        k -= 1
    return lines[j].text.strip().endswith(".") and k >= 0 and is_item(k)
