"""A plan's schedule printed as plain paragraphs under headings that are each a period: `September 2005`, then that
month's milestones, each a paragraph of its own with no bullet or number (`Staff Focus group commences`), then
`October 2005` ... (the Isle of Wight's Change Plan Timeline as a web page saved without its table).

ingest/headed_list.py takes only bulleted or numbered lines as items, since plain lines under headings are most
prose; here nothing but the shape tells an item, so the shape must be whole before any line is read as one:
- a plan's title (ingest/plan_title.py, the profile's phrases) within the lines above the first heading, as a bare
  list needs one: a record of past events under dates ("The timeline" then `16 December 2024`, Warwick's) names
  none;
- every heading one period and nothing else (`is_period`: a month, a quarter, a year; a single day is an event's
  date, not a span milestones are due in), standing as a paragraph of its own;
- every line from the first heading on a paragraph of its own, a blank line above and below it: a heading or an
  item, never a sentence run over lines, which would be prose;
- at least MIN_ITEMS headings, each with an item under it.
Each heading opens a row in the section column and each item a row of its own in the action column, the columns of
a headed list: the parser gives an item its heading as reference, section and, since it reads as a time, timeline.
"""

from __future__ import annotations

from council_actions.ingest.headed_list import COLUMNS, MAX_TITLE_LINES
from council_actions.ingest.layout import Layout, whole, with_cells
from council_actions.ingest.list_headings import MIN_ITEMS, gap, stands_apart
from council_actions.ingest.model import Line
from council_actions.ingest.plan_title import plan_title

from council_actions.dating.is_a_time import is_period
from council_actions.document_words import DocumentWords

SECTION, ACTION = 0, 2  # the headed list's columns (headed_list.COLUMNS) the headings and the items are cut into


def read_timed_paragraphs(lines: list[Line], document_words: DocumentWords | None = None) -> Layout | None:
    """The paragraphs as rows under the periods heading them; None unless the whole shape (the module's list) is
    there."""
    heads = [stands_apart(lines, i) and is_period(line.text.strip()) for i, line in enumerate(lines)]
    first = next((i for i, head in enumerate(heads) if head), None)
    if (first is None or first > MAX_TITLE_LINES
            or not any(plan_title(document_words).search(line.text) for line in lines[:first])):
        return None
    body = range(first, len(lines))
    if not all(heads[i] or _own_paragraph(lines, i) for i in body) or not _each_heads_items(heads, first):
        return None
    relaid = [*lines[:first], *(with_cells(lines[i], [whole(lines[i], SECTION if heads[i] else ACTION)], "row_start")
                                for i in body)]
    return Layout("headed_list", COLUMNS, tuple(relaid))


def _own_paragraph(lines: list[Line], i: int) -> bool:
    """A blank line above the line and below it, or nothing below it: a paragraph of one line."""
    return gap(lines, i) > 0 and (i + 1 == len(lines) or gap(lines, i + 1) > 0)


def _each_heads_items(heads: list[bool], first: int) -> bool:
    """At least MIN_ITEMS headings from `first` on, and a line under each that is no heading."""
    starts = [i for i in range(first, len(heads)) if heads[i]]
    return len(starts) >= MIN_ITEMS and all(i + 1 < len(heads) and not heads[i + 1] for i in starts)
