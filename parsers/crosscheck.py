"""Cross-check self-assessment pages against the action plan ingested with them.

Each page claims a heatmap and a number of key actions; the plan of the same
revision has its own heatmap and the elements that carry actions. Every
disagreement becomes a warning on the self-assessment, naming both sources.

The check reads `CheckRecords`, a few fields of each parsed document, not the
documents themselves: a batch's workers write their own tables and send back
only these, so the parent never holds a whole revision in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from council_actions.parsers.records import DocumentKind, HeatmapCell, ParsedDocument, Theme

from council_actions.issues import Issue, warning


@dataclass(frozen=True)
class CheckRecords:
    """What the cross-check reads of one parsed document (small and picklable, so a worker can return it)."""

    kind: DocumentKind
    themes: tuple[Theme, ...]
    heatmap: tuple[HeatmapCell, ...]
    element_themes: tuple[tuple[str, int], ...]  # (element id, theme number) of every element of a theme
    action_elements: frozenset[str]  # the elements that carry actions


def check_records(parsed: ParsedDocument) -> CheckRecords:
    """The few fields the cross-check reads, small enough for a worker to send back instead of the parse."""
    return CheckRecords(parsed.kind, parsed.themes, parsed.heatmap,
                        tuple((e.element_id, e.theme_no) for e in parsed.elements if e.theme_no is not None),
                        frozenset(a.element_id for a in parsed.actions))


def cross_check(documents: dict[str, tuple[str, CheckRecords]]) -> dict[str, list[Issue]]:
    """Warnings per self-assessment; documents are keyed by document id, with their source names."""
    plans = [(name, d) for name, d in documents.values() if d.kind == "action_plan"]
    found: dict[str, list[Issue]] = {}
    for document_id, (name, page) in documents.items():
        if page.kind != "self_assessment":
            continue
        for plan_name, plan in plans:
            for theme in page.themes:
                found.setdefault(document_id, []).extend(_theme_issues(theme, page, name, plan, plan_name))
    return found


def _theme_issues(theme: Theme, page: CheckRecords, name: str, plan: CheckRecords, plan_name: str) -> list[Issue]:
    ours = [c for c in page.heatmap if c.theme_no == theme.theme_no]
    theirs = {c.element_id for c in plan.heatmap if c.theme_no == theme.theme_no}
    issues = []
    for cell in ours:
        if theirs and cell.element_id not in theirs:
            issues.append(warning("heatmap_mismatch", "parse", f"{cell.element_id} is in the heatmap of {name} but "
                                  f"not in the heatmap of {plan_name}", cell.printed_id, cell.span, cell.element_id))
    ours_ids = {c.element_id for c in ours}
    for element_id in sorted(theirs - ours_ids) if ours_ids else ():
        issues.append(warning("heatmap_mismatch", "parse", f"{element_id} is in the heatmap of {plan_name} but not "
                              f"in the heatmap of {name}", element_id, theme.span, element_id))
    themes_of = dict(plan.element_themes)
    with_actions = sorted(e for e in plan.action_elements if themes_of.get(e) == theme.theme_no)
    if theme.key_actions is not None and plan.element_themes and theme.key_actions != len(with_actions):
        issues.append(warning("key_actions_mismatch", "parse", f"{name} names {theme.key_actions} key actions for "
                              f"theme {theme.theme_no}; in {plan_name} {len(with_actions)} elements of the theme carry "
                              f"actions ({', '.join(with_actions)})", theme.printed_name, theme.span))
    return issues
