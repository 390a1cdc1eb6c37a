"""A text printed wholly in look-alikes of Latin letters (`Асtіоn Рlаn`, its `А`, `с`, `і`, `о`, `Р`, `а` Cyrillic),
read as the Latin text it is.

A PDF converter, or a font's Unicode map, can give every Latin letter that has a Cyrillic or Greek twin as that twin.
The text then looks right and reads as nothing: no heading, id (`СI001`), owner or date rule matches it, and the
document failed as "no actions could be read" without saying why. Where letters printed more often as their twin
than as themselves are a quarter of its letters or more, and more than ten times its other Greek and Cyrillic
letters (`Letters.disguised`), the text is no Greek or Cyrillic one (in those, most letters have no Latin twin) but
a Latin one in disguise: every line and cell is read with them as the Latin letters (one for one, so every span
still points at the characters printed), and one warning says so, with how many. A plan with a look-alike here and
there keeps its characters as printed; its headings are compared as Latin all the same (council_actions/lookalikes.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from council_actions.ingest.model import Document, Line

from council_actions.issues import warning
from council_actions.lookalikes import OTHER_SCRIPT, script_lookalikes

LATIN_LETTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
MOST_SWAPPED = 0.25  # share of a text's letters printed as swapped twins from which it is disguised (`Letters`)
FEWEST_TWINS = 10  # a disguised text's swapped letters are more than ten times its other Greek and Cyrillic ones
# English's commonest letters: a text with four times as many of them as Greek and Cyrillic letters cannot be disguised
# (`could_be_disguised`), which a count of these settles without counting every character of a long plan.
COMMONEST = "etaoinsr"


@dataclass(frozen=True)
class Letters:
    """How a text prints its letters: as Greek or Cyrillic twins of Latin ones (`twins`), and of them those of the
    Latin letters printed more often as a twin than as themselves (`swapped`), as Latin letters, and as other Greek
    or Cyrillic letters (none of whose look like a Latin one)."""

    twins: int
    swapped: int
    latin: int
    others: int

    def disguised(self) -> bool:
        """Whether the text is a Latin one printed in twins (see the module): its swapped letters are a quarter of
        its letters or more, and more than ten times its other Greek and Cyrillic letters (`Тема 1 — Культура`, a
        Russian heading, has 8 letters with a Latin twin and 4 without).

        A converter swaps a set of letters (`e` always as `е`, `a` as `а`, ...), so in its text those letters are
        twins far more often than Latin, and they are common ones (in English about half of all letters); a plan
        with a look-alike here and there prints each letter as Latin far more often; a Russian or Greek text has its
        `а`, `е`, `о` and more, but most of its letters have no Latin twin (д, и, л, п, ы, я; λ, π, σ)."""
        letters = self.twins + self.latin + self.others
        return self.others * FEWEST_TWINS < self.swapped and self.swapped >= MOST_SWAPPED * letters


def read_as_latin(document: Document) -> Document:
    """The document with its look-alikes read as Latin letters where it is written in them (see the module), with a
    warning saying how many; else the document as it is. Counted only where a Greek or Cyrillic letter is printed."""
    if not could_be_disguised(document.text):
        return document
    letters = letters_of(document.text)
    if not letters.disguised():
        return document
    table = script_lookalikes()
    pages = tuple(replace(page, lines=tuple(_line_folded(line, table) for line in page.lines))
                  for page in document.pages)
    word = next(w for w in document.text.split() if any(ord(c) in table for c in w))
    message = (f"the text is printed in look-alikes of Latin letters: {letters.twins} of its letters are Greek or "
               f"Cyrillic ones that look like Latin letters, against {letters.latin} Latin letters and "
               f"{letters.others} other Greek or Cyrillic ones (as a PDF converter or a font's map can give); read "
               f"as the Latin letters they look like ({word!r} as {word.translate(table)!r}), so every value holds "
               "those, not the characters printed")
    issue = warning("text_lookalikes_folded", "ingest", message, "", document.span())
    return replace(document, text=document.text.translate(table), pages=pages, issues=(*document.issues, issue))


def could_be_disguised(text: str) -> bool:
    """Whether `Letters.disguised` can hold, from two counts far cheaper than `letters_of`'s count of every character
    (a plan with a Cyrillic letter here and there, like Runnymede's, is the common case): a disguised text's swapped
    letters are a quarter of its letters or more, and each is printed as a Greek or Cyrillic one, so there are at
    least a quarter as many of those as of any Latin letters, `COMMONEST` among them. Each of those takes two bytes
    in UTF-8, so the bytes past one a character bound their number from above: the seed plan's 65,000 characters
    have 30 such bytes and 6,354 `e`s, so one count of a letter rules it out (0.08 ms, not 0.6)."""
    most = len(text.encode("utf-8", "surrogatepass")) - len(text)  # a byte more, at least, a letter past ASCII
    common = 0
    for letter in COMMONEST:  # counted only until they outnumber four times the most Greek and Cyrillic there can be
        common += text.count(letter)
        if most * 4 < common:
            return False
    script = len(OTHER_SCRIPT.findall(text))
    return script > 0 and script * 4 >= common


def letters_of(text: str) -> Letters:
    """The counts `Letters.disguised` decides by, in one pass of the text's distinct characters (a Counter), so a
    long plan with a Cyrillic letter somewhere costs one count, not a look-up a character."""
    table = script_lookalikes()
    counts = Counter(text)
    twins: Counter[str] = Counter()
    others = 0
    for character, count in counts.items():
        if OTHER_SCRIPT.match(character):
            if ord(character) in table:
                twins[table[ord(character)]] += count
            else:
                others += count
    latin = sum(count for character, count in counts.items() if character in LATIN_LETTER)
    swapped = sum(count for letter, count in twins.items() if count > counts[letter])
    return Letters(sum(twins.values()), swapped, latin, others)


def _line_folded(line: Line, table: dict[int, str]) -> Line:
    return replace(line, text=line.text.translate(table),
                   cells=tuple(replace(cell, text=cell.text.translate(table)) for cell in line.cells))
