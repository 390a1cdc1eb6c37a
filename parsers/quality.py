"""Recognise converter damage: noise cells, garbled words, garbled duplicate lines.

The PDF-to-text converter sometimes writes a line twice, the second copy
garbled ("with contract riight information." under "... contract mgmt
information."), and leaves OCR debris in cells ("1 1 2 2 1 1", "II", "The
gape rachimous"). Such text must not be glued into values, and must not be
dropped either: the parser reports it. Two signals decide, measured on the
seed action plan: similarity to the cell above in the same column, and words
that occur on no other line of the document (OCR inventions such as "riight",
"CLI" for "CLT"). Neither is enough alone: true duplicates range from 47 to
100 similarity and honest neighbours reach 85, so the rules below combine them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from council_actions.dating.is_a_time import is_timeline

TOKEN = re.compile(r"[^\W_](?:[\w/'’-]*[^\W_])?")
ALPHA_RUN3 = re.compile(r"[^\W\d_]{3,}")
ALNUM_RUN2 = re.compile(r"[^\W_]{2,}")
ALPHA_RUN2 = re.compile(r"[^\W\d_]{2,}")
YEAR_LIKE = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{2}/\d{2}\b")
ALLOCATION_PIECE = re.compile(r",|(?<=[.;])\s+")  # owners and times in an allocation cell: `CLT, Q2 2024.`
# A post's code as allocations print it: letters only, opening with a capital and holding another (`SLT`, `HoBPPP`,
# `CHoHROD`), a bracketed qualifier after it (`ACE (S151)`); OCR's salad is digits (`011000`, `Q12021`).
POST_CODE = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*(?:\s*\([A-Za-z0-9&/ ]+\))?")


@dataclass(frozen=True)
class DuplicateRule:
    """A cell is a garbled duplicate of the one above when it is at least this similar,
    and, if `needs_unknown_word`, one of the two has a word found nowhere else. `copies` says what is copied:
    "above", the cell above or its last wrapped part; "head_below", the start of the cell below, word for word
    but for OCR inventions (the upper cell is then the copy); "line", the rest of a line whose cells were
    written twice (judged with the line's other cells, see `paragraphs`)."""

    name: str
    min_similarity: float
    needs_unknown_word: bool
    copies: str = "above"


DUPLICATE_RULES = (
    DuplicateRule("near_identical", 80.0, False),
    DuplicateRule("similar_with_ocr_word", 60.0, True),
    DuplicateRule("head_copy_with_ocr_word", 0.0, True, "head_below"),
    DuplicateRule("rest_of_line_written_twice", 0.0, True, "line"),
)
NEIGHBOUR_RULES = tuple(r for r in DUPLICATE_RULES if r.copies == "above")


@dataclass(frozen=True)
class NoiseRule:
    """A cell that is debris rather than text; `roles` limits the columns (by role) where the rule applies."""

    code: str
    description: str
    roles: frozenset[str]


TEXT_ROLES = frozenset({"characteristic", "opportunity", "action"})
NOISE_RULES = (
    NoiseRule("no_words", "no word of three letters", TEXT_ROLES),
    NoiseRule("no_tokens", "no run of two letters or digits", TEXT_ROLES | {"owner"}),
    NoiseRule("fragments", "mostly one-character fragments", TEXT_ROLES | {"owner"}),
    NoiseRule("garbled_words", "mostly words found nowhere else in the document", frozenset({"opportunity", "action"})),
    NoiseRule("foreign_script", "letters of another script than the document's", TEXT_ROLES),
    NoiseRule("unknown_tokens", "only numbers and words found nowhere else in the document", frozenset({"owner"})),
)


def tokens(text: str) -> list[str]:
    """The words and numbers of a text, with inner apostrophes, slashes and hyphens kept (`24/25`, `mgmt's`):
    the unit the vocabulary counts and the noise rules judge."""
    return TOKEN.findall(text)


class Vocabulary:
    """How many distinct lines of the document each word occurs on (case-insensitive)."""

    def __init__(self, lines: Iterable[str], known_terms: Iterable[str] = ()) -> None:
        counts: Counter[str] = Counter()
        for line in lines:
            counts.update({t.lower() for t in tokens(line)})
        self.counts = counts
        self.known = frozenset(t.lower() for term in known_terms for t in tokens(term))

    def is_unknown(self, token: str) -> bool:
        """A word of two letters or more found on no other line and not a profile term: OCR invents
        such words (`riight`), while real words recur across a plan."""
        word = token.lower()
        return len(word) >= 2 and word not in self.known and self.counts[word] <= 1

    def is_common(self, token: str) -> bool:
        """A word on three or more lines ("A", "of"): short, but real text."""
        return len(token) >= 2 and token.isalpha() and self.counts[token.lower()] >= 3

    def unknown_share(self, text: str) -> float:
        """Of the text's words of two letters or more, the share found nowhere else (`is_unknown`): of a garbled
        duplicate pair, the copy with fewer OCR inventions reads better (`keep_lower`)."""
        words = [t for t in tokens(text) if len(t) >= 2]
        return sum(self.is_unknown(t) for t in words) / len(words) if words else 0.0

    def has_unknown(self, text: str) -> bool:
        """Whether any word of the text is found nowhere else: the OCR invention a DuplicateRule with
        `needs_unknown_word` asks for before it calls a less similar pair a copy."""
        return any(self.is_unknown(t) for t in tokens(text))

    def garbled_share(self, tokens_of_text: list[str]) -> tuple[int, float]:
        """Share of a text's ordinary words (`tokens`; at most one capital) that are unknown; acronyms are exempt."""
        words = [t for t in tokens_of_text if len(t) >= 2 and t.isalpha() and sum(map(str.isupper, t)) <= 1]
        if not words:
            return 0, 0.0
        return len(words), sum(self.is_unknown(t) for t in words) / len(words)


def find_noise(text: str, role: str | None, vocabulary: Vocabulary, continuation: bool = False) -> NoiseRule | None:
    """The first noise rule the cell text meets, or None for real text.

    A line that continues a paragraph is not judged by its rare words: wrapping leaves short tails such as
    "reputational issue."; the garbled lines the converter invents stand on their own.
    """
    words = tokens(text)

    def common() -> bool:  # asked only of a text without a longer word: most cells have one
        return bool(words) and all(vocabulary.is_common(w) for w in words)

    checks: dict[str, Callable[[], bool]] = {  # each run only if a rule for this role still needs it
        "no_words": lambda: not ALPHA_RUN3.search(text) and not common() and not (continuation and _continues(text)),
        "no_tokens": lambda: not ALNUM_RUN2.search(text) and not common(),
        "fragments": lambda: len(words) >= 4 and sum(len(w) == 1 for w in words) / len(words) >= 0.6,
        "garbled_words": lambda: not continuation and _is_garbled(words, vocabulary),
        "foreign_script": lambda: _mostly_non_latin(text),
        "unknown_tokens": lambda: (_all_unknown(words, vocabulary) and not _names_a_time(text)
                                   and not _lists_posts(text)),
    }
    return next((rule for rule in NOISE_RULES if role in rule.roles and checks[rule.code]()), None)


def _is_garbled(words: list[str], vocabulary: Vocabulary) -> bool:
    count, share = vocabulary.garbled_share(words)
    return count >= 2 and len(words) <= 6 and share >= 0.6


def _continues(text: str) -> bool:
    """A wrapped tail is short but real: a year ("2023."), or words ("to S&A."); a lone "1" is not."""
    return bool(YEAR_LIKE.search(text) or ALPHA_RUN2.search(text))


def _all_unknown(words: list[str], vocabulary: Vocabulary) -> bool:
    """OCR number salad in an allocation ("011000, Q12021"); owners' rare letters alone are not enough."""
    long_words = [w for w in words if len(w) >= 2]
    return (len(long_words) >= 2 and all(vocabulary.is_unknown(w) for w in long_words)
            and any(c.isdigit() for w in long_words for c in w))


def _names_a_time(text: str) -> bool:
    """Whether a piece of an allocation cell (between commas or sentences) reads as a timeline (`Q2 2024`,
    `ongoing`): an owner and a time printed once in a short extract (`CLT, Q2 2024.`, where no glossary knows
    CLT) are words found nowhere else, but OCR salad (`011000, Q12021`) names no time."""
    return any(is_timeline(piece) for piece in ALLOCATION_PIECE.split(text) if piece.strip(" ."))


def _lists_posts(text: str) -> bool:
    """Whether the cell opens with a comma list of post codes, two or more, every piece before its last one a code
    (`ACE (S151), HoBPPP, SLT, 24.`): an allocation, though with no glossary each code is printed on that line only
    and its `S151` is a number. Its last piece may be a time cut short (`24.`), which is read, and reported, as the
    timeline it is; OCR salad prints no post code (`011000, Q12021`)."""
    pieces = [piece.strip(" .") for piece in ALLOCATION_PIECE.split(text)]
    posts = [POST_CODE.fullmatch(piece) is not None for piece in pieces]
    return len(pieces) >= 2 and all(posts[:-1]) and sum(posts) >= 2


def _mostly_non_latin(text: str) -> bool:
    if text.isascii():  # ASCII letters are all Latin
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum("LATIN" not in unicodedata.name(c, "") for c in letters) > len(letters) / 2


def similarity_to_above(text: str, above: str) -> float:
    """0-100: how much `text` looks like a copy of the cell above, or of its last wrapped line."""
    if not text or not above:
        return 0.0
    if len(above) >= 1.5 * len(text):
        return fuzz.ratio(text, above[-len(text):])
    if 0.8 <= len(text) / len(above) <= 1.25:
        return fuzz.ratio(text, above)
    return 0.0


def find_duplicate_rule(text: str, above: str, vocabulary: Vocabulary,
                        rules: tuple[DuplicateRule, ...] = DUPLICATE_RULES) -> DuplicateRule | None:
    """The DUPLICATE_RULES row that finds `text` a converter's copy of the cell above (or its head), if any."""
    score = similarity_to_above(text, above)

    def has_ocr_word() -> bool:  # asked only of a pair similar enough for a rule that needs it
        return vocabulary.has_unknown(text) or vocabulary.has_unknown(above[-len(text):])

    for rule in rules:
        if rule.copies == "above" and score >= rule.min_similarity and (not rule.needs_unknown_word or has_ocr_word()):
            return rule
        if rule.copies == "head_below" and copies_head(above, text, vocabulary):
            return rule
    return None


def copies_head(upper: str, lower: str, vocabulary: Vocabulary) -> bool:
    """`Damassad as a` over `Removed as a characteristic`: the upper cell repeats the lower one's first words,
    at least two of them exactly and the others as words found nowhere else in the document."""
    up, low = tokens(upper), tokens(lower)
    if len(up) < 3 or len(low) <= len(up):
        return False
    differing = [a for a, b in zip(up, low, strict=False) if a.lower() != b.lower()]
    same = len(up) - len(differing)
    return same >= 2 and same * 2 >= len(up) and bool(differing) and all(vocabulary.is_unknown(w) for w in differing)


def keep_lower(text: str, above: str, vocabulary: Vocabulary) -> bool:
    """Of a duplicate pair, keep the lower (later) copy only when it reads better than the upper."""
    if len(above) >= 1.5 * len(text):
        return False
    return vocabulary.unknown_share(text) < vocabulary.unknown_share(above)
