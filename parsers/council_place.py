"""Where a council's place starts and ends among the capitalised words a name's shape read (parsers/council.py).

A shape reads a run of capitalised words as the place: before a kind or `Council` (`Maidstone Borough Council`),
or after an opening (`London Borough of Sutton`). Other parts of the line run into that run where nothing parts
them: a heading's, a post's or a meeting's word before the place (`KEY COUNCIL POLICIES`, `Leader of Brighton &
Hove City Council`), a document's words after an opening's place (`THE CITY OF SALFORD CORPORATE HOUSING
STRATEGY`). The words no place holds are the profile's and grammar's (`not_in_a_name`); the place is the run's
words on its council's side of the nearest of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from council_actions.document_words import DocumentWords, any_of

# Words opening a line about a council that are no part of a place's name: articles, demonstratives, possessives, `all`,
# `each`, `whole`, `one` (`One Council, One Kingston`, a programme's name), the prepositions of `Report to Council` and
# `About Wiltshire Council Housing` (a handbook's section), and the question words opening a sentence or a web page's
# title (`What Wiltshire Council is doing, ...`). English grammar, the same for any council, so kept here; the words of
# a council's meetings and papers (`Full`, `Cabinet`, `Appendix`) are the profile's `not_places`, the kinds of council
# (`Borough`) its `council_kinds` and the words opening a name before its place (`London Borough of`) its
# `name_openings` (`not_a_name`).
GRAMMAR_WORDS = frozenset({"the", "this", "that", "our", "your", "each", "every", "whole", "a", "an", "one", "all",
                           "to", "for", "about", "what", "how", "who", "why", "where", "when", "which"})
SHAPE_WORD = "council"  # the word every shape ends or opens at, no place either
# An indefinite article: before a place and `Council` it makes them a kind of council, an aim or a description, not
# one council's name (`to be a Best Value Council`, Slough's; `a New Council`, Kirklees'). English grammar, so here.
ARTICLES = frozenset({"a", "an"})
WORD = re.compile(r"\S+")
# What ends the words read but no name: a possessive (`Royal Borough of Windsor & Maidenhead’s new draft Corporate
# Plan`) or the sentence's full stop after an opening's place (`the Constitution of the City and County of Swansea.`).
NOT_THE_NAMES = re.compile(r"(?:['’]s)?\.?$")


@dataclass(frozen=True)
class NameShape:
    """A shape of a council's name (a row of parsers/council_shapes.name_shapes' table); `name` is the group that is the
    council's name, `place` its place's; `opens`: the name opens before its place (`London Borough of Sutton`), which
    runs on after it; `described`: after an indefinite article (ARTICLES) the shape describes a council and names none
    (`a Modern Council`), but where one of the profile's `modified_nouns` follows (`An Angus Council spokesman`). Not
    the shapes with a kind or an opening: there the article stands before a name used as a noun's modifier (`a Kent
    County Council spokesperson`)."""

    shape: str
    pattern: re.Pattern[str]
    opens: bool = False
    described: bool = False


@lru_cache(maxsize=16)
def not_a_name(words: DocumentWords) -> frozenset[str]:
    """The words a place's name cannot open with, taken off its front (`Report to Full Council`: no council called
    `Report to Full`): those of `not_in_a_name`, SHAPE_WORD and each word of the profile's `council_kinds` (`Town
    Council`). Not the words of its `name_openings` (`opening_words`)."""
    return not_in_a_name(words) | {SHAPE_WORD} | {part for kind in words.council_kinds for part in kind.split()}


@lru_cache(maxsize=16)
def not_in_a_name(words: DocumentWords) -> frozenset[str]:
    """The words no place holds wherever they stand in the run a shape read as the place: GRAMMAR_WORDS, the
    profile's `not_places` (`Special Council`), its `post_subjects` (`Director of Finance Tunbridge Wells Borough
    Council`: the post is of `Finance`, no place), its `name_verbs` (`Leave Bradford Metropolitan District Council`)
    and each word of its `keys` and `sections`, the words heading a key or a section (`KEY COUNCIL POLICIES` names no
    council `Key Council`). Not a kind's words: a kind's first word
    stands inside the run before its last (`Bradford Metropolitan District Council`)."""
    return (GRAMMAR_WORDS | set(words.not_places) | set(words.post_subjects) | set(words.name_verbs)
            | {part for phrase in (*words.keys, *words.sections) for part in phrase.split()})


@lru_cache(maxsize=16)
def opening_words(words: DocumentWords) -> frozenset[str]:
    """The words of the profile's `name_openings` but their joins (`london`, `royal`). They open a council's name as
    the whole phrase, which its own shape reads, and a place's name too (`Royal Wootton Bassett Town Council`, the
    `London` of `City of London`), so none is taken off a place's front; but none is a place alone (`The Royal
    Borough Council` names no council)."""
    return frozenset(part for phrase in words.name_openings for part in phrase.split()) - set(words.place_joins)


def name_read(text: str, match: re.Match[str], shape: NameShape, words: DocumentWords,
              posts: tuple[str, ...]) -> str | None:
    """The council's name a shape's match holds, as printed (its spaces made one, a trailing possessive off), or none
    where no place is left. The words of a post (the profile's `[owner_words] posts`) are no place's either: in
    `Councillor Bella Sankey, Leader of Brighton & Hove City Council said:` the council is Brighton & Hove's, not
    one called `Leader of Brighton & Hove`. A name opening before its place (`opens`) keeps the opening and its
    place up to the first word no place holds (`London Borough of Tower Hamlets Cabinet Member`); any other keeps
    the place from after the last such word up to its kind or `Council`, and a `described` shape's name after an
    indefinite article is none unless it modifies a noun after it (`_modifies`). A trailing possessive or full stop is
    no part of the name (NOT_THE_NAMES)."""
    inside_none = not_in_a_name(words) | set(posts)
    place = [(word.group().lower(), match.start("place") + word.start(), match.start("place") + word.end())
             for word in WORD.finditer(match["place"])]
    lowered = [word for word, _, _ in place]
    if shape.opens:  # the opening stays, the place may end early
        kept = place[:_place_end(lowered, inside_none, words.place_joins)]
        start, stop = match.start("name"), match.end("name") if kept == place else kept[-1][2] if kept else 0
    else:  # the kind or `Council` stays, the place may start late
        kept = place[_place_start(lowered, (inside_none, not_a_name(words) | set(posts)), words.place_joins):]
        start, stop = match.start("name") if kept == place else kept[0][1] if kept else 0, match.end("name")
    if not kept or {word for word, _, _ in kept} <= opening_words(words) or (shape.described and _after_article(
            text, start) and not _modifies(text, stop, words)):
        return None
    return NOT_THE_NAMES.sub("", " ".join(text[start:stop].split()), count=1)


def _place_start(place: list[str], none: tuple[frozenset[str], frozenset[str]], joins: tuple[str, ...]) -> int:
    """Where a place starts among the run's words (lower-cased) before its kind or `Council`: after the last word no
    place holds anywhere (`none[0]`: a post's, a heading's, a meeting's word is its own part of the line, whatever
    capitalised words stand between it and the place), then past any word no place opens with (`none[1]`) or join
    left in front of the rest (a join joins two words of a name and opens none)."""
    inside_none, opens_none = none
    start = max((index + 1 for index, word in enumerate(place) if word in inside_none), default=0)
    while start < len(place) and (place[start] in opens_none or place[start] in joins):
        start += 1
    return start


def _place_end(place: list[str], inside_none: frozenset[str], joins: tuple[str, ...]) -> int:
    """Where a place after an opening ends among the run's words (lower-cased): before the first word no place holds
    (`THE CITY OF SALFORD CORPORATE HOUSING STRATEGY`: `Corporate` opens a post, the document's name), and before a
    join left at the end."""
    end = next((index for index, word in enumerate(place) if word in inside_none), len(place))
    while end and place[end - 1] in joins:
        end -= 1
    return end


@lru_cache(maxsize=16)
def _modified(words: DocumentWords) -> re.Pattern[str] | None:
    """One of the profile's `modified_nouns` opening the text after a name (compiled once per profile's words)."""
    return re.compile(rf"\s+(?i:{any_of(words.modified_nouns, plurals=True)})\b") if words.modified_nouns else None


def _modifies(text: str, end: int, words: DocumentWords) -> bool:
    """The name (ending at `end`) stands before one of the profile's `modified_nouns` as its modifier, so an article
    before it is the noun's (`An Angus Council spokesman said:`), not the name's."""
    noun = _modified(words)
    return noun is not None and noun.match(text, end) is not None


def _after_article(text: str, start: int) -> bool:
    """The word right before the name (`start`) is an indefinite article (`becoming a Best Value Council`)."""
    before = text[:start].split()
    return bool(before) and before[-1].lower() in ARTICLES
