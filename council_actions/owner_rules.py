"""The patterns an owner cell is read with (normalise/owner_split.py): its joins, and a profile's owner words as
patterns (WordRules), built once per profile. The words are the council's, in its profile's `[owner_words]`; the
shapes the patterns give them are code, here.

Below the stages (tests/test_layers.py), beside the profile the words come from: the readers know an owner's line
by the same words (ingest/cell_shapes.py), the parsers a sign-off's post (parsers/sign_off.py), and normalise
splits owner cells by them, so no stage imports a later one for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from council_actions.owner_words import OwnerWords

# `&` joins as 'and' does, under the same rules: within one body's or post's name (`Legal & Democratic Services`,
# `Head of Planning & Development`) it parts nothing, between two owners (`Head of Finance & Head of HR`, `CHoHROD &
# HoBPPP`) it parts them. Between two single letters, unspaced, it is no join but a letter of one initialism (`O&S`,
# `S&A`: the Overview and Scrutiny, the Standards and Audit Committee), where between longer ones it still parts two
# owners (`HoS&HoF`).
JOIN = r"(?:\s+and\s+|\s*(?<!\b[A-Za-z](?=&[A-Za-z]\b))&\s*)"
AND = re.compile(JOIN)


@dataclass(frozen=True)
class WordRules:
    """The patterns the shapes read a profile's owner words with (owner_words.OwnerWords: its posts, posts of, bodies),
    built once per profile: the words are the council's, the patterns' shapes are this module's."""

    post: re.Pattern[str]  # a piece that opens with a post word (`Head of ...`, `The Leader`)
    post_of: re.Pattern[str]  # a piece naming a post by what it is of or for (`Service Lead for Housing`)
    and_before_post: re.Pattern[str]  # an 'and' before a post: two owners (`Head of Finance and Head of Legal`)
    owner_end: re.Pattern[str]  # the last word of a post or body (`... Development Manager`, `... Team`)
    body_word: re.Pattern[str]  # a body's word anywhere in a name (`Environment Directorate Change`)
    post_end: re.Pattern[str]  # the last word of a post alone (`Project Manager`), not of a body
    # a role label (the lists roles and lead_labels) opening the cell or a sentence of it (`Lead:`, `. Accountable:`)
    role: re.Pattern[str]
    cost: re.Pattern[str]  # what an action costs, after the words naming its owner (`... officer time`)
    designation: re.Pattern[str]  # a post held beside another, the whole piece (`Section 151 Officer`)
    body_name: re.Pattern[str]  # a body's name joined by 'and' or '&', found in a stretch (`Overview & Scrutiny`)
    post_names: tuple[re.Pattern[str], ...]  # each post's names, the whole piece (`Chief Finance Officer`)
    # a post or body ending in its word and another owner opening with an acronym or a body's name (body_names) run on
    # after it, on one line with no separator (`Housing Advice Manager MBC Housing Advice Team`, `MBC Housing Advice
    # Team Citizens Advice Maidstone`): its `gap` the space between the two
    run_together: re.Pattern[str]
    subject: re.Pattern[str]  # a word naming what a post is of or for, anywhere in a piece (`Commercial Ethics`)


@lru_cache(maxsize=16)
def word_rules(words: OwnerWords) -> WordRules:
    """The profile's owner words as WordRules: whole words, case aside."""
    posts, posts_of, bodies, roles, costs, designations = (
        any_word(w) for w in (words.posts, words.posts_of, words.bodies, words.roles + words.lead_labels, words.costs,
                              words.designations))
    return WordRules(re.compile(rf"^(?:the\s+)?{posts}\b", re.IGNORECASE),
                     re.compile(rf"\b{posts_of}\s+(?:of|for)\b", re.IGNORECASE),
                     re.compile(rf"{JOIN}(?=(?:the\s+)?{posts}\b)", re.IGNORECASE),
                     re.compile(rf"\b(?:{posts}|{bodies})$", re.IGNORECASE),
                     re.compile(rf"\b{bodies}\b", re.IGNORECASE),
                     re.compile(rf"\b{posts}$", re.IGNORECASE),
                     re.compile(rf"(?:^|(?<=[.;,\n]))\s*\b{roles}\s*:", re.IGNORECASE),
                     re.compile(rf"(?<=\w)\s+{costs}$", re.IGNORECASE),
                     re.compile(rf"(?:the\s+)?{designations}", re.IGNORECASE),
                     re.compile(rf"\b{joined_names(words.body_names)}\b", re.IGNORECASE),
                     tuple(re.compile(rf"(?:the\s+)?{any_word(tuple(n.strip() for n in names.split('=')))}",
                                      re.IGNORECASE) for names in words.post_names),
                     re.compile(rf"\b[A-Z][\w'’-]*\s+(?i:{any_word(words.posts_of + words.bodies)})(?P<gap>\s+)"
                                rf"(?=[A-Z]{{2,}}\s+[A-Z]|(?i:{joined_names(words.body_names)})\b)"),
                     re.compile(rf"\b{any_word(words.subjects)}\b", re.IGNORECASE))


def any_word(words: tuple[str, ...]) -> str:
    """One of the words, spaced as printed (`chief executive`: any spacing); a list of none matches nothing. The
    owner words' one pattern, for the shapes of an owner's line too (ingest/cell_shapes.py)."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")" if words else "(?!)"


def joined_names(names: tuple[str, ...]) -> str:
    """One of the names, its words spaced as printed and its 'and' printed as 'and' or '&' (`overview and
    scrutiny`: `Overview & Scrutiny`, `Overview and Scrutiny`); a list of none matches nothing."""
    parts = (re.split(r"\s+(?:and|&)\s+|\s*&\s*", name) for name in names)
    return "(?:" + "|".join(JOIN.join(any_word((part,)) for part in name) for name in parts) + ")" if names else "(?!)"


@lru_cache(maxsize=1)
def generic_words() -> OwnerWords:
    """The generic profile's owner words, which every profile's start from: the words for a caller that reads owners
    under no profile (owner_pieces given no words)."""
    from council_actions.profile import load_profile

    return load_profile("generic").owner_words
