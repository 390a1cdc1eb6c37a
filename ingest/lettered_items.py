"""A headed list lettered `a.`, `b.`, ... and an item's own parts numbered `i.`, `ii.`, ... under it
(ingest/headed_list.py reads the list).

Lisburn & Castlereagh printed its Performance Improvement Objectives 2024/25 with lettered projects under each
objective's `To achieve this we will:` (`a. improve the customer’s experience ...`), where its 2025/26 page prints
`- ` bullets; one project closes on a colon over the programmes it includes (`a. continue to improve the physical,
mental and emotional wellbeing of our citizens through a number of programmes to include:` / `i. developing skills in
horticulture and biodiversity` / `ii. physical activity programmes` / `iii. health programmes ...`).

A letter and a full stop open other lines too (an initial, a roman `i.`), so a lettered line is an item only in a run
of two or more in letter order from `a` (`in_letter_order`): `i.` under `a.` is no ninth item. A line numbered in
roman numerals right under an item closing on a colon, or under another such line, is a part of that item
(`item_parts`): its words are the item's action, as printed, not an action of their own nor a heading over the items
after it.
"""

from __future__ import annotations

from council_actions.ingest.bullets import ITEM_PART, LETTERED_ITEM
from council_actions.ingest.list_headings import MIN_ITEMS, Items
from council_actions.ingest.model import Line


def in_letter_order(lines: list[Line], items: Items) -> Items:
    """`items` with each lettered line that is none of theirs added where it is in a run a, b, c, ... of MIN_ITEMS or
    more (a run starts again at each `a`; lines that are no lettered item between two of a run leave it whole)."""
    lettered = {i: found for i, line in enumerate(lines)
                if items[i] is None and (found := LETTERED_ITEM.pattern.match(line.text)) is not None}
    runs: list[list[int]] = []
    for i, found in lettered.items():
        if found["letter"] == "a":
            runs.append([i])
        elif runs and ord(found["letter"]) == ord(lettered[runs[-1][-1]]["letter"]) + 1:
            runs[-1].append(i)
    kept = {i for run in runs if len(run) >= MIN_ITEMS for i in run}
    return {i: lettered[i] if i in kept else found for i, found in items.items()}


def item_parts(lines: list[Line], items: Items) -> frozenset[int]:
    """The lines that are parts of the item above them: numbered in roman numerals (ITEM_PART), right under an item
    whose text closes on a colon or under another part."""
    parts: set[int] = set()
    for i in range(1, len(lines)):
        above = items[i - 1]
        holds = i - 1 in parts or (above is not None and above["text"].rstrip().endswith(":"))
        if holds and items[i] is None and ITEM_PART.pattern.match(lines[i].text):
            parts.add(i)
    return frozenset(parts)
