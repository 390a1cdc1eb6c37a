"""The actions of one element row: recommendations lined up with their allocations and opportunities.

Each recommendation paragraph is one action. It takes the allocation
paragraph printed beside it (most shared lines; else the nearest one above:
lining_up.py) and the opportunity it answers (likewise). Revision notes (update_notes.py: "Update: 10/9/24
...") extend the recommendation above them instead of becoming actions. A
recommendation paragraph with neither an allocation nor an opportunity of its
own beside it continues the action above it (the plan writes one
recommendation as several paragraphs).

A plan printed one row per element stacks each cell's paragraphs at the top
of the cell, so nothing stands beside what it answers: lined up by position,
every allocation would go to the first recommendation. Where the layout shows
that shape (STACKED_RULES), the structure decides instead: the cells'
paragraphs in order, and what the counts cannot settle is left on the element
and reported, not guessed.

The converter runs a row's cells and paragraphs together in ways the plain lining-up cannot see; ROW_RULES are
the repairs, each general for any plan that prints its cells the same way. Each rule of both tables is applied by
the step of its name (`_<name>`) and pinned by a fixture named after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from council_actions.ingest.model import Span
from council_actions.parsers.drafts import Draft, missing_allocation, to_actions
from council_actions.parsers.lining_up import line_up, line_up_allocations, opportunity_for, starts_within
from council_actions.parsers.paragraphs import PARAGRAPH_MARK, SENTENCE_BREAK, Paragraph, RepairRule
from council_actions.parsers.plan_columns import PlanColumns
from council_actions.parsers.records import Action
from council_actions.parsers.update_notes import opens_with_update_note

from council_actions.issues import Issue, warning

ROW_RULES = (
    RepairRule("allocations_split_recommendation", "a recommendation cell with as many paragraphs as the allocation "
            "cell beside it holds allocations (each starting with an owner) is that many actions, paired in order"),
    RepairRule("allocation_without_recommendation", "an allocation with no recommendation beside or above it is an "
            "action with empty text, so that its owners are kept"),
    RepairRule("orphan_opportunity_continues", "an opportunity paragraph that no action answers continues the "
            "opportunity above it (before any answered one it stays an element note)"),
    RepairRule("opportunity_paragraphs_pair", "an opportunity answered by several actions and printed as as many "
            "paragraphs pairs with them in order"),
)
STACKED_RULES = (
    RepairRule("allocations_stacked_at_top", "allocation paragraphs stacked at the top of one row's cell (several "
               "beside one recommendation paragraph, none beside a later one) pair in order with the recommendation "
               "paragraphs when they are as many; otherwise no action takes them (`allocation_unpaired`)"),
    RepairRule("opportunities_stacked_at_top", "in such a row each opportunity paragraph answers a run of "
               "recommendations in order: as many pair one to one, one answers all; with fewer, an action takes "
               "an opportunity only where every such reading agrees (`opportunity_unpaired`)"),
)


def build_actions(element_id: str, paragraphs: dict[int, list[Paragraph]], starts_allocation: Callable[[str], bool],
                  columns: PlanColumns) -> tuple[list[Action], set[int], list[Issue]]:
    """The element's actions, the opportunity paragraphs they consumed, and what could not be lined up."""
    opportunities = paragraphs[columns.opportunity]
    recommendations = merge_updates(paragraphs[columns.action])
    allocations = paragraphs[columns.allocation]
    stacked = _allocations_stacked_at_top(element_id, recommendations, allocations, starts_allocation)
    if stacked is not None:
        drafts, issues = stacked
        chosen, consumed = _opportunities_stacked_at_top(element_id, len(drafts), opportunities, issues)
    else:
        drafts, issues = _drafts_by_position(element_id, recommendations, allocations, opportunities,
                                             starts_allocation)
        chosen, consumed = _opportunities_by_position(drafts, opportunities)
    if not any(i.code == "allocation_unpaired" for i in issues):  # reported once for the row already
        issues += [missing_allocation(element_id, d) for d in drafts if not d.allocations]
    return to_actions(element_id, drafts, chosen), consumed, issues


def _opportunities_by_position(drafts: list[Draft], opportunities: list[Paragraph]
                               ) -> tuple[list[Paragraph | None], set[int]]:
    """Each draft's opportunity where the row prints them beside what they answer: the one beside or above its
    anchor, with ROW_RULES' opportunity repairs, and the opportunity paragraphs so taken."""
    chosen = [opportunity_for(d.anchor, opportunities) for d in drafts]
    whole, consumed = _orphan_opportunity_continues(chosen, opportunities)
    return _opportunity_paragraphs_pair(chosen, whole), consumed


def _drafts_by_position(element_id: str, recommendations: list[Paragraph], allocations: list[Paragraph],
                        opportunities: list[Paragraph], starts_allocation: Callable[[str], bool]
                        ) -> tuple[list[Draft], list[Issue]]:
    """Drafts of recommendations with the allocations printed beside them, split by ROW_RULES."""
    lined_up, bare = line_up_allocations(allocations, recommendations)
    bare_drafts, issues = _allocation_without_recommendation(element_id, bare)
    drafts = _group(recommendations, lined_up, opportunities) + bare_drafts
    drafts.sort(key=lambda d: d.anchor.first)
    split_drafts: list[Draft] = []
    for draft in drafts:
        split, unpaired = _allocations_split_recommendation(draft, starts_allocation)
        split_drafts += split
        if unpaired:
            where = Span.union(a.span for a in draft.allocations)
            issues.append(warning("allocations_not_paired", "parse", f"the allocation cell holds {unpaired[0]} "
                                  f"allocations but the recommendation beside it {unpaired[1]} paragraphs; kept as "
                                  "one action with all of them", " ".join(a.text for a in draft.allocations),
                                  where, element_id, "allocated_raw"))
    return split_drafts, issues


def _stacked(allocations: list[Paragraph], recommendations: list[Paragraph]) -> bool:
    """STACKED_RULES' shape: several allocation paragraphs beside one recommendation paragraph and none beside a
    later one. Printed beside their recommendations, each would have its own; here the cell was filled from the
    top, whatever stands beside it."""
    beside = [line_up(a, recommendations) for a in allocations]
    crowded = [i for i in set(beside) if i is not None and beside.count(i) > 1]
    return bool(crowded) and any(i not in beside for i in range(min(crowded) + 1, len(recommendations)))


def _allocations_stacked_at_top(element_id: str, recommendations: list[Paragraph], allocations: list[Paragraph],
                                starts_allocation: Callable[[str], bool]) -> tuple[list[Draft], list[Issue]] | None:
    """Rule allocations_stacked_at_top, where the row has that shape (else None): each recommendation paragraph
    an action, the allocations in order."""
    if not _stacked(allocations, recommendations):
        return None
    units = merge_updates([unit for paragraph in recommendations for unit in paragraph.split(PARAGRAPH_MARK)])
    owned = _allocation_units(allocations, starts_allocation)
    if len(owned) == len(units):
        return [Draft((unit,), (allocation,)) for unit, allocation in zip(units, owned, strict=True)], []
    issue = warning("allocation_unpaired", "parse", f"{len(owned)} allocations stacked at the top of the row's cell "
                    f"beside {len(units)} recommendations: which goes with which is not printed; no action takes one",
                    " ".join(a.text for a in allocations), Span.union(a.span for a in allocations), element_id,
                    "allocated_raw")
    return [Draft((unit,), ()) for unit in units], [issue]


def _opportunities_stacked_at_top(element_id: str, count: int, opportunities: list[Paragraph], issues: list[Issue]
                                  ) -> tuple[list[Paragraph | None], set[int]]:
    """Rule opportunities_stacked_at_top: the opportunity each of `count` actions takes, and those taken. With
    fewer opportunities than actions, each answers a run of one or more in order: action k can take only
    opportunity max(0, k - extra) to min(k, n - 1), so it takes one where those are the same."""
    n, extra = len(opportunities), count - len(opportunities)
    chosen: list[int | None] = [None] * count
    if n and extra >= 0:
        chosen = [None if max(0, k - extra) != min(k, n - 1) else min(k, n - 1) for k in range(count)]
    taken = {i for i in chosen if i is not None}
    left = [p for i, p in enumerate(opportunities) if i not in taken]
    if None in chosen and n:
        issues.append(opportunity_unpaired(element_id, count, chosen.count(None),
                                           [(p.text, p.span) for p in opportunities], [(p.text, p.span) for p in left]))
    return [opportunities[i] if i is not None else None for i in chosen], taken


def opportunity_unpaired(element_id: str | None, count: int, without: int, found: list[tuple[str, Span]],
                         left: list[tuple[str, Span]]) -> Issue:
    """The issue for findings stacked at the top of a row that the counts cannot pair with its `count` actions
    (`opportunities_stacked_at_top`): `without` actions left with none; shown are the findings no action takes
    (`left`), else all those `found`. Worded once for the template reader and the keyed-row reader (marked_rows),
    so a data team reading either way is told the same."""
    shown = left or found
    return warning("opportunity_unpaired", "parse", f"{len(found)} opportunities stacked at the top of the row's cell "
                   f"beside {count} recommendations: which recommendations share one is not printed; {without} "
                   f"actions left without, {len(left)} kept on the element", " ".join(text for text, _ in shown),
                   Span.union(span for _, span in shown), element_id, "opportunity")


def merge_updates(recommendations: list[Paragraph]) -> list[Paragraph]:
    """An update note (`Update 10/2/25: ...`) is the paragraph above's progress, not an action of its own."""
    merged: list[Paragraph] = []
    for paragraph in recommendations:
        if merged and opens_with_update_note(paragraph.text):
            merged[-1] = merged[-1].joined(paragraph)
        else:
            merged.append(paragraph)
    return merged


def bare_allocation(text: str, span: Span, element_id: str | None, field: str) -> Issue:
    """The issue for an allocation with no recommendation to go with (ROW_RULES' `allocation_without_recommendation`),
    worded once for a plan whose allocation shares a cell with its recommendation and one that prints it in
    columns of its own (table_plan.py)."""
    return warning("allocation_without_recommendation", "parse", "an allocation with no recommendation beside or "
                   "above it; kept as an action with empty text", text, span, element_id, field)


def _allocation_without_recommendation(element_id: str, bare: list[Paragraph]) -> tuple[list[Draft], list[Issue]]:
    """Rule allocation_without_recommendation: each an action of its own with no text, each reported."""
    return [Draft((), (a,)) for a in bare], [bare_allocation(a.text, a.span, element_id, "allocated_raw")
                                             for a in bare]


def _group(recommendations: list[Paragraph], allocations: dict[int, list[Paragraph]],
           opportunities: list[Paragraph]) -> list[Draft]:
    """Recommendation paragraphs joined into actions, each with the allocations lined up with it."""
    groups: list[tuple[list[Paragraph], list[Paragraph]]] = []
    for index, paragraph in enumerate(recommendations):
        own_opportunity = any(starts_within(o, paragraph) for o in opportunities)
        if groups and index not in allocations and not own_opportunity:
            groups[-1][0].append(paragraph)
        else:
            groups.append(([paragraph], list(allocations.get(index, []))))
    return [Draft(tuple(parts), tuple(allocated)) for parts, allocated in groups]


def _allocation_units(paragraphs: Iterable[Paragraph], starts_allocation: Callable[[str], bool]) -> list[Paragraph]:
    """The allocations in allocation paragraphs: a sentence that opens with an owner starts one."""
    allocations: list[Paragraph] = []
    for piece in (p for allocation in paragraphs for p in allocation.split(SENTENCE_BREAK)):
        if allocations and not starts_allocation(piece.text):
            allocations[-1] = allocations[-1].joined(piece)
        else:
            allocations.append(piece)
    return allocations


def _allocations_split_recommendation(draft: Draft, starts_allocation: Callable[[str], bool]
                                      ) -> tuple[list[Draft], tuple[int, int] | None]:
    """Rule allocations_split_recommendation; the draft unchanged, with (allocations, recommendation
    paragraphs), where the counts do not agree."""
    allocations = _allocation_units(draft.allocations, starts_allocation)
    if len(allocations) < 2:
        return [draft], None
    units = merge_updates([unit for part in draft.parts for unit in part.split(PARAGRAPH_MARK)])
    if len(units) != len(allocations):
        return [draft], (len(allocations), len(units))
    return [Draft((unit,), (allocation,)) for unit, allocation in zip(units, allocations, strict=True)], None


def _orphan_opportunity_continues(chosen: list[int | None], opportunities: list[Paragraph]
                                  ) -> tuple[dict[int, Paragraph], set[int]]:
    """Rule orphan_opportunity_continues: each chosen opportunity (by index) with the paragraphs below it that no
    draft chose joined on, and every paragraph so taken."""
    used = {i for i in chosen if i is not None}
    whole: dict[int, Paragraph] = {}
    anchor: int | None = None
    consumed = set(used)
    for index, paragraph in enumerate(opportunities):
        if index in used:
            anchor = index
            whole[index] = paragraph
        elif anchor is not None:
            whole[anchor] = whole[anchor].joined(paragraph)
            consumed.add(index)
    return whole, consumed


def _opportunity_paragraphs_pair(chosen: list[int | None], whole: dict[int, Paragraph]) -> list[Paragraph | None]:
    """Rule opportunity_paragraphs_pair: each draft's opportunity, an opportunity several drafts chose dealt out
    to them paragraph by paragraph where it has as many."""
    paired: list[Paragraph | None] = [whole[i] if i is not None else None for i in chosen]
    for index, paragraph in whole.items():
        sharing = [k for k, i in enumerate(chosen) if i == index]
        units = paragraph.split(PARAGRAPH_MARK) if len(sharing) > 1 else []
        if len(units) == len(sharing):
            for k, unit in zip(sharing, units, strict=True):
                paired[k] = unit
    return paired
