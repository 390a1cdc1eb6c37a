"""Lists of actions under headings: `1  Service Strategies` / `1.1  Agree ...`, or bullets under `Up to six months`.

A heading is a short line without a closing full stop that has at least two
items under it, or one where it reads as a time (`3 months in:`) or stands as
a paragraph of its own, a blank line above and below it (Kingston's `Scheme
of delegation`: a stray line among items, a cell's wrapped line or a
converter's leftover, runs on from the line above), and is no sentence
leading into a list ("The Committee ... requested the following
changes:", a meeting's record of what it asked for, not a plan): which lines
are headings, and where one was lost, is ingest/list_headings.py's; an item is
a numbered (`2.3`) or bulleted (`•`, `-`, `·`) line, or both (`- 2.1 Review
...`), its bullet perhaps alone on the line above, or an ordered list's
indented `  1. Deliver ...` (Belfast's Annual Delivery Plan, its numbers
starting again under each heading). The heading is carried to each item as its section; whether a section
is a group of actions or their timeline ("Up to 12 months") is for the parser.
An item may open with its own timeline or status, or end with its timeline in brackets: what an item's line holds
besides its action is ingest/list_items.py's, as is which items are remarks or a status's count and no action.
Whether a heading reads as a time is the timeline rules' decision (council_actions/dating/is_a_time.is_timeline).
A bare list reads as a plan under a title that says so, or where every heading with items under it reads as a time
(`2025`, `2026`, `2028 onwards`): headings that carry the timeline make the list a schedule. Its first item must
come within a few lines of the top, unless a lead-in naming a period leads onto it (ingest/lead_ins.leads_onto). It
reads as one too, wherever it starts, where MIN_ITEMS items or more open with their own status: a report of how far
each of a plan's actions got. There an item opening with no status (`- 13 (76 per cent) milestones were achieved.`,
the totals above the milestones) is a remark, no action.
Sentences printed under an item, before the next item or heading ("This
action has been completed."), are its progress; a heading that only names
the list's role ("Action Required") is named by the heading line above it,
and is the heading of the list's action column (a header line); so is a
lead-in closing on a commitment and naming no period (`To achieve this we
will:` under Lisburn & Castlereagh's `Objective 1` and its statement), which
leads into the items as `Actions` does and names no group of its own. Prose
between the two that is no item (Southend's `Section A`, the ICO's
recommendation, its own status, then `Action Required`) is what the items
below answer, in the naming heading's row: its first paragraph the finding
(opportunity column), each paragraph under it a note on it (notes column),
as sentences under an item are the item's; the parser gives both to every
item under the heading (parsers/findings.py).
An item parted from the item above by more blank lines than the list leaves under its headings and between its items
stands where a heading was lost in the copy: it opens a row under no heading (`row_unheaded`), reported, never filed
under the heading above. A lead-in line naming the period its items will be done in (`..., in 2024-2025 we will:`,
`Actions for 2013/14 ...:`) is no heading: its period is the timeline of the items under it where they print none
(ingest/lead_ins.py), in a column of its own, over the headings below it too (a role heading's naming heading among
them); printed between a heading and its items it leads on to them, and with no heading above it its items are read
under none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from council_actions.ingest.bullets import BARE_MARK, ITEM_PART
from council_actions.ingest.idle_items import idle_items
from council_actions.ingest.layout import Layout, RoleOf, StatusOf, as_layout, whole, with_cells
from council_actions.ingest.lead_ins import carried_times, closes_on_commitment, leads_onto
from council_actions.ingest.lettered_items import in_letter_order, item_parts
from council_actions.ingest.list_headings import (
    MIN_ITEMS,
    Items,
    gap,
    heading_lost,
    headings,
    is_heading,
    is_sentence,
    lost_headings,
    named_by,
    timed,
    under_aims,
    under_item,
)
from council_actions.ingest.list_items import count_items, item_cells, list_item, opening_statuses, unnumbered_remarks
from council_actions.ingest.model import SECTION_COLUMN, Cell, Column, Line
from council_actions.ingest.plan_title import plan_title

from council_actions.dating.is_a_time import is_timeline
from council_actions.document_words import DocumentWords
from council_actions.issues import Issue

MAX_TITLE_LINES = 6
COLUMNS = (SECTION_COLUMN, Column("(ref)", "element"), Column("(item)", "action"),
           Column("(when)", "timeline"), Column("(text)", "progress"), Column("(finding)", "opportunity"),
           Column("(finding notes)", "notes"))
FINDING, FINDING_NOTES = 5, 6  # the columns of the prose a role heading's naming heading prints above it
# The column of a status an item opens with, there only where items do (other lists' columns stay as they were).
STATUS = Column("(status)", "status")
LEAD_IN_COLUMN = Column("(lead-in)", "lead_in")  # the period a lead-in above the item names (ingest/lead_ins.py)


@dataclass(frozen=True)
class ListShape:
    """What each line of a list is, told before any line is relaid (`read_headed_list`): its items (by line), those
    opening with their own status, the items that are remarks and no action, those under a lost heading, whether
    each line is a heading, each role heading's naming heading, the labels between them (`Aim`) and the period a
    lead-in gives each item it times."""

    items: Items
    statuses: dict[int, re.Match[str]]
    led: bool  # enough items open with their own status for the list to read as a plan by them (MIN_ITEMS)
    remarks: frozenset[int]
    lost: frozenset[int]
    heads: list[bool]
    names: dict[int, int]
    labels: frozenset[int]  # a heading the profile reads as a role's with no item under it: it labels prose
    carried: dict[int, Cell]
    parts: frozenset[int] = frozenset()  # lines that are parts of the item above (`ii. physical activity programmes`)


def read_headed_list(lines: list[Line], role_of: RoleOf, status_of: StatusOf | None = None,
                     document_words: DocumentWords | None = None) -> Layout | None:
    """The items as rows with their heading as section; None unless a plan title (`plan_title`) or headings that are
    all times say the list is a plan, its first item within the first few lines or led onto by a lead-in naming a
    period (`leads_onto`), or its items open with their own status (`status_of`, the profile's status rules), since
    numbered and bulleted lines alone are in minutes and reports."""
    shape = _list_shape(lines, role_of, status_of, document_words)
    if shape is None:
        return None
    relaid, issues, found = _relaid(lines, shape)
    columns = (*COLUMNS, *([STATUS] if shape.led else []), *([LEAD_IN_COLUMN] if shape.carried else []))
    return Layout("headed_list", columns, tuple(relaid), tuple(issues)) if found >= MIN_ITEMS else None


def _list_shape(lines: list[Line], role_of: RoleOf, status_of: StatusOf | None,
                document_words: DocumentWords | None) -> ListShape | None:
    """Each line's part in the list (ListShape); None where nothing says the list is a plan (`read_headed_list`)."""
    items = in_letter_order(lines, {i: list_item(line.text) for i, line in enumerate(lines)})
    parts = item_parts(lines, items)  # counted as items that are no action, so no heading stands over them
    items |= {i: ITEM_PART.pattern.match(lines[i].text) for i in parts}
    first = next((i for i, m in items.items() if m is not None), len(lines))
    statuses = opening_statuses(lines, items, status_of)
    led = len(statuses) >= MIN_ITEMS
    unled = frozenset(i for i, m in items.items() if m is not None) - set(statuses) if led else frozenset()
    remarks = unnumbered_remarks(items) | count_items(lines, items, status_of) | unled | parts | idle_items(items)
    lost = lost_headings(lines, items)
    if not led and first > MAX_TITLE_LINES + MIN_ITEMS and not leads_onto(lines, first, is_heading, role_of):
        return None
    heads = headings(lines, items, remarks, lost, role_of)
    remarks |= under_aims(lines, items, heads, role_of)
    if not led and not (any(plan_title(document_words).search(ln.text) for ln in lines[:first])
                        or timed(lines, heads)):
        return None
    labels = frozenset(j for j, line in enumerate(lines) if items[j] is None and not heads[j]
                       and is_heading(line.text) and role_of(line.text.strip()))
    names = {i: named_by(lines, items, i, labels) for i, line in enumerate(lines)  # a role heading's naming heading
             if heads[i] and (role_of(line.text) or closes_on_commitment(line.text)) and not is_timeline(line.text)}
    within = frozenset(k for i, named in names.items() for k in range(named, i))  # a naming heading and its prose
    carried = carried_times(lines, lambda j: items[j] is not None, lambda j: heads[j] or j in within,
                            len(COLUMNS) + led, role_of)
    return ListShape(items, statuses, led, remarks, lost, heads, names, labels, carried, parts)


def _relaid(lines: list[Line], shape: ListShape) -> tuple[list[Line], list[Issue], int]:
    """The lines as the list's rows: a heading opens a row (`_heading_rows`), a sentence under an item is its
    progress, an item is a row of its heading's (`_item_rows`); with an issue for each item under a lost heading, and
    how many items became rows. Before the first heading only an item a lead-in times is read."""
    relaid = list(lines)
    found = 0
    heading: int | None = None
    unheaded: int | None = None  # the item after a lost heading's place, until the next heading
    issues: list[Issue] = []
    for i, line in enumerate(lines):
        match = shape.items[i]
        if match is None:
            if shape.heads[i]:
                heading, unheaded, named = i, None, shape.names.get(i, i)
                relaid[named:i + 1] = _heading_rows(lines, i, named, shape.labels)
            elif heading is not None and found and is_sentence(line.text) and under_item(lines, shape.items, i):
                relaid[i] = with_cells(line, [whole(line, 4)], "row")
            continue
        if i in shape.parts and found:  # a part of the item above: its words are the item's action's
            relaid[i] = with_cells(line, [whole(line, 2)], "row")
            continue
        if (heading is None and i not in shape.carried) or i in shape.remarks:  # a lead-in opens a list of its own too
            continue
        unheaded = i if i in shape.lost else unheaded
        if unheaded is not None and heading is not None:  # under no heading, an item is filed under none anyway
            issues.append(heading_lost(lines, i, unheaded, heading))
        opened = i > 0 and BARE_MARK.pattern.match(lines[i - 1].text) is not None  # the bullet above opens the row
        relaid[i - 1 if opened else i:i + 1] = _item_rows(lines, i, match, shape, opened)
        found += 1
    return relaid, issues, found


def _heading_rows(lines: list[Line], i: int, named: int, labels: frozenset[int]) -> list[Line]:
    """Lines `named` to `i` relaid for the heading at `i`: its naming heading `named` (itself, but for a role
    heading) opens the row, the prose between them is the row's finding, and the role heading is a header line, as
    a label over that prose is (`labels`: `Aim`)."""
    if named == i:
        return [with_cells(lines[i], [whole(lines[i], 0)], "row_start")]
    prose = [k for k in range(named + 1, i) if k not in labels]
    found = dict(zip(prose, _finding([lines[k] for k in prose]), strict=True))
    return [with_cells(lines[named], [whole(lines[named], 0)], "row_start"),
            *(found.get(k) or as_layout(lines[k], "header") for k in range(named + 1, i)),
            as_layout(lines[i], "header")]


def _item_rows(lines: list[Line], i: int, match: re.Match[str], shape: ListShape, opened: bool) -> list[Line]:
    """The item at `i` relaid as a row (its cells: list_items.item_cells), after the bullet alone above it that opens
    the row where `opened`; an item under a lost heading opens a row under none (`row_unheaded`)."""
    cells = item_cells(lines[i], match, shape.statuses.get(i), shape.carried.get(i), len(COLUMNS))
    if opened:
        return [with_cells(lines[i - 1], [], "row_start"), with_cells(lines[i], cells, "row")]
    return [with_cells(lines[i], cells, "row_unheaded" if i in shape.lost else "row_start")]


def _finding(prose: list[Line]) -> list[Line]:
    """The prose between a heading and the role heading it names, which is no item: the lines of its first
    paragraph the finding the items below answer, those of each paragraph after it (a blank line above) notes on it,
    as sentences under an item are the item's (Southend: the ICO's recommendation, then "This action has been
    completed.", the recommendation's own status, not any item's)."""
    first = next((k for k in range(1, len(prose)) if gap(prose, k)), len(prose))  # where its first paragraph ends
    return [with_cells(line, [whole(line, FINDING if k < first else FINDING_NOTES)], "row")
            for k, line in enumerate(prose)]
