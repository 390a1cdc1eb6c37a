"""Owner mentions to canonical owner keys from the council profile.

spaCy finds the profile's owners in an allocation cell (a blank English
pipeline and a PhraseMatcher on lower-case tokens). Text between mentions
that is not a timeline is an owner candidate, resolved by the repairs below
in order, each recorded; then by rapidfuzz above FUZZY_MIN; otherwise kept as
printed as `unknown`. The parser's one question (does a sentence open with an
owner?) is answered from the spellings alone, without spaCy: see
`opening_pattern`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from council_actions.normalise.records import MatchKind

from council_actions.profile import OwnerDef, Profile
from council_actions.roles import latin_lookalikes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

FUZZY_MIN = 85.0
QUANTIFIERS = frozenset({"all", "each", "every"})
DIGIT_FOR_LETTER = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b"})
TAG = r"(?:<[^>]*>|\s)*"
TOKENIZER_MAX_LENGTH = 1 << 31  # characters: no cap of its own; the document's byte and memory limits apply
WORD_OR_MARK = re.compile(r"[^\W_]+|\S")  # a run of letters and digits, or one other printed character
# spaCy keeps every new word it tokenises in its vocabulary for good (with its string and the tokenizer's cache entry,
# about 500 bytes): a long-lived process (the library, `timelines -` on a long column) grew with every word of every
# allocation cell it was given. Past this many words the matcher is built afresh. spaCy's memory zones would free
# them instead, but while one is open every thread's words go in it, so threads sharing a glossary could not tokenise
# at once. Real cells repeat their words: the 50 documents of samples/ add 69 to the 796 the spellings bring.
VOCABULARY_MOST = 100_000


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
    return re.sub(r"\s+", "", text).lower()


class OwnerGlossary:
    """The profile's owners, indexed for spaCy matching and for the repair strategies.

    spaCy is loaded on the first text that could hold an owner, not before: a text in which no spelling's
    characters occur (spacing aside) cannot match, so `council-actions timeline "Q3 24/25"` never loads it.
    A batch loads it once, before forking its workers (`load`)."""

    def __init__(self, profile: Profile) -> None:
        self.owners: dict[str, OwnerDef] = {o.key: o for o in profile.owners}
        self.words = profile.owner_words  # how an owner cell's pieces are told apart (normalise/owner_split.py)
        self.by_squash: dict[str, tuple[OwnerDef, str, str | None]] = {}
        self.spellings: list[tuple[str, str]] = []  # (owner key, spelling with Latin letters)
        for owner in profile.owners:
            # printed in full (`Corporate Head of Law and Governance`), the title is the owner as exactly as its key
            titled = [(owner.title, None)] if owner.title else []
            for spelling, how in [(owner.key, None), *titled, *((alias, "alias") for alias in owner.aliases)]:
                mapped = latin_lookalikes(spelling)
                self.spellings.append((owner.key, mapped))
                self.by_squash.setdefault(squash(mapped), (owner, mapped, how))
        self._matcher: tuple[Language, PhraseMatcher] | None = None
        self._opening = opening_pattern(spelling for _, spelling in self.spellings)

    def load(self) -> tuple[Language, PhraseMatcher]:
        """spaCy's blank English pipeline and a PhraseMatcher on lower-case tokens of every spelling, built afresh
        once its vocabulary holds more than VOCABULARY_MOST words."""
        if self._matcher is None or len(self._matcher[0].vocab) > VOCABULARY_MOST:
            from council_actions.normalise.spacy_load import import_spacy

            spacy = import_spacy()
            from spacy.matcher import PhraseMatcher

            nlp = spacy.blank("en")
            # spaCy refuses texts over 1M characters for the memory its parser and NER need; only the
            # tokenizer runs here (about 300 bytes a token), and the per-document --max-memory limit bounds it.
            nlp.max_length = TOKENIZER_MAX_LENGTH
            matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
            for key, spelling in self.spellings:
                matcher.add(key, [nlp.make_doc(spelling)])
            self._matcher = nlp, matcher
        return self._matcher

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of the owners spaCy finds in `text`, longest first where they overlap, each widened
        over a quantifier just before it (`all HoS`)."""
        doc, matches = self._matches(text)
        if doc is None:
            return []
        from spacy.util import filter_spans

        found = []
        for span in filter_spans([doc[s:e] for s, e in matches]):
            start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ in QUANTIFIERS else span.start
            found.append((doc[start].idx, span.end_char))
        return found

    def _matches(self, text: str) -> tuple[Doc | None, list[tuple[int, int]]]:
        """The tokenised text and every match's token range; no document (and no spaCy) when none can match."""
        mapped = latin_lookalikes(text)
        if not self._could_mention(mapped):
            return None, []
        nlp, matcher = self.load()
        doc = nlp.make_doc(mapped)
        return doc, [(start, end) for _, start, end in matcher(doc)]

    def _could_mention(self, mapped: str) -> bool:
        """False only when no match is possible: matched tokens, joined, are the text less its spacing, so every
        spelling's squashed form would occur in the text's. Lower-casing ASCII is the same whole or token by
        token; other text always goes to spaCy."""
        if not mapped.isascii():
            return True
        squashed = squash(mapped)
        return any(key in squashed for key in self.by_squash)

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
        first = re.split(r"[,;]", text, maxsplit=1)[0].strip(" .")
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
def glossary_for(profile: Profile) -> OwnerGlossary:
    """Building the spaCy matcher costs more than using it: one per profile per process (the parser asks
    which allocations start with an owner, the normaliser resolves them)."""
    return OwnerGlossary(profile)


def _surface_repair(text: str, spelling: str) -> str | None:
    if text == spelling:
        return None
    if re.sub(r"\s+", "", text) != re.sub(r"\s+", "", spelling) and text.lower() == spelling.lower():
        return "case"
    return "spacing"


def _had_markup(printed: str, source: str) -> bool:
    """Whether the printed owner, found again in the cell as printed, had tags inside it."""
    if "<" not in source:
        return False
    pattern = TAG.join(re.escape(c) for c in printed if not c.isspace())
    found = re.search(pattern, source)
    return found is not None and "<" in found.group(0)
