"""One element row of the action plan: its element record and its actions.

Each recommendation paragraph is one action. It takes the allocation
paragraph printed beside it (most shared lines; else the nearest one above)
and the opportunity it answers (likewise). Revision notes ("Update: 10/9/24
...") extend the recommendation above them instead of becoming actions. What
cannot be lined up is reported: an allocation with no recommendation, a
recommendation with no allocation. A recommendation paragraph with neither
an allocation nor an opportunity of its own beside it continues the action
above it (the plan writes one recommendation as several paragraphs).
"""

from __future__ import annotations

import re

from council_actions.ingest.model import Span
from council_actions.parsers.cleaning import clean
from council_actions.parsers.colours import ColourKey
from council_actions.parsers.ids import ResolvedId, canonical_reference
from council_actions.parsers.labels import read_scores
from council_actions.parsers.paragraphs import ALLOCATION, RECOMMENDATION, Paragraph, build_paragraphs, filter_cells
from council_actions.parsers.plan_layout import Block
from council_actions.parsers.quality import Vocabulary
from council_actions.parsers.records import Action, Element, make_action_id

from council_actions.issues import Issue, warning
from council_actions.profile import Profile

OPPORTUNITY, CHARACTERISTIC = 2, 1
NO_GAPS = re.compile(r"^No (?:new |additional )?gaps? identified", re.IGNORECASE)
UPDATE_NOTE = re.compile(r"^Update\s*(?::|\d|Q[1-4]\b)", re.IGNORECASE)
# Status notes printed inside the characteristic; `alias` names the group holding an id it now lives under.
STATUS_NOTES = (
    (re.compile(r"Now in (?:\d\.\s*)?[A-Za-z ]+? theme \((?P<alias>[^)]+)\)", re.IGNORECASE), "alias"),
    (re.compile(r"\(Previously (?P<ref>\S+) in the draft guidance\)", re.IGNORECASE), None),
    (re.compile(r"\(Merged with (?P<ref>\S+) in Statutory guidance\)", re.IGNORECASE), None),
    (re.compile(r"\(?Removed (?:as a characteristic )?from statutory guidance\.?\)?", re.IGNORECASE), None),
)


def build_element(block: Block, resolved: ResolvedId, profile: Profile, vocabulary: Vocabulary,
                  known_ids: set[str], colours: ColourKey) -> tuple[Element, list[Action], list[Issue]]:
    element_id = resolved.element_id
    cells = [c for line in block.lines for c in line.cells]
    score, issues = _read_score(block, profile, element_id, colours)
    rows, cell_issues = filter_cells(block.lines, vocabulary, element_id)
    issues += cell_issues
    paragraphs = build_paragraphs(rows)
    characteristic, status_note, alias = _characteristic(paragraphs[CHARACTERISTIC], profile, known_ids)
    actions, used_opportunities, action_issues = _actions(element_id, paragraphs)
    issues += action_issues
    opportunities = paragraphs[OPPORTUNITY]
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
        span=Span.union(c.span for c in cells),
    )
    return element, actions, issues


def _read_score(block: Block, profile: Profile, element_id: str,
                colours: ColourKey) -> tuple[str | None, list[Issue]]:
    """The printed score word; the cell's shading where no word is printed. A disagreement is reported."""
    first_column = [c for line in block.lines for c in line.cells if c.column == 0]
    reading = read_scores([c.text for c in first_column], block.in_theme(), profile)
    shaded = next((colours.score_for(c.fill) for c in first_column if c.fill), None)
    issues = [warning("unrecognised_score_text", "parse", "words in the theme/score column that are neither "
                      "theme nor score", first_column[i].text, first_column[i].span, element_id, "score")
              for i in reading.leftovers]
    if reading.conflicting:
        span = Span.union(c.span for c in first_column)
        issues.append(warning("conflicting_scores", "parse", f"several scores printed "
                              f"({', '.join(reading.conflicting)}); kept the first",
                              " | ".join(c.text for c in first_column), span, element_id, "score"))
    if shaded and reading.score and shaded != reading.score:
        issues.append(warning("score_colour_mismatch", "parse", f"printed score {reading.score} but the cell is "
                              f"shaded {shaded}; kept the printed word", " | ".join(c.text for c in first_column),
                              Span.union(c.span for c in first_column), element_id, "score"))
    if reading.score is None and shaded is None and first_column:
        issues.append(warning("missing_score", "parse", "no score could be read",
                              " | ".join(c.text for c in first_column), Span.union(c.span for c in first_column),
                              element_id, "score"))
    return reading.score or shaded, issues


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


def _actions(element_id: str, paragraphs: dict[int, list[Paragraph]]) -> tuple[list[Action], set[int], list[Issue]]:
    opportunities = paragraphs[OPPORTUNITY]
    recommendations = _merge_updates(paragraphs[RECOMMENDATION])
    allocations, issues = _allocations(element_id, paragraphs[ALLOCATION], recommendations)
    groups = _group(recommendations, allocations, opportunities)
    actions, used, ids = [], set(), set()
    for seq, (parts, allocated) in enumerate(groups, 1):
        opportunity = _opportunity_for(parts[0], opportunities)
        if opportunity is not None:
            used.add(opportunity)
        text = " ".join(p.text for p in parts)
        if not allocated:
            issues.append(warning("missing_allocation", "parse", "recommendation has no allocation beside it",
                                  text, Span.union(p.span for p in parts), element_id, "allocated_raw"))
        action_id = make_action_id(element_id, text)
        action_id = action_id if action_id not in ids else f"{action_id}-{seq}"
        ids.add(action_id)
        actions.append(Action(
            action_id=action_id, element_id=element_id, seq=seq,
            opportunity=opportunities[opportunity].text if opportunity is not None else None,
            action=text,
            allocated_raw=" ".join(a.text for a in allocated) or None,
            allocated_printed=" ".join(a.printed for a in allocated) or None,
            span=Span.union([p.span for p in parts] + [a.span for a in allocated]),
            allocated_span=Span.union(a.span for a in allocated) if allocated else None,
        ))
    return actions, used, issues


def _allocations(element_id: str, allocations: list[Paragraph],
                 recommendations: list[Paragraph]) -> tuple[dict[int, list[Paragraph]], list[Issue]]:
    lined_up: dict[int, list[Paragraph]] = {}
    issues = []
    for allocation in allocations:
        target = _line_up(allocation, recommendations)
        if target is None:
            issues.append(warning("allocation_without_recommendation", "parse", "an allocation with no recommendation "
                                  "beside or above it", allocation.text, allocation.span, element_id, "allocated_raw"))
        else:
            lined_up.setdefault(target, []).append(allocation)
    return lined_up, issues


def _group(recommendations: list[Paragraph], allocations: dict[int, list[Paragraph]],
           opportunities: list[Paragraph]) -> list[tuple[list[Paragraph], list[Paragraph]]]:
    """Recommendation paragraphs joined into actions, each with the allocations lined up with it."""
    groups: list[tuple[list[Paragraph], list[Paragraph]]] = []
    for index, paragraph in enumerate(recommendations):
        own_opportunity = any(_starts_within(o, paragraph) for o in opportunities)
        if groups and index not in allocations and not own_opportunity:
            groups[-1][0].append(paragraph)
        else:
            groups.append(([paragraph], list(allocations.get(index, []))))
    return groups


def _merge_updates(recommendations: list[Paragraph]) -> list[Paragraph]:
    merged: list[Paragraph] = []
    for paragraph in recommendations:
        if merged and UPDATE_NOTE.match(paragraph.text):
            last = merged[-1]
            merged[-1] = Paragraph(last.column, f"{last.text} {paragraph.text}", f"{last.printed} {paragraph.printed}",
                                   last.span.merge(paragraph.span), last.first, paragraph.last)
        else:
            merged.append(paragraph)
    return merged


def _line_up(paragraph: Paragraph, targets: list[Paragraph]) -> int | None:
    """The target printed beside the paragraph (most shared lines), else the nearest one above."""
    overlaps = [paragraph.overlap(t) for t in targets]
    if overlaps and max(overlaps) > 0:
        return overlaps.index(max(overlaps))
    above = [i for i, t in enumerate(targets) if t.first <= paragraph.first]
    return above[-1] if above else None


def _opportunity_for(recommendation: Paragraph, opportunities: list[Paragraph]) -> int | None:
    """The opportunity printed beside the recommendation (the first to start within its lines),
    else the one still in force from above it."""
    beside = [i for i, o in enumerate(opportunities) if _starts_within(o, recommendation)]
    begun = [i for i, o in enumerate(opportunities) if o.first <= recommendation.first]
    return beside[0] if beside else (begun[-1] if begun else None)


def _starts_within(paragraph: Paragraph, other: Paragraph) -> bool:
    return other.first <= paragraph.first <= other.last
