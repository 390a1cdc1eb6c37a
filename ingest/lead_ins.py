"""A lead-in line that says when the items under it will be done: `To deliver ..., in 2024-2025 we will:`.

Some plans print the period of their actions once, in the sentence that leads into the list (Belfast's Annual
Delivery Plan), never beside an action. Such a line is a lead-in where it names a period the timeline rules date
with no reference date and either closes on a commitment's words (`..., in 2024-2025 we will:`) or closes on a colon
with the period straight after a word the profile's heading rules read as the action column, which says the
period is the actions' (`Actions for 2013/14 as identified in the last Annual Governance Statement:`, Maidstone's
caption over its table, `Key actions 2024-25:`): LEAD_IN_FORMS. The period and the time word before it (`in
2024-2025`, `During 2025/26`, `By March 2026`) are the timeline of each item under it, which the reader gives the
item in a column of its own (role `lead_in`), so the parser uses it only where the row prints no time of its own
and says it was carried (the assumption `carried_from_lead_in`). A lead-in naming no period (`To achieve this, we
will:`, `We will:`) times nothing, and a line that merely mentions a period is no lead-in: its period is not the
actions' (`An information management officer was appointed in September. A number of actions have been
completed:`, `Our Improvement Objectives for 2024/25 are as follows:`: objectives, no action column's word), or it
leads into nothing (`Updated Actions for 2014-15`, a caption with no colon: parsers/captions.py).

Its items: those straight under it, up to the next heading or lead-in; or, where the line under it is no item (a
heading opens the list: Belfast's `Planning and building control`), every item under the headings below it, up to
the next lead-in or the first line that is neither heading, item nor sentence under an item (the list's end). A
heading there may be named by a role heading under it (`Quality place-making and housing-led regeneration` over
`Actions` over the items, Belfast's `Our place`): both are the list's. No real list yet needs more: every real
lead-in followed by items stands over one heading's items or none (Belfast's pages, searched 5 December 2026).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest.layout import RoleOf, sub_cell
from council_actions.ingest.model import Cell, Line

from council_actions.dating.is_a_time import DASHES, PRINTED_ONLY, is_timeline
from council_actions.dating.period_search import find_periods
from council_actions.period_words import DEADLINE_OR_SPAN


@dataclass(frozen=True)
class LeadInForm:
    """How a lead-in closes, whether its period must follow straight on a word naming the plan's actions (`Actions
    for 2013/14`: the profile's heading rules read the word as the action column), and a real line it reads."""

    name: str
    pattern: re.Pattern[str]
    names_actions: bool
    example: str


# `will` closing a line is English grammar, the future any plan commits its work in, and a colon closing one leads
# into what follows, not a council's wording, so both are kept here; the period is the timeline rules' to find, and
# whether the word before it names the actions the profile's heading rules' (a sentence that merely mentions a year
# and ends in a colon, `... was appointed in September. A number of actions have been completed:`, is no lead-in).
LEAD_IN_FORMS = (
    LeadInForm("commitment", re.compile(r"\bwill:\s*$", re.IGNORECASE), False,
               "To deliver effective and efficient services, in 2024-2025 we will:"),
    LeadInForm("actions_for_period", re.compile(r":\s*$"), True,
               "Actions for 2013/14 as identified in the last Annual Governance Statement:"),
)
# The time word printed before the period, which says how it times the items (`in` a period, `by` a deadline).
TIME_WORD = re.compile(rf"\b{DEADLINE_OR_SPAN}\s+$", re.IGNORECASE)
# The word straight before a period and its time word, `for` between them perhaps (English grammar: `Actions for`).
# The word is the run of word characters, apostrophes and hyphens from its first letter (`2nd` gives `nd`), tried
# from the run's start only: tried from each letter of a long run, each try read the rest of it.
WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[\d_'\u2019-]*+(?P<word>[^\W\d_][\w'\u2019-]*+)\s++(?:for\s+)?$",
                         re.IGNORECASE)
# A heading over items, as the list's reader reads one: asked with the line's index.
IsHeading = Callable[[int], bool]


def closes_on_commitment(text: str) -> bool:
    """Whether the line closes on a commitment's words (the forms naming no actions: `..., we will:`), leading into
    the list under it, a period named or not: the sentences above it, up to a heading, introduce that list
    (parsers/sections.py). A caption naming the actions (`Actions for 2013/14 ...:`) introduces no prose."""
    return any(form.pattern.search(text) for form in LEAD_IN_FORMS if not form.names_actions)


def lead_in_time(text: str, role_of: RoleOf | None = None) -> tuple[int, int] | None:
    """Where the period a lead-in names is printed in it, its time word included (`in 2024-2025`); None where the
    line is no lead-in (LEAD_IN_FORMS: with no `role_of`, the commitment's alone), or names no period the rules date
    with no reference date."""
    forms = [form for form in LEAD_IN_FORMS if form.pattern.search(text) and (role_of or not form.names_actions)]
    if not forms:
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
    if not all(form.names_actions for form in forms):
        return (start, dated.end) if is_timeline(text[start:dated.end]) else None
    before = WORD_BEFORE.search(text[:start])
    named = before is not None and role_of is not None and role_of(before["word"]) == "action"
    return (start, dated.end) if named and is_timeline(text[start:dated.end]) else None


def leads_onto(lines: list[Line], first: int, is_heading: Callable[[str], bool], role_of: RoleOf) -> bool:
    """Whether a lead-in naming a period stands over line `first` (a list's first item) with only headings between
    (Belfast's `To enhance our place in 2024-25 we will:` over `Quality place-making and housing-led regeneration`
    and `Actions`): the list is the plan's work for that period however much prose is printed above the lead-in."""
    k = first - 1
    while k >= 0 and is_heading(lines[k].text) and lead_in_time(lines[k].text, role_of) is None:
        k -= 1
    return k >= 0 and lead_in_time(lines[k].text, role_of) is not None


def carried_times(lines: list[Line], is_item: Callable[[int], bool], is_heading: IsHeading,
                  column: int, role_of: RoleOf) -> dict[int, Cell]:
    """Each item a lead-in times, by line index: a cell of the lead-in's period, in `column`, spanning its words
    in the lead-in line, so an auditor is shown where the time came from."""
    leads = {i: found for i, line in enumerate(lines) if (found := lead_in_time(line.text, role_of)) is not None}
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
