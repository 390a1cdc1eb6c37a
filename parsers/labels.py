"""Theme labels, theme headings and score words, read against the council profile.

The first column of the plan holds a theme label and a score, wrapped and
garbled (`1,` / `Continuous` / `Improvement` / `LICUT` / `LIGHT` / `GREEN`;
`LIGHT in GREEN et m`). Words are matched to the profile's theme names and
score labels with rapidfuzz; what matches neither is returned as leftover so
that the caller reports it instead of dropping it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.parsers.cleaning import clean
from rapidfuzz import fuzz, process

from council_actions.profile import Profile, ScoreDef, ThemeDef

LABEL_WORD = re.compile(r"[A-Za-z]+|\d+")
THEME_WORD_MIN = 80.0
SCORE_WORD_MIN = 75.0
THEME_NAME_MIN = 80.0
WRAPPED_MIN = 4  # letters of a theme name cut short by wrapping that still name it (`7. Partnerships and`)


@dataclass(frozen=True)
class ScoreReading:
    """A score read from the words printed for it, with what argued against it: conflicting score words, text
    that was not a score word, and OCR repairs (`VELLOW`), each reported rather than dropped."""

    score: str | None
    conflicting: tuple[str, ...]
    leftovers: tuple[int, ...]  # indexes of the texts that held unrecognised words
    repaired: tuple[tuple[str, str], ...] = ()  # (word as printed, score word it was read as), e.g. VELLOW


@dataclass(frozen=True)
class NumberedForm:
    """One way a document numbers its themes. Any numbered list numbers its lines too, so every form is read by
    `numbered_theme` under one rule (number and name agree with one profile theme); the forms differ only in
    the punctuation they take and in whether a name cut short by wrapping still counts."""

    pattern: re.Pattern[str]  # groups `no` and `name`
    wrapped: bool  # a name of WRAPPED_MIN or more letters that the theme's name starts with names it
    example: str  # as printed in a sample


NUMBERED_TITLE = NumberedForm(
    re.compile(r"^#*\s*(?P<no>\d{1,2})\s*[.)]\s*(?P<name>[^\d|].*?)\s*$"), False,
    "7. Partnerships and Community Engagement")  # a theme page's overview (a whole line, `1.` or `1)`)
THEME_LABEL = NumberedForm(
    re.compile(r"^#*\s*(?P<no>\d{1,2})\s*[.,]?\s+(?P<name>[^:]+?)\s*:?\s*$"), True,
    "7. Partnerships")  # the plan's first column (`1,` as OCR reads `1.`; wrapped in its narrow cell)
NUMBERED_FORMS = (NUMBERED_TITLE, THEME_LABEL)


def numbered_theme(text: str, profile: Profile, form: NumberedForm) -> tuple[re.Match[str], ThemeDef] | None:
    """The profile theme a numbered line names in `form`, with the match (its `no` and `name`); None unless the
    number is a theme's and the printed name is that theme's, near enough (THEME_NAME_MIN) or cut by wrapping."""
    match = form.pattern.match(text)
    theme = profile.theme(int(match["no"])) if match else None
    if match is None or theme is None:
        return None
    name, printed = theme.name.lower(), match["name"].lower()
    cut = form.wrapped and len(printed) >= WRAPPED_MIN and name.startswith(printed)
    return (match, theme) if cut or fuzz.ratio(name, printed) >= THEME_NAME_MIN else None


def find_theme_label(text: str, profile: Profile) -> ThemeDef | None:
    """A plan's theme label (`7. Partnerships and community engagement` -> theme 7, if number and name agree),
    for the heatmap rows and theme headings of the plan's table."""
    found = numbered_theme(clean(text), profile, THEME_LABEL)
    return found[1] if found else None


def find_theme_heading(text: str, profile: Profile) -> ThemeDef | None:
    """A theme heading is a theme label written in capitals or as a markdown heading."""
    cleaned = clean(text)
    theme = find_theme_label(cleaned, profile)
    if theme is None:
        return None
    letters = [c for c in cleaned if c.isalpha()]
    return theme if cleaned.startswith("#") or all(c.isupper() for c in letters) else None


def read_scores(texts: list[str], theme: ThemeDef, profile: Profile) -> ScoreReading:
    """Read the score from the first column's fragments of one element row."""
    words = Words.of(theme, profile)
    found: list[str] = []
    repaired: list[tuple[str, str]] = []
    leftovers: list[int] = []
    for index, text in enumerate(texts):
        unknown = False
        for word in LABEL_WORD.findall(clean(text)):
            rule = word_rule(word, words)
            if rule is not None and rule.kind == "score":
                found.append(_best(word, words.score_words))
                if found[-1] != word.lower():
                    repaired.append((word, found[-1]))
            unknown = unknown or rule is None or rule.kind is None
        if unknown:
            leftovers.append(index)
    labels = _score_labels(found, profile.scores)
    distinct = tuple(dict.fromkeys(labels))
    return ScoreReading(
        score=labels[0] if labels else None,
        conflicting=distinct if len(distinct) > 1 else (),
        leftovers=tuple(leftovers),
        repaired=tuple(repaired),
    )


@dataclass(frozen=True)
class Words:
    """What a first-column word is judged against: the element's theme number and the words of the profile's theme
    names and score labels (lower case)."""

    theme_no: int
    theme_words: frozenset[str]
    score_words: frozenset[str]

    @staticmethod
    def of(theme: ThemeDef, profile: Profile) -> Words:
        """The words an element row of `theme` is read against, from the profile's theme names and score labels."""
        return Words(theme.no, frozenset(w.lower() for t in profile.themes for w in LABEL_WORD.findall(t.name)),
                     frozenset(w.lower() for s in profile.scores for w in s.label.split()))


@dataclass(frozen=True)
class WordRule:
    """One kind of word the first column prints; the first rule to `take` a word says what it is (`kind`: a
    theme word, a score word, or None, a word that is neither and is reported)."""

    name: str
    kind: str | None
    takes: Callable[[str, Words], bool]


# Why this order: exact words first, a number being the element's theme number or nothing (another theme's
# number in this row is no theme word and never a score); then the near misses OCR leaves, as a score word first
# (`VELLOW`: the score is what the column is read for) and as a theme word only at four letters or more
# (`Cultule`), since a shorter word is near too many words of the theme names.
WORD_RULES = (
    WordRule("theme_number", "theme", lambda word, words: word.isdigit() and int(word) == words.theme_no),
    WordRule("other_number", None, lambda word, words: word.isdigit()),
    WordRule("theme_word", "theme", lambda word, words: word.lower() in words.theme_words),
    WordRule("score_word", "score", lambda word, words: word.lower() in words.score_words),
    WordRule("garbled_score_word", "score",
             lambda word, words: _score(word.lower(), words.score_words) >= SCORE_WORD_MIN),
    WordRule("garbled_theme_word", "theme",
             lambda word, words: len(word) >= 4 and _score(word.lower(), words.theme_words) >= THEME_WORD_MIN),
)


def word_rule(word: str, words: Words) -> WordRule | None:
    """The WORD_RULES row that reads a first-column word; None for a word none takes (kept as a leftover)."""
    return next((rule for rule in WORD_RULES if rule.takes(word, words)), None)


def _score(word: str, choices: frozenset[str]) -> float:
    best = process.extractOne(word, choices, scorer=fuzz.ratio)
    return best[1] if best else 0.0


def _best(word: str, choices: frozenset[str]) -> str:
    lower = word.lower()
    return lower if lower in choices else process.extractOne(lower, choices, scorer=fuzz.ratio)[0]


def _score_labels(words: list[str], scores: tuple[ScoreDef, ...]) -> list[str]:
    """Score keys in order of appearance; longer labels ("light green") win over shorter."""
    phrases = sorted(((s.label.lower().split(), s.key) for s in scores), key=lambda p: -len(p[0]))
    labels, i = [], 0
    while i < len(words):
        for phrase, key in phrases:
            if words[i:i + len(phrase)] == phrase:
                labels.append(key)
                i += len(phrase)
                break
        else:
            i += 1
    return labels


def find_score_label(text: str, profile: Profile) -> ScoreDef | None:
    """The score a colour-key label names ("Light green"), allowing OCR damage."""
    labels = {s.label.lower(): s for s in profile.scores}
    best = process.extractOne(clean(text).lower(), list(labels), scorer=fuzz.ratio)
    return labels[best[0]] if best and best[1] >= SCORE_WORD_MIN else None
