"""A status printed as the first words of a progress or status sentence: Waverley's 2003 progress plans print
`Ongoing – series of workshops held ...` and `Done although reletting standard would not necessarily meet Decent
Homes standard`, the row's status in the words opening the cell and the rest what was done; or run the status on
into a phrase saying how it stands (`Ongoing as part of discussions with Tenants’ Panel and contractors`).

The words are the profile's (its status rules, the ones a whole cell is read by); what parts them from the sentence
they open is SEPARATORS, one rule table. Strict: only the words before the cell's first separator are tried, so a
verb opening an action (`Ongoing monitoring of ...`, `Complete the review by March`, `Done by the team in ...`) or a
status word inside a sentence (`The review was completed in May`) is no status, and a status glossed by another
that disagrees (`In progress - minor delays`) is none either, as a whole cell of those words is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from council_actions.period_words import MONTH_WORD

# How a status word is parted from the sentence it opens, one row a separator (what it is, its pattern); the first
# of them in the cell ends the words tried as a status.
SEPARATORS: tuple[tuple[str, str], ...] = (
    ("dash", r"\s+[-–—]\s*|\s*[–—]\s+|-\s+"),  # `Ongoing – series of ...`, `Complete - new policy adopted in May`
    ("colon", r"\s*:\s*"),  # `In progress: consultation closes ...`
    ("full stop", r"\.\s+"),  # `Completed. Report went to Cabinet ...`
    ("bracket", r"\s*\("),  # `Not started (awaiting funding)`
    ("conjunction", r"\s+(?:although|though|but|with)\b"),  # `Done although reletting standard would not ...`
    # A phrase saying how or where the status stands, run on with no punctuation: `Ongoing as part of discussions
    # with Tenants' Panel ...`, `Ongoing through ...`, `Complete and being monitored`. Only these: `and` alone opens
    # an action's second verb (`Complete and submit ...`), and a noun opens an action's sentence (`Ongoing monitoring
    # of ...`), so the words before either are no status.
    ("run-on phrase", r"\s+(?:as\s+part\s+of|through|and\s+being)\b"),
    # The month the status was reached, run on after it: `Completed 'October 2003` (the Isle of Wight's benefit fraud
    # action plan, a spreadsheet saved as a web page: the `'` is the spreadsheet's mark of a cell typed as text).
    ("date", rf"\s+'?(?=(?i:{MONTH_WORD})\b)"),
)
# The longest opening tried as a status, in characters: the longest status phrase of the profiles is a sentence of
# its own (`this action has been completed`, 30); a longer opening is a sentence, not a status.
LONGEST = 40
# A status opening a sentence has at least two letters: a letter alone (`A. Smith to lead`, `R - revised`) is an
# initial or a list's label, though a cell of one letter is a RAG rating (`G`, `A`, `R`).
FEWEST_LETTERS = 2
OPENING = re.compile(rf"(?P<words>[^\W\d_][^\n]{{0,{LONGEST - 1}}}?)(?:{'|'.join(p for _, p in SEPARATORS)})"
                     r"(?P<rest>.*\w.*)", re.DOTALL)


class Opening(NamedTuple):
    """The status key the opening words mean, and those words as printed (`Ongoing`)."""

    key: str
    words: str


def opening_status(text: str, status_of: Callable[[str], str | None]) -> Opening | None:
    """The status the words opening `text` before its first separator mean, by the profile's status rules
    (`status_of`); None where they mean none, or the rest of the text is, or opens with, a status that disagrees."""
    found = _opening(text)
    key = status_of(found["words"]) if found else None
    if found is None or key is None:
        return None
    rest = _opening(found["rest"])
    other = status_of(found["rest"]) or (status_of(rest["words"]) if rest else None)
    return Opening(key, found["words"]) if other in (None, key) else None


def _opening(text: str) -> re.Match[str] | None:
    """The words before the text's first separator (`words`) and what follows it (`rest`), where they open the text
    with a word of FEWEST_LETTERS letters or more."""
    found = OPENING.match(text.strip())
    return found if found and sum(c.isalpha() for c in found["words"]) >= FEWEST_LETTERS else None
