"""Records to Arrow tables under the declared contract, one row per record.

Rows go to Arrow through Arrow's own JSON reader with the contract's schema
as its explicit schema, not `pa.Table.from_pylist`: converting Python lists
makes pyarrow import pandas (over half a second of every run) to ask whether
the lists are pandas objects. JSON keeps every value exactly (floats are
written in their shortest round-trip form); dates travel as days since
1970-01-01, which is how Arrow's date32 stores them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.json as pa_json
from council_actions.ingest.model import Document, Span
from council_actions.normalise.records import NormalisedDocument
from council_actions.output.required import optional, refuse_nulls
from council_actions.output.schema import TABLES, schema
from council_actions.output.status import Status, document_status
from council_actions.parsers.records import ParsedDocument, PrintedDate

from council_actions import __version__
from council_actions.issues import Issue
from council_actions.period_words import MONTH_NAMES
from council_actions.profile import Profile

DUE_KINDS_EXCLUDED = {"update", "unresolved", "superseded"}
EPOCH = dt.date(1970, 1, 1)
MIN_JSON_BLOCK = 1 << 20  # bytes: Arrow's default block size

Cell = str | int | float | bool | dt.date | None  # a value of one of the contract's column types (schema.py)
Row = dict[str, Cell]


@dataclass(frozen=True)
class TableSet:
    """One document's Arrow tables for one revision, ready to write; the profile's score names travel with
    them because `_schema.json` lists them, best first, beside the tables."""

    revision: str
    document_id: str
    tables: dict[str, pa.Table]
    scores: tuple[str, ...] = ()  # the profile's score names, best first, for _schema.json

    def status(self) -> tuple[Status, str | None]:
        """documents.status and status_rule as the documents table holds them (decided once, in `build_tables`), for
        the ingest report."""
        row = self.tables["documents"].select(["status", "status_rule"]).to_pylist()[0]
        return row["status"], row["status_rule"]


def provenance(span: Span) -> Row:
    """The provenance columns of a row, from its span: every row of every table carries them."""
    x0, top, x1, bottom = span.bbox or (None, None, None, None)
    return {"source_page": span.page, "line_start": span.line_start, "line_end": span.line_end,
            "char_start": span.char_start, "char_end": span.char_end,
            "x0": x0, "top": top, "x1": x1, "bottom": bottom}


def build_tables(document: Document, parsed: ParsedDocument, normalised: NormalisedDocument,
              revision: str, profile: Profile, revision_date: dt.date | None = None) -> TableSet:
    """A document's records as the contract's Arrow tables, every row keyed and with its provenance."""
    rows = _rows(document, parsed, normalised, profile, revision_date)
    rows["span_pages"] = span_pages(span for table in rows.values() for _, span in table)
    keys = {"revision": revision, "document_id": document.document_id}
    tables: dict[str, pa.Table] = {
        name: arrow_table([{**keys, **fields, **provenance(span)} for fields, span in rows[name]], schema(name), name,
                          document.source_name)
        for name in TABLES}
    return TableSet(revision, document.document_id, tables, tuple(score.key for score in profile.scores))


def arrow_table(rows: Sequence[Mapping[str, Cell]], table_schema: pa.Schema, name: str, source: str) -> pa.Table:
    """Rows as one Arrow table with exactly this schema, its metadata and required fields too; a field the schema
    lacks is an error, not dropped, and so is a null in a required field (output/required.py: a StageError naming
    the table `name`, the column and the row, read from `source`)."""
    if not rows:
        return pa.Table.from_batches([], schema=table_schema)  # schema.empty_table() would import pandas
    lines = "".join(json.dumps(row, ensure_ascii=False, allow_nan=False, default=_days) + "\n" for row in rows)
    data = lines.encode()
    # one block for all: the reader refuses a row longer than its block (1 MiB by default), and a cell can be longer
    read_options = pa_json.ReadOptions(use_threads=False, block_size=max(len(data), MIN_JSON_BLOCK))
    table = pa_json.read_json(io.BytesIO(data), read_options=read_options,
                              parse_options=pa_json.ParseOptions(explicit_schema=optional(table_schema),
                                                                 unexpected_field_behavior="error"))
    refuse_nulls(table, rows, table_schema, name, source)
    # The same columns under the required schema, not a cast: the types are the schema's already and refuse_nulls has
    # checked the nulls, and a cast runs Arrow's compute, which doubled a `--jobs 2` worker's write stage
    # (benchmarks/jobs.py, commit cf48800).
    chosen = table.select(table_schema.names).combine_chunks()
    return pa.Table.from_arrays(chosen.columns, schema=table_schema)


def issue_rows(issues: Iterable[Issue]) -> list[tuple[Row, Span]]:
    """Issues as extraction_issues rows, each at its own span, so an auditor finds the text."""
    return [({"severity": i.severity, "code": i.code, "message": i.message, "raw_text": i.raw_text,
              "stage": i.stage, "element_id": i.element_id, "field": i.field}, i.span) for i in issues]


def issues_table(revision: str, document_id: str, issues: Iterable[Issue]) -> pa.Table:
    """A document's extraction_issues table alone, as `build_tables` builds it: the batch's parent rebuilds it
    when the cross-check adds warnings to a document a worker has already written."""
    keys = {"revision": revision, "document_id": document_id}
    return arrow_table([{**keys, **fields, **provenance(span)} for fields, span in issue_rows(issues)],
                       schema("extraction_issues"), "extraction_issues", document_id)


def reserve_arrow_memory() -> None:
    """Arrow's allocator (mimalloc) reserves its first arena, 1 GiB of address space, on first use; in a child
    whose address space is capped (council_actions.limits) that reservation alone fails. Made once in the parent
    before forking, it is every child's."""
    pa.allocate_buffer(1)


def _days(value: object) -> int:
    if isinstance(value, dt.date):
        return (value - EPOCH).days
    raise TypeError(f"no Arrow form for {type(value).__name__}")


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


def _rows(document: Document, parsed: ParsedDocument, normalised: NormalisedDocument,
          profile: Profile, revision_date: dt.date | None) -> dict[str, Rows]:
    records = _Records(document, parsed, normalised, profile, revision_date)
    return {table: build(records) for table, build in ROW_BUILDERS.items()}


def _document_rows(r: _Records) -> Rows:
    return [({"source_name": r.document.source_name, "media_type": r.document.media_type, "kind": r.parsed.kind,
              "council": r.parsed.council,
              "council_from": r.parsed.council_from, "title": r.parsed.title, "pages": len(r.document.pages),
              "pipeline_version": __version__, "profile": r.profile.name, "profile_sha256": r.profile.digest,
              "reference_date": r.normalised.reference_date,
              "reference_from": r.normalised.reference_from, **_printed_date(r.parsed.printed_date),
              "revision_date": r.revision_date, **_status(r.document, r.parsed, r.normalised)}, r.document.span())]


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
    return [({"action_id": a.action_id, "element_id": a.element_id, "seq": a.seq,
              "opportunity": a.opportunity, "action": a.action, "allocated_raw": a.allocated_raw,
              "owners": "; ".join(dict.fromkeys(owners_by_action.get(a.action_id, []))) or None,
              "due_date": due.get(a.action_id, (None, None))[0],
              "timeline_kind": due.get(a.action_id, (None, None))[1], "owner_raw": a.owner_raw,
              "support_raw": a.support_raw, "timeline_raw": a.timeline_raw, "status": a.status,
              "status_raw": a.status_raw,
              "progress": a.progress, "percent_complete": a.percent_complete, "notes": a.notes,
              "section": a.sections[-1].text if a.sections else None,
              "section_path": " > ".join(h.text for h in a.sections) or None,
              "section_line": a.sections[-1].span.line_start if a.sections else None}, a.span)
            for a in r.parsed.actions]


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
    "statements": _statement_rows,
    "extraction_issues": _issue_rows,
    "boilerplate": _boilerplate_rows,
}
