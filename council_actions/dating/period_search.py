"""Finding the period expressions of a phrase: the rule table of `periods` applied in order, cheaply.

Most rules find nothing in most phrases, so the search skips what cannot match: a rule is only tried on a phrase
holding one of its gate words and printing the marks every match of it holds (a bracket, a slash, a day in figures),
and a rule needing a digit is skipped once every digit lies in a period found. All only skip work;
tests/normalise/test_timeline_rules.py checks each rule's gate, digit and marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from council_actions.dating.alternation import gate_words
from council_actions.dating.period_types import Context, Period
from council_actions.dating.periods import PERIOD_RULES, PeriodRule
from council_actions.period_words import MONTH_WORD, SEASON


def _mask(indices: Iterable[int]) -> int:
    """Rules by index as the bits of one int (bit i: PERIOD_RULES[i]): the search joins, clears and walks sets of
    rules for every phrase, and an int does each in one operation where a set of indices is rebuilt item by item."""
    return sum(1 << index for index in indices)


# The rules' gate words (alternation.gate_words: one scan finds each printed), each with the rules it opens as a
# mask; a phrase holding none of a rule's gate words never tries its pattern.
GATES = gate_words([rule.gate for rule in PERIOD_RULES])
GATE_OPENS = {word: _mask(rules) for word, rules in GATES.rows.items()}
# Rules whose every match holds a digit (their pattern has a digit class): once each digit of a phrase lies in
# a period already found, such a rule could only find overlapping matches, which are dropped, so it is skipped.
NEEDS_DIGIT = tuple(bool(re.search(r"\\d|\[[0-9]", rule.source)) for rule in PERIOD_RULES)
DIGIT_RULES = _mask(i for i, needs in enumerate(NEEDS_DIGIT) if needs)
# Marks every match of a rule holds one of, where its gate words do not already say so: the bracket of a gloss
# (`Q4 (Jan-Mar 2025)`), the slash or dash of a financial year (`Q3 2024/25`), the slash between two months
# (`Dec 24/Jan 25`). A phrase printing none of a mark's characters skips those rules, as one holding none of their
# gate words does (most phrases print no bracket, and a quarter with one year no slash or dash).
MARKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("(", ("quarter_glossed", "quarter_glossed_no_year", "season_glossed", "month_glossed")),
    ("/-", ("quarter_range_in_fy", "quarter_to_fy", "quarter_in_fy", "ordinal_quarter_in_fy", "quarter_of_year_span",
            "ordinal_quarter_of_year_span", "fy_then_quarter", "half_in_fy", "half_in_words_fy", "academic_year",
            "fy_academic_year", "season_of_fy")),
    ("/", ("month_pair",)),
)
MARKED = tuple((chars, _mask(i for i, rule in enumerate(PERIOD_RULES) if rule.name in names))
               for chars, names in MARKS)
# A day of the month in figures, as every match of the rules reading a day beside a month's name prints one (`30th
# September 2024`, `3 Oct to 14 November 2025`, `March 31, 2025`, `by 31 March`): one or two digits after no letter
# or digit (their `\b`, a space or a lead-in's lookbehind) and followed by an ordinal, a space, a comma or a range's
# join (`-`, `to`, `&`, `and`), never by a digit. Most phrases naming a month print none (`Sept 2024`, `by end Sept
# 2024`, `July 24`: a year ends the phrase), and skip those rules' five searches.
DAY_FIGURE = re.compile(r"(?<!\w)\d{1,2}(?=[a-z\s,&-])")
DAY_RULE_NAMES = ("day_range", "month_day_range", "day_month_year", "month_day_year", "day_no_year")
DAY_RULES = _mask(i for i, rule in enumerate(PERIOD_RULES) if rule.name in DAY_RULE_NAMES)
DIGIT = re.compile(r"\d")
SPACE = re.compile(r"\s")  # a character `str.isspace` is: any other is printed
# The ASCII characters DIGIT and SPACE match (`\d` is what str.isdecimal is, `\s` what str.isspace is), for counting
# them in a phrase's bytes (`_Taken`)
ASCII_DIGITS = bytes(code for code in range(128) if chr(code).isdecimal())
ASCII_SPACES = bytes(code for code in range(128) if chr(code).isspace())
# A word that names a time (a month, a season, a quarter or half by its number, a year) left outside every period
# found: a part of the phrase the rules did not read (`Mar 25/Jan 25`, a pair running backwards, read as January
# alone). `May` counts only before a figure (`may be reviewed` is no time), `fall` not at all (a verb far more often
# than a season), `quarter` not alone (`third quarter (October - December 2019)`: the months date it). A feast with no
# year (`by Christmas`) names a time too (feasts.py reads one with its year). A figure printed after the word
# is taken with it (`Mar 25`), so the warning names the time as printed, not a bare month. A month, period, week or
# term of a year counted by its number (`Month 6 2024/25`, `Period 6`, `Week 40 2025`, `Term 2`, as finance and
# school plans print them), which no rule dates, and a quarter no year has (`Q5 24/25`) name one too: the year beside
# them is read, and the part that narrows it is named, not dropped.
NAMES_A_TIME = re.compile(r"(?:\b(?!may\b|fall\b)(?:" + MONTH_WORD + "|" + SEASON + r"|q\d|h[12]|20\d{2}"
                          r"|christmas|easter|(?:month|period|week|term)\s*\d{1,2})\b|\bmay(?=\s*\d))"
                          r"(?: ?['\u2019]?\d{1,4}\b)?")


class FoundPeriod(NamedTuple):
    """A period expression found in a phrase: the rule that matched and where, so overlapping finds can be
    dropped and the reading names its rule."""

    rule: str
    start: int
    end: int
    period: Period


def find_periods(text: str, ctx: Context) -> list[FoundPeriod]:
    """All period expressions in a normalised phrase, left to right, without overlaps.

    Rules are tried in table order, only those `_rules_to_try` leaves; a match overlapping an earlier find is
    dropped (`_Taken`). Once no digit lies outside every find, the NEEDS_DIGIT rules are skipped, and so is a rule
    every gate word opening it lies in a find (`_Taken.opened`: once `sept 2024` is found in `by end sept 2024`, the
    month rules with no year); once nothing but space does, no rule is left to try."""
    found: list[FoundPeriod] = []
    rules, words = _rules_to_try(text)
    if not rules:
        return found
    taken = _Taken(text)
    if not taken.free_digits:
        rules &= ~DIGIT_RULES
    while rules:
        index = (rules & -rules).bit_length() - 1  # the lowest bit set: the next rule in table order
        rules &= rules - 1
        rule = PERIOD_RULES[index]
        match = rule.pattern.search(text)  # most rules tried find nothing: searched here, no call made for them
        if match is None:
            continue
        had = len(found)
        _add_finds(rule, match, text, ctx, found, taken)
        if len(found) == had:
            continue
        if not taken.free_printed:
            break  # nothing printed outside the finds: a later rule's match (it holds a gate word) would overlap one
        if not taken.free_digits:
            rules &= ~DIGIT_RULES
        if rules:
            rules &= taken.opened(words)
    if len(found) > 1:
        found.sort(key=lambda f: f.start)
    return found


class _Taken:
    """Which characters of a phrase the finds so far cover, and how many digits and printed (not space) characters
    lie outside them. Each check and each find costs its own length, not the phrase's or the number of finds: a
    timeline cell of 100k characters (hundreds of periods) was read in seconds per period when every match was
    checked against every find and the phrase rebuilt and searched again after each. An ASCII phrase (most) is
    counted in its bytes, whole and for each find, by deleting the other characters (one pass in C each), where
    findall builds a match and a string for every digit and space."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.covered = bytearray(len(text))
        self.raw = text.encode() if text.isascii() else None
        self.free_digits, self.free_printed = self._counts(0, len(text))

    def _counts(self, start: int, end: int) -> tuple[int, int]:
        """The digits and the printed characters from `start` to `end`."""
        if self.raw is not None:
            part = self.raw[start:end]
            return len(part) - len(part.translate(None, ASCII_DIGITS)), len(part.translate(None, ASCII_SPACES))
        return len(DIGIT.findall(self.text, start, end)), end - start - len(SPACE.findall(self.text, start, end))

    def opened(self, words: list[str]) -> int:
        """The rules (a mask) opened by a place of the gate words found (`words`, the longest at each place: GATES)
        that does not lie wholly in the finds. Every match of a rule holds one of its gate words (a test checks), where
        the scan found that word or a longer one it begins, which opens its rules too (alternation.gate_words); so a
        match of a rule only covered places open would overlap a find and be dropped: it is not searched for."""
        live = 0
        for word in set(words):
            at = self.text.find(word)
            while at != -1:
                if self.covered.find(0, at, at + len(word)) != -1:
                    live |= GATE_OPENS[word]
                    break
                at = self.text.find(word, at + 1)
        return live

    def overlaps(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) != -1

    def take(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)
        digits, printed = self._counts(start, end)
        self.free_digits -= digits
        self.free_printed -= printed


def _rules_to_try(text: str) -> tuple[int, list[str]]:
    """The rules that could match the phrase, as a mask (`_mask`): those a gate word it holds opens (GATES), less
    those needing a mark it does not print (MARKED, DAY_FIGURE); and the gate words found (`_Taken.opened`)."""
    active = 0
    words = GATES.words.findall(text)
    for word in words:
        active |= GATE_OPENS[word]
    if not active:
        return 0, words
    for chars, rules in MARKED:
        if active & rules:
            for char in chars:
                if char in text:
                    break
            else:
                active &= ~rules
    if active & DAY_RULES and DAY_FIGURE.search(text) is None:
        active &= ~DAY_RULES
    return active, words


def _add_finds(rule: PeriodRule, match: re.Match[str] | None, text: str, ctx: Context, found: list[FoundPeriod],
               taken: _Taken) -> None:
    """The rule's finds in the phrase from its first `match` on that overlap none `taken`, each added to `found`
    and `taken`. A rule's next match is searched from the end of its last (as `finditer` does, since no rule
    matches empty text), building no iterator, and not at all after a match that ends the phrase (most finds do)."""
    while match is not None:
        start, end = match.span()
        if not taken.overlaps(start, end):
            period = rule.read(match, ctx)
            if period is not None:
                found.append(FoundPeriod(rule.name, start, end, period))
                taken.take(start, end)
        match = rule.pattern.search(text, end) if end < len(text) else None


def unread_time_words(text: str, found: list[FoundPeriod], kind: str | None) -> tuple[tuple[int, int], ...]:
    """Where each word naming a time (NAMES_A_TIME) lies outside every period found in a dated phrase, so the reading
    names them (`period_words_not_read`, and the words themselves), and the warning it brings (normalise/reported.py)
    says which part was not read rather than dropping it unsaid. A recurring phrase's months and quarters are its
    cadence's (cadence.py)."""
    if not found or kind == "recurring" or _all_read(text, found):
        return ()
    rest = _blanked(text, found)
    first = NAMES_A_TIME.search(rest)
    if first is None:  # most phrases left with words: none names a time
        return ()
    return tuple(m.span() for m in NAMES_A_TIME.finditer(rest, first.start()))


def _all_read(text: str, found: list[FoundPeriod]) -> bool:
    """Whether nothing but space lies outside the periods found (in order, none overlapping), as in most phrases
    (`Q4 24/25`, `March 2025`): asked of the gaps between them, without building the phrase blanked."""
    at = 0
    for period in found:
        if period.start > at and not text[at:period.start].isspace():
            return False
        at = period.end
    return at == len(text) or text[at:].isspace()


def _blanked(text: str, found: list[FoundPeriod]) -> str:
    """The phrase with each period found (in order, none overlapping) printed over with spaces, built in one pass."""
    parts: list[str] = []
    at = 0
    for period in found:
        parts += (text[at:period.start], " " * (period.end - period.start))
        at = period.end
    parts.append(text[at:])
    return "".join(parts)
