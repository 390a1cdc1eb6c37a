"""How an English title prints a council's name (`name_shapes`): the patterns parsers/council.py reads a document's
title lines by, built from the profile's words.

Apart from parsers/council.py, which decides whose document it is from what is printed, given and claimed (its rule
table): these patterns say only what a council's name looks like on a page, and parsers/council_place.py where the
place they read starts and ends.
"""

from __future__ import annotations

import re
from functools import lru_cache

from council_actions.parsers.council_place import SHAPE_WORD, NameShape

from council_actions.document_words import DocumentWords, any_of

WORD = r"[A-Z][a-z'’]*(?:-[A-Za-z][a-z'’]*)*\.?"
# The joins closing a list of places, before its last (`Bournemouth, Christchurch and Poole`): English grammar, the
# same for any council; a comma joins a place's words only in such a list, and only where the profile's
# `place_joins` hold the join.
LIST_JOINS = ("and", "&")
# A capitalised word glued to the capitals before it, as a PDF's text runs a masthead into the line after it
# (`LOCALTunbridge Wells Borough Council magazine`, the council's magazine): it opens a word, as after a space.
GLUED = r"(?<=[A-Z])(?=[A-Z][a-z])"


@lru_cache(maxsize=16)
def name_shapes(words: DocumentWords) -> tuple[NameShape, ...]:
    """The shapes of a council's name, in the order tried, built from the profile's words (once per profile's words,
    kept for the last 16): a place, one of its `council_kinds` and `Council` (`Maidstone Borough Council`); one of
    its `name_openings`, a place and `Council` where printed (`London Borough of Sutton`, `City of York Council`);
    then a place and `Council` (`Bracknell Forest Council`), which ends a name only where no word of its
    `council_nouns` follows (in `Maximising Council Tax Income` the word before `Council` is no place), and names no
    council after an indefinite article (`described`: `a Best Value Council` is an aim). A place is
    up to five capitalised words, a word of its `place_joins` between two of them or not (`Kingston upon Thames`,
    `Redcar and Cleveland`), and ends at a word's end (a full stop after it is the sentence's).

    The profile gives the words; the order of the parts (a kind after its place and before `Council`, an opening
    before its place), the capitalised place and the word `Council` are how an English title prints a council's
    name whatever its words, so they are grammar, kept here: a council named in another order needs a shape here."""
    place = _place(words)
    noun = rf"(?!\s+(?i:{any_of(words.council_nouns)})\b)" if words.council_nouns else ""
    openings = _as_printed(_longest_first(words.name_openings), words.place_joins) if words.name_openings else ""
    opening = rf"(?:{openings}\s+)?" if openings else ""
    shapes = (("place_kind_council", words.council_kinds,
               rf"(?P<name>{opening}(?P<place>{place})\s+WORDS\s+Council)\b"),
              ("name_opening", _longest_first(words.name_openings),
               rf"(?P<name>WORDS\s+(?P<place>{place})(?:\s+Council)?)\b"))
    return (*(NameShape(shape, re.compile(pattern.replace("WORDS", _as_printed(phrases, words.place_joins), 1)),
                        opens=shape == "name_opening") for shape, phrases, pattern in shapes if phrases),
            NameShape("place_council", re.compile(rf"(?P<name>(?P<place>{place})\s+Council)\b{noun}"), described=True))


def _longest_first(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """An opening holding another (`cyngor sir` and `cyngor`) is tried first."""
    return tuple(sorted(phrases, key=len, reverse=True))


def _as_printed(phrases: tuple[str, ...], joins: tuple[str, ...]) -> str:
    """The profile's phrases as a title prints them: each word capitalised but a word of its `place_joins` (`London
    Borough of`), parted by any spaces."""
    return "(?:" + "|".join(r"\s+".join(re.escape(part if part in joins else part.capitalize())
                                         for part in phrase.split()) for phrase in phrases) + ")"


def _place(words: DocumentWords) -> str:
    """A place's name: up to five capitalised words, one of the profile's `place_joins` (lower case, as printed)
    between two of them or none, the first of them opening a word (`BCP Council` names no council `P Council`) or
    glued to the capitals before it (GLUED: `LOCALTunbridge Wells Borough Council magazine`, not `Wells ...`). A
    comma joins the places of a list the join `and` or `&` closes, each of one word or two (`Bournemouth, Christchurch
    and Poole Council`, `Armagh City, Banbridge and Craigavon Borough Council`), as English lists places; a join joins
    only two words of the place (`Sutton and` before `Corporate Plan` ends it)."""
    joins = words.place_joins
    join = rf"\s+{any_of(joins)}\s+|" if joins else ""
    word = rf"(?:(?<![\w'’-])|{GLUED})(?!{_place_ends(words)}){WORD}"
    closing = tuple(join_word for join_word in LIST_JOINS if join_word in joins)
    listed = (rf"(?:(?:\s+{word})?(?:,\s+{word}(?:\s+{word})?){{1,2}}(?=\s+{any_of(closing)}\s+{word}))?"
              if closing else "")
    return rf"{word}{listed}(?:(?:{join}\s+){word}){{0,4}}"


def _place_ends(words: DocumentWords) -> str:
    """What no word of a place is, so that the place ends before it (and opens after it): `Council` (`City of York
    Council Plan 2019-2023` names `City of York Council`, not a place `York Council Plan`); the first word of a phrase
    naming a document printed there, a word of the profile's `names` (`Plan`, `Strategy`), `plan_titles` (`Action
    Plan`) or `document_kinds` (`Corporate Plan`: `LONDON BOROUGH OF HOUNSLOW CORPORATE PLAN` names no place
    `Hounslow Corporate Plan`), case aside and in the plural too; and one of its `name_openings` printed, which opens
    another name (`London Borough of Hounslow London Borough of Hounslow ...`)."""
    phrases = (*words.names, *words.plan_titles, *words.document_kinds)
    ends = [rf"{SHAPE_WORD.capitalize()}\b"]
    if phrases:
        ends.append(rf"(?i:{any_of(phrases, plurals=True)})\b")
    if words.name_openings:
        ends.append(rf"{_as_printed(words.name_openings, words.place_joins)}\s")
    return "|".join(ends)
