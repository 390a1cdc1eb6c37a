"""A council's key: the normal form of its name, under which two ways of printing one council are the same council.

Councils print their own names in several forms (`Runnymede Borough Council`, `Runnymede BC`, `Runnymede`; `Borough
Council of King's Lynn & West Norfolk`, `King's Lynn and West Norfolk Borough Council`), and the cross-check
(parsers/crosscheck.py) pairs a self-assessment only with the plans of its own council, so it compares keys, never
the names as printed. The key is the name's words, case folded, with its punctuation dropped (an apostrophe joins a
word: `King's` is `kings`; any other mark parts words: `Stockton-on-Tees` is `stockton on tees`) and without the
words naming what kind of council it is rather than which: the profile's `council_kinds` (`borough`), its
`name_openings` (`london borough of`) and its `name_fillers` (`council`, its short forms `bc` and `mbc`, `the`,
`and`, `&`, `of`), each phrase taken out where its words stand together, longest first. A name of nothing else
has no key (None): the council is unknown.

An acronym of the whole name (`RBC`) is kept as it is, so it matches no other form: it names several councils
(Runnymede, Reading, Rochdale, ...), and the council's name reader (parsers/council.py) never reads one anyway.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from council_actions.document_words import DocumentWords

# A word of a name, or `&` standing alone (`Brighton & Hove`); an apostrophe is no break (`King's` is one word).
TOKEN = re.compile(r"\w+|&")
# An apostrophe as documents print it: straight, curly either way (a word processor's `‘` after a letter), the
# modifier letter, a grave or acute accent, a prime, fullwidth. Any other left `King‘s` as `king s`, another council.
APOSTROPHES = re.compile("['\u2018\u2019\u02bc`\u00b4\u2032\uff07]")


def council_key(name: str | None, words: DocumentWords) -> str | None:
    """The council's key (see the module's docstring); None where the name is unknown or names no place."""
    if name is None:
        return None
    tokens, phrases, kept = _tokens(name), _phrases(words), []
    at = 0
    while at < len(tokens):
        length = next((len(phrase) for phrase in phrases if tuple(tokens[at:at + len(phrase)]) == phrase), 0)
        if not length:
            kept.append(tokens[at])
        at += length or 1
    return " ".join(kept) or None


def _tokens(text: str) -> list[str]:
    """The name's words, compatibility forms folded (NFKC: fullwidth `Ｒｕｎｎｙｍｅｄｅ` is `runnymede`), after the
    apostrophes are dropped (NFKC parts an acute accent into a space and a combining mark)."""
    return TOKEN.findall(unicodedata.normalize("NFKC", APOSTROPHES.sub("", text)).casefold())


@lru_cache(maxsize=16)
def _phrases(words: DocumentWords) -> tuple[tuple[str, ...], ...]:
    """The profile's phrases a key leaves out, as words, longest first (`borough council of` before `borough`): built
    once per profile's words, kept for the last 16."""
    phrases = {tuple(_tokens(phrase)) for phrase in (*words.council_kinds, *words.name_openings, *words.name_fillers)}
    return tuple(sorted((phrase for phrase in phrases if phrase), key=lambda phrase: (-len(phrase), phrase)))
