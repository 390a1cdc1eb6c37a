"""Whether a line opens a part of a plan by a section word of the profile's (`opens_part`: `Objective 4: Our
environment`, `Cross cutting theme 2`), and a heading's text as printed (`heading_text`).

Here, in the first stage, because a reader asks it as the parsers do: a code list's line right above a record's
code heads its group when it opens a part so (ingest/code_list.py), and the parsers read a section heading
(parsers/section_lines.py, whose `counted` and `labelled` rules are these patterns), a title above the first part
(parsers/furniture.py) and a column headed by a part (parsers/part_column.py) by the same patterns, so that what
opens a part is decided once, and no stage imports a later one for it (tests/test_layers.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from council_actions.ingest.markup import strip_html, without_markup

from council_actions.document_words import DocumentWords, any_of

# A section word's number: digits, dotted where the part is numbered within its parent's (`Goal 1.1`), or a word
# (`Priority 3`, `Theme one`). Only after a section word: a dotted number opening a line (`1.1 Show explicit links
# ...`) numbers an action, and parsers/section_lines.NUMBERED takes none but `N.0`. The number words are English
# counting, the same for every council's plan (as document_words.PLURALS is English grammar), not a council's
# wording: kept here.
COUNTS = r"(?:\d{1,2}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten)"
MOST_WORDS = 12  # a heading is a few words; a longer line is prose


def opens_part(text: str, words: DocumentWords) -> bool:
    """Whether the line opens a part of the plan by a section word (`counted` or `labelled`: `Objective 4: Our
    environment`), not a minute on one of its items (`naming_an_item`): what is printed under it is that part's,
    never the document's title (parsers/furniture.py), and a code list's records under it are that part's
    (ingest/code_list.py)."""
    line = heading_text(text)
    if words.agenda_items and naming_an_item(words.sections, words.section_kinds, words.agenda_items).match(line):
        return False
    return any(section_word(words.sections, words.section_kinds, labelled).match(line) for labelled in (False, True))


@lru_cache(maxsize=16)
def naming_an_item(sections: tuple[str, ...], kinds: tuple[str, ...], items: tuple[str, ...]) -> re.Pattern[str]:
    """A line opening with a section word and its number, a lettered part of it or not (`Objective 1.b`, `Theme
    2`), then a dash or a colon and a word of the profile's `agenda_items` with its number (`- item 11:`): a
    meeting's minute on an item of that part of the plan (Epping Forest's minutes on action 11 under its Key Action
    Plan's objective 1.b), which names the part and then the item it speaks of. A heading names the part and then
    the part itself (`Objective 4: Our environment`, `Outcome 4 - In Argyll and Bute ...`), never an item by its
    number; with the letter or without it, the line is no section."""
    kind = rf"(?:{any_of(kinds)}\s+)?" if kinds else ""
    return re.compile(rf"^{kind}{any_of(sections)}\s*:?\s*{COUNTS}(?:\.?[a-z]\b)?\.?\s*[-\u2013:]\s*"
                      rf"{any_of(items)}\s+\d", re.IGNORECASE)


@lru_cache(maxsize=16)
def section_word(sections: tuple[str, ...], kinds: tuple[str, ...], labelled: bool) -> re.Pattern[str]:
    """A line opening with a section word of the profile's `sections`, or with one of its `section_kinds` and then
    a section word (`Community Theme 1 - ...`, `Strategic Objective 1: ...`): with its number alone (`Cross cutting
    theme 2`), or `labelled`, with a colon and the section's name, its number before the colon or after it
    (`Priority: Creating vibrant communities`, `Goal 1.1: A Healthy, Resilient and Safe Community`, `Goal: 2.1
    Inviting places and spaces`), or with its number, a dash and the name (`Outcome 4 - In Argyll and Bute children
    and young people have the best possible start`: the number makes the word a label, where `Priority - high` is
    none; the dash may follow the number with no space, `Priority 1- Prevention`, but a space after it, so a span
    `Priority 1-3` is none), or with its number, a full stop and a name of a few words opening with a capital
    (`Theme 1. Healthy Community`: a full stop ends sentences too, so `Objective 1. the council will ...` wrapped
    from prose is none)."""
    kind = rf"(?:{any_of(kinds)}\s+)?" if kinds else ""
    word = rf"{kind}(?P<word>{any_of(sections)})"
    if labelled:
        named = rf"(?=\s+(?-i:[A-Z])\S*(?:\s+\S+){{0,{MOST_WORDS - 1}}}$)"
        label = rf"(?:(?:\s+{COUNTS})?\s*:(?:\s*{COUNTS}(?=\s))?|\s+{COUNTS}\s*[-\u2013](?=\s)|\s+{COUNTS}\.{named})"
        return re.compile(rf"^{word}{label}\s*(?P<name>[^.!?;]+)$", re.IGNORECASE)
    return re.compile(rf"^{word}\s+{COUNTS}$", re.IGNORECASE)


def heading_text(printed: str) -> str:
    """The heading as printed, its markup (converter HTML, a pipe table's bars, a Markdown '#') and spacing
    cleaned."""
    return " ".join(without_markup(strip_html(printed)).split())
