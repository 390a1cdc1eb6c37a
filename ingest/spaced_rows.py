"""Rows of one line under a header of headings joined by spaces, each row's cells run together in the header's order.

Lancashire County Council's joint SEND commissioning action plan, a web table saved as text, prints `Action Target
Date Lead What does success look like? Status` on one line and each row on one line under it, its cells joined by
single spaces: `Refresh the SEND JSNA 31 July 2024 LA and ICB Refreshed joint evidence base to inform future joint
commissioning. Work in progress`. Nothing marks where a cell ends, but each column's words are of a kind that can be
told: a cell is cut where its column's kind of words starts, left to right in the header's order (CUTTER_ROLES):

- the action is the first column, and runs to where the next column's words start;
- a timeline is a run of a few words (MAX_TIMELINE_WORDS) that is a date and nothing else, or a timeline's kind alone
  (`31 July 2024`, `Ongoing`: the rules that date it, council_actions/dating/is_a_time.py), the first such run after
  the action's first word;
- an owner runs from its first word to the word that opens the next cell's sentence: a word in capitals and lower
  case (`Refreshed`, `Support`) after a word that joins no name (`health`, `partners`: not `of`, `and`, `for`),
  unless the profile reads it as a post's or a body's word (`Manager`, `Team`). Acronyms (`LA`, `ICB`) and words in
  lower case (`with support from all partners`) are the owner's; so is `Director of Education and Skills`;
- a status closing the line is the longest run of its last words (MAX_STATUS_WORDS) the profile's status rules
  read whole (`Work in progress`);
- one column of running text (notes or progress: `What does success look like?`) takes what lies between the cells
  cut before it and after it.

A line that cannot be cut so (no timeline in it, an owner running on to the line's end) is left as printed, and
reported as unplaced text by the ledger, never read into the wrong columns. The table ends at the first blank line;
it is read only where MIN_ROWS lines at least are cut, and it is reported once (`columns_run_together`) so a reader
checks which column each word went to. Tried after every other reader (ingest/renderings.py), so a text another
reader takes is never read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from council_actions.ingest.layout import (
    MAX_HEADER_WORDS,
    MIN_ROWS,
    Layout,
    RoleOf,
    StatusOf,
    as_layout,
    sub_cell,
    with_cells,
)
from council_actions.ingest.model import SECTION_COLUMN, Column, Line
from council_actions.ingest.one_line_rows import MAX_TIMELINE_WORDS
from council_actions.ingest.owner_tails import JOINERS, MAX_OWNER_WORDS
from council_actions.ingest.spaced_header import split_header

from council_actions.issues import warning
from council_actions.owner_rules import generic_words, word_rules
from council_actions.owner_words import OwnerWords
from council_actions.roles import Role

WORD = re.compile(r"\S+")
SENTENCE_OPENER = re.compile(r"^[A-Z][a-z]")  # `Refreshed`, `We`; not an acronym (`ICB`) nor a word in lower case
MAX_STATUS_WORDS = 4  # the most words a status closing a row may take (`Work in progress`)
# The most words a cell after the running text may take, tried longest first: a status, or a timeline
# (MAX_TIMELINE_WORDS), closing the line.
LAST_CELL_WORDS = max(MAX_STATUS_WORDS, MAX_TIMELINE_WORDS)
RUNNING_TEXT = frozenset({"notes", "progress"})  # the column that takes the words between its neighbours' cells
CUTTER_ROLES = frozenset({"timeline", "owner", "status"})  # the roles whose cells are told by their own words
Cut = Callable[[list[re.Match[str]], int], int | None]  # from a word's index, the index where the cell ends


def read_spaced_rows(lines: list[Line], role_of: RoleOf, owner_words: OwnerWords | None,
                     status_of: StatusOf | None) -> Layout | None:
    """The rows under the first header line whose words split into plan headings (spaced_header.split_header), the
    action first and every other column one CUTTERS cuts but for one of running text; None where there is none, or
    fewer than MIN_ROWS of the lines under it are cut."""
    if status_of is None:
        return None
    for index, line in enumerate(lines[:-1]):
        if not _may_be_header(line.text, role_of):
            continue
        headings = split_header(line.text, role_of, "action")
        roles = [role_of(h) for h in headings] if headings is not None else []
        if headings is not None and _cuttable(roles):
            found = _rows(lines, index, headings, roles, _cutters(owner_words, status_of))
            if found is not None:
                return found
    return None


def _may_be_header(text: str, role_of: RoleOf) -> bool:
    """Whether a line is worth splitting every way (split_header): a few words, no figure, the first an action's
    heading. An unread text's every line is asked, so the profile is asked last, and of one word."""
    words = text.split()
    return (3 <= len(words) <= MAX_HEADER_WORDS and not any(c.isdigit() for c in text)
            and role_of(words[0]) == "action")


def _cuttable(roles: list[Role | None]) -> bool:
    """Headings this reader can cut rows under: the action first, the timeline next (the one cell found by its own
    words wherever the action ends), and the others each of a role CUTTER_ROLES names, but for one of running text
    (RUNNING_TEXT) at most."""
    rest = roles[1:]
    return (len(roles) >= 3 and roles[0] == "action" and rest[0] == "timeline"
            and sum(r in RUNNING_TEXT for r in rest) <= 1 and all(r in CUTTER_ROLES or r in RUNNING_TEXT for r in rest))


def _cutters(owner_words: OwnerWords | None, status_of: StatusOf) -> dict[str, Cut]:
    """Each role's cutter: where, from a word's index, a cell of that role ends (None: no such cell starts there)."""
    rules = word_rules(owner_words if owner_words is not None else generic_words())

    def timeline(words: list[re.Match[str]], i: int) -> int | None:
        return next((i + k for k in range(min(MAX_TIMELINE_WORDS, len(words) - i), 0, -1)
                     if _time_alone([w.group() for w in words[i:i + k]])), None)

    def owner(words: list[re.Match[str]], i: int) -> int | None:
        for j in range(i + 1, min(len(words), i + MAX_OWNER_WORDS + 1)):
            word, before = words[j].group(), words[j - 1].group()
            if SENTENCE_OPENER.match(word) and before not in JOINERS and not rules.owner_end.search(word):
                return j
        return None

    def status(words: list[re.Match[str]], i: int) -> int | None:
        text = " ".join(w.group() for w in words[i:])
        return len(words) if len(words) - i <= MAX_STATUS_WORDS and status_of(text) is not None else None

    return {"timeline": timeline, "owner": owner, "status": status}


def _time_alone(words: list[str]) -> bool:
    """Whether the words are a timeline and nothing else: a date (`31 July 2024`) or a timeline's kind alone
    (`Ongoing`)."""
    from council_actions.dating.is_a_time import ends_on_a_date, is_kind_alone, opens_on_a_date

    text = " ".join(words)
    return (opens_on_a_date(text) and ends_on_a_date(text)) or is_kind_alone(text)


def row_cuts(text: str, roles: list[Role | None], cutters: dict[str, Cut]) -> list[tuple[int, int]] | None:
    """Where each column's cell lies in a row of one line (module docstring), as character offsets in the header's
    order (an empty cell where start == end is never made); None where the line cannot be cut so."""
    words = list(WORD.finditer(text))
    prose = next((k for k, r in enumerate(roles) if r in RUNNING_TEXT), len(roles))
    right = len(words)
    ends: dict[int, tuple[int, int]] = {}
    for k in range(len(roles) - 1, prose, -1):  # the cells after the running text, from the line's end
        start = next((i for i in range(max(1, right - LAST_CELL_WORDS), right)
                      if cutters[str(roles[k])](words[:right], i) == right), None)
        if start is None:
            return None
        ends[k], right = (start, right), start
    first = roles[1]
    left = next((i for i in range(1, right) if cutters[str(first)](words[:right], i) is not None), None)
    if left is None:
        return None
    ends[0] = (0, left)
    for k in range(1, min(prose, len(roles))):  # the cells before the running text, from the action's end
        end = cutters[str(roles[k])](words[:right], left)
        if end is None:
            return None
        ends[k], left = (left, end), end
    if prose < len(roles):
        if left >= right:
            return None
        ends[prose] = (left, right)
    elif left != right:
        return None
    return [(words[a].start(), words[b - 1].end()) for a, b in (ends[k] for k in range(len(roles)))]


def _rows(lines: list[Line], header: int, headings: list[str], roles: list[Role | None],
          cutters: dict[str, Cut]) -> Layout | None:
    """The lines under the header, down to the first blank line, as rows of one line each; None where fewer than
    MIN_ROWS are cut."""
    relaid = list(lines)
    relaid[header] = as_layout(lines[header], "header")
    found = 0
    for i in range(header + 1, len(lines)):
        line = lines[i]
        if not line.text.strip() or line.number != lines[i - 1].number + 1:
            break
        cuts = row_cuts(line.text, roles, cutters)
        if cuts is not None:
            relaid[i] = with_cells(line, [sub_cell(line, a, b, k + 1) for k, (a, b) in enumerate(cuts)], "row_start")
            found += 1
    if found < MIN_ROWS:
        return None
    joined = warning("columns_run_together", "ingest", f"the header prints {len(headings)} columns "
                     f"({' / '.join(headings)}) but each row's cells run together on one line: each cell is cut where "
                     "its column's kind of words starts (a date or a timeline's kind, an owner up to the word opening "
                     "the next sentence, a status closing the line), the action before them and the running text "
                     "between them", lines[header].text, lines[header].span)
    return Layout("spaced_header", (SECTION_COLUMN, *(Column(h) for h in headings)), tuple(relaid), (joined,))
