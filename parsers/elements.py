"""One element row of the action plan: its element record (id, score, characteristic, status) and its
actions (actions.py). Opportunity paragraphs that no action answers stay on the element as notes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest.model import Cell, Span
from council_actions.parsers.actions import build_actions
from council_actions.parsers.cleaning import clean
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
    characteristic, status_note, alias = _characteristic(paragraphs[columns.characteristic], profile, known_ids)
    actions, used_opportunities, action_issues = build_actions(element_id, paragraphs,
                                                               spellings_for(profile).opens_with_owner, columns)
    issues += action_issues
    opportunities = paragraphs[columns.opportunity]
    notes = [p.text for i, p in enumerate(opportunities) if i not in used_opportunities]
    element = Element(
        element_id=element_id,
        printed_id=clean(block.printed_id or ""),
        theme_no=block.in_theme().no,
        score=score,
        characteristic=characteristic,
        status_note=status_note,
        no_gaps=any(NO_GAPS.match(p.text) for p in opportunities),
        alias_of=alias,
        id_method=resolved.method,
        notes="\n".join(notes) or None,
        span=Span.union([*(c.span for c in cells), *([block.id_span] if block.id_span else [])]),
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


def _characteristic(paragraphs: list[Paragraph], profile: Profile,
                    known_ids: set[str]) -> tuple[str, str | None, str | None]:
    text = " ".join(p.text for p in paragraphs)
    notes, alias = [], None
    prefixes = tuple(t.prefix for t in profile.themes)
    for pattern, alias_group in STATUS_NOTES:
        for match in pattern.finditer(text):
            note = match.group(0).strip()
            notes.append(note[1:-1] if note.startswith("(") and note.endswith(")") else note)
            if alias_group:
                alias = canonical_reference(match[alias_group], prefixes, known_ids) or match[alias_group]
        text = pattern.sub(" ", text)
    return " ".join(text.split()), "; ".join(notes) or None, alias
