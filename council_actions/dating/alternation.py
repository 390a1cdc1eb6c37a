"""What one alternation of a rule table's patterns finds, replayed from the patterns a phrase's gate words open.

The kind and cadence tables are read as one alternation each (the rows' patterns joined by `|`, as kinds.KIND_ANY joins
the kind table's): left to right, at each place the earliest row that matches there, then on from the match's end.
Trying every row at every place is slow (each row is led by `\\b`, and the recurring kind is the whole cadence table),
while a phrase holds the gate words of a row or two. A row whose gate words a phrase does not hold matches nowhere in it
(each table's gate test checks that every match holds one), so leaving it out of the alternation changes nothing: the
scan is replayed from the opened rows' own searches (`replay`), which finds the same matches in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

Trie = dict[str, "Trie"]  # each next character's subtree; the key "" marks where a word ends


class Opens(NamedTuple):
    """A table's gate words (`gate_words`): one pattern finding the longest gate word printed at each place of a
    phrase (a lookahead over a trie of them, `any_word`, so that words overlapping each other are each found, led by
    one of the characters a word begins with, so that a place no word begins at, a space or most figures, is passed
    over by one check rather than by trying each of the trie's first branches in turn), and
    for each word the rows it opens with those of every gate word inside it (`q` inside `quarter`), which are
    printed wherever it is."""

    words: re.Pattern[str]
    rows: dict[str, frozenset[int]]


def gate_words(gates: Sequence[tuple[str, ...]]) -> Opens:
    """The gate words of a table's rows (`gates`, by row), each with the rows it opens."""
    words = tuple(dict.fromkeys(word for gate in gates for word in gate))
    first = re.escape("".join(sorted({word[0] for word in words})))
    return Opens(re.compile(f"(?=[{first}])(?=({any_word(words)}))"),
                 {word: frozenset(i for i, gate in enumerate(gates) if any(inside in word for inside in gate))
                  for word in words})


def any_word(words: Sequence[str]) -> str:
    """A pattern finding wherever one of `words` is printed, as a trie: one branch for each first character, then for
    each next, so that at each place of a phrase the regex engine tries the one branch its character opens, where a
    plain alternation of the words tries each word in turn. It finds a word wherever that alternation does (whether
    a phrase prints any is what it is asked); where a word and a longer one it begins are both printed at a place,
    its match is the longer (a greedy optional tail)."""
    tree: Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: Trie) -> str:
    """The pattern of a trie's node: its children's branches, optional where a word ends at the node."""
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{joined})?" if "" in node else joined


def opened(text: str, opens: Opens) -> list[int]:
    """The rows whose gate words a phrase holds, in table order: one scan of the phrase for every gate word (`Opens`),
    where asking `word in text` of each of some forty was most of the cost of a phrase's kind."""
    rows: set[int] = set()
    for word in opens.words.findall(text):
        rows |= opens.rows[word]
    return sorted(rows)


def replay(text: str, patterns: Sequence[re.Pattern[str]], rows: list[int]) -> Iterator[tuple[int, re.Match[str]]]:
    """The matches (with their rows) of the alternation of `rows`' patterns over a phrase, left to right: the
    leftmost of the rows' next matches, the earlier row's where two start at one place, then each row's next
    match from that match's end (a match begun before it is searched for again). One row is its own `finditer`.
    No row may match empty text (each table's tests check), as finditer would step past an empty match."""
    if len(rows) == 1:
        yield from ((rows[0], match) for match in patterns[rows[0]].finditer(text))
        return
    heads = {row: patterns[row].search(text) for row in rows}
    while True:
        live = [(match.start(), row, match) for row, match in heads.items() if match is not None]
        if not live:
            return
        _, row, match = min(live, key=lambda head: head[:2])
        yield row, match
        end = match.end()
        for other, head in heads.items():
            if head is not None and head.start() < end:
                heads[other] = patterns[other].search(text, end)
