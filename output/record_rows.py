"""Each table's rows from one document's records (ROW_BUILDERS, one builder a table): plain values under the
contract's column names, each row with the span it was read from, which output/tables.py turns into Arrow tables
with their keys and provenance.

Kept apart from the Arrow side: what a column holds is decided here, how it is encoded there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from council_actions.ingest.model import Document, Span
from council_actions.normalise.records import DerivedStatus, NormalisedDocument
from council_actions.output.action_spans import action_pieces
from council_actions.output.element_spans import element_pieces
from council_actions.output.status import document_status
from council_actions.parsers.records import Action, ParsedDocument, PrintedDate

from council_actions import __version__
from council_actions.issues import Issue
from council_actions.period_words import MONTH_NAMES
from council_actions.profile import Profile

DUE_KINDS_EXCLUDED = {"update", "unresolved", "superseded"}

Cell = str | int | float | bool | dt.date | None  # a value of one of the contract's column types (schema.py)
Row = dict[str, Cell]


def issue_rows(issues: Iterable[Issue]) -> list[tuple[Row, Span]]:
    """Issues as extraction_issues rows, each at its own span, so an auditor finds the text."""
    return [({"severity": i.severity, "code": i.code, "message": i.message, "raw_text": i.raw_text,
              "stage": i.stage, "element_id": i.element_id, "field": i.field}, i.span) for i in issues]


def span_pages(spans: Iterable[Span]) -> list[tuple[Row, Span]]:
    """Bridge rows for spans over a page break: one per page, keyed by the whole span's offsets, so a row's
    pieces on later pages (which its own bbox columns cannot hold) are found by its char_start and char_end."""
    crossing = sorted({(s.char_start, s.char_end): s for s in spans if s.parts}.items())
    return [({"span_char_start": start, "span_char_end": end}, part)
            for (start, end), span in crossing for part in span.parts]


def _status(document: Document, parsed: ParsedDocument, normalised: NormalisedDocument) -> Row:
    status, rule = document_status(document, parsed, document.issues + parsed.issues + normalised.issues)
    return {"status": status, "status_rule": rule}


def _printed_date(printed: PrintedDate | None) -> Row:
    """The document's own date and where it is printed, whether or not it was the reference date."""
    if printed is None:
        return dict.fromkeys(("printed_date", "printed_date_raw", "printed_date_rule", "printed_date_page",
                              "printed_date_line"))
    return {"printed_date": printed.day, "printed_date_raw": printed.text, "printed_date_rule": printed.rule,
            "printed_date_page": printed.span.page, "printed_date_line": printed.span.line_start}


def due_dates(normalised: NormalisedDocument) -> dict[str, tuple[dt.date, str]]:
    """Each action's due date (the latest end of its timelines) and the kind of timeline it comes from.
    Readings in DUE_KINDS_EXCLUDED are left out: an update note's date, or one the plan has replaced, is not the
    date the plan now holds the action to."""
    due: dict[str, tuple[dt.date, str]] = {}
    for timeline in normalised.timelines:
        reading = timeline.reading
        if reading.end_date and reading.kind not in DUE_KINDS_EXCLUDED:
            best = due.get(timeline.action_id)
            if best is None or reading.end_date > best[0]:
                due[timeline.action_id] = (reading.end_date, reading.kind)
    return due


@dataclass(frozen=True)
class _Records:
    """What every table's rows are built from: one document's records through every stage, and the run's own."""

    document: Document
    parsed: ParsedDocument
    normalised: NormalisedDocument
    profile: Profile
    revision_date: dt.date | None


Rows = list[tuple[Row, Span]]


def record_rows(document: Document, parsed: ParsedDocument, normalised: NormalisedDocument,
                profile: Profile, revision_date: dt.date | None) -> dict[str, Rows]:
    """Every table's rows from one document's records, each table's by its builder (ROW_BUILDERS)."""
    records = _Records(document, parsed, normalised, profile, revision_date)
    return {table: build(records) for table, build in ROW_BUILDERS.items()}


def _document_rows(r: _Records) -> Rows:
    return [({"source_name": r.document.source_name, "media_type": r.document.media_type, "kind": r.parsed.kind,
              "council": r.parsed.council,
              "council_from": r.parsed.council_from, "title": r.parsed.title, "pages": len(r.document.pages),
              "pipeline_version": __version__, "profile": r.profile.name, "profile_sha256": r.profile.digest,
              "reference_date": r.normalised.reference_date,
              "reference_from": r.normalised.reference_from, **_printed_date(r.parsed.printed_date),
              "revision_date": r.revision_date, **_status(r.document, r.parsed, r.normalised),
              "action_status_printed": _action_status_printed(r.parsed, r.normalised)}, r.document.span())]


def _action_status_printed(parsed: ParsedDocument, normalised: NormalisedDocument) -> bool:
    """Whether the document says how any of its actions stands, however (a status key read, or a status printed
    that no rule knows): where it says none, a null actions.status says nothing of whether an action was done."""
    return bool(normalised.statuses) or any(a.status is not None or a.status_raw is not None for a in parsed.actions)


def _theme_rows(r: _Records) -> Rows:
    return [({"theme_no": t.theme_no, "theme_name": t.theme_name, "description": t.description or None,
              "printed_name": t.printed_name, "key_actions": t.key_actions,
              "action_plan_pages": t.action_plan_pages}, t.span) for t in r.parsed.themes]


def _heatmap_rows(r: _Records) -> Rows:
    return [({"theme_no": c.theme_no, "position": c.position, "element_id": c.element_id,
              "printed_id": c.printed_id, "alias_of": c.alias_of, "score": c.score,
              "score_rank": r.profile.score_rank(c.score)}, c.span) for c in r.parsed.heatmap]


def _element_rows(r: _Records) -> Rows:
    return [({"element_id": e.element_id, "printed_id": e.printed_id, "theme_no": e.theme_no,
              "score": e.score, "score_rank": r.profile.score_rank(e.score),
              "characteristic": e.characteristic, "status_note": e.status_note,
              "no_gaps": e.no_gaps, "alias_of": e.alias_of, "id_method": e.id_method,
              "notes": e.notes, "status": e.status, "status_raw": e.status_raw,
              "section": e.section}, e.span) for e in r.parsed.elements]


def _action_rows(r: _Records) -> Rows:
    """Each action with its owners' keys (in order, once each) and its due date, which its owner and timeline
    rows decide."""
    owners_by_action: dict[str, list[str]] = {}
    for owner in r.normalised.owners:
        owners_by_action.setdefault(owner.action_id, []).append(owner.owner_key)
    due = due_dates(r.normalised)
    derived = {s.action_id: s for s in r.normalised.statuses}
    return [({"action_id": a.action_id, "element_id": a.element_id, "seq": a.seq,
              "opportunity": a.opportunity, "action": a.action, "allocated_raw": a.allocated_raw,
              "owners": "; ".join(dict.fromkeys(owners_by_action.get(a.action_id, []))) or None,
              "due_date": due.get(a.action_id, (None, None))[0],
              "timeline_kind": due.get(a.action_id, (None, None))[1], "owner_raw": a.owner_raw,
              "support_raw": a.support_raw, "timeline_raw": a.timeline_raw, **_action_status(a, derived),
              "progress": a.progress, "percent_complete": a.percent_complete, "notes": a.notes,
              "section": a.sections[-1].text if a.sections else None,
              "section_path": " > ".join(h.text for h in a.sections) or None,
              "section_line": a.sections[-1].span.line_start if a.sections else None}, a.span)
            for a in r.parsed.actions]


def _action_status(action: Action, derived: dict[str, DerivedStatus]) -> Row:
    """The status its row prints (its status cell or progress note), else the one its timelines or a heading over
    it say (normalise/done.py): one column says whether an action is done, whichever way the plan says it, as
    `diff` counts a completion (status_completed)."""
    if action.status is None and (found := derived.get(action.action_id)) is not None:
        return {"status": found.status, "status_raw": action.status_raw, "status_from": found.status_from}
    return {"status": action.status, "status_raw": action.status_raw, "status_from": action.status_from}


def _action_span_rows(r: _Records) -> Rows:
    return [({"action_id": a.action_id, "field": field, "seq": seq, "value_start": piece.start,
              "value_end": piece.end}, piece.span)
            for a in r.parsed.actions for field, seq, piece in action_pieces(a, r.document.text)]


def _element_span_rows(r: _Records) -> Rows:
    return [({"element_id": e.element_id, "field": field, "seq": seq, "value_start": piece.start,
              "value_end": piece.end}, piece.span)
            for e in r.parsed.elements for field, seq, piece in element_pieces(e, r.document.text)]


def _owner_rows(r: _Records) -> Rows:
    return [({"action_id": o.action_id, "seq": o.seq, "owner_key": o.owner_key,
              "owner_title": o.owner_title, "owner_title_confirmed": o.title_confirmed,
              "owner_raw": o.owner_raw, "match": o.match, "role": o.role,
              "repair": o.repair, "score": o.score, "key_text": o.key.line if o.key else None,
              "key_page": o.key.span.page if o.key else None, "key_line": o.key.span.line_start if o.key else None},
             o.span) for o in r.normalised.owners]


def _timeline_rows(r: _Records) -> Rows:
    return [({"action_id": t.action_id, "seq": t.seq, "timeline_raw": t.timeline_raw,
              "kind": t.reading.kind, "start_date": t.reading.start_date,
              "end_date": t.reading.end_date, "precision": t.reading.precision,
              "fiscal_year": t.reading.fiscal_year, "condition": t.reading.condition,
              "assumptions": "; ".join(t.reading.assumptions) or None, "cadence": t.reading.cadence,
              "cadence_months": month_names(t.reading.months)}, t.span) for t in r.normalised.timelines]


def month_names(months: tuple[int, ...]) -> str | None:
    """Months of the year as the `cadence_months` column writes them: their short names joined by '; ' ("feb;
    oct"), calendar order; None where none is named."""
    return "; ".join(MONTH_NAMES[month - 1] for month in months) or None


def _statement_rows(r: _Records) -> Rows:
    return [({"theme_no": s.theme_no, "section": s.section, "seq": s.seq, "text": s.text}, s.span)
            for s in r.parsed.statements]


def _issue_rows(r: _Records) -> Rows:
    return issue_rows(r.document.issues + r.parsed.issues + r.normalised.issues)


def _boilerplate_rows(r: _Records) -> Rows:
    return [({"kind": b.kind, "text": b.text}, b.span) for b in r.parsed.boilerplate]


# Each table's rows from the records, one builder a table (span_pages comes last, from all their spans); in the
# contract's order, which is also the order span_pages takes a span shared by two rows in.
ROW_BUILDERS: dict[str, Callable[[_Records], Rows]] = {
    "documents": _document_rows,
    "themes": _theme_rows,
    "heatmap": _heatmap_rows,
    "elements": _element_rows,
    "actions": _action_rows,
    "action_owners": _owner_rows,
    "action_timelines": _timeline_rows,
    "action_spans": _action_span_rows,
    "element_spans": _element_span_rows,
    "statements": _statement_rows,
    "extraction_issues": _issue_rows,
    "boilerplate": _boilerplate_rows,
}
