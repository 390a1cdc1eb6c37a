"""Which paragraph of one cell of an element row stands beside which paragraph of another.

A plan prints an action's allocation and the opportunity it answers level with its recommendation, in the columns
beside it, so what belongs together is read from the lines the paragraphs share: the most shared lines, else the
nearest one above (an allocation or opportunity printed once for the recommendations below it). This is the
geometry of a row and nothing else; what the reader does with it, and where the plan's shape makes it misleading
(a cell stacked at the top), is decided by the rules of actions.py.
"""

from __future__ import annotations

from council_actions.parsers.paragraphs import Paragraph


def line_up_allocations(allocations: list[Paragraph], recommendations: list[Paragraph]
                        ) -> tuple[dict[int, list[Paragraph]], list[Paragraph]]:
    """The allocations by the recommendation each is printed beside, and those beside or below none."""
    lined_up: dict[int, list[Paragraph]] = {}
    bare: list[Paragraph] = []
    for allocation in allocations:
        target = line_up(allocation, recommendations)
        if target is None:
            bare.append(allocation)
        else:
            lined_up.setdefault(target, []).append(allocation)
    return lined_up, bare


def line_up(paragraph: Paragraph, targets: list[Paragraph]) -> int | None:
    """The target printed beside the paragraph (most shared lines), else the nearest one above."""
    overlaps = [paragraph.overlap(t) for t in targets]
    if overlaps and max(overlaps) > 0:
        return overlaps.index(max(overlaps))
    above = [i for i, t in enumerate(targets) if t.first <= paragraph.first]
    return above[-1] if above else None


def opportunity_for(anchor: Paragraph, opportunities: list[Paragraph]) -> int | None:
    """The opportunity printed beside the action (the first to start within its lines),
    else the one still in force from above it."""
    beside = [i for i, o in enumerate(opportunities) if starts_within(o, anchor)]
    begun = [i for i, o in enumerate(opportunities) if o.first <= anchor.first]
    return beside[0] if beside else (begun[-1] if begun else None)


def starts_within(paragraph: Paragraph, other: Paragraph) -> bool:
    """Whether the paragraph's first line is one of the other's lines: an opportunity that starts level with a
    recommendation is that recommendation's own, however far either runs on below."""
    return other.first <= paragraph.first <= other.last
