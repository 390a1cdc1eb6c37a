"""A timeline that names when its action starts: from that period with no end, or up to a later end it names.

A start word before a phrase's first period (STARTS: "to commence September 2004", "start date July 2005", "ongoing
from May 2016") says the period is when the action begins, not when it is due. Where nothing later in the phrase
says when it ends, the reading has no end date (assumption `open_ended_from_start`), and so has an ongoing one whose
last period is followed by nothing but OPEN_ENDS' words ("2028 onwards"). Where a later period is led in by an
end's words (ENDS: "to commence 06/25, testing through to September 2025"), the action runs from the one to the
other: one range from the start period's first day to the end period's last, due then (`range_from_start_to_end`);
with no kind word it is a deadline, or a period after a span's word, as the phrase without its start word would be
(the kinds of TimelineKind: due by a date, or during a period), and an ongoing one stays ongoing, its end kept.
`timelines.read_timeline` asks both.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from council_actions.dating.period_search import FoundPeriod

# A timeline that names when its action starts, not when it is due: (the kinds it applies to, None for a phrase
# with no kind word; the words just before its first period). It is `ongoing` from that period, with no end,
# unless the phrase names a later end (ENDS).
STARTS: tuple[tuple[frozenset[str | None], re.Pattern[str]], ...] = (
    (frozenset({"ongoing"}), re.compile(r"\bfrom\W*$")),  # "ongoing from May 2016": begun then, runs on
    (frozenset({None}), re.compile(r"\bstart(?:s|ing)?(?:\s+date)?\W*$")),  # "Phase 2 provisional start date July 2005"
    # "programme to commence September 2004": likewise; "week commencing 14 April 2025" is that week, as `w/c` is
    (frozenset({None}), re.compile(r"(?<!week )\bcommenc(?:e|es|ing)\W*$")),
)
# STARTS by kind, each kind's words as one alternation (whether any row's words are printed): one search a phrase
STARTS_BY_KIND: dict[str | None, re.Pattern[str]] = {
    kind: re.compile("|".join(f"(?:{words.pattern})" for kinds, words in STARTS if kind in kinds))
    for kind in dict.fromkeys(kind for kinds, _ in STARTS for kind in kinds)}
# The words that may close an ongoing timeline after its last period, parted from it by nothing but marks: they say
# X is when it begins and that it runs on from there ("2028 onwards", "year 2 - ongoing"), so it starts at X with
# no end, likewise, never due at X's end; "ongoing in 24/25", the period after the word, is ongoing during X.
OPEN_ENDS: tuple[tuple[str, str], ...] = (
    ("onwards", r"onwards?"),  # "2028 onwards", "Q3 24/25 onwards"
    ("and_beyond", r"and beyond"),  # "2030 and beyond"
    ("then_ongoing", r"(?:(?:and|then)\s+)?ongoing"),  # "year 2 - ongoing", "Q3 24/25 (ongoing)", "2022 and ongoing"
)
OPEN_ON = re.compile(r"\W*(?:" + "|".join(words for _, words in OPEN_ENDS) + r")\W*$")
# The words that lead in, after a start, the period the action runs to: they end the text between that period and
# the one before it, whatever else stands there ("testing" below). Each row's example is real.
ENDS: tuple[tuple[str, str], ...] = (
    ("to", r"\bto|-"),  # Kensington and Chelsea's CRM: "to commence 06/25, testing through to September 2025"
    ("until", r"\b(?:until|till|through)"),  # Maidstone's "Waste and recycling strategy till 2019"
    ("by", r"\b(?:by|before)(?:\s+(?:the\s+)?end(?:\s+of)?)?"),  # Runnymede's "by end Sept 2024"
)
RUNS_TO = re.compile(r"(?:" + "|".join(words for _, words in ENDS) + r")\s*$")


def starts_at(kind: str | None, before: str) -> bool:
    """Whether the words before a phrase's first period (`before`) name when its action starts (STARTS), for a
    phrase of that kind (None: no kind word)."""
    words = STARTS_BY_KIND.get(kind)
    return words is not None and words.search(before) is not None


def runs_to(text: str, periods: list[FoundPeriod]) -> tuple[dt.date, tuple[str, ...]] | None:
    """The day a phrase starting at its first period runs to, and the reading's assumptions: the last day of the
    first later period ENDS' words lead in. None where there is none, or where that period ends no later than the
    start's own: "to commence July 2025 until June 2025" would run backwards, and "commencing 2025, through to June
    2025" names no end after the start's, so neither is read as a range; the phrase stays open-ended from its start,
    its other periods context (`first_period_of_several`)."""
    first = periods[0]
    for before, found in itertools.pairwise(periods):
        if RUNS_TO.search(text, before.end, found.start):
            start, end = first.period, found.period
            if start.start is None or start.end is None or end.end is None or end.end <= start.end:
                return None
            named = (*first.period.assumptions, *found.period.assumptions, "range_from_start_to_end")
            # the periods besides the start and its end are context, as they are beside a first period alone
            return end.end, tuple(dict.fromkeys((*named, "first_period_of_several") if len(periods) > 2 else named))
    return None
