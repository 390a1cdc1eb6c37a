"""Reading an output folder back: its revisions in order, one revision's rows, and the reports built on them.

Every reading command looks at one revision at a time (the latest unless told),
so that counts never add up the same action across revisions. Revisions are
ordered by `documents.revision_date` where the documents table has it; undated
revisions (and output written before that column existed) come before dated
ones, in label order.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypedDict, cast

import pyarrow as pa
import pyarrow.parquet as pq
from council_actions.ingest.model import SHORT_ID
from council_actions.output.sources import SOURCE_IDENTITY, read_index, revision_date, unreadable
from council_actions.output.table_names import WRITTEN_BY, is_table, not_a_table

from council_actions.issue_codes import ISSUE_CODES, not_an_issue_code
from council_actions.issues import SEVERITIES, IssueStage, OutputError, Severity, printable

MAX_LISTED = 5  # documents an ambiguous id prefix's message names
ALL_REVISIONS = "*"  # never a revision label (labels are safe folder names), so it cannot shadow one

# A row of an output table as Arrow gives it back: which columns and value types it has is the table's schema
# (output/schema.py), known only when the table is named at run time.
TableRow = dict[str, Any]


class OwnerCount(TypedDict):
    """A known owner key with the number of actions allocated to it."""

    owner_key: str
    owner_title: str | None
    actions: int


class UnknownOwner(TypedDict):
    """An owner spelling the glossary does not know, with where it occurs: its lines, and its page in a PDF."""

    owner_raw: str
    source_name: str
    element_id: str | None
    lines: str  # `57-57`: line_start-line_end, as --json printed it before the page and lines were fields
    source_page: int | None
    line_start: int
    line_end: int


class IssueRow(TypedDict):
    """An extraction issue with its location; its fields, in this order, are the columns of the issues report."""

    revision: str
    source_name: str
    document_id: str
    severity: Severity
    code: str
    stage: IssueStage
    element_id: str | None
    field: str | None
    source_page: int | None
    line_start: int | None
    line_end: int | None
    message: str
    raw_text: str | None


def revisions(out_dir: Path) -> list[str]:
    """Revision labels of an output folder, oldest first (by revision date, then label)."""
    return list(dated_revisions(out_dir))


def holds_revision(out_dir: Path, revision: str) -> bool:
    """Whether `revision` is a revision of the folder (one of `revisions`' labels), asked without reading every
    revision's documents for their dates: a reader of one revision checks it so, whatever the folder's size."""
    folder = out_dir / "documents"
    return folder.is_dir() and any(p.name == revision and p.is_dir() and any(p.glob("*.parquet"))
                                   for p in folder.iterdir())


def dated_revisions(out_dir: Path) -> dict[str, dt.date | None]:
    """Each revision label with the date it is ordered by (None: undated, first), oldest first: what `revisions`
    prints, so the order it shows can be checked."""
    dated = revision_dates(out_dir)
    order = sorted(dated, key=lambda label: (dated[label] is not None, dated[label] or dt.date.min, label))
    return {label: dated[label] for label in order}


def revision_dates(out_dir: Path) -> dict[str, dt.date | None]:
    """Each revision label of an output folder with its date (the latest `documents.revision_date` of its
    documents), or None where none is recorded: from each revision's index (output/sources.py), one small file a
    revision, not every documents file of the folder."""
    folder = out_dir / "documents"
    if not folder.is_dir():
        raise OutputError(f"{out_dir}: no output here (no documents table; run `council-actions ingest` first)")
    return {revision: revision_date(read_index(out_dir, revision))
            for revision in sorted(p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("*.parquet")))}


def pick_revision(out_dir: Path, revision: str | None) -> str:
    """The revision asked for, checked to exist; the latest when none is asked for."""
    known = revisions(out_dir)
    if revision is None:
        if not known:
            raise OutputError(f"{out_dir}: no revisions written yet")
        return known[-1]
    if revision != ALL_REVISIONS and revision not in known:
        raise OutputError(f"{out_dir}: no revision {revision!r} (revisions: {', '.join(known) or 'none'})")
    return revision


def _schema_of(path: Path) -> pa.Schema:
    try:
        return pq.read_schema(path)
    except (OSError, pa.ArrowException) as exc:
        raise unreadable(path, exc) from None


def read_rows(out_dir: Path, table: str, revision: str | None = None) -> pa.Table:
    """One table of one revision (`*` for every revision) as one Arrow table, files in a stable order. A name that
    is no table of the schema is refused before it is made a path (`_sources`, `..`, an absolute path: each would
    read another folder, or fail with a traceback), and before the folder is looked at: a misspelling is named as
    one, with the tables it is close to, even where the folder holds no output yet."""
    if not is_table(table):
        raise OutputError(f"{out_dir}: {not_a_table(table)}")
    chosen = pick_revision(out_dir, revision)
    folder = out_dir / table
    if not folder.is_dir():
        how = f" ({WRITTEN_BY[table]}: council-actions diff {out_dir})" if table in WRITTEN_BY else ""
        raise OutputError(f"{out_dir}: no {table} table{how}")
    files = sorted(folder.glob("*/*.parquet" if chosen == ALL_REVISIONS else f"{chosen}/*.parquet"))
    if not files:
        return pa.Table.from_batches([], schema=_schema_of(_any_file(folder)))
    return pa.concat_tables([_read_file(path) for path in files], promote_options="permissive")


def _any_file(folder: Path) -> Path:
    """A file of the table, whatever its revision, for its schema; a table folder holding none is an error."""
    found = next(folder.glob("*/*.parquet"), None)
    if found is None:
        raise OutputError(f"{folder}: no Parquet file in this table's folder (written by hand, or emptied?)")
    return found


def _read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    """Not `pq.read_table`, nor `schema.empty_table()` above: both import pandas, which no reading command needs."""
    try:
        with pq.ParquetFile(path) as stored:
            return stored.read(columns=columns)
    except (OSError, pa.ArrowException) as exc:
        raise unreadable(path, exc) from None


def read(out_dir: Path, table: str, revision: str | None = None) -> list[TableRow]:
    """A table's rows as dicts, for the reports that walk them in Python rather than in Arrow."""
    rows: list[TableRow] = read_rows(out_dir, table, revision).to_pylist()
    return rows


def owner_report(out_dir: Path, revision: str | None = None) -> tuple[list[OwnerCount], list[UnknownOwner]]:
    """Owner keys with their action counts; unknown spellings with where they occur (one revision)."""
    owners = read(out_dir, "action_owners", revision)
    elements = {(a["document_id"], a["action_id"]): a["element_id"] for a in read(out_dir, "actions", revision)}
    names = source_names(out_dir, pick_revision(out_dir, revision))
    titles: dict[str, str | None] = {}
    actions: dict[str, set[tuple[str, str, str]]] = {}
    unknown: list[UnknownOwner] = []
    for row in owners:
        if row["match"] == "unknown":
            unknown.append({"owner_raw": _spelling(row), "source_name": names.get(row["document_id"], ""),
                            "element_id": elements.get((row["document_id"], row["action_id"])),
                            "lines": f"{row['line_start']}-{row['line_end']}", "source_page": row["source_page"],
                            "line_start": row["line_start"], "line_end": row["line_end"]})
            continue
        titles.setdefault(row["owner_key"], row["owner_title"])
        actions.setdefault(row["owner_key"], set()).add((row["revision"], row["document_id"], row["action_id"]))
    rows = [OwnerCount(owner_key=key, owner_title=title, actions=len(actions[key])) for key, title in titles.items()]
    return sorted(rows, key=lambda r: (-r["actions"], r["owner_key"])), sorted(unknown, key=lambda r: r["owner_raw"])


def _spelling(row: TableRow) -> str:
    """The spelling to add to the glossary: the owner as printed, or for a ditto the owner above it took (an
    unknown owner's key is its text as read); "ditto" itself is no owner's spelling."""
    spelling: str = row["owner_key"] if "ditto" in (row["repair"] or "").split("; ") else row["owner_raw"]
    return spelling


ISSUE_FIELDS = tuple(IssueRow.__annotations__)


def issue_report(out_dir: Path, revision: str | None = None, document: str | None = None, code: str | None = None,
                 severity: Severity | None = None) -> list[IssueRow]:
    """Extraction issues with their location, filtered; `document` names documents as `documents_named` reads it. A
    `document` naming none of the revision's is an OutputError, not an empty list: a misspelt name would otherwise
    read as a document with no issues; so is a `code` not in the catalogue or a `severity` not in SEVERITIES, which
    would read as a revision with none (the command refuses them as it parses: cli/issues.issue_code)."""
    _check_filters(code, severity)
    names = source_names(out_dir, pick_revision(out_dir, revision))
    chosen = documents_named(names, document, out_dir, revision) if document is not None else set(names)
    rows: list[IssueRow] = []
    for row in read(out_dir, "extraction_issues", revision):
        row["source_name"] = names.get(row["document_id"], "")
        if row["document_id"] not in chosen:
            continue
        if (code and row["code"] != code) or (severity and row["severity"] != severity):
            continue
        rows.append(cast(IssueRow, {name: row.get(name) for name in ISSUE_FIELDS}))  # the fields are IssueRow's
    return sorted(rows, key=lambda r: (r["revision"], r["source_name"], r["line_start"] or 0, r["code"]))


def documents_named(names: dict[str, str], document: str, out_dir: Path, revision: str | None) -> set[str]:
    """The ids of the documents `document` names (`names`: id -> source name): those of that source name, or the
    one whose id it is or starts, at least SHORT_ID characters long (as the commands print an id) and no other's
    start. A shorter or shared prefix is an OutputError naming the documents it matches: `4` may fit one document
    today and pick another, or two, once the folder holds more. The one rule of every command taking --document
    (`issues`, `review`), so a prefix one takes the other takes too, and both refuse it in the same words. A file's
    own name, a byte that is not UTF-8 in it, names the document stored under it escaped (ingest.read_document)."""
    named = {id_ for id_, name in names.items() if name in (document, printable(document)) or id_ == document}
    matches = sorted((id_ for id_ in names if id_.startswith(document)), key=lambda id_: (names[id_], id_))
    if named or (len(matches) == 1 and len(document) >= SHORT_ID):
        return named or set(matches)
    if not matches:
        raise OutputError(f"{out_dir}: no document '{printable(document)}' in revision {revision!r} (give its source "
                          f"name, or its id or the first {SHORT_ID} characters of it)")
    listed = "; ".join(f"{id_[:SHORT_ID]} {printable(names[id_])}" for id_ in matches[:MAX_LISTED])
    more = f"; and {len(matches) - MAX_LISTED} more" if len(matches) > MAX_LISTED else ""
    short = f"shorter than the {SHORT_ID} characters of an id the commands print" if len(document) < SHORT_ID \
        else "the start of more than one id"
    raise OutputError(f"{out_dir}: document id prefix {document!r} is {short}; in revision {revision!r} it matches "
                      f"{listed}{more}")


def _check_filters(code: str | None, severity: str | None) -> None:
    if code is not None and code not in ISSUE_CODES:
        raise OutputError(not_an_issue_code(code))
    if severity is not None and severity not in SEVERITIES:
        raise OutputError(f"{severity!r} is not a severity ({' or '.join(SEVERITIES)})")


def source_names(out_dir: Path, revision: str) -> dict[str, str]:
    """Each document's source name in a revision (or in every one: `*`, in label order, as `read_rows` reads the
    documents table's files), from the revisions' indexes, not each documents file read whole."""
    labels = sorted(revision_dates(out_dir)) if revision == ALL_REVISIONS else [revision]
    at = SOURCE_IDENTITY.index("source_name")
    return {document_id: entry[at] or "" for label in labels
            for document_id, entry in read_index(out_dir, label).items() if entry}
