"""A self-assessment that scores its own parts on a numbered scale whose key it prints: Pembrokeshire's Annual
Self-Assessment 2021-22 (`  • Score 3: Current performance - Fair; Improvement phase - Evolving`, then each sub-theme
`SA4.1: Strategic Partnerships` over `  • Current performance: 3` / `  • Improvement phase: 3`).

Why: the score of each part is what an auditor reads such a page for, and a data team wants it as a row it can
follow from one year's assessment to the next, as it follows a template's characteristic and its colour. A part
scored is an `elements` row (output/schema.py): its code as printed its id (`SA4.1`, `id_method` `heading`: a part
the document rates itself), its name the characteristic, no theme of the profile's. The elements table holds one
score, so the key's first scale (`Current performance`) is the row's score: the key's word for the number printed
(`3`: `Fair`), as the profile's score vocabulary names it (a `[[scores]]` label, case aside), its key written; a
profile whose vocabulary lacks the word (the default's colours) leaves the score null. A score no column holds (that
one, and each other scale's: `Improvement phase`) is kept as printed with the key's word in a warning
`score_not_tabled` on its line, so nothing printed is lost.

The shapes, none of them a council's wording: a key line is a word the profile's heading rules read as `score`
(`Score`), a number and a colon, then `label - word` pairs parted by semicolons; a part is a line of a code (letters,
then numbers parted by dots: `SA4.1`), a colon and its name, over lines `label: number` whose labels are the key's.
The key's lines are boilerplate colour_key, as a colour key's are. A page printing no key has no scored parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from council_actions.ingest.model import Document, Line, Placement
from council_actions.parsers.records import Boilerplate, Element

from council_actions.issues import Issue, warning
from council_actions.profile import Profile

KEY_LINE = re.compile(r"^[^\w]*(?P<word>[^\W\d_]+)\s+(?P<number>\d{1,2})\s*:\s*(?P<pairs>\S.*?)\s*$")
PAIR = re.compile(r"^\s*(?P<label>\S[^;]*?)\s+[-–]\s+(?P<word>\S[^;]*?)\s*$")
PART = re.compile(r"^[^\w]*(?P<code>[A-Za-z]{1,4}\d+(?:\.\d+)+)\s*:\s*(?P<name>\S.*?)\s*$")
# A score's label: from the first word character to the colon (spaces inside it read once, not again from each of
# them), or, on a line whose label has no word character, the one mark before the colon (`*: 3`).
SCORED = re.compile(r"^[^\w]*(?P<label>\w(?:\s*+[^:\s])*+|\S)\s*:\s*(?P<number>\d{1,2})\s*$")
Scales = dict[str, dict[str, str]]  # each scale's label (lower case) -> the number printed -> the key's word


@dataclass(frozen=True)
class ScoredParts:
    """What the pass read: an element per part scored, the key's lines as boilerplate, a warning per score kept
    (`score_not_tabled`), and the lines it took, which no other rule need report."""

    elements: tuple[Element, ...]
    boilerplate: tuple[Boilerplate, ...]
    issues: tuple[Issue, ...]
    taken: frozenset[int]


def prints_score_key(document: Document, profile: Profile) -> bool:
    """A line of a numbered scale's key (KEY_LINE, its word the profile's `score` heading) and a part scored on it."""
    return bool(read_scored_parts(document, profile).elements)


def read_scored_parts(document: Document, profile: Profile) -> ScoredParts:
    """The page's key (`_scales`), then each part whose score lines name the key's scales."""
    lines = [line for line in document.iter_lines() if line.text.strip()]
    scales, key_lines = _scales(lines, profile)
    if not scales:
        return ScoredParts((), (), (), frozenset())
    elements: list[Element] = []
    issues: list[Issue] = []
    taken = {line.number for line in key_lines}
    for i, line in enumerate(lines):
        part = PART.match(line.text)
        scored = _scores_under(lines, i + 1, scales) if part else []
        if part is None or not scored:
            continue
        element, kept = _element(part, line, scored, scales, profile)
        elements.append(element)
        issues += kept
        taken |= {line.number, *(score.number for score, _ in scored)}
    return ScoredParts(tuple(elements), tuple(Boilerplate("colour_key", ln.text, ln.span) for ln in key_lines),
                       tuple(issues), frozenset(taken))


def _scales(lines: list[Line], profile: Profile) -> tuple[Scales, list[Line]]:
    """Each scale of the key's lines by its label, and the key's lines: every `label - word` pair of a line opening
    with the profile's `score` word and a number."""
    scales: Scales = {}
    key_lines = []
    for line in lines:
        key = KEY_LINE.match(line.text)
        pairs = [PAIR.match(pair) for pair in key["pairs"].split(";")] if key else []
        if key is None or profile.roles.role_of(key["word"]) != "score" or not pairs or None in pairs:
            continue
        for pair in pairs:
            if pair is not None:
                scales.setdefault(pair["label"].lower(), {})[key["number"]] = pair["word"]
        key_lines.append(line)
    return scales, key_lines


def _scores_under(lines: list[Line], start: int, scales: Scales) -> list[tuple[Line, re.Match[str]]]:
    """The score lines right under a part, each `label: number` of a scale of the key and a number it keys."""
    found = []
    for line in lines[start:]:
        score = SCORED.match(line.text)
        if score is None or score["number"] not in scales.get(score["label"].lower(), {}):
            break
        found.append((line, score))
    return found


def _element(part: re.Match[str], heading: Line, scored: list[tuple[Line, re.Match[str]]], scales: Scales,
             profile: Profile) -> tuple[Element, list[Issue]]:
    """The part's row, its score the profile's key for the key's word on the first scale; each score no column
    holds (another scale's, or a word the vocabulary lacks) kept as printed in a warning on its line."""
    first = next(iter(scales))
    labels = {s.label.lower(): s.key for s in profile.scores}
    key: str | None = None
    issues = []
    for line, score in scored:
        scale = score["label"].lower()
        word = scales[scale][score["number"]]
        if scale == first and (key := labels.get(word.lower())) is not None:
            continue
        why = ("the profile's score vocabulary has no such word" if scale == first
               else "the row's score is on the key's first scale")
        issues.append(warning("score_not_tabled", "parse", f"{part['code']} scored {score['number']} ({word}) on "
                              f"{score['label']}, not in the elements row: {why}", line.text, line.span))
    return Element(element_id=part["code"], printed_id=part["code"], theme_no=None, score=key,
                   characteristic=part["name"], status_note=None, no_gaps=False, alias_of=None, id_method="heading",
                   notes=None, span=heading.span.merge(scored[-1][0].span),
                   printed_id_at=Placement.found(part["code"], heading.text, heading.span, part.start("code")),
                   characteristic_at=Placement.found(part["name"], heading.text, heading.span,
                                                     part.start("name"))), issues
