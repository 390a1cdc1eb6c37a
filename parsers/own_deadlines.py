"""Whether a date an action's own sentence prints is the action's deadline (`... by 31/3/26.`), for an action
printed with no timeline beside it.

A measure may carry its due date in its words and nowhere else (Mid and East Antrim's `Submit an agreed action plan
in line with Regional Balance Fund Project Guidelines by 31/3/26.`, under no timeline column or label). The date is
the action's deadline where three things hold:
- the sentence closes on it (CLOSING's marks aside): a date mid-sentence is of what the words after it go on to name
  (`... towards net-zero emissions by 2040 by embedding sustainability ...`: the ambition's date, not the aim's);
- the timeline rules date it with no reference date, so it prints its year: `by Q4` or `by the end of quarter 3`
  counts from a plan's date, and in passing a quarter may be any year's;
- the words right before it are a row of DEADLINE_PHRASES (`by`, `by the end of`, `no later than`).
Any other date is one the sentence mentions, not when the action is due: after other words (`... updated since
2019.`, `... to be considered in September 2004.`, `... taken forward after March 2023.`, `... not before January
2025.`), or not closing it (`the 2023 survey`). The parser asks this where nothing else times the action
(parsers/table_action.py); the phrase it returns, `by 31/3/26`, is dated by the timeline rules as any printed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from council_actions.dating.is_a_time import CLOSING, DASHES, PRINTED_ONLY, RELATIVE_RULES
from council_actions.dating.period_search import find_periods


@dataclass(frozen=True)
class DeadlinePhrase:
    """Words that, right before a date the sentence closes on, make it the action's deadline; `example` a real
    action so printed ("" where no real document has been met printing one yet: tests list it as unseen)."""

    name: str
    words: re.Pattern[str]
    example: str


# Each row: its name, its words as a pattern, and a real action so printed.
PHRASE_ROWS = (
    ("by", "by", "Submit an agreed action plan in line with Regional Balance Fund Project Guidelines by 31/3/26."),
    ("no_later_than", r"no\s+later\s+than", ""),
)
# The end of what precedes the date: the words, then only spaces (`by the end of 10 October 2023`).
DEADLINE_PHRASES = tuple(DeadlinePhrase(name, re.compile(rf"\b{words}(?:\s+the)?(?:\s+end(?:\s+of)?)?\s+$"), example)
                         for name, words, example in PHRASE_ROWS)
# No row's words in the sentence's tail: no deadline to look for. Built from the rows, so a row added is looked for.
GATE = re.compile(rf"\b(?:{'|'.join(words for _, words, _ in PHRASE_ROWS)})\b")
TAIL = 120  # characters of the sentence's end looked at: its deadline's words and date are a few dozen


def own_deadline(sentence: str) -> tuple[int, int] | None:
    """Where the action's deadline is printed in its sentence, its words and date (`by 31/3/26`), as offsets into
    the sentence; None where the sentence closes on no date that DEADLINE_PHRASES make its deadline (module
    docstring). Only the sentence's tail is read: a deadline closes it, and a sentence may be a line of thousands
    of words."""
    cut = len(sentence) - TAIL
    start = 0 if cut <= 0 else sentence.find(" ", cut) + 1 or cut  # from a word's start where there is one
    tail = sentence[start:].translate(DASHES).lower()  # as the timeline rules read a phrase, character for character
    if not GATE.search(tail):
        return None
    closed = tail.rstrip(CLOSING)
    found = find_periods(closed, PRINTED_ONLY)
    if not found or found[-1].end != len(closed):
        return None
    date = found[-1]
    if date.period.start is None or date.rule in RELATIVE_RULES:
        return None
    before = closed[:date.start]
    words = next((m for row in DEADLINE_PHRASES if (m := row.words.search(before)) is not None), None)
    return (start + words.start(), start + date.end) if words is not None else None
