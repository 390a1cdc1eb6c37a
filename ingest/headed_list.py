"""Lists of actions under headings: `1  Service Strategies` / `1.1  Agree ...`, or bullets under `Up to six months`.

A heading is a short line without a closing full stop that has at least two
items under it; an item is a numbered (`2.3`) or bulleted (`•`, `-`, `·`)
line. The heading is carried to each item as its section; whether a section
is a group of actions or their timeline ("Up to 12 months") is for the parser.
"""

from __future__ import annotations

import re

from council_actions.ingest.layout import Layout, sub_cell, with_cells
from council_actions.ingest.model import Column, Line

ITEM = re.compile(r"^\s*(?:(?P<ref>\d+(?:\.\d+)+)\.?|[•·\-–*▪o])\s+(?P<text>\S.*)$")
MIN_ITEMS = 2
MAX_TITLE_LINES = 6
# A bare list reads as a plan only under a title that says so.
PLAN_TITLE = re.compile(r"\b(?:action|improvement|delivery|recovery) plan\b|\bkey actions\b", re.IGNORECASE)
COLUMNS = (Column("(section)", "section"), Column("(ref)", "element"), Column("(item)", "action"))


def read_headed_list(lines: list[Line]) -> Layout | None:
    items = {i: ITEM.match(line.text) for i, line in enumerate(lines)}
    first = next((i for i, m in items.items() if m is not None), len(lines))
    if first > MAX_TITLE_LINES + MIN_ITEMS or not any(PLAN_TITLE.search(ln.text) for ln in lines[:first]):
        return None
    relaid = list(lines)
    found = 0
    heading: int | None = None
    for i, line in enumerate(lines):
        match = items[i]
        if match is None:
            heading = i if _is_heading(line.text) and _items_follow(items, i) else heading
            if heading == i:
                relaid[i] = with_cells(line, [sub_cell(line, 0, len(line.text), 0)], "row_start")
            continue
        if heading is None:
            continue
        ref = sub_cell(line, match.start("ref"), match.end("ref"), 1) if match["ref"] else None
        text = sub_cell(line, match.start("text"), len(line.text), 2)
        relaid[i] = with_cells(line, [ref, text], "row_start")
        found += 1
    return Layout("headed_list", COLUMNS, tuple(relaid)) if found >= MIN_ITEMS else None


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped) <= 120 and not stripped.endswith((".", ";", ","))


def _items_follow(items: dict, i: int) -> bool:
    return all(items.get(i + k) is not None for k in range(1, MIN_ITEMS + 1))
