"""A web table saved as text whose rows are one line each, their cells run together in order: action, owner,
timeline.

A header of an action, an owner and a timeline whose last word alone reads as a timeline's heading (`Action
Responsible Officer Timeframe`: Gravesham's response to its corporate peer challenge) may stand over rows of one
line each, no reference at their margin, whose cells ran together in their order: the action's sentences, the owner,
the timeframe (`... across the Cabinet and Management Team. Chief Executive April 2020`). A line ends in its
timeline where its last few words (MAX_TIMELINE_WORDS) open on a date and close on one or on a timeline's kind
(`June 2020 onwards`: `opens_on_a_date`, `ends_on_a_date` and `is_kind_alone` decide, the rules that date it; `May
2021 to Cabinet.` is none); the words between the action's last sentence end and the timeline are the owner
(`Director (Planning & Regeneration)`), where they are few (MAX_OWNER_WORDS): an owner ends no sentence. A line
under the header ending in no timeline is printed across the table over the rows under it (the peer team's
recommendation the actions answer): read as their section heading, as a list's heading is. Where a row's action ends
in no sentence end, the owner is the run of capitalised words before the timeline that ends in a post's or a body's
word, settled by the runs other rows print whole (ingest/owner_tails.py: Rotherham's empty homes action plan, `...
reporting journey Empty Property Officer March 2021`); where there is none, the line up to its timeline is kept as
the action. The table ends at the first blank line, unless the header is printed again a few lines below it
(HEADINGS_BETWEEN) with no row before it: one table for each of the plan's outcomes, the outcome's heading above
each (`2. Members of the public can report ...`), which is left to be read as the section over the rows under it
(parsers/sections.py), as the first table's is.

Read for ingest/spaced_header.py, which finds the header (`split_header`) and asks here whether the lines under it
are such rows.
"""

from __future__ import annotations

import re

from council_actions.ingest.layout import (
    MAX_HEADER_WORDS,
    MIN_ROWS,
    Layout,
    RoleOf,
    as_layout,
    sub_cell,
    whole,
    with_cells,
)
from council_actions.ingest.model import SECTION_COLUMN, Column, Line
from council_actions.ingest.owner_tails import MAX_OWNER_WORDS, owner_starts

from council_actions.issues import Issue, warning
from council_actions.owner_words import OwnerWords

# A row of one line: its action's last sentence end, then its owner and timeline (`... Management Team. Chief
# Executive April 2020`); the most words an owner there may take is ingest/owner_tails.MAX_OWNER_WORDS.
SENTENCE_END = re.compile(r"[.!?][)\"'’”]?\s+")
MAX_TIMELINE_WORDS = 5  # the most words a timeframe cell at a row's end may take (`June 2020 onwards`)
ONE_LINE_ROLES = ("action", "owner", "timeline")  # the roles of a header over rows of one line, in their order
PROSE_MARKS = frozenset(".,;:!?")  # in a line of prose, never in a header of headings joined by spaces
FIGURE_END = re.compile(r"\d\W*$")
WORD = re.compile(r"\S+")
LOOK_AHEAD = 3  # the lines under a header of one-line rows that one row at least is among
HEADINGS_BETWEEN = 5  # the lines after a table of one-line rows within which its header printed again goes on with it


def may_head_one_line_rows(lines: list[Line], index: int, role_of: RoleOf) -> bool:
    """Whether line `index` may be a header over rows of one line, asked before its words are split every way
    (`split_header`), which few lines are worth: three words or more, no punctuation a sentence holds, a line ending
    in a figure among the next few (FIGURE_END: a row's timeframe closes on its year, `April 2020`), and its last word
    alone read as a timeline's heading (`Timeframe`, `Target date`, `By when`). An unread text's every line is asked,
    so the profile is asked last, and of one word."""
    words = lines[index].text.split()
    return (len(ONE_LINE_ROLES) <= len(words) <= MAX_HEADER_WORDS and not PROSE_MARKS.intersection(lines[index].text)
            and any(FIGURE_END.search(line.text) for line in lines[index + 1:index + 1 + LOOK_AHEAD])
            and role_of(words[-1]) == "timeline")


def one_line_rows(lines: list[Line], header: int, headings: list[str],
                   owner_words: OwnerWords | None) -> Layout | None:
    """The lines under a header of an action, an owner and a timeline (ONE_LINE_ROLES), down to the first blank line
    (or on under the header printed again, `_header_again`), as rows of one line each (`row_cells`, `owner_starts`),
    a line ending in no timeline the section heading of the rows under it; None where fewer than MIN_ROWS lines are
    rows."""
    relaid = list(lines)
    relaid[header] = as_layout(lines[header], "header")
    cuts = _cut_rows(lines, header, relaid)
    if len(cuts) < MIN_ROWS:
        return None
    _relay_rows(lines, cuts, relaid, owner_words)
    return Layout("spaced_header", (SECTION_COLUMN, *(Column(h) for h in headings)), tuple(relaid),
                  (_run_together(lines[header], headings),))


def _cut_rows(lines: list[Line], header: int, relaid: list[Line]) -> dict[int, tuple[int, int]]:
    """Each row's cuts (`row_cells`: where its owner and its timeline start) by its line, down to the first blank
    line or gap not followed by the header printed again; in `relaid`, the header printed again as a header, and a
    line with no cuts as a row of one cell, the section heading of the rows under it."""
    cuts: dict[int, tuple[int, int]] = {}
    i = header + 1
    while i < len(lines):
        line = lines[i]
        if not line.text.strip() or line.number != lines[i - 1].number + 1:
            again = _header_again(lines, i, lines[header].text)
            if again is None:
                break
            relaid[again] = as_layout(lines[again], "header")
            i = again + 1
            continue
        cut = row_cells(line.text)
        if cut is None:
            relaid[i] = with_cells(line, [whole(line, 0)], "row_start")
        else:
            cuts[i] = cut
        i += 1
    return cuts


def _relay_rows(lines: list[Line], cuts: dict[int, tuple[int, int]], relaid: list[Line],
                owner_words: OwnerWords | None) -> None:
    """Each cut line in `relaid` as a row of its action, owner and timeline cells; where nothing parts the owner from
    the action (no sentence ends before it), the owner starts where `owner_starts` finds one."""
    leads = owner_starts({i: (lines[i].text, timeline) for i, (owner, timeline) in cuts.items() if owner == timeline},
                         owner_words)
    for i, (owner, timeline) in cuts.items():
        line, owner = lines[i], leads.get(i, owner)
        relaid[i] = with_cells(line, [sub_cell(line, 0, owner, 1), sub_cell(line, owner, timeline, 2),
                                      sub_cell(line, timeline, len(line.text), 3)], "row_start")


def _run_together(header: Line, headings: list[str]) -> Issue:
    """The one warning for the table: how each row's cells, run together on its line, were parted."""
    return warning("columns_run_together", "ingest", f"the header prints {len(headings)} columns "
                   f"({' / '.join(headings)}) but each row's cells run together on one line: the words it ends on "
                   "that read as a time are read as its timeline, the words before them after its last sentence "
                   "(or, with none, its capitalised words ending in a post's or a body's word) as its owner, the "
                   "rest as its action; a line ending on no time as the heading of the rows under it",
                   header.text, header.span)


def _header_again(lines: list[Line], start: int, header: str) -> int | None:
    """The line printing the header again among the HEADINGS_BETWEEN lines from `start`, with only blank lines and
    lines ending in no timeline (the next table's headings) before it; None where a row comes first, or none does."""
    for k in range(start, min(len(lines), start + HEADINGS_BETWEEN)):
        text = lines[k].text.strip()
        if text == header.strip():
            return k
        if text and row_cells(text) is not None:
            return None
    return None


def row_cells(text: str) -> tuple[int, int] | None:
    """Where a row of one line's owner and timeline start (ONE_LINE_ROLES), None where the line ends in no timeline: the
    first of its last sentence's words from which the rest opens on a date and reads as a timeline. The owner starts
    after the action's last sentence end, where the words between are few (MAX_OWNER_WORDS); else the line has no
    owner apart (the owner starts where the timeline does)."""
    from council_actions.dating.is_a_time import opens_on_a_date

    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    after = ends[-1] if ends else 0
    for word in WORD.finditer(text[after:]):
        start = after + word.start()
        rest = text[start:].split()
        if len(rest) <= MAX_TIMELINE_WORDS and opens_on_a_date(" ".join(rest)) and _time_alone(rest):
            owner = text[after:start].split()
            return (after if ends and 0 < len(owner) <= MAX_OWNER_WORDS else start), start
    return None


def _time_alone(words: list[str]) -> bool:
    """Whether the words are a timeline and nothing else: they close on a dated period (`April 2020`), or one is
    followed by nothing but a timeline's kind (`June 2020 onwards`); `May 2021 to Cabinet.` is no timeline."""
    from council_actions.dating.is_a_time import ends_on_a_date, is_kind_alone

    return any(ends_on_a_date(" ".join(words[:k])) and (k == len(words) or is_kind_alone(" ".join(words[k:])))
               for k in range(len(words), 0, -1))
