"""Where a point of a timeline phrase as the rules read it stands in the phrase as printed, and the words it names.

The rules read a normalised phrase (is_a_time.py `normalised`): lower case, dashes made one, and a space
set before a slash between two periods (SLASH_GAP), so that `December 2004/ January 2005` is two periods, not
`2004/05`. A condition and the words left unread are given back as printed, for an auditor to find them in the
source, so each offset is taken back across those spaces here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

SLASH_GAP = re.compile(r"(?<=\d)/(?=\s)")  # "December 2004/ January 2005": a slash between periods, not "2004/05"


def printed_offset(phrase: str, offset: int) -> int:
    """Where a point of the normalised phrase stands in the phrase as printed: `is_a_time.normalised` keeps every
    character in place but for the space it sets before a slash (`SLASH_GAP`), so a condition after "December 2004/
    January 2005" is cut from the printed words where it begins, not one character on ("f funding is agreed")."""
    return _back(offset, _gaps(phrase))


def unread_words(phrase: str, spans: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    """The words naming a time that no period took in, as printed (`Mar 25`, not the normalised `mar 25`), each
    once, in the order printed: the reading keeps them so the warning can name them. The set-apart slashes are
    found once for all the words (once for each word's two ends, a cell of thousands took minutes)."""
    if not spans:
        return ()
    gaps = _gaps(phrase)
    return tuple(dict.fromkeys(phrase[_back(start, gaps):_back(end, gaps)] for start, end in spans))


def _gaps(phrase: str) -> list[int]:
    """Each set-apart slash's place in the normalised phrase, in order."""
    return [m.start() + k for k, m in enumerate(SLASH_GAP.finditer(phrase))]


def _back(offset: int, gaps: list[int]) -> int:
    return offset - bisect_left(gaps, offset)  # less one for each space set before it
