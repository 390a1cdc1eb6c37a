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

Opens = tuple[tuple[str, frozenset[int]], ...]  # each gate word once, with the rows (by index) it opens


def gate_words(gates: Sequence[tuple[str, ...]]) -> Opens:
    """The gate words of a table's rows (`gates`, by row), each with the rows it opens."""
    return tuple((word, frozenset(i for i, gate in enumerate(gates) if word in gate))
                 for word in dict.fromkeys(word for gate in gates for word in gate))


def opened(text: str, opens: Opens) -> list[int]:
    """The rows whose gate words a phrase holds, in table order (a loop of `in`: cheaper here than a generator)."""
    rows: set[int] = set()
    for word, opening in opens:
        if word in text:
            rows |= opening
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
