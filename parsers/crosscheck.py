"""Cross-check self-assessment pages against the action plans of their own council ingested with them.

Each page claims a heatmap and a number of key actions; the plan of the same
revision has its own heatmap and the elements that carry actions. Every
disagreement becomes a warning on the self-assessment, naming both sources.

A page is checked only against its own council's plans (`PAIRING_RULES`): a revision may hold other councils'
plans too, whose heatmaps and actions say nothing of this council's pages.

The check reads `CheckRecords`, a few fields of each parsed document, not the
documents themselves: a batch's workers write their own tables and send back
only these, so the parent never holds a whole revision in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest.model import Span
from council_actions.parsers.council_key import council_key
from council_actions.parsers.records import DocumentKind, HeatmapCell, ParsedDocument, Theme

from council_actions.document_words import DocumentWords
from council_actions.issues import Issue, warning


@dataclass(frozen=True)
class CheckRecords:
    """What the cross-check reads of one parsed document (small and picklable, so a worker can return it)."""

    kind: DocumentKind
    themes: tuple[Theme, ...]
    heatmap: tuple[HeatmapCell, ...]
    element_themes: tuple[tuple[str, int], ...]  # (element id, theme number) of every element of a theme
    action_elements: frozenset[str]  # the elements that carry actions
    council: str | None = None  # documents.council, as the document gives it; None: unknown
    council_key: str | None = None  # its normal form (parsers/council_key.py), which the pairing compares

    @property
    def checkable(self) -> bool:
        """A plan with something to check a page against: a heatmap, or elements numbered by theme. Any other plan
        can disagree with no page, so it takes no part in the pairing either (nor is reported as unpaired)."""
        return bool(self.heatmap or self.element_themes)


def check_records(parsed: ParsedDocument, words: DocumentWords) -> CheckRecords:
    """The few fields the cross-check reads, small enough for a worker to send back instead of the parse; the
    council's key by the profile's `words`."""
    return CheckRecords(parsed.kind, parsed.themes, parsed.heatmap,
                        tuple((e.element_id, e.theme_no) for e in parsed.elements if e.theme_no is not None),
                        frozenset(a.element_id for a in parsed.actions), parsed.council,
                        council_key(parsed.council, words))


@dataclass(frozen=True)
class Pairing:
    """What decides whether a page is checked against a plan: the two councils' keys, and the councils the revision's
    documents name (their keys), any kind, checkable or not."""

    page: str | None
    plan: str | None
    revision: frozenset[str]


@dataclass(frozen=True)
class PairingRule:
    """A row of the pairing table: the first rule that `applies` says whether the page is checked against the plan
    (`paired`) and whether a pair left unchecked is reported on the page (`reported`)."""

    name: str
    applies: Callable[[Pairing], bool]
    paired: bool
    reported: bool = False


# The pairing of a page with a plan, first rule that applies (why these: `pairing_rule`).
PAIRING_RULES = (
    PairingRule("same_council", lambda p: p.page is not None and p.page == p.plan, paired=True),
    PairingRule("other_council", lambda p: p.page is not None and p.plan is not None, paired=False),
    PairingRule("one_council", lambda p: len(p.revision) <= 1, paired=True),
    PairingRule("in_doubt", lambda p: True, paired=False, reported=True),
)


def pairing_rule(pairing: Pairing) -> PairingRule:
    """The first of PAIRING_RULES that applies.

    Why these rules. Two known councils are compared by key: a page is checked against its own council's plans, and
    another council's plan is left out without an issue, as documents.council shows both councils. Where either
    council is unknown, the pair is checked if the revision names at most one council (the usual revision: one
    council's pages and plans, some not naming it, say under a profile that names no council), so every page of such
    a revision is checked against every plan; a revision naming several councils leaves the pair in
    doubt, and it is not checked but reported on the page (`cross_check_unpaired`), naming each plan and its council,
    never skipped silently: a guess would put another council's plan's disagreements on the page, the warnings this
    pairing is there to stop, and reporting every unknown pair as unpaired would end the check for every council
    whose documents do not print its name."""
    return next(rule for rule in PAIRING_RULES if rule.applies(pairing))


def cross_check(documents: dict[str, tuple[str, CheckRecords]]) -> dict[str, list[Issue]]:
    """Warnings per self-assessment; documents are keyed by document id, with their source names. A revision may
    hold several plans (a plan as PDF and as text): each disagreement is one warning naming every plan it holds
    for, so no two rows of extraction_issues share its key (code, span and text), as one warning per plan would."""
    plans = [(name, d) for name, d in documents.values() if d.kind == "action_plan" and d.checkable]
    councils = _councils(documents)
    found: dict[str, list[Issue]] = {}
    for document_id, (name, page) in documents.items():
        if page.kind == "self_assessment" and plans and page.themes:
            found[document_id] = _page_issues(name, page, plans, councils)
    return found


def _page_issues(name: str, page: CheckRecords, plans: list[tuple[str, CheckRecords]],
                 councils: dict[str, str]) -> list[Issue]:
    """The page's disagreements with the plans PAIRING_RULES pair it with, then the one warning naming those left in
    doubt."""
    revision = frozenset(councils)
    ruled = [(plan_name, plan, pairing_rule(Pairing(page.council_key, plan.council_key, revision)))
             for plan_name, plan in plans]
    paired = [(plan_name, plan) for plan_name, plan, rule in ruled if rule.paired]
    issues = [issue for theme in page.themes for issue in _theme_issues(theme, page, name, paired)]
    return issues + _unpaired(name, page, [(plan_name, plan) for plan_name, plan, rule in ruled if rule.reported],
                              councils)


def _councils(documents: dict[str, tuple[str, CheckRecords]]) -> dict[str, str]:
    """The councils the revision's documents name, by key: the name first given for each (in input order)."""
    named: dict[str, str] = {}
    for _, records in documents.values():
        if records.council_key is not None and records.council is not None:
            named.setdefault(records.council_key, records.council)
    return named


def _unpaired(name: str, page: CheckRecords, plans: list[tuple[str, CheckRecords]],
              councils: dict[str, str]) -> list[Issue]:
    """The one warning naming the plans the page was not checked against for doubt (none: no warning), each with its
    council, said of the page's themes."""
    if not plans:
        return []
    listed = ", ".join(f"{plan_name} ({plan.council or 'council unknown'})" for plan_name, plan in plans)
    named = "; ".join(councils[key] for key in sorted(councils))
    return [warning("cross_check_unpaired", "parse", f"{name} ({page.council or 'council unknown'}) was not checked "
                    f"against {listed}: one of the two councils is unknown and the revision names {len(councils)} "
                    f"councils ({named}), so whether they are one council cannot be told; ingest each council's "
                    "documents as a revision of its own, or name the council with --profile", "",
                    Span.union(theme.span for theme in page.themes))]


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
    return [f"in {', '.join(names)} {_carrying(ids)}" for ids, names in said.items()]


def _carrying(ids: tuple[str, ...]) -> str:
    """How many of the theme's elements carry actions, and which, in words an auditor reads as said: `1 element ...
    carries actions (SD001)`, `no element ... carries actions`, never `0 elements ... ()`."""
    if not ids:
        return "no element of the theme carries actions"
    if len(ids) == 1:
        return f"1 element of the theme carries actions ({ids[0]})"
    return f"{len(ids)} elements of the theme carry actions ({', '.join(ids)})"
