"""The one table of characters that print nothing yet keep a word from matching (INVISIBLE).

Below every stage (tests/test_layers.py): ingest removes them from every value it reads (ingest/invisible.py,
which reports each line that held some and reads a PDF's glyphs by their place), and the issues ledger escapes
them in every line it prints (council_actions/issues.printable), so a name shown is the name to type. One table,
so that what a value loses and what a message escapes never differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Invisible:
    """A range of characters removed from every value, with what they are and why they get in."""

    first: str
    last: str
    what: str


INVISIBLE = (
    Invisible("\x00", "\x08", "control characters (NUL to backspace): binary damage, a converter's stray bytes"),
    Invisible("\x0b", "\x0b", "vertical tab: Word's manual line break in some exports (a space between words)"),
    Invisible("\x0e", "\x1f", "control characters (shift out to unit separator), escape among them"),
    Invisible("\x7f", "\x9f", "delete and the C1 controls: Windows-1252 text read as Latin-1"),
    Invisible("\u00ad", "\u00ad", "soft hyphen: prints only where a line breaks at it (at a word's end read as `-`)"),
    Invisible("\u061c", "\u061c", "Arabic letter mark: a bidi mark"),
    Invisible("\u200b", "\u200f", "zero-width space, non-joiner and joiner; left-to-right and right-to-left marks"),
    Invisible("\u202a", "\u202e", "bidi embeddings, pop and overrides (an override reverses what a reviewer sees)"),
    Invisible("\u2060", "\u2064", "word joiner and the invisible operators"),
    Invisible("\u2066", "\u2069", "bidi isolates and their pop"),
    Invisible("\ufeff", "\ufeff", "byte-order mark past a file's start (a pasted file), or zero-width no-break space"),
)
CHARACTERS = frozenset(chr(code) for entry in INVISIBLE for code in range(ord(entry.first), ord(entry.last) + 1))
PATTERN = re.compile("[" + "".join(f"{re.escape(r.first)}-{re.escape(r.last)}" for r in INVISIBLE) + "]")
