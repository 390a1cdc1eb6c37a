"""Characters that print nothing yet keep a word from matching, removed alike from text and PDF input.

The table of them is council_actions/nonprinting.py's (INVISIBLE), below every stage: the issues ledger escapes
the same characters in the lines it prints.

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

from council_actions.counted import counted
from council_actions.issues import Issue, escape, warning
from council_actions.nonprinting import CHARACTERS, PATTERN


@dataclass(frozen=True)
class Glyph:
    """A PDF glyph its font maps to one thing while its place on the line shows another: read by its place. A
    space advances the type by its width; a character of the table prints nothing and advances nothing."""

    mapped: str  # what the font's map gives: " ", or any character of nonprinting.INVISIBLE (`INVISIBLE_MAPPED`)
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
SOFT_HYPHEN_AT_END = re.compile(r"\u00ad+(?=\s|$)")
# A vertical tab between words: Word's manual line break (Shift+Enter) as some exports write it. Removed, it ran the
# words either side together (`the policy\vand` read `the policyand`); read as the space a wrapped line's break is.
VERTICAL_TAB_BETWEEN = re.compile(r"(?<=\S)\x0b+(?=\S)")


def clean(text: str) -> tuple[str, str]:
    """The text without invisible characters (a soft hyphen ending a word read as `-`, a vertical tab between words
    as a space), and those it removed or read so."""
    if not PATTERN.search(text):
        return text, ""
    text = SOFT_HYPHEN_AT_END.sub("-", text)
    found = "".join(PATTERN.findall(text))
    return PATTERN.sub("", VERTICAL_TAB_BETWEEN.sub(" ", text)), found


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
    count = counted(len(removed), "character")  # most are format characters, not controls
    return warning("control_characters", "ingest", f"removed {count} that print nothing or control the terminal "
                   f"({kinds}) from {where}", escaped(quoted), span)

