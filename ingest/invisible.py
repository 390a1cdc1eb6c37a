"""Characters that print nothing yet keep a word from matching: the one table for text and PDF input.

A zero-width space inside `CI001`, a bidi mark before `Head of Finance` or a
byte-order mark before a column heading prints nothing, yet no rule reads the
word it sits in. Text input removes them line by line (ingest/text.py); PDF
input removes them from each word as an engine makes it (ingest/pdf_words.py,
for pdfium and pdfplumber alike), and each line that held some is reported the
same way (`report`): what was removed, from which line (and page), the line's
text with them escaped.

The soft hyphen (U+00AD) prints only where a line breaks at it. Inside a word
it printed nothing and is removed like the rest. At a word's end it is the
hyphen the break printed (the PDF reference's use of it for a hyphen a layout
adds; pdfium already hands it over as its line-end hyphen mark, read as `-`):
read as `-` there, so both engines agree and a wrapped cell's line joins the
next as any line ending in a hyphen does (parsers/cleaning.join_wrapped).

A PDF's font map may say otherwise than its page (GLYPHS): a glyph mapped to a
space that does not advance printed one of these characters (Chromium), a glyph
mapped to one of them that advances is a space (LibreOffice 7.4 gives its space
glyph the code of the first of them it prints). Its place decides, never the
producer's name (ingest/pdf_words.read_glyphs measures it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from council_actions.ingest.model import Span

from council_actions.issues import Issue, escape, warning


@dataclass(frozen=True)
class Invisible:
    """A range of characters removed from every value, with what they are and why they get in."""

    first: str
    last: str
    what: str


INVISIBLE = (
    Invisible("\x00", "\x08", "control characters (NUL to backspace): binary damage, a converter's stray bytes"),
    Invisible("\x0b", "\x0b", "vertical tab: the line tab and newline stand for already"),
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


@dataclass(frozen=True)
class Glyph:
    """A PDF glyph its font maps to one thing while its place on the line shows another: read by its place. A
    space advances the type by its width; a character of the table prints nothing and advances nothing."""

    mapped: str  # what the font's map gives: " ", or any character of INVISIBLE (`INVISIBLE_MAPPED`)
    advances: bool  # whether the next character on its line starts past it (or none follows it on its line)
    read_as: str
    why: str


INVISIBLE_MAPPED = "invisible"
GLYPHS = (
    Glyph(" ", False, "\u200b", "Chromium prints a zero-width joiner, word joiner or bidi mark as a space glyph that "
          "does not advance: a zero-width space, removed with the others (a word broke there: `J` `ohn`)"),
    Glyph(INVISIBLE_MAPPED, True, " ", "LibreOffice 7.4's subset font maps its space glyph to the first invisible "
          "character printed with it (U+200C): every real space of the page reads as that character, yet moves the "
          "next letter on by its width (the words ran together: `Improvespeedwith`)"),
)
_READ_AS = {(glyph.mapped, glyph.advances): glyph.read_as for glyph in GLYPHS}  # asked for every printed space
PATTERN = re.compile("[" + "".join(f"{re.escape(r.first)}-{re.escape(r.last)}" for r in INVISIBLE) + "]")
SOFT_HYPHEN_AT_END = re.compile(r"\u00ad+(?=\s|$)")


def clean(text: str) -> tuple[str, str]:
    """The text without invisible characters (a soft hyphen ending a word read as `-`), and those it removed."""
    if not PATTERN.search(text):
        return text, ""
    text = SOFT_HYPHEN_AT_END.sub("-", text)
    return PATTERN.sub("", text), "".join(PATTERN.findall(text))


def read_as(text: str, advances: bool) -> str | None:
    """What a glyph the font maps to `text` stands for, where its place says otherwise (GLYPHS), else None."""
    return _READ_AS.get((INVISIBLE_MAPPED if text in CHARACTERS else text, advances))


def escaped(text: str) -> str:
    """The text with each invisible character written as its escape (`\\u200b`), to quote what was read."""
    return PATTERN.sub(lambda m: escape(m.group()), text)


def report(removed: str, where: str, quoted: str, span: Span) -> Issue:
    """The one warning for a line that held invisible characters, whichever reader read it: how many, which
    (as U+ codes), `where` (`line 7`, `page 2 line 14`), and the line as printed with them escaped."""
    kinds = ", ".join(sorted({f"U+{ord(c):04X}" for c in removed}))
    count = f"{len(removed)} character{'s' if len(removed) > 1 else ''}"  # most are format characters, not controls
    return warning("control_characters", "ingest", f"removed {count} that print nothing or control the terminal "
                   f"({kinds}) from {where}", escaped(quoted), span)

