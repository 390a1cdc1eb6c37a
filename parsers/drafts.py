"""Drafts of an element's actions, and the actions made of them once each has its opportunity.

The reader (actions.py) lines a row's paragraphs up into drafts by its rule tables; what a draft becomes is the
same whichever rules made it, so it is said once here: the text, the allocation raw and as printed, where each was
printed, and an id unique within the element.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from council_actions.ingest.model import Placement, Span, Stretch
from council_actions.parsers.action_ids import make_action_id
from council_actions.parsers.cleaning import cell_runs, placement
from council_actions.parsers.paragraphs import Paragraph
from council_actions.parsers.records import Action

from council_actions.issues import Issue, warning


@dataclass(frozen=True)
class Draft:
    """An action before its opportunity is known: recommendation paragraphs (none for a bare allocation)."""

    parts: tuple[Paragraph, ...]
    allocations: tuple[Paragraph, ...]

    @property
    def anchor(self) -> Paragraph:
        """The paragraph the action is placed by (its first recommendation, else its first allocation): the
        opportunity beside it and the order of the element's actions go by it."""
        return (self.parts or self.allocations)[0]


def missing_allocation(element_id: str, draft: Draft) -> Issue:
    """A recommendation with no allocation beside it is still an action, its owner and timeline unknown: said so,
    where the allocated_raw it lacks would be."""
    text = " ".join(p.text for p in draft.parts)
    return warning("missing_allocation", "parse", "recommendation has no allocation beside it", text,
                   Span.union(p.span for p in draft.parts), element_id, "allocated_raw")


def to_actions(element_id: str, drafts: list[Draft], opportunities: list[Paragraph | None]) -> list[Action]:
    """The drafts as the element's actions in order, each with its opportunity (the paragraph it answers, for its
    text and where each run of it is printed). An id two actions would share (the same text twice in one element)
    takes the later one's seq, so every action_id stays unique."""
    actions: list[Action] = []
    ids: set[str] = set()
    for seq, (draft, opportunity) in enumerate(zip(drafts, opportunities, strict=True), 1):
        action = _to_action(element_id, seq, draft, opportunity)
        if action.action_id in ids:
            action = replace(action, action_id=f"{action.action_id}-{seq}")
        ids.add(action.action_id)
        actions.append(action)
    return actions


def _to_action(element_id: str, seq: int, draft: Draft, opportunity: Paragraph | None) -> Action:
    """One draft as an action: its recommendation paragraphs' text, its allocations raw and as printed, its
    opportunity, and where each run of each was printed (a paragraph's own cells: a line's cell holding two
    actions' paragraphs is cut between them); its id from its text (a bare allocation's from the allocation),
    unique within the element only once `to_actions` has seen the others."""
    text = " ".join(p.text for p in draft.parts)
    allocated = draft.allocations
    allocated_raw = " ".join(a.text for a in allocated) or None
    return Action(
        action_id=make_action_id(element_id, text or allocated_raw or ""), element_id=element_id, seq=seq,
        opportunity=opportunity.text if opportunity else None, action=text, allocated_raw=allocated_raw,
        allocated_printed=" ".join(a.printed for a in allocated) or None,
        span=Span.union([p.span for p in draft.parts] + [a.span for a in allocated]),
        allocated_span=Span.union(a.span for a in allocated) if allocated else None,
        allocated_at=placement(allocated_raw, (c for a in allocated for _, c in a.cells)) if allocated_raw else None,
        action_at=_placed(text, draft.parts) if text else None,
        opportunity_at=cell_runs(opportunity.text, (c for _, c in opportunity.cells)) if opportunity else None,
    )


def _placed(text: str, parts: tuple[Paragraph, ...]) -> Placement:
    """Where each run of an action's text was printed, from its paragraphs' cells; the paragraphs' span whole, one
    run, where no cell is found in it as printed (a repair rewrote them)."""
    placed = cell_runs(text, (c for p in parts for _, c in p.cells))
    return placed if placed.stretches else Placement((Stretch(0, len(text), Span.union(p.span for p in parts)),))
