"""Split an "allocated to and indicative timeline" cell into owners and timeline phrases.

Owners and time run together (`CHoHROD, CHoLG,by March 2025.`), and a cell
can hold several milestones (`HoBPPP, by end Q2 2024. CLT, ongoing.`). The
owner glossary's spaCy matcher marks the owners it knows; the text between
them is cut at sentence ends and commas. Within a stretch, pieces before the
first one that reads as time are owner candidates (`CH 0 HROD`, `HoBPP`; acronyms
with only a space between, `CEX HoBPPP`, one each);
from that piece on, the rest of the stretch is one timeline phrase, so that
`2024/25, 2025/26` stays one range. A piece that reads as time but opens with
acronyms and then a word a time opens with (`HoBPPP by Dec 2024`, `HoBPPP Ongoing
in 24/25`) gives those acronyms as owners first: with no comma before the time, a
glossary that lacks the post (the generic profile) would otherwise lose the owner
into the timeline. Only the capitals before the time are: a time printed in
capitals is one too (`FY 2024/25`, `SPRING 2025`, `DURING 2024/25`), and its words
are the period's or the time word's, never a post. The one splitter serves both
normalisers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from council_actions.normalise.owners import OwnerGlossary

from council_actions.dating.is_a_time import DASHES, PRINTED_ONLY
from council_actions.dating.period_search import find_periods
from council_actions.period_words import DEADLINE_OR_SPAN

TRIM = " \t.,;:-"
ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")  # `CEX`, `HoBPPP`: letters only, two capitals or more
# Acronyms opening a piece that reads as a time, and the word the time opens with after them: a deadline's or a
# span's word (`HoBPPP by Dec 2024`), or a word that reads as a time itself (`HoBPPP Ongoing in 24/25`). Acronyms
# before any other word, or one that reads as a time itself (`BAU ongoing`), stay in the phrase; so do a time's own
# words printed in capitals (`DURING 2024/25`, `FY 2024/25`: `_owners_before_time`).
LEADING_ACRONYMS = re.compile(rf"\s*(?:{ACRONYM.pattern}\s+)+")
TIME_OPENER = re.compile(rf"{DEADLINE_OR_SPAN}\b", re.IGNORECASE)
# Before the old date a deadline was moved from ("31 March 2025 extended from 31 March 2024"): the new date and the
# superseded one are two phrases (the second read as kind `superseded`, kept, never the due date).
MOVED_FROM = re.compile(r"(?<=\S)\s+(?=\(?(?:extended|revised|moved|changed|deferred|put back) from\b)", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.;](?=\s+\S|$)")  # a full stop or semicolon before more words, or at the end
# a full stop after a figure, with a figure after it, is a decimal point (`1.5`), no sentence end
FIGURE_POINT = re.compile(r"\d\.$")
FIGURE = re.compile(r"\d")
COMMA_PIECE = re.compile(r"[^,]+")  # the text between two commas
LETTER = re.compile(r"[^\W\d_]")
WORD = re.compile(r"\S+")
SegmentKind = Literal["owner", "timeline"]  # what a stretch of an allocation cell is read as


@dataclass(frozen=True)
class Segment:
    """A stretch of an allocation cell read as owner or timeline, with its offsets in the cell, so each
    owner and timeline row can point at the characters it came from."""

    kind: SegmentKind
    text: str
    start: int
    end: int


def split_allocation(text: str, glossary: OwnerGlossary, ends_owners: Callable[[str], bool]) -> list[Segment]:
    """Glossary owners first; between them, comma pieces are owners until one reads as a time (the rest)."""
    owners = glossary.mentions(text)
    segments = [Segment("owner", text[s:e], s, e) for s, e in owners]
    for stretch_start, stretch_end in _gaps(text, owners):
        segments += _read_stretch(text, stretch_start, stretch_end, ends_owners)
    return sorted(segments, key=lambda seg: seg.start)


def _gaps(text: str, owners: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text outside owner mentions, cut at sentence ends."""
    stretches, position = [], 0
    for start, end in [*owners, (len(text), len(text))]:
        stretches += _sentences(text, position, start)
        position = end
    return stretches


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, position = [], start
    for match in SENTENCE_END.finditer(text[start:end]):
        cut = start + match.end()
        if FIGURE_POINT.search(text[position:cut]) and FIGURE.match(text[cut:cut + 1]):
            continue
        pieces.append((position, cut))
        position = cut
    pieces.append((position, end))
    return [(s, e) for s, e in pieces if text[s:e].strip(TRIM)]


def _read_stretch(text: str, start: int, end: int, ends_owners: Callable[[str], bool]) -> list[Segment]:
    segments: list[Segment] = []
    for piece in COMMA_PIECE.finditer(text[start:end]):
        piece_start, piece_end = start + piece.start(), start + piece.end()
        raw = text[piece_start:piece_end]
        if not raw.strip(TRIM):
            continue
        if ends_owners(raw) or not LETTER.search(raw):
            time_start = piece_start + _owners_before_time(raw, ends_owners)
            leading = _owners(text, piece_start, time_start) if time_start > piece_start else []
            return [*segments, *leading, *_milestones(text, time_start, end)]
        segments += _owners(text, piece_start, piece_end)
    return segments


def _owners_before_time(raw: str, ends_owners: Callable[[str], bool]) -> int:
    """Where the time begins in a piece that reads as one: after the acronyms it opens with (LEADING_ACRONYMS), none
    of which reads as a time itself (`BAU`, `MARCH`), up to the first that is a time word (TIME_OPENER: `BY`,
    `DURING`) or the period's own (`_period_start`: the `FY` of `FY 2024/25`, the `SPRING` of `SPRING 2025`), where
    what follows them opens a time (a time word, a word that reads as a time, or the period itself); else 0, the
    whole piece a time."""
    lead = LEADING_ACRONYMS.match(raw)
    if not lead or any(ends_owners(word) for word in lead.group().split()):
        return 0
    period = _period_start(raw)
    words = list(WORD.finditer(lead.group()))
    owners = next((k for k, word in enumerate(words) if word.end() > period or TIME_OPENER.fullmatch(word.group())),
                  len(words))
    if not owners:
        return 0
    end = words[owners].start() if owners < len(words) else lead.end()
    rest = raw[end:]
    opens = end == period or TIME_OPENER.match(rest) or ends_owners(next(iter(rest.split()), ""))
    return end if opens and ends_owners(rest) else 0


def _period_start(raw: str) -> int:
    """Where the first period the timeline rules find in a piece begins, as they read it (dashes as `-`, lower
    case); the piece's length where they find none, or where lower case would move the offsets."""
    plain = raw.translate(DASHES)
    lower = plain.lower()
    found = find_periods(lower, PRINTED_ONLY) if len(lower) == len(plain) else []
    return found[0].start if found else len(raw)


def _owners(text: str, start: int, end: int) -> list[Segment]:
    """An owner piece: one owner, or one per word where each word is an acronym (`CEX HoBPPP`: two posts printed
    with only a space between, as the glossary's matcher parts them where it knows both); a piece of other words is
    one owner (`Head of Procurement`, `CH 0 HROD`, `All CHoS`)."""
    piece = _trimmed("owner", text, start, end)
    words = list(WORD.finditer(piece.text))
    if len(words) < 2 or not all(ACRONYM.fullmatch(word.group()) for word in words):
        return [piece]
    return [Segment("owner", word.group(), piece.start + word.start(), piece.start + word.end()) for word in words]


def _milestones(text: str, start: int, end: int) -> list[Segment]:
    """The timeline rest of a stretch, cut before each date it was moved from (MOVED_FROM)."""
    cuts = [start, *(m.start() for m in MOVED_FROM.finditer(text, start, end)), end]
    return [_trimmed("timeline", text, a, b) for a, b in pairwise(cuts) if text[a:b].strip(TRIM)]


def _trimmed(kind: SegmentKind, text: str, start: int, end: int) -> Segment:
    raw = text[start:end]
    left = len(raw) - len(raw.lstrip(TRIM))
    right = len(raw.rstrip(TRIM))
    return Segment(kind, raw[left:right], start + left, start + right)
