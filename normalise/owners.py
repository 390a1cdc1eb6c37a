"""Owner mentions to canonical owner keys from the council profile.

spaCy finds the profile's owners in an allocation cell (a blank English
pipeline and a PhraseMatcher on lower-case tokens). Text between mentions
that is not a timeline is an owner candidate, resolved by its spellings
(council_actions/owner_spellings.py: the repairs in order, each recorded; then
rapidfuzz; otherwise kept as printed as `unknown`). The parser's one question
(does a sentence open with an owner?) is answered from the spellings alone,
without spaCy, below the stages: `OwnerSpellings.opens_with_owner`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from council_actions.lookalikes import latin_lookalikes
from council_actions.owner_spellings import QUANTIFIERS, OwnerMatch, spellings_for, squash
from council_actions.profile import Profile

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

TOKENIZER_MAX_LENGTH = 1 << 31  # characters: no cap of its own; the document's byte and memory limits apply
# spaCy keeps every new word it tokenises in its vocabulary for good (with its string and the tokenizer's cache entry,
# about 500 bytes): a long-lived process (the library, `timelines -` on a long column) grew with every word of every
# allocation cell it was given. Past this many words the matcher is built afresh. spaCy's memory zones would free
# them instead, but while one is open every thread's words go in it, so threads sharing a glossary could not tokenise
# at once. Real cells repeat their words, so a batch's documents stay far below the cap: it bounds a long-lived process.
VOCABULARY_MOST = 100_000


class OwnerGlossary:
    """spaCy's matcher over the profile's spellings (council_actions/owner_spellings.py), which resolve the owners
    it finds.

    spaCy is loaded on the first text that could hold an owner, not before: a text in which no spelling's
    characters occur (spacing aside) cannot match, so `council-actions timeline "Q3 24/25"` never loads it.
    A batch loads it once, before forking its workers (`load`)."""

    def __init__(self, profile: Profile) -> None:
        self.index = spellings_for(profile)  # the profile's spellings, indexed once per process for the parser too
        self.words = profile.owner_words  # how an owner cell's pieces are told apart (normalise/owner_split.py)
        self._matcher: tuple[Language, PhraseMatcher] | None = None

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
            for key, spelling in self.index.spellings:
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
        return any(key in squashed for key in self.index.by_squash)

    def resolve(self, printed: str, source: str) -> OwnerMatch:
        """One owner as printed resolved by the profile's spellings (OwnerSpellings.resolve)."""
        return self.index.resolve(printed, source)

    def knows(self, text: str) -> bool:
        """Whether the text is a glossary key or alias as printed (OwnerSpellings.knows)."""
        return self.index.knows(text)

    def is_group(self, text: str) -> bool:
        """Whether the text names an owner the glossary knows as a group (OwnerSpellings.is_group)."""
        return self.index.is_group(text)

    def key_of(self, text: str) -> str | None:
        """The key of the owner the text names as a glossary key or alias, else None (OwnerSpellings.key_of)."""
        return self.index.key_of(text)


@lru_cache(maxsize=8)
def glossary_for(profile: Profile) -> OwnerGlossary:
    """Building the spaCy matcher costs more than using it: one per profile per process (the normaliser finds and
    resolves the owners; the parser asks which paragraphs open with one of the spellings alone, `spellings_for`)."""
    return OwnerGlossary(profile)
