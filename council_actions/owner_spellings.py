"""The profile's owners by their spellings: an owner as printed to its glossary key (`OwnerSpellings.resolve`, by the
repairs below in order, each recorded; then by rapidfuzz above FUZZY_MIN; otherwise kept as printed as `unknown`),
and whether a piece of text opens with one (`opens_with_owner`), all without spaCy.

Below the stages (tests/test_layers.py), as the profile whose words they are: the parsers ask whether a
paragraph opens with an owner (parsers/elements.py), and normalise resolves each owner it finds. Where the owners
stand in an allocation cell is spaCy's matcher's (normalise/owners.py), built on these same spellings
(`spellings_for`), so the two never read a profile's owners apart.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from council_actions.lookalikes import latin_lookalikes
from council_actions.profile import GROUP, OwnerDef, Profile

# action_owners.match (output/contract.py); `document_key`: expanded by the key the document prints (normalise/
# document_key.py), not the profile's spellings
MatchKind = Literal["exact", "repaired", "fuzzy", "document_key", "unknown"]
FUZZY_MIN = 85.0
# Initials: capitals, a single lower-case letter or `&` allowed between two (`CE`, `HoF`, `HoBPPP`, `O&S`): an owner
# printed so is named by a key the glossary or the document gives (normalise/reported.py, parsers/owner_key.py).
INITIALS = r"[A-Z](?:[A-Z]|[a-z&](?=[A-Z]))+"
QUANTIFIERS = frozenset({"all", "each", "every"})
DIGIT_FOR_LETTER = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b"})
TAG = r"(?:<[^>]*>|\s)*"
WORD_OR_MARK = re.compile(r"[^\W_]+|\S")  # a run of letters and digits, or one other printed character
SPACES = re.compile(r"\s+")
FIRST_PIECE_END = re.compile(r"[,;]")  # where an allocation cell's first piece ends


@dataclass(frozen=True)
class OwnerMatch:
    """How a printed owner was resolved to a glossary key: exactly, by a recorded repair, by fuzzy score (with
    the candidates), or not at all; kept on every owner row so an auditor can judge the match."""

    key: str
    title: str | None
    match: MatchKind
    repair: str | None
    score: float | None
    candidates: tuple[str, ...] = ()
    title_confirmed: bool | None = None  # the profile's `confirmed`; null without a title



def confirmed(owner: OwnerDef) -> bool | None:
    """Whether the title is the documents' own or the profile's best guess (`confirmed = false`): an auditor
    must be able to tell a printed fact from an assumed expansion. Null when the profile gives no title."""
    return owner.confirmed if owner.title else None


def squash(text: str) -> str:
    """Spacing and case do not distinguish owners: `ACE(S151)` is `ACE (S151)`."""
    return SPACES.sub("", text).lower()


class OwnerSpellings:
    """The profile's owners indexed by every spelling (key, title, aliases, with Latin letters for look-alikes),
    for the repair strategies and for the pattern of a text opening with an owner (`opening_pattern`)."""

    def __init__(self, profile: Profile) -> None:
        self.owners: dict[str, OwnerDef] = {o.key: o for o in profile.owners}
        self.by_squash: dict[str, tuple[OwnerDef, str, str | None]] = {}
        self.spellings: list[tuple[str, str]] = []  # (owner key, spelling with Latin letters)
        for owner in profile.owners:
            # printed in full (`Corporate Head of Law and Governance`), the title is the owner as exactly as its key
            titled = [(owner.title, None)] if owner.title else []
            for spelling, how in [(owner.key, None), *titled, *((alias, "alias") for alias in owner.aliases)]:
                mapped = latin_lookalikes(spelling)
                self.spellings.append((owner.key, mapped))
                self.by_squash.setdefault(squash(mapped), (owner, mapped, how))
        self._opening = opening_pattern(spelling for _, spelling in self.spellings)

    def resolve(self, printed: str, source: str) -> OwnerMatch:
        """Resolve one owner as printed (`source` is the cell with any markup, to name that repair)."""
        repairs = ["markup"] if _had_markup(printed, source) else []
        text = latin_lookalikes(printed)
        if text != printed:
            repairs.append("confusables")
        words = text.split()
        if len(words) > 1 and words[0].lower() in QUANTIFIERS and squash(text) not in self.by_squash:
            repairs.append("quantifier")
            text = " ".join(words[1:])
        steps = ((None, squash(text)), ("digit_for_letter", squash(text).translate(DIGIT_FOR_LETTER)))
        for step, candidate in steps:
            hit = self.by_squash.get(candidate) or (self._wildcard(text) if step else None)
            if hit is None:
                continue
            owner, spelling, how = hit
            digits = step if candidate != squash(text) else None
            repairs += [r for r in (_surface_repair(text, spelling), digits, how) if r]
            return self._found(owner, "repaired" if repairs else "exact", repairs)
        return self._fuzzy(text, repairs)

    def knows(self, text: str) -> bool:
        """Whether the text is a glossary key or alias as printed (spacing, case and look-alike letters aside)."""
        return self.key_of(text) is not None

    def is_group(self, text: str) -> bool:
        """Whether the text names (as `knows`) an owner the glossary's `kind` says is a group, not one person: a group
        holds no post beside another (normalise/owner_holders.one_holder)."""
        key = self.key_of(text)
        return key is not None and self.owners[key].kind == GROUP

    def key_of(self, text: str) -> str | None:
        """The key of the owner the text names as a glossary key or alias (as `knows`), else None: for the diff,
        which reads a revision's owners back (`HoPC`, or `Head of Policy and Communications` kept as printed where
        the revision was ingested under a profile that did not know it) with the profile it was ingested with."""
        hit = self.by_squash.get(squash(latin_lookalikes(text)))
        return hit[0].key if hit is not None else None

    def opens_with_owner(self, text: str) -> bool:
        """Whether a piece of an allocation cell starts with an owner (`HoBPP, Q1 25/26`, not `Update Q4 2026`):
        a glossary spelling at its start (`opening_pattern`), or a first comma-separated piece that resolves to
        one. Never spaCy: the parser asks this, and a fresh process parses its first document in a child while
        it loads spaCy (council_actions.pipeline); the owners themselves are still found by spaCy's matcher."""
        if self._opening.match(latin_lookalikes(text)):
            return True
        first = FIRST_PIECE_END.split(text, maxsplit=1)[0].strip(" .")
        return bool(first) and self.resolve(first, first).match != "unknown"

    def _wildcard(self, text: str) -> tuple[OwnerDef, str, str | None] | None:
        """Letters with no Latin look-alike match any letter, if that leaves one owner."""
        if text.isascii():
            return None
        pattern = re.compile("".join("." if c.isalpha() and not c.isascii() else re.escape(c) for c in squash(text)))
        hits = [v for k, v in self.by_squash.items() if pattern.fullmatch(k)]
        return (hits[0][0], hits[0][1], "wildcard") if len(hits) == 1 else None

    def _fuzzy(self, text: str, repairs: list[str]) -> OwnerMatch:
        from rapidfuzz import fuzz, process  # only where no spelling matched: the matcher's process seldom needs it

        keys = {squash(k): k for k in self.owners}
        ranked = process.extract(squash(text), list(keys), scorer=fuzz.ratio, limit=2)
        if ranked and ranked[0][1] >= FUZZY_MIN:
            tied = len(ranked) > 1 and ranked[1][1] == ranked[0][1]
            if not tied:
                owner = self.owners[keys[ranked[0][0]]]
                return OwnerMatch(owner.key, owner.title, "fuzzy", "; ".join(repairs) or None, round(ranked[0][1], 1),
                                  title_confirmed=confirmed(owner))
        candidates = tuple(keys[r[0]] for r in ranked if r[1] >= FUZZY_MIN)
        return OwnerMatch(text, None, "unknown", "; ".join(repairs) or None, None, candidates)

    def _found(self, owner: OwnerDef, match: MatchKind, repairs: list[str]) -> OwnerMatch:
        return OwnerMatch(owner.key, owner.title, match, "; ".join(dict.fromkeys(repairs)) or None, None,
                          title_confirmed=confirmed(owner))


def opening_pattern(spellings: Iterable[str]) -> re.Pattern[str]:
    """A text that opens with one of the spellings, after a quantifier or not (`All HoS`), case aside: its words
    apart as the spelling prints them, its other marks with or without spaces around (`ACE(S151)` is `ACE
    (S151)`), ending where a word ends (`HoS,` `HoS-led` `HoS's`, not `HoSting`). On every sample it answers as
    spaCy's matcher at the first token did; where spaCy's tokenizer leaves a mark on the spelling's last token
    (`ACE(S151) to lead`, `CHoS. Q3`, `HoS&HoF`), this still sees the owner."""
    alternatives = []
    for spelling in spellings:
        pieces = WORD_OR_MARK.findall(spelling)
        pattern = "".join((r"\s+" if previous[-1].isalnum() and piece[0].isalnum() else r"\s*") + re.escape(piece)
                          for previous, piece in itertools.pairwise(pieces))
        if pieces:
            end = r"(?![^\W_])" if pieces[-1][-1].isalnum() else ""
            alternatives.append(re.escape(pieces[0]) + pattern + end)
    if not alternatives:
        return re.compile(r"(?!)")  # a profile without owners: nothing opens with one
    quantifier = "|".join(sorted(QUANTIFIERS))
    return re.compile(rf"(?:(?:{quantifier})\s+)?(?:{'|'.join(alternatives)})", re.IGNORECASE)



@lru_cache(maxsize=8)
def spellings_for(profile: Profile) -> OwnerSpellings:
    """Indexing a profile's spellings and compiling the pattern of their openings is done once per profile per
    process: the parser asks it of every paragraph, and the normaliser's glossary is built on it
    (normalise/owners.glossary_for)."""
    return OwnerSpellings(profile)


def _surface_repair(text: str, spelling: str) -> str | None:
    if text == spelling:
        return None
    if SPACES.sub("", text) != SPACES.sub("", spelling) and text.lower() == spelling.lower():
        return "case"
    return "spacing"


def _had_markup(printed: str, source: str) -> bool:
    """Whether the printed owner, found again in the cell as printed, had tags inside it."""
    if "<" not in source:
        return False
    pattern = TAG.join(re.escape(c) for c in printed if not c.isspace())
    found = re.search(pattern, source)
    return found is not None and "<" in found.group(0)
