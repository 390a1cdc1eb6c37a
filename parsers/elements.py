"""One element row of the action plan: its element record (id, score, characteristic, status) and its
actions (actions.py). Opportunity paragraphs that no action answers stay on the element as notes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest.model import Cell, Placement, Span
from council_actions.parsers.actions import build_actions
from council_actions.parsers.cleaning import clean, printed_runs
from council_actions.parsers.colours import ColourKey
from council_actions.parsers.ids import ResolvedId, canonical_reference
from council_actions.parsers.labels import ScoreReading, read_scores
from council_actions.parsers.paragraphs import Paragraph, build_paragraphs, filter_cells
from council_actions.parsers.plan_columns import plan_columns
from council_actions.parsers.plan_layout import Block
from council_actions.parsers.quality import Vocabulary
from council_actions.parsers.records import Action, Element

from council_actions.issues import Issue, warning
from council_actions.owner_spellings import spellings_for
from council_actions.profile import Profile

WORD_RUNS = re.compile(r"\S+(?: \S+)*")  # words one space apart: the characteristic's words as printed, in one run
NO_GAPS = re.compile(r"^No (?:new |additional )?gaps? identified", re.IGNORECASE)
# Status notes printed inside the characteristic; `alias` names the group holding an id it now lives under.
STATUS_NOTES = (
    (re.compile(r"Now in (?:\d\.\s*)?[A-Za-z ]+? theme \((?P<alias>[^)]+)\)", re.IGNORECASE), "alias"),
    (re.compile(r"\(Previously (?P<ref>\S+) in the draft guidance\)", re.IGNORECASE), None),
    (re.compile(r"\(Merged with (?P<ref>\S+) in Statutory guidance\)", re.IGNORECASE), None),
    (re.compile(r"\(?Removed (?:as a characteristic )?from statutory guidance\.?\)?", re.IGNORECASE), None),
)


def build_element(block: Block, resolved: ResolvedId, profile: Profile, vocabulary: Vocabulary,
                  known_ids: set[str], colours: ColourKey) -> tuple[Element, list[Action], list[Issue]]:
    """One element row of the plan: its record, its actions and what could not be read, from the block's
    lines. The score, characteristic and actions are read from the cells by column role, not position, so the same
    code serves any column order a profile declares."""
    element_id = resolved.element_id
    cells = [c for line in block.lines for c in line.cells]
    score, issues = _read_score(block, profile, element_id, colours)
    columns = plan_columns(profile)
    rows, cell_issues = filter_cells(block.lines, vocabulary, element_id, columns)
    issues += cell_issues
    paragraphs = build_paragraphs(rows, columns)
    read = _characteristic(paragraphs[columns.characteristic], profile, known_ids)
    actions, used_opportunities, action_issues = build_actions(element_id, paragraphs,
                                                               spellings_for(profile).opens_with_owner, columns)
    issues += action_issues
    opportunities = paragraphs[columns.opportunity]
    unused = [p for i, p in enumerate(opportunities) if i not in used_opportunities]
    notes = "\n".join(p.text for p in unused) or None
    printed_id = clean(block.printed_id or "")
    element = Element(
        element_id=element_id,
        printed_id=printed_id,
        theme_no=block.in_theme().no,
        score=score,
        characteristic=read.text,
        status_note=read.note,
        no_gaps=any(NO_GAPS.match(p.text) for p in opportunities),
        alias_of=read.alias,
        id_method=resolved.method,
        notes=notes,
        span=Span.union([*(c.span for c in cells), *([block.id_span] if block.id_span else [])]),
        printed_id_at=Placement.found(printed_id, printed_id, block.id_span) if block.id_span else None,
        characteristic_at=read.text_at,
        status_note_at=read.note_at,
        notes_at=printed_runs(notes, (c for p in unused for _, c in p.cells)) if notes else None,
    )
    return element, actions, issues


@dataclass(frozen=True)
class ScoreColumn:
    """What one element row prints for its score: the score column's cells, the words read from them, and the
    score the cells' shading gives (PDF)."""

    cells: list[Cell]
    reading: ScoreReading
    shaded: str | None


@dataclass(frozen=True)
class ScoreCheck:
    """A warning about a row's score, a row of SCORE_CHECKS: its code, when it is given, and its message."""

    code: str
    applies: Callable[[ScoreColumn], bool]
    message: Callable[[ScoreColumn], str]


SCORE_CHECKS = (
    ScoreCheck("score_word_repaired", lambda s: bool(s.reading.repaired),
               lambda s: "score word read despite OCR damage: " + ", ".join(
                   f"'{word}' as '{read}'" for word, read in s.reading.repaired)),
    ScoreCheck("conflicting_scores", lambda s: bool(s.reading.conflicting),
               lambda s: f"several scores printed ({', '.join(s.reading.conflicting)}); kept the first"),
    ScoreCheck("score_colour_mismatch", lambda s: bool(s.shaded and s.reading.score and s.shaded != s.reading.score),
               lambda s: f"printed score {s.reading.score} but the cell is shaded {s.shaded}; kept the printed word"),
    ScoreCheck("missing_score", lambda s: s.reading.score is None and s.shaded is None and bool(s.cells),
               lambda s: "no score could be read: the score column prints no score word of the profile and its "
                         "cells no shading of the colour key; score left empty, the column's words quoted"),
)


def _read_score(block: Block, profile: Profile, element_id: str,
                colours: ColourKey) -> tuple[str | None, list[Issue]]:
    """The printed score word; the cell's shading where no word is printed. Each cell of words that are neither
    theme nor score is reported, and each of SCORE_CHECKS that applies, quoting the column's cells as printed, one a
    line (the source's own characters, not a join of them it never prints)."""
    score_column = plan_columns(profile).score
    cells = [c for line in block.lines for c in line.cells if c.column == score_column]
    seen = ScoreColumn(cells, read_scores([c.text for c in cells], block.in_theme(), profile),
                       next((colours.score_for(c.fill) for c in cells if c.fill), None))
    issues = [warning("unrecognised_score_text", "parse", "words in the theme/score column that are neither "
                      "theme nor score", cells[i].text, cells[i].span, element_id, "score")
              for i in seen.reading.leftovers]
    issues += [warning(check.code, "parse", check.message(seen), "\n".join(c.text for c in cells),
                       Span.union(c.span for c in cells), element_id, "score")
               for check in SCORE_CHECKS if check.applies(seen)]
    return seen.reading.score or seen.shaded, issues


@dataclass(frozen=True)
class Characteristic:
    """The characteristic column's text with the status notes printed inside it taken out, the notes, the group an
    alias note names, and where each was printed: the notes are cut out of the characteristic's words, so neither
    is the column's text whole and each needs its own runs."""

    text: str
    text_at: Placement
    note: str | None
    note_at: Placement | None
    alias: str | None


def _characteristic(paragraphs: list[Paragraph], profile: Profile, known_ids: set[str]) -> Characteristic:
    """Each status note found is blanked out (a space for each of its characters, so every word left keeps its
    place in the column's text, from whose runs the value's runs are carried); the words left, single-spaced, are
    the characteristic: runs of words one space apart as printed, joined by one space."""
    printed = text = " ".join(p.text for p in paragraphs)
    notes: list[tuple[int, int]] = []  # each note's characters in `printed`
    alias = None
    prefixes = tuple(t.prefix for t in profile.themes)
    for pattern, alias_group in STATUS_NOTES:
        for match in pattern.finditer(text):
            notes.append(_note(match))
            if alias_group:
                alias = canonical_reference(match[alias_group], prefixes, known_ids) or match[alias_group]
        text = pattern.sub(lambda m: " " * len(m[0]), text)
    runs = [m.span() for m in WORD_RUNS.finditer(text)]
    placed = printed_runs(printed, (c for p in paragraphs for _, c in p.cells))
    return Characteristic(" ".join(printed[a:b] for a, b in runs), placed.carried(_blocks(runs, " ")),
                          "; ".join(printed[a:b] for a, b in notes) or None,
                          placed.carried(_blocks(notes, "; ")) if notes else None, alias)


def _note(match: re.Match[str]) -> tuple[int, int]:
    """A status note's characters: the match without the spaces around it, and without its brackets where it is
    printed in brackets (`(Previously G002 in the draft guidance)`)."""
    found = match[0]
    start = match.start() + len(found) - len(found.lstrip())
    end = match.end() - len(found) + len(found.rstrip())
    bracketed = found.strip().startswith("(") and found.strip().endswith(")")
    return (start + 1, end - 1) if bracketed else (start, end)


def _blocks(parts: list[tuple[int, int]], joint: str) -> list[tuple[int, int, int]]:
    """Where each part of the printed text is in the value that joins them with `joint` (Placement.carried's
    blocks: at in the value, start in the printed text, size)."""
    blocks = []
    at = 0
    for start, end in parts:
        blocks.append((at, start, end - start))
        at += end - start + len(joint)
    return blocks
