"""What a headed list's item line holds besides its action, and which items are no action (ingest/headed_list.py
reads the list, its headings and rows).

An item may open with its own timeline (`By 26 January 2024 - Baseline ...`, `Immediately - Monitor ...`): a phrase
that opens as a time (LEADING_TIMELINE) and reads as one, cut from the action at the dash; or end with it in brackets
(`... submitted to national government (28 November 2025)`, TRAILING_TIMELINE), cut with its brackets. Whether an
opening or a bracket reads as a time is the timeline rules' decision (council_actions/dating/is_a_time.is_timeline),
the rules that date it. An item may open instead with its own status (`Achieved - Developed ...`, `Partially
achieved - The Climate Investment Plan has been postponed ...`: Belfast's milestones), cut at the dash where the
profile's status rules read the opening (LEADING_STATUS).
In any list an item that is only a status and its count (`·   Achieved:   28 (56%)` under `At the end of the year:`,
Epping Forest's minutes of its plan's outturn) counts the plan's actions, and is a remark: a list of such counts is
no plan, and under a plan they are its totals (parsers/status_totals.py reads the lines no row holds).
Kept apart from the list's reader because these are one line's questions, asked of each item alone, where the
reader's are of the lines around it.
"""

from __future__ import annotations

import re

from council_actions.ingest.bullets import HEADED_ITEM, ORDERED_ITEM
from council_actions.ingest.layout import StatusOf, sub_cell
from council_actions.ingest.list_headings import Items
from council_actions.ingest.model import Cell, Line
from council_actions.ingest.status_counts import LEADING_STATUS, STATUS_COUNT

from council_actions.dating.is_a_time import is_timeline
from council_actions.period_words import DEADLINE_OR_SPAN, MONTH_WORD, SEASONS

# An item's own timeline before a dash: it opens as a time does (a word the timeline rules time a period with, or
# a period's own first word), and is short; whether it reads as one is `is_timeline`'s to say.
OPENS_AS_TIME = "|".join((DEADLINE_OR_SPAN, "no later than", "immediately", "ongoing", "q[1-4]",
                          MONTH_WORD, *SEASONS, r"\d"))
LEADING_TIMELINE = re.compile(rf"(?P<when>(?i:{OPENS_AS_TIME})\b[^–-]{{0,50}}?)\s+[-–]\s+(?=\S)")
# An item's own timeline in brackets at its end: `(July 2026)`, `(1 April 2028)`; kept only if it reads as a time
# and spaces part it from the action (`trailing_timeline`: found from the brackets, not from each space before them).
TRAILING_TIMELINE = re.compile(r"\((?P<when>[^()]{1,40})\)\s*$")
# Two statuses counted together in a status count's word (`Achieved or On-Target: 26 (53%)`): each must be a status.
# `or` is English grammar joining the two, the same for any council, not a council's wording (the statuses are the
# profile's status rules), so it is kept here.
# Tried only where a white-space run begins: from each place of a long run, each try read the rest of it.
TWO_STATUSES = re.compile(r"(?<!\s)\s++or\s+", re.IGNORECASE)


def item_cells(line: Line, match: re.Match[str], status: re.Match[str] | None, carried: Cell | None,
               status_column: int) -> list[Cell | None]:
    """An item's cells: its reference, its action, its own timeline (an opening before a dash, LEADING_TIMELINE, or
    brackets at its end, TRAILING_TIMELINE, where either reads as a time), the status it opens with (`status`:
    LEADING_STATUS, in `status_column`) and, where it prints no timeline, the period a lead-in above it names
    (`carried`)."""
    ref = sub_cell(line, match.start("ref"), match.end("ref"), 1) if match.groupdict().get("ref") else None
    when = LEADING_TIMELINE.match(line.text, match.start("text"))
    if when is not None and not is_timeline(when["when"]):
        when = None
    start = when.end() if when else status.end() if status else match.start("text")
    end = len(line.text)
    if when is None and (after := trailing_timeline(line.text, start)) and is_timeline(after[0]["when"]):
        when, end = after
    timeline = sub_cell(line, when.start("when"), when.end("when"), 3) if when else None
    printed = sub_cell(line, status.start("status"), status.end("status"), status_column) if status else None
    return [ref, sub_cell(line, start, end, 2), timeline, printed, None if timeline else carried]


def trailing_timeline(text: str, start: int) -> tuple[re.Match[str], int] | None:
    """The brackets ending `text` after `start` (TRAILING_TIMELINE) and where the spaces before them begin, the
    action's end; None if no space parts them from the action. A pattern taking the spaces first was tried from
    each of them, reading the rest of the run each time: a line's cost the square of its longest run of spaces
    (100,000 tabs in a fuzzed item, benchmarks/fuzz.py case 1-1636, took minutes)."""
    found = TRAILING_TIMELINE.search(text, start)
    if found is None:
        return None
    end = start + len(text[start:found.start()].rstrip())
    return (found, end) if end < found.start() else None


def list_item(text: str) -> re.Match[str] | None:
    """The line as a list item: a mark, a dotted number or both (HEADED_ITEM), or an ordered list's number
    (ORDERED_ITEM: `  1. Deliver ...`)."""
    return HEADED_ITEM.pattern.match(text) or ORDERED_ITEM.pattern.match(text)


def opening_statuses(lines: list[Line], items: Items,
                     status_of: StatusOf | None) -> dict[int, re.Match[str]]:
    """The items that open with their own status before a dash (LEADING_STATUS), by line: a phrase the status
    rules read and no time, whose opening the timeline cut would take first."""
    if status_of is None:
        return {}
    found: dict[int, re.Match[str]] = {}
    for i, match in items.items():
        status = LEADING_STATUS.match(lines[i].text, match.start("text")) if match is not None else None
        if status is not None and status_of(status["status"]) and not is_timeline(status["status"]):
            found[i] = status
    return found


def count_items(lines: list[Line], items: Items, status_of: StatusOf | None) -> frozenset[int]:
    """The items that are only a status and its count, a share beside it or not (status_counts.STATUS_COUNT, as
    parsers/status_totals.py reads totals label first: `Achieved:   28 (56%)`), by line: counts of the plan's
    actions, no action; no row holds them, so the plan's reader reads them as its totals."""
    if status_of is None:
        return frozenset()
    found = set()
    for i, match in items.items():
        count = STATUS_COUNT.fullmatch(lines[i].text.rstrip(), match.start("text")) if match is not None else None
        if count is not None and all(status_of(part) for part in TWO_STATUSES.split(count["word"])):
            found.add(i)
    return frozenset(found)


def unnumbered_remarks(items: Items) -> frozenset[int]:
    """In a list whose items mostly carry a reference (`- 2.1 Review of channels`), an item without one ("At this
    point, all initiatives have begun") is a remark about the list, not an action: no row holds it, so it is
    reported as unplaced text."""
    refs = {i: m.groupdict().get("ref") for i, m in items.items() if m is not None}  # a letter is no reference
    numbered = sum(1 for ref in refs.values() if ref)
    return frozenset(i for i, ref in refs.items() if not ref) if 2 * numbered > len(refs) else frozenset()
