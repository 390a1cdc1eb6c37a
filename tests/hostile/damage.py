"""Test-only: the damage that made tests/fixtures/damaged/ from real samples, kept so a test can make each
fixture again from its sample and prove the note in that folder's SOURCES.md true."""

from __future__ import annotations

import re

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
