"""Where a row of one line names its owner when no sentence end parts it from its action (ingest/spaced_header.py).

Rotherham's empty homes action plan prints each row's action, lead and timescale run together on one line, with no
full stop after the action (`Map customer reporting journey Empty Property Officer March 2021`). The lead is then the
run of capitalised words just before the timescale, after the action's last word in lower case or its closing bracket
(`... website (online form) Private Sector Housing Coordinator`), where that run ends in a post's or a body's word
(the profile's `[owner_words]`: `Officer`, `Manager`, `Team`). A run ending in no such word is no lead (`... the
Cabinet Head of Legal`: where the action's words end cannot be told), and the line is kept as the action.

A run may open with the action's own capitalised words (`... protocols across SHAD / CPU Empty Property Officer/CPU
Manager`). A column prints one owner the same in every row, so where another row of the table prints a shorter run
whole and this run ends with it (`... information Empty Property Officer/CPU Manager`), that is the lead and the words
before it the action's (`SHAD / CPU`); where no other row settles it, a run of more than MAX_OWNER_WORDS words is
kept as the action, since where its capitalised words stop being the action's cannot be told.
"""

from __future__ import annotations

import re

from council_actions.owner_rules import generic_words, word_rules
from council_actions.owner_words import OwnerWords

# The most words a lead may take: one no other row settles here, and one after a sentence end
# (ingest/spaced_header.py).
MAX_OWNER_WORDS = 6
# The words a lead's run holds besides its capitalised ones: the joins of two posts or of a name's words.
JOINERS = frozenset({"/", "&", "and", "of", "for"})
CAPITALISED = re.compile(r"^\(?[A-Z0-9]")
WORD = re.compile(r"\S+")


def owner_starts(rows: dict[int, tuple[str, int]], words: OwnerWords | None) -> dict[int, int]:
    """Where each row's lead starts (module docstring), by the row's key; `rows` gives each row's line and where its
    timeline starts. A row naming no lead is left out."""
    rules = word_rules(words if words is not None else generic_words())
    runs = {key: _run(text[:start], rules.owner_end) for key, (text, start) in rows.items()}
    printed = {tuple(text[run:start].split()) for key, (text, start) in rows.items()
               if (run := runs[key]) is not None}
    found = {key: _settled(text, start, runs[key], printed) for key, (text, start) in rows.items()}
    return {key: start for key, start in found.items() if start is not None}


def _run(before: str, owner_end: re.Pattern[str]) -> int | None:
    """Where the run of capitalised words (and JOINERS) closing `before` starts, where it ends in a post's or a
    body's word and some of the action is left before it; None otherwise."""
    tokens = list(WORD.finditer(before))
    first = len(tokens)
    while first > 0 and (CAPITALISED.match(tokens[first - 1].group()) or tokens[first - 1].group() in JOINERS):
        first -= 1
    while first < len(tokens) and tokens[first].group() in JOINERS:
        first += 1
    if first == 0 or first == len(tokens) or not owner_end.search(before.rstrip()):
        return None
    return tokens[first].start()


def _settled(text: str, start: int, run: int | None, printed: set[tuple[str, ...]]) -> int | None:
    """Where the lead starts in a run: at the longest shorter run another row prints whole that ends it, else at the
    run's start where it is short enough (MAX_OWNER_WORDS); None where there is no run or it cannot be settled."""
    if run is None:
        return None
    tokens = list(WORD.finditer(text[run:start]))
    words = tuple(token.group() for token in tokens)
    shorter = next((k for k in range(1, len(words)) if words[k:] in printed), None)
    if shorter is not None:
        return run + tokens[shorter].start()
    return run if len(words) <= MAX_OWNER_WORDS else None
