"""Stage 2, parse: recognise what a document is from its content and read it into records."""

from __future__ import annotations

from dataclasses import replace

from council_actions.ingest.model import Document
from council_actions.parsers.action_plan import parse_action_plan
from council_actions.parsers.council import name_council
from council_actions.parsers.records import ParsedDocument
from council_actions.parsers.self_assessment import is_self_assessment, parse_self_assessment
from council_actions.parsers.table_plan import has_plan_table, parse_table_plan

from council_actions.issues import StageError
from council_actions.profile import Profile

__all__ = ["ParsedDocument", "detect_kind", "parse_document"]


def detect_kind(document: Document, profile: Profile) -> str | None:
    """From the content, never the file name: the plan prints its column headings, a theme page its title."""
    from council_actions.parsers.plan_layout import is_plan_header

    if any(is_plan_header(line, profile) for line in document.iter_lines()):
        return "action_plan"
    if is_self_assessment(document):
        return "self_assessment"
    if has_plan_table(document, profile):
        return "plan_table"
    return None


def parse_document(document: Document, profile: Profile) -> ParsedDocument:
    """The document's records, and the council it is from (printed, or what the profile may claim)."""
    kind = detect_kind(document, profile)
    parsed = _parse(document, profile, kind)
    named = name_council(document, profile, own_layout=kind != "plan_table")
    return replace(parsed, council=named.council, council_from=named.council_from,
                   issues=parsed.issues + named.issues)


def _parse(document: Document, profile: Profile, kind: str | None) -> ParsedDocument:
    """A document that looks like a plan or a theme page but yields nothing is a failure, never an empty success."""
    if kind == "action_plan":
        plan = parse_action_plan(document, profile)
        return _yielding(plan, bool(plan.actions), document,
                         "looks like an action plan (its column headings are printed) but no actions could be read")
    if kind == "self_assessment":
        page = parse_self_assessment(document, profile)
        return _yielding(page, bool(page.heatmap or page.statements), document,
                         "looks like a self-assessment page but no heatmap or statements could be read")
    if kind == "plan_table":
        return parse_table_plan(document, profile)
    raise StageError("parse", document.source_name, "not a council action plan or self-assessment "
                     "(no plan column headings, heatmap or theme pages found)")


def _yielding(parsed: ParsedDocument, yielded: bool, document: Document, problem: str) -> ParsedDocument:
    if yielded:
        return parsed
    raise StageError("parse", document.source_name, problem)
