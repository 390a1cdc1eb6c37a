"""Words from characters by pdfplumber's default rule, for the pdfium engine.

pdfplumber's `extract_words()` (y tolerance 3, x tolerance SPACE_SHARE of the
type size, no text flow) is the reference: lines are runs of character tops no
more than 3 points apart, read left to right; a word ends at a space, at a gap
wider than SPACE_SHARE of the size of the character before it, where the next
character starts left of the last one's start, or where its top moves more
than 3 points. The same rule written for upright text alone runs
several times faster than the general one; a page with rotated characters is
handed to pdfplumber's own extractor, so the result is the same either way.

Both engines' words then lose their invisible characters (`without_invisible`,
the table text input uses too: ingest/invisible.py), each word that held some
keeping its text as printed for the report. First, pdfminer's glyphs
that a font maps to a space or an invisible character are read by their place
(`read_glyphs`, the table invisible.GLYPHS): one that does not advance prints
nothing, one that advances is a space. pdfium needs none of it: its text page
leaves out glyphs without ink and puts its own space where the type moved on,
and the invisible characters it keeps have its box of the letter they follow
(Chromium's U+200D: a letter wide), not their own advance.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from math import inf
from operator import attrgetter
from typing import NamedTuple

from council_actions.ingest import invisible
from council_actions.ingest.pdf_layout import PdfObject

from council_actions.nonprinting import CHARACTERS

TOLERANCE = 3.0
# A gap wider than this share of the type size parts two words, printed space or not. Some producers print no space
# character between words, only move the next one a space's width on: PowerPoint's Kent appendix prints `KPI 1:`
# (Calibri Bold, 12 points) and `% of employees` 2.69 points apart, and `–` and `both` 2.79 apart, where Calibri's
# space is 0.226 em, 2.71 points. pdfplumber's fixed 3-point tolerance is wider than that at 12 points and up (a
# whole space and more in smaller type), so it read `KPI 1:%` and `–both`, where pdfium, which measures gaps against
# the letters' widths, reads the space the page shows. Word spaces of text fonts are 0.2 em or more (gaps left for
# spaces measured 0.21-0.23 em over the committed PDFs and the appendix); kerning between letters 0.04 em at most.
SPACE_SHARE = 0.15
ZERO_ADVANCE = 0.1  # points: a space the next character starts this close to the start of did not advance (a
# real one advances a quarter of the type size or so)
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"})


class Char(NamedTuple):
    """One printed character in pdfminer's box, in points from the page's top-left corner (a tuple: pages hold
    thousands, made in a tight loop)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    upright: bool
    size: float


X0 = attrgetter("x0")


def extract_words(chars: list[Char]) -> list[PdfObject]:
    """pdfplumber's `extract_words()` result from pdfium's characters; upright text takes the fast path written
    here, anything else pdfplumber's own extractor, so the words never depend on the engine."""
    if not all(c.upright for c in chars):
        from pdfplumber.utils.text import extract_words as general

        return with_first_widths(general([{"text": c.text, "x0": c.x0, "x1": c.x1, "top": c.top, "bottom": c.bottom,
                                           "doctop": c.top, "upright": c.upright, "size": c.size} for c in chars],
                                         x_tolerance_ratio=SPACE_SHARE, return_chars=True))
    return [_word(run) for line in _lines(chars) for run in _runs(line)]


def _lines(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped by top, chaining tops within the tolerance, each group in reading order."""
    group_of: dict[float, int] = {}
    group, last = -1, 0.0
    for top in sorted({c.top for c in chars}):
        if group < 0 or top > last + TOLERANCE:
            group += 1
        group_of[top] = group
        last = top
    lines: list[list[Char]] = [[] for _ in range(group + 1)]
    for char in chars:  # in page order within a line, as a stable sort leaves them
        lines[group_of[char.top]].append(char)
    for line in lines:
        line.sort(key=X0)
    return lines


def _runs(line: list[Char]) -> list[list[Char]]:
    """A line's words: a word ends at a space, at a gap wider than SPACE_SHARE of the last character's size,
    where the next character starts left of the last one's start, or where its top moves more than the tolerance."""
    runs: list[list[Char]] = []
    current: list[Char] = []
    before: Char | None = None
    for char in line:
        if char.text.isspace():
            if current:
                runs.append(current)
            current, before = [], None
            continue
        if before is not None and (char.x0 < before.x0 or char.x0 > before.x1 + SPACE_SHARE * before.size
                                   or abs(char.top - before.top) > TOLERANCE):
            runs.append(current)
            current = []
        current.append(char)
        before = char
    if current:
        runs.append(current)
    return runs


def _word(chars: list[Char]) -> PdfObject:
    text, x0s, x1s, tops, bottoms, _, _ = zip(*chars, strict=True)
    top, bottom, x0, x1 = min(tops), max(bottoms), min(x0s), max(x1s)
    return {"text": "".join(text).translate(LIGATURES), "x0": x0, "x1": x1, "top": top, "doctop": top,
            "bottom": bottom, "upright": True, "height": bottom - top, "width": x1 - x0, "direction": "ltr",
            "first_width": x1s[0] - x0s[0]}


def with_first_widths(words: list[PdfObject]) -> list[PdfObject]:
    """pdfplumber's words made with their characters (`return_chars`), each given its first character's width as
    `first_width`, as the fast path gives it, and its characters dropped: a word broken by letters over two lines is
    told by whether that one letter would have fitted on the line above (ingest/pdf_table._in_words)."""
    for word in words:
        first = word.pop("chars")[0]
        word["first_width"] = first["x1"] - first["x0"]
    return words


def mark_spaced_hyphens(words: list[PdfObject], spaces: Iterable[tuple[float, float]]) -> None:
    """`spaced` on each word with a space printed right after it ((x0, top) of each printed space, generated ones
    left out), and `space_after` on such a word that ends in a hyphen. At the end of a cell's line that space is the
    only sign that the line wrapped after the word, not inside it: a hyphen then does not join the word to the next
    line's (`day- ` / `to-day` wrapped after the space, `drop-` / `in` wrapped at the hyphen), and a word the next
    line's first letter would not have fitted after is no word broken by letters (PowerPoint's `Shared ` / `Outcom`
    / `e`: ingest/pdf_table._in_words). Producers that leave a wrap's space unprinted (Chromium) lose it. The spaces
    are looked up by rows of the tolerance's height, each row's sorted by x0, so a page of thousands costs little."""
    rows: dict[int, list[tuple[float, float]]] = {}
    for x0, top in spaces:
        rows.setdefault(int(top // TOLERANCE), []).append((x0, top))
    if not rows:
        return
    for row in rows.values():
        row.sort()
    for word in words:
        if _space_at(rows, word["x1"], word["top"]):
            word["spaced"] = True
            if word["text"].endswith("-"):
                word["space_after"] = True


def _space_at(rows: dict[int, list[tuple[float, float]]], x: float, top: float) -> bool:
    """Whether a printed space starts within the tolerance of (x, top), in the rows of spaces around `top`."""
    row_of = int(top // TOLERANCE)
    for near in (rows.get(row_of - 1, []), rows.get(row_of, []), rows.get(row_of + 1, [])):
        at = bisect_left(near, (x - TOLERANCE, -inf))
        while at < len(near) and near[at][0] <= x + TOLERANCE:
            if abs(near[at][1] - top) <= TOLERANCE:
                return True
            at += 1
    return False


def without_invisible(words: list[PdfObject]) -> list[PdfObject]:
    """The words with the invisible characters (ingest/invisible.py) taken out of their text, whichever engine
    made them: a word that held some keeps its printed text as `invisible`, for the line's report
    (`held_invisible`); a word of nothing else is dropped, as a word of spaces would be."""
    kept = []
    for word in words:
        text, removed = invisible.clean(word["text"])
        if text != word["text"]:
            word = {**word, "text": text, "invisible": word["text"]} if removed else {**word, "text": text}
        if text:
            kept.append(word)
    return kept


def held_invisible(words: list[PdfObject]) -> tuple[str, ...]:
    """The printed text of each of these words that held invisible characters, in order."""
    return tuple(w["invisible"] for w in words if "invisible" in w)


Placed = tuple[str, float, float, float]  # a glyph's text, x0, x1 and top


def glyph_reading(glyph: Placed, after: tuple[float, float] | None) -> tuple[str, float, float] | None:
    """(text, x0, x1) of a glyph that the table of glyphs (invisible.GLYPHS) reads otherwise than its font maps it,
    from whether it moves the next character in page order (`after`: its x0 and top) on: it does if that starts
    at least half its width past its start, or if nothing follows it on its line (a space a line ends on); it does
    not if that starts within ZERO_ADVANCE of its start. A glyph read as an invisible character is put where the
    next one starts, with no width (pdfplumber breaks a word where a character starts left of the one before); one
    read as a space keeps its box. A glyph of no width (a font with no widths puts every character at one point)
    has nothing to tell: it stays as mapped (None)."""
    text, x0, x1, top = glyph
    if x1 - x0 < ZERO_ADVANCE:
        return None
    if after is None or abs(after[1] - top) > TOLERANCE or after[0] - x0 >= (x1 - x0) / 2:
        read = invisible.read_as(text, True)
        return None if read is None else (read, x0, x1)
    if abs(after[0] - x0) < ZERO_ADVANCE:
        read = invisible.read_as(text, False)
        return None if read is None else (read, after[0], after[0])
    return None


def read_glyphs(chars: list[PdfObject]) -> list[PdfObject]:
    """pdfminer's characters with each space or invisible character read by its place (`glyph_reading`):
    Chromium's space glyphs of no advance as the zero-width spaces they print as, LibreOffice's spaces mapped to
    U+200C as spaces."""
    out = list(chars)
    last = len(chars) - 1
    for index, char in enumerate(chars):
        text = char["text"]
        if text != " " and text not in CHARACTERS:
            continue
        after = chars[index + 1] if index < last else None
        read = glyph_reading((text, char["x0"], char["x1"], char["top"]),
                             None if after is None else (after["x0"], after["top"]))
        if read is not None:
            text, x0, x1 = read
            out[index] = {**char, "text": text, "x0": x0, "x1": x1, "width": x1 - x0}
    return out
