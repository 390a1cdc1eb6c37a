"""Which lines of a list under headings head the items under them, and where a heading was lost
(ingest/headed_list.py reads the items).

A heading is a short line without a closing full stop that has at least MIN_ITEMS items under it, or one where it
reads as a time (`3 months in:`) or stands as a paragraph of its own, a blank line above and below it; it is no
sentence leading into a list (LEAD_IN: "The Committee ... requested the following changes:"; one broken off at `to`:
"The Enforcement Notice ... required us to:") and no lead-in naming a period (ingest/lead_ins.py). A heading that only
names the list's role ("Action Required") is named by the heading line above it (`named_by`). An item parted from the
item above by more blank lines than the list leaves under its headings and between its items stands where a heading
was lost in the copy (`lost_headings`).
"""

from __future__ import annotations

import re

from council_actions.ingest.bullets import BARE_MARK
from council_actions.ingest.layout import RoleOf
from council_actions.ingest.lead_ins import closes_on_commitment, lead_in_time
from council_actions.ingest.model import Line

from council_actions.dating.is_a_time import is_timeline
from council_actions.issues import Issue, warning

MIN_ITEMS = 2
LEAD_IN = re.compile(r"\b(?:the following|as follows|(?:set out|listed|shown) below)\b[^:]*:\s*$", re.IGNORECASE)
# A sentence leading into a list by a colon, however it words the list: many of its words in lower case (Belfast's
# `We have assessed each of these objectives and consider that they all meet these statutory aspects of
# improvement:`, 18, over the aspects the Act names). A heading names its part in a few words or capitalises them
# (`3 months in:`, 2; `TARGET 2: Formal Policies And Procedures ... On:`, none); English, not a council's wording.
SENTENCE_WORDS = 9
# A sentence broken off at `to` for each item under it to finish (City of York's `The Enforcement Notice ... required
# us to:` over `publish an improvement plan within 35 calendar days`, `The main objectives of our improvement plan are
# to:`), however few its words in lower case: a heading names its part, and no name ends on `to`. English grammar, not
# a council's wording.
BROKEN_AT_TO = re.compile(r"\bto:\s*$", re.IGNORECASE)
LOWER_WORD = re.compile(r"(?<!\S)[a-z]")
Items = dict[int, re.Match[str] | None]  # each line's match as a list item, by index; None: no item


def headings(lines: list[Line], items: Items, remarks: frozenset[int], lost: frozenset[int],
             role_of: RoleOf) -> list[bool]:
    """Whether each line is a heading with items under it (`items_follow`), and no lead-in naming a period by the
    profile's roles (`Actions for 2013/14:`), which times the items below instead."""
    return [items[i] is None and is_heading(line.text) and items_follow(lines, items, remarks, i, lost, role_of)
            and lead_in_time(line.text, role_of) is None for i, line in enumerate(lines)]


def timed(lines: list[Line], heads: list[bool]) -> bool:
    """At least two headings (`heads`: by `headings`) have items under them and every one reads as a time (`2025`
    ... `2028 onwards`): headings that carry the timeline make the list a schedule."""
    texts = [line.text for line, head in zip(lines, heads, strict=True) if head]
    return len(texts) >= MIN_ITEMS and all(is_timeline(text) for text in texts)


def is_heading(text: str) -> bool:
    """A short line holding text, with no closing full stop, semicolon or comma, no bare bullet, and no lead-in of
    any form (LEAD_IN; a period's, `lead_in_time`; a sentence's, `_leads_in`)."""
    stripped = text.strip()
    return (0 < len(stripped) <= 120 and not stripped.endswith((".", ";", ","))
            and BARE_MARK.pattern.match(text) is None and LEAD_IN.search(stripped) is None
            and lead_in_time(stripped) is None and not _leads_in(stripped))


def _leads_in(text: str) -> bool:
    """A sentence closing on a colon (SENTENCE_WORDS or more of its words in lower case, or broken off at `to`:
    BROKEN_AT_TO), not on a commitment's words: it leads into the list below it as LEAD_IN's lines do; `To achieve
    this we will:` heads its items (ingest/lead_ins.closes_on_commitment)."""
    return (text.endswith(":") and (len(LOWER_WORD.findall(text)) >= SENTENCE_WORDS or BROKEN_AT_TO.search(text)
                                     is not None) and not closes_on_commitment(text))


def is_sentence(text: str) -> bool:
    """A line ending with a full stop: under an item, a sentence of its progress; never a heading."""
    return text.strip().endswith(".")


def items_follow(lines: list[Line], items: Items, remarks: frozenset[int], i: int, lost: frozenset[int],
                 role_of: RoleOf) -> bool:
    """At least MIN_ITEMS items under the heading (one under a heading that reads as a time, "3 months in:", or
    standing as a paragraph of its own), each perhaps with sentences under it, before anything else or a lost
    heading's place; a remark or a bare bullet counts as no item, and a lead-in of either form (`... we will:`, and
    by the profile's roles `Actions for 2013/14:`) right under the heading leads on to its items."""
    count = 0
    for j in range(i + 1, len(lines)):
        if j in lost:
            break
        if items[j] is not None:
            count += j not in remarks
        elif not (count and is_sentence(lines[j].text)) and BARE_MARK.pattern.match(lines[j].text) is None and not (
                count == 0 and lead_in_time(lines[j].text, role_of) is not None):
            break
    return count >= (1 if is_timeline(lines[i].text) or stands_apart(lines, i) else MIN_ITEMS)


def under_aims(lines: list[Line], items: Items, heads: list[bool], role_of: RoleOf) -> frozenset[int]:
    """The items under a heading the profile reads as naming the plan's parts, not its actions (role `element`:
    Derry City and Strabane's `Sub Objectives` over `Achieve 1.5million paid leisure centre user visits`, an `Aim`
    or a `Theme` over its bullets): what the plan aims at, listed, no action of it. Such an item is no row; the
    reader reports it as text outside the plan, and a list of nothing else is no plan of actions."""
    found: set[int] = set()
    heading: int | None = None
    for i in range(len(lines)):
        if heads[i]:
            heading = i
        elif items[i] is not None and heading is not None and role_of(lines[heading].text.strip()) == "element":
            found.add(i)
    return frozenset(found)


def gap(lines: list[Line], i: int) -> int:
    """How many blank lines stand between line i and the line above it (none above the first line)."""
    return lines[i].number - lines[i - 1].number - 1 if i else 0


def stands_apart(lines: list[Line], i: int) -> bool:
    """A blank line above the line (or none above it at all) and below it: a paragraph of its own, as a heading is
    printed; a stray line among items runs on from the line above it."""
    return (i == 0 or gap(lines, i) > 0) and i + 1 < len(lines) and gap(lines, i + 1) > 0


def lost_headings(lines: list[Line], items: Items) -> frozenset[int]:
    """The items parted from the item above by more blank lines than the list leaves, at the least, under a heading
    and between two items (Kingston's copy: none between items, one under a heading, two where a heading's line
    stood): a heading was there and was lost, so the item is under no heading. A list that spaces its items as its
    headings (Isle of Wight's: three blank lines everywhere) has none."""
    between = [gap(lines, i) for i in range(1, len(lines)) if items[i] is not None and items[i - 1] is not None]
    under = [gap(lines, i) for i in range(1, len(lines))
             if items[i] is not None and items[i - 1] is None and is_heading(lines[i - 1].text)]
    if not between or not under:
        return frozenset()
    widest = max(min(between), min(under))
    return frozenset(i for i in range(1, len(lines))
                     if items[i] is not None and items[i - 1] is not None and gap(lines, i) > widest)


def heading_lost(lines: list[Line], i: int, lost: int, heading: int) -> Issue:
    """The item i is under no heading: `lost`, the first item after the blank lines where its heading stood."""
    line = lines[i]
    return warning("list_heading_lost", "ingest", f"list item under a lost heading ({gap(lines, lost)} blank lines "
                   f"above line {lines[lost].number}, where a heading would stand): read under no heading, not under "
                   f"'{lines[heading].text.strip()}'", line.text.strip(), line.span)


def under_item(lines: list[Line], items: Items, i: int) -> bool:
    """The sentence follows an item, with only sentences between them."""
    j = i - 1
    while j >= 0 and items[j] is None and is_sentence(lines[j].text):
        j -= 1
    return j >= 0 and items[j] is not None


def named_by(lines: list[Line], items: Items, i: int, labels: frozenset[int] = frozenset()) -> int:
    """A heading that only names a role ("Action Required") is named by the nearest heading line above it; where
    the role heading stands apart (a blank line above and below it), by the nearest that stands apart too, since a
    short line running on into the next is a paragraph's first line there, not a heading. A label over prose
    between them (`labels`: North Tyneside's `Aim` over the priority's aim, under `Prioritise prevention` and over
    `Actions`) names nothing: the heading above it does."""
    apart = stands_apart(lines, i)
    j = i - 1
    while j >= 0 and items[j] is None and (j in labels or not (is_heading(lines[j].text)
                                                                and (not apart or stands_apart(lines, j)))):
        j -= 1
    return j if j >= 0 and items[j] is None else i
