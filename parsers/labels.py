"""Theme labels, theme headings and score words, read against the council profile.

The first column of the plan holds a theme label and a score, wrapped and
garbled (`1,` / `Continuous` / `Improvement` / `LICUT` / `LIGHT` / `GREEN`;
`LIGHT in GREEN et m`). Words are matched to the profile's theme names and
score labels with rapidfuzz; what matches neither is returned as leftover so
that the caller reports it instead of dropping it.
"""

from __future__ import annotations

import re
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
    theme_words = {w.lower() for t in profile.themes for w in LABEL_WORD.findall(t.name)}
    score_words = {w.lower() for s in profile.scores for w in s.label.split()}
    found: list[str] = []
    repaired: list[tuple[str, str]] = []
    leftovers: list[int] = []
    for index, text in enumerate(texts):
        unknown = False
        for word in LABEL_WORD.findall(clean(text)):
            kind = _classify(word, theme, theme_words, score_words)
            if kind == "score":
                found.append(_best(word, score_words))
                if found[-1] != word.lower():
                    repaired.append((word, found[-1]))
            unknown = unknown or kind is None
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


def _classify(word: str, theme: ThemeDef, theme_words: set[str], score_words: set[str]) -> str | None:
    lower = word.lower()
    if word.isdigit():
        return "theme" if int(word) == theme.no else None
    if lower in theme_words:
        return "theme"
    if lower in score_words or _score(lower, score_words) >= SCORE_WORD_MIN:
        return "score"
    if len(lower) >= 4 and _score(lower, theme_words) >= THEME_WORD_MIN:
        return "theme"
    return None


def _score(word: str, choices: set[str]) -> float:
    best = process.extractOne(word, choices, scorer=fuzz.ratio)
    return best[1] if best else 0.0


def _best(word: str, choices: set[str]) -> str:
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
