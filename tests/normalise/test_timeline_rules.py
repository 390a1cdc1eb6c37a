"""The timeline rule tables' dispatch data, rule by rule: what lets the normaliser skip a rule must be true.

A kind or period rule is only tried on a phrase holding one of its gate words, and a period rule that needs a
digit is skipped once every digit lies in a period already found. A wrong gate or digit mark would silently drop a
reading, so each is checked on strings made from the rule's own pattern (hypothesis `from_regex`). The kind and
cadence tables' scans are replayed from the rows a phrase opens (council_actions/dating/alternation.py), which must find what one
scan of every row at once finds (KIND_ANY, and CADENCE_ANY here: one alternation of the cadence table's rows).
"""

import calendar
import datetime as dt
import random
import re._parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from council_actions.dating.alternation import any_word, opened, replay
from council_actions.dating.cadence import ALL_RULES, CADENCE_OPENS, CADENCE_PATTERNS
from council_actions.dating.kinds import KIND_ANY, KIND_RULES, OPENS, WORDING_PATTERNS, WORDINGS, kind_of
from council_actions.dating.period_search import (
    DAY_FIGURE,
    DAY_RULE_NAMES,
    DAY_RULES,
    DIGIT,
    GATES,
    MARKED,
    MARKS,
    NEEDS_DIGIT,
    SPACE,
    _Taken,
)
from council_actions.dating.periods import PERIOD_RULES
from council_actions.fiscal import FiscalCalendar, month_bounds

# The cadence table's one scan, each row's group `c<row>`, which its replay (cadence.read_recurrence) must find
CADENCE_ANY = re.compile("|".join(f"(?P<c{i}>{rule.pattern})" for i, rule in enumerate(ALL_RULES)))
GATED = [(f"kind:{kind}", pattern, gate) for kind, pattern, gate in KIND_RULES] + [
    (f"cadence:{i}:{rule.cadence}", re.compile(rule.pattern), rule.gate) for i, rule in enumerate(ALL_RULES)]


@pytest.mark.parametrize("name, pattern, gate", GATED, ids=[row[0] for row in GATED])
def test_a_match_holds_a_gate_word(name, pattern, gate):
    @settings(max_examples=60, deadline=None, database=None)
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        assert any(word in match.group() for word in gate), (name, match.group())

    check()


@pytest.mark.parametrize("index", range(len(PERIOD_RULES)), ids=[rule.name for rule in PERIOD_RULES])
def test_a_period_match_holds_a_gate_word_and_the_digit_and_marks_its_rule_is_marked_with(index):
    """A period rule's dispatch marks (its gate words, a digit, MARKS' characters, a day in figures: DAY_FIGURE)
    checked on the same strings: drawing 60 strings from a pattern is what costs (some 0.2 s of CPU), and a test for
    each mark, drawing 60 of its own, cost that again for each mark. With the rest of the string taken by finds, the
    rule is still opened (`_Taken.opened`), or find_periods would skip a match overlapping no find."""
    rule = PERIOD_RULES[index]
    marks = [chars for chars, rules in MARKED if rules >> index & 1]
    needs_day = bool(DAY_RULES >> index & 1)

    @settings(max_examples=60, deadline=None, database=None)
    @given(st.from_regex(rule.pattern))
    def check(text: str) -> None:
        match = rule.pattern.search(text)
        assert match is not None
        assert any(word in match.group() for word in rule.gate), ("gate", rule.name, match.group())
        assert not NEEDS_DIGIT[index] or DIGIT.search(match.group()), ("digit", rule.name, match.group())
        for chars in marks:
            assert any(char in match.group() for char in chars), ("mark", chars, rule.name, match.group())
        assert not needs_day or DAY_FIGURE.search(text), ("day figure", rule.name, text)
        taken = _Taken(text)
        for start, end in ((0, match.start()), (match.end(), len(text))):
            if end > start:
                taken.take(start, end)
        assert taken.opened(GATES.words.findall(text)) >> index & 1, ("opened", rule.name, text)

    check()


def test_every_marked_rule_is_a_rule():
    """A misspelt name in period_search.MARKS would mark nothing, silently."""
    assert [rules.bit_count() for _, rules in MARKED] == [len(names) for _, names in MARKS]
    assert DAY_RULES.bit_count() == len(DAY_RULE_NAMES)


@pytest.mark.parametrize("rule", PERIOD_RULES, ids=lambda rule: rule.name)
def test_no_period_rule_matches_empty_text(rule):
    """find_periods searches on from the end of a rule's last match, which is finditer only for such patterns."""
    assert re._parser.parse(rule.pattern.pattern).getwidth()[0] > 0


@pytest.mark.parametrize("year", [1900, 2000, 2023, 2024, 2100])
def test_month_bounds_by_table_against_the_calendar_module(year):
    assert [month_bounds(year, month) for month in range(1, 13)] == [
        (dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])) for month in range(1, 13)]


def test_financial_year_label_by_table():
    assert [FiscalCalendar().label(year) for year in range(1990, 2110)] == [
        f"{year}/{(year + 1) % 100:02d}" for year in range(1990, 2110)]


@given(start_month=st.integers(1, 12), year=st.integers(2000, 2098), first=st.integers(1, 4), last=st.integers(1, 4))
def test_quarter_and_year_bounds_by_month_arithmetic(start_month, year, first, last):
    """The calendar's bounds against dates counted month by month from the year's first day."""
    fy = FiscalCalendar(start_month=start_month)

    def month(offset: int) -> tuple[int, int]:
        index = start_month - 1 + offset
        return year + index // 12, index % 12 + 1

    def last_day(offset: int) -> dt.date:
        y, m = month(offset)
        return dt.date(y, m, calendar.monthrange(y, m)[1])

    assert fy.year_bounds(year) == (dt.date(*month(0), 1), last_day(11))
    assert fy.quarter_bounds(year, first) == (dt.date(*month(3 * first - 3), 1), last_day(3 * first - 1))
    # a last quarter before the first (`Q4-Q1`) is the next year's: the interval never ends before it starts
    assert fy.quarter_bounds(year, first, last) == (fy.quarter_bounds(year, first)[0],
                                                    fy.quarter_bounds(year + (last < first), last)[1])
    assert fy.half_bounds(year, 1 + first % 2) == (dt.date(*month(6 * (first % 2)), 1), last_day(6 * (first % 2) + 5))


# Words the kind and cadence rules are made of, and others printed beside them, joined with and without spaces so
# that the rows' matches overlap and lie side by side (`once complete`, `ongoing quarterly`, `is when`, `fromonthly`)
SCAN_WORDS = sorted({word for _, _, gate in WORDINGS for word in gate} | {word for rule in ALL_RULES for word in rule.gate}
                    | {"is", "when", "complete", "completed", "within", "throughout", "every", "two", "six", "months",
                       "monthly", "may", "annual", "review", "in", "2025", "q2", "per", "each", "once a", "yearly",
                       "bi-", "semi", "conclusion", "onwards", "and beyond", "extended from", "update", "done",
                       "in place", "on approval of", "business as usual", "feb", "oct", "&", "a", "."})
SEPARATORS = [" ", "", ", ", " - ", ". ", "; "]


def phrases(draw: random.Random, count: int) -> list[str]:
    """`count` phrases of up to seven scan words, each followed by a separator, drawn by Python's `random` as
    hypothesis seeds it (new seeds each run, the failing one printed). Drawn by hypothesis's own list strategy, a
    phrase cost some 1 ms, 20 to 70 times the scans it is checked with: 40 seeds of 150 phrases check twice the
    3000 phrases the strategy's examples did, for a tenth of the CPU."""
    return ["".join(draw.choice(SCAN_WORDS) + draw.choice(SEPARATORS) for _ in range(draw.randint(0, 7)))
            for _ in range(count)]


def kind_scans_agree(text: str) -> None:
    replayed = [(KIND_RULES[WORDINGS[row][0]][0], match.span())
                for row, match in replay(text, WORDING_PATTERNS, opened(text, OPENS))]
    assert replayed == [(match.lastgroup, match.span()) for match in KIND_ANY.finditer(text)], text
    found: dict[str, re.Match[str]] = {}
    for match in KIND_ANY.finditer(text):
        found.setdefault(match.lastgroup or "", match)  # each group is named by its row's kind
    kind = next((first for first, _, _ in KIND_RULES if first in found), None)
    got, at = kind_of(text)
    assert (got, at.span() if at else None) == (kind, found[kind].span() if kind else None), text


def cadence_scans_agree(text: str) -> None:
    replayed = [(f"c{row}", match.span()) for row, match in replay(text, CADENCE_PATTERNS, opened(text, CADENCE_OPENS))]
    assert replayed == [(match.lastgroup, match.span()) for match in CADENCE_ANY.finditer(text)], text


@pytest.mark.parametrize("scans_agree, text", [
    (kind_scans_agree, "ongoing complete"),  # `g complete` (complete) begins inside `ongoing`'s match: ongoing alone
    (kind_scans_agree, "once completed quarterly"),
    (cadence_scans_agree, "bi-monthly"),  # `monthly` matches inside `bi-monthly`'s match: one scan finds bi-monthly
    (cadence_scans_agree, "six monthly, every 2 months annually")], ids=lambda value: getattr(value, "__name__", value))
def test_a_scan_replayed_finds_what_one_scan_finds_where_a_match_begins_inside_another(scans_agree, text):
    scans_agree(text)


@settings(max_examples=40, deadline=None, database=None)
@given(st.randoms(use_true_random=True))
def test_the_kind_scan_replayed_finds_what_kind_any_finds(draw):
    for text in phrases(draw, 150):
        kind_scans_agree(text)


@settings(max_examples=40, deadline=None, database=None)
@given(st.randoms(use_true_random=True))
def test_the_cadence_scan_replayed_finds_what_cadence_any_finds(draw):
    for text in phrases(draw, 150):
        cadence_scans_agree(text)


@pytest.mark.parametrize("pattern", WORDING_PATTERNS + CADENCE_PATTERNS, ids=lambda pattern: pattern.pattern[:40])
def test_no_kind_or_cadence_row_matches_empty_text(pattern):
    """The replay goes on from a match's end, which is finditer only where no match is empty."""
    assert re._parser.parse(pattern.pattern).getwidth()[0] > 0


def test_the_kind_wordings_are_the_alternatives_of_the_one_scan():
    """One pattern of each kind's wordings, in order, is the kind rule's own (the recurring row: its cadences')."""
    by_rank: dict[int, list[str]] = {}
    for rank, pattern, _ in WORDINGS:
        by_rank.setdefault(rank, []).append(pattern.pattern)
    joined = ["|".join(f"(?:{p})" for p in patterns) if len(patterns) > 1 else patterns[0]
              for _, patterns in sorted(by_rank.items())]
    assert joined == [pattern.pattern for _, pattern, _ in KIND_RULES]


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_a_phrase_s_digits_and_printed_characters_are_counted_as_the_regex_classes_match_them(text):
    """period_search._Taken counts an ASCII phrase's digits and printed characters from its bytes (ASCII_DIGITS,
    ASCII_SPACES), whole and in each find, any other by `\\d` and `\\s`: both ways must count alike, or a rule would
    be skipped while a digit is still free (or the search stop while a printed character is)."""
    taken = _Taken(text)
    assert (taken.free_digits, taken.free_printed) == (len(DIGIT.findall(text)), len(text) - len(SPACE.findall(text)))
    start, end = len(text) // 3, len(text) - len(text) // 3  # a find's span: what it holds is counted the same way
    taken.take(start, end)
    rest = text[:start] + text[end:]
    assert (taken.free_digits, taken.free_printed) == (len(DIGIT.findall(rest)), len(rest) - len(SPACE.findall(rest)))


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(st.text(alphabet="abq -.", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="abq -.", max_size=20))
def test_a_trie_of_words_finds_a_word_wherever_one_is_printed(words, text):
    """alternation.any_word (the gate words' scan, alternation.gate_words): a phrase holds a match of the trie exactly where it holds one of
    the words, words that begin others (`month`, `monthly`) and words of marks and spaces among them."""
    assert (re.search(any_word(words), text) is not None) == any(word in text for word in words), (words, text)


@pytest.mark.parametrize("table", [OPENS, CADENCE_OPENS], ids=["kinds", "cadences"])
def test_each_gate_word_printed_alone_opens_its_rows(table):
    """A gate word that a longer one begins (`month`, `monthly`) is found printed alone, not only inside the longer."""
    for word, rows in table.rows.items():
        assert opened(word, table) == sorted(rows), word
