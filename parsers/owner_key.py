"""The key a document prints to its own abbreviations, read where it is printed, outside the owner cells.

Plans name owners by initials or a post's abbreviation (`SDC`, `CE`, `HoF`) and print what they stand for once,
apart from the rows: a list under "Abbreviations" or "Glossary of terms", a `Key:` table, or a note on reading the
plan (Stratford-on-Avon's housing strategy action plan 2015-2020 prints `SDC = Stratford-on-Avon District Council.`
among its "Notes on reading the Action Plan"). KEY_SHAPES is the rule table of how an entry is printed: an
abbreviation, then what it stands for after an equals sign (an entry wherever it stands), or after a dash, a colon,
a tab or a table's cell border (an entry only under a heading of the profile's `[document_words] owner_keys`, since
`Status: Complete` and `Lead - Head of Finance` are printed so too). The abbreviation has the shape of initials
(council_actions/owner_spellings.INITIALS), so a colour key's rows (`Green = on track`) are never read as one.

The entries are the document's own (ParsedDocument.owner_key): the normaliser expands an owner its owner cells print
so with them (normalise/document_key.py), naming the entry's line on the owner row. Their lines, and the heading over
them, are boilerplate `owner_key`, taken out of what the plan's reader sees: a key's line is never an action, nor
lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from council_actions.ingest import LABEL_MARK
from council_actions.ingest.model import Document, Line
from council_actions.parsers.records import Boilerplate, KeyEntry, ParsedDocument
from council_actions.parsers.totals_tables import blank_lines

from council_actions.document_words import DocumentWords, any_of
from council_actions.owner_spellings import INITIALS

# What an abbreviation stands for: words opening with a capital, no sentence's stop within (a full stop may end it).
MEANING = r"(?P<meaning>[A-Z][^\s.;:=|]*(?:\s+[^\s.;:=|]+)*?)\.?"
# A heading's markup and its colon, around its words (`_bare`).
MARKUP_START = re.compile(r"[#*_\s]+")
MARKUP_END = re.compile(r"[*_:\s]+")


@dataclass(frozen=True)
class KeyShape:
    """A row of the rule table: how an entry parts its abbreviation from what it stands for, whether it is an
    entry only under a key's heading (`headed`), and an entry (the line, its abbreviation, what it stands for) the
    tests read: the equals sign's is Stratford-on-Avon's; no real key of the others is stored, so theirs are made
    up."""

    name: str
    description: str
    pattern: re.Pattern[str]
    headed: bool
    example: tuple[str, str, str]


def _shape(parting: str) -> re.Pattern[str]:
    """An entry whose abbreviation and meaning the `parting` parts, the whole line (a list's bullet before it
    allowed, as before a record's label: ingest/bullets.LABEL_MARK)."""
    return re.compile(rf"{LABEL_MARK.source}(?P<short>{INITIALS}){parting}{MEANING}\s*")


KEY_SHAPES = (
    KeyShape("equals", "the abbreviation, an equals sign, what it stands for", _shape(r"\s*=\s*"), False,
             ("  • SDC = Stratford-on-Avon District Council.", "SDC", "Stratford-on-Avon District Council")),
    KeyShape("dash", "the abbreviation, a spaced dash, what it stands for", _shape(r"\s+[-–—]\s+"), True,
             ("CE – Chief Executive", "CE", "Chief Executive")),
    KeyShape("colon", "the abbreviation, a colon, what it stands for", _shape(r"\s*:\s+"), True,
             ("HoF: Head of Finance", "HoF", "Head of Finance")),
    KeyShape("cells", "the abbreviation and what it stands for in two cells: a tab, a run of spaces or a table's "
             "border between", _shape(r"\s*(?:\t\s*|\s{2,}|\|\s*)"), True,
             ("| CDTL | Conservation and Design Team Leader |", "CDTL", "Conservation and Design Team Leader")),
)


def printed_key(document: Document, words: DocumentWords) -> tuple[tuple[KeyEntry, ...], tuple[Boilerplate, ...]]:
    """The document's key entries (KEY_SHAPES), in printed order, and the boilerplate `owner_key` of their lines and
    of each heading with an entry under it."""
    lines = list(document.iter_lines())
    heading = _heading(words.owner_keys)
    entries: list[KeyEntry] = []
    placed: list[Boilerplate] = []
    under = False  # below a key's heading, no line since that is not an entry
    for k, line in enumerate(lines):
        text = line.text.strip().strip("|").strip()
        if not text:
            continue
        entry = _entry(line, headed=under)
        if entry is not None:
            entries.append(entry)
            placed.append(Boilerplate("owner_key", line.text, line.span))
            continue
        under = bool(heading.fullmatch(_bare(text))) and _entry_follows(lines, k)
        if under:
            placed.append(Boilerplate("owner_key", line.text, line.span))
    return tuple(entries), tuple(placed)


def without_key(document: Document, placed: tuple[Boilerplate, ...]) -> Document:
    """The document as its plan's reader is to see it: each line of the key blank (its number and place kept)."""
    return blank_lines(document, {b.span.line_start for b in placed})


def with_key(parsed: ParsedDocument, entries: tuple[KeyEntry, ...], placed: tuple[Boilerplate, ...]
             ) -> ParsedDocument:
    """The parsed document holding its key, the key's lines among its boilerplate in printed order; a reader that
    reported a key's line as text it did not place (the blank it saw there, within a list) reported nothing lost."""
    if not placed:
        return parsed
    held = {b.span.line_start for b in placed}
    boilerplate = tuple(sorted(parsed.boilerplate + placed, key=lambda b: b.span.char_start))
    issues = tuple(i for i in parsed.issues if not (i.code == "unplaced_text" and not i.raw_text.strip()
                                                    and set(range(i.span.line_start, i.span.line_end + 1)) <= held))
    return replace(parsed, owner_key=entries, boilerplate=boilerplate, issues=issues)


def _entry(line: Line, headed: bool) -> KeyEntry | None:
    """The entry the line prints, by the first KEY_SHAPES row it fits (one needing a heading only `headed`)."""
    for shape in KEY_SHAPES:
        if shape.headed and not headed:
            continue
        found = shape.pattern.fullmatch(line.text.strip().strip("|"))
        if found is not None:
            return KeyEntry(found["short"], found["meaning"], line.text.strip(), line.span)
    return None


def _bare(text: str) -> str:
    """The line's words without a heading's markup around them. Every line of a document is asked, so the end's
    markup is matched at the start of the reversed line: one `sub` of `^...|...$` tries the end's at each
    character, which was four fifths of reading the seed plan's key (1.7 of 2.2 ms)."""
    start, end = MARKUP_START.match(text), MARKUP_END.match(text[::-1])
    first = start.end() if start else 0
    return text[first:len(text) - (end.end() if end else 0)]  # empty where the two overlap


def _entry_follows(lines: list[Line], k: int) -> bool:
    """The next printed line after line k is an entry under a heading: a heading with nothing of a key under it (a
    colour key's `Key:`) is left to the other rules."""
    after = next((line for line in lines[k + 1:] if line.text.strip()), None)
    return after is not None and _entry(after, headed=True) is not None


@lru_cache(maxsize=16)
def _heading(words: tuple[str, ...]) -> re.Pattern[str]:
    """A key's heading: one of the profile's owner_keys, case aside. Built once per profile's words."""
    return re.compile(any_of(words), re.IGNORECASE)
