"""Records to Arrow tables under the declared contract, one row per record (its values: output/record_rows.py).

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.json as pa_json
from council_actions.ingest.model import Document, Span
from council_actions.normalise.records import NormalisedDocument
from council_actions.output.record_rows import Cell, Row, issue_rows, record_rows, span_pages
from council_actions.output.required import optional, refuse_nulls
from council_actions.output.schema import TABLES, schema
from council_actions.output.status import Status
from council_actions.parsers.records import ParsedDocument

from council_actions.issues import Issue
from council_actions.profile import Profile

EPOCH = dt.date(1970, 1, 1)
MIN_JSON_BLOCK = 1 << 20  # bytes: Arrow's default block size


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
    rows = record_rows(document, parsed, normalised, profile, revision_date)
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
    lines = "".join(ENCODER.encode(row) + "\n" for row in rows)
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


# One encoder for every row: json.dumps with these options makes a new one each call, a fifth of a row's encoding
ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, default=_days)
