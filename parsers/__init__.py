"""Stage 2, parse: recognise what a document is from its content and read it into records."""

from __future__ import annotations

from council_actions.ingest.model import Document
from council_actions.parsers.action_plan import parse_action_plan
from council_actions.parsers.records import ParsedDocument
from council_actions.parsers.self_assessment import is_self_assessment, parse_self_assessment

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
    return None


def parse_document(document: Document, profile: Profile) -> ParsedDocument:
    kind = detect_kind(document, profile)
    if kind == "action_plan":
        return parse_action_plan(document, profile)
    if kind == "self_assessment":
        return parse_self_assessment(document, profile)
    raise StageError("parse", document.source_name, "not a council action plan or self-assessment "
                     "(no plan column headings, heatmap or theme pages found)")
