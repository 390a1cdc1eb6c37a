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
    """Warnings per self-assessment; documents are keyed by document id, with their source names. A revision may
    hold several plans (a plan as PDF and as text): each disagreement is one warning naming every plan it holds
    for, so no two rows of extraction_issues share its key (code, span and text), as one warning per plan would."""
    plans = [(name, d) for name, d in documents.values() if d.kind == "action_plan"]
    found: dict[str, list[Issue]] = {}
    for document_id, (name, page) in documents.items():
        if page.kind == "self_assessment" and plans and page.themes:
            found[document_id] = [issue for theme in page.themes for issue in _theme_issues(theme, page, name, plans)]
    return found


def _theme_issues(theme: Theme, page: CheckRecords, name: str, plans: list[tuple[str, CheckRecords]]) -> list[Issue]:
    ours = [c for c in page.heatmap if c.theme_no == theme.theme_no]
    theirs = [(plan_name, {c.element_id for c in plan.heatmap if c.theme_no == theme.theme_no})
              for plan_name, plan in plans]
    issues = []
    for cell in ours:
        lacking = [plan_name for plan_name, ids in theirs if ids and cell.element_id not in ids]
        if lacking:
            issues.append(warning("heatmap_mismatch", "parse", f"{cell.element_id} is in the heatmap of {name} but "
                                  f"not in the heatmap of {', '.join(lacking)}", cell.printed_id, cell.span,
                                  cell.element_id))
    ours_ids = {c.element_id for c in ours}
    holding: dict[str, list[str]] = {}
    for plan_name, ids in theirs if ours_ids else ():
        for element_id in ids - ours_ids:
            holding.setdefault(element_id, []).append(plan_name)
    for element_id in sorted(holding):
        issues.append(warning("heatmap_mismatch", "parse", f"{element_id} is in the heatmap of "
                              f"{', '.join(holding[element_id])} but not in the heatmap of {name}", element_id,
                              theme.span, element_id))
    counted = _key_actions(theme, plans)
    if counted:
        issues.append(warning("key_actions_mismatch", "parse", f"{name} names {theme.key_actions} key actions for "
                              f"theme {theme.theme_no}; {'; '.join(counted)}", theme.printed_name, theme.span))
    return issues


def _key_actions(theme: Theme, plans: list[tuple[str, CheckRecords]]) -> list[str]:
    """What each plan whose count of the theme's elements carrying actions is not the page's key actions says:
    plans saying the same named together (`in plan.txt 9 elements of the theme carry actions (SD001, ...)`)."""
    said: dict[tuple[str, ...], list[str]] = {}
    for plan_name, plan in plans:
        themes_of = dict(plan.element_themes)
        with_actions = tuple(sorted(e for e in plan.action_elements if themes_of.get(e) == theme.theme_no))
        if theme.key_actions is not None and plan.element_themes and theme.key_actions != len(with_actions):
            said.setdefault(with_actions, []).append(plan_name)
    return [f"in {', '.join(names)} {len(ids)} elements of the theme carry actions ({', '.join(ids)})"
            for ids, names in said.items()]
