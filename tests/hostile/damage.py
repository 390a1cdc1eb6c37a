"""Test-only: the damage that made tests/fixtures/damaged/ from real samples, kept so a test can make each
fixture again from its sample and prove the note in that folder's SOURCES.md true."""

from __future__ import annotations

import re
from itertools import accumulate

WORD_PAIR = re.compile(r"(\w)(?=\w)")


def zero_width_between_letters(text: str) -> str:
    """A zero-width space after every letter that another follows, as some PDF-to-text converters leave them."""
    return WORD_PAIR.sub("\\1\u200b", text)


def bidi_override_each_line(text: str) -> str:
    """Each line with text wrapped in a right-to-left override and a pop: it prints the same, reversed on screen."""
    return "\n".join(f"\u202e{line}\u202c" if line.strip() else line for line in text.split("\n"))


def byte_order_mark_at_line(text: str, index: int) -> str:
    """A byte-order mark at the start of line `index` (from 0), where a file pasted after another leaves one."""
    lines = text.split("\n")
    lines[index] = "\ufeff" + lines[index]
    return "\n".join(lines)


def one_line(text: str) -> str:
    """Every line break a space: the whole document on one line, as a converter that lost its line ends writes it."""
    return text.replace("\n", " ")


# The invisible characters of ingest/invisible.py that leave a printed page as it was: alone between two letters, or
# (an embedding, override or isolate) around one letter with its closing pop, so nothing is reordered. The zero-width
# space and the soft hyphen are left out: a line may break at either, and the print would change.
ALONE = ("\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u061c")
AROUND = (("\u202a", "\u202c"), ("\u202b", "\u202c"), ("\u202d", "\u202c"), ("\u202e", "\u202c"),
          ("\u2066", "\u2069"), ("\u2067", "\u2069"), ("\u2068", "\u2069"))
WORD = re.compile(r"[^\W\d_]{3,}")  # letters only: a digit in a right-to-left embedding may move
Kind = str | tuple[str, str]
# Those LibreOffice 7.4 prints leaving its page as it was (Waverley's plan seeded with each kind alone, and with these
# in turn, every other glyph where the clean print has it): the zero-width non-joiner, word joiner, left-to-right
# mark and the three isolates. Left out: the zero-width joiner (lines broke elsewhere), the byte-order mark, the
# right-to-left and Arabic letter marks (every line moved down: a fallback font's line height), and the embeddings
# and overrides (a line may break at one: `S` / `eptember`, `t` / `he`; the right-to-left ones reorder the text).
LIBREOFFICE_KEEPS: tuple[Kind, ...] = ("\u200c", "\u2060", "\u200e", *AROUND[4:])


def invisible_in_words(text: str, start: int = 0, kinds: tuple[Kind, ...] = (*ALONE, *AROUND)) -> str:
    """Into every word of three or more letters, after its first, the next of `kinds` (ALONE and AROUND) in
    turn (from `start`): an owner's name, a date, a reference each hold one. Returns the text."""
    count = start

    def seed(match: re.Match[str]) -> str:
        nonlocal count
        kind = kinds[count % len(kinds)]
        count += 1
        word = match.group()
        if isinstance(kind, tuple):
            return word[0] + kind[0] + word[1] + kind[1] + word[2:]
        return word[0] + kind + word[1:]

    return WORD.sub(seed, text)


def lines_copied_above(text: str, first: int, last: int, times: int) -> str:
    """Lines `first` to `last` (from 0, `last` left out) copied `times` times over above the first line, as a
    converter that repeats a block it read writes them: here a run of column headings standing above the plan."""
    lines = text.split("\n")
    return "\n".join(lines[first:last] * times + lines)


def repeated(text: str, times: int) -> str:
    """The whole text `times` times over, one copy after another: a plan as long as a council's longest, every line
    its own (a converter that wrote a table once for each page it spans writes it so)."""
    return "\n".join([text] * times)


PIECE = re.compile(r"[^\s|]+")  # a word: no space, no tab, no pipe


def wide_line(text: str, index: int, count: int, separator: str) -> str:
    """A line of `count` words put in before line `index` (from 0): the text's own words (PIECE) from that line on
    (from the line again where they run out), joined by `separator` (a tab, ` | `), as a converter that ran a
    table's lines together and cut a cell at every word writes one."""
    lines = text.split("\n")
    words = PIECE.findall("\n".join(lines[index:]))
    return "\n".join([*lines[:index], separator.join(words[k % len(words)] for k in range(count)), *lines[index:]])


def stray_line(text: str, index: int, count: int, separator: str) -> str:
    """A line of `count` of the text's own words (PIECE) from line `index` (from 0) on, then from its first line,
    joined by `separator`, put in before line `index` (after the last line where `index` is past it): one line of
    another layout than the plan's (a table's line pasted in, lines run together), wherever it falls."""
    lines = text.split("\n")
    words = PIECE.findall("\n".join(lines[index:] + lines[:index]))
    return "\n".join([*lines[:index], separator.join(words[k % len(words)] for k in range(count)), *lines[index:]])


def stray_lines(text: str, index: int, counts: tuple[int, ...], separator: str) -> str:
    """A block of lines, one of `counts[k]` words each, put in before line `index` (from 0; after the last line where
    `index` is past it): the text's own words (PIECE) from line `index` on, then from its first line, taken in turn,
    the words of each line joined by `separator`: lines of another layout than the plan's (a table's lines run
    together and pasted in), next to each other, wherever they fall."""
    lines = text.split("\n")
    words = PIECE.findall("\n".join(lines[index:] + lines[:index]))
    taken = list(accumulate(counts, initial=0))
    block = [separator.join(words[k % len(words)] for k in range(start, start + count))
             for start, count in zip(taken[:-1], counts, strict=True)]
    return "\n".join([*lines[:index], *block, *lines[index:]])


def lines_put_in(text: str, put_in: dict[int, str]) -> str:
    """The text with each line of `put_in` put before its line (from 0, of the text as given): real stray lines
    (a note, a running footer) where a converter writes one through a table."""
    lines = text.split("\n")
    for index in sorted(put_in, reverse=True):
        lines.insert(index, put_in[index])
    return "\n".join(lines)
