"""The Python API: one function per command, named after it (as sqlite-utils does).

    import council_actions
    report = council_actions.ingest(["samples"], "out")
    actions = council_actions.read_table("out", "actions")      # latest revision, Arrow-backed dtypes

The `council-actions` command calls these functions and nothing else, so what a
script or a notebook gets is exactly what the command prints. Heavy libraries
(the pipeline, pandas) are imported inside the functions: importing this module,
and starting the command, stays fast.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from council_actions.ingest_report import Failures, IngestReport

if TYPE_CHECKING:
    import pandas

    from council_actions.diff import RevisionDiff
    from council_actions.ingest import PdfEngine
    from council_actions.issues import Severity, StageError
    from council_actions.limits import Limits
    from council_actions.manifest import Manifest
    from council_actions.output.report import IssueRow, OwnerCount, UnknownOwner
    from council_actions.output.table_names import TableName
    from council_actions.review import ReviewResult
    from council_actions.timeline_records import TimelineRecord
    from council_actions.upgrade import Upgraded

PathLike = str | Path


def ingest(paths: PathLike | Iterable[PathLike] = (), out: PathLike = "out", *, manifest: PathLike | None = None,
           revision: str | None = None,
           profile: PathLike | None = None, reference_date: dt.date | None = None, encoding: str | None = None,
           max_pages: int | None = None, pdf_engine: PdfEngine | None = None,
           revision_date: dt.date | None = None, source_name: str | None = None,
           limits: Limits | None = None, jobs: int = 1, executor: Executor | None = None,
           on_error: Callable[[StageError], None] | None = None,
           on_progress: Callable[[], None] | None = None,
           on_details: Callable[[Path, tuple[str, ...]], None] | None = None) -> IngestReport:
    """Files, folders or glob patterns -> Parquet tables under `out`, one revision (one path alone, a
    str or a Path, is one path, never its characters).

    Raises FileNotFoundError (a path that is not there, a broken link given by name, no documents), ValueError
    (a bad revision label, `jobs` under 1) and ProfileError before anything is written; a document that fails
    is reported in `failures`, never raised, a broken link in a folder or pattern in `broken_links`, a pipe,
    socket or device in a folder in `special`, and a file of the same bytes as one given before it in `repeats`
    (one document, read once as the first).
    `revision_date` defaults to the date the label starts with; `source_name` (one document only) replaces
    the file name as the document's identity within the revision, so a corrected file under another name
    replaces the earlier one (stored as a file name is: a byte that is no text, or a line break, escaped). Each
    document is read under `limits` (time, memory, pages, bytes; `max_pages`, where given, replaces theirs) in a
    child process, each limit more than 0: 0 or less raises ValueError (council_actions.limits.LIMIT_RULES, in
    the command's words), never read as the default nor as no limit. `jobs` of them at once on this machine, or
    on `executor` (any concurrent.futures.Executor: a process pool, a Dask cluster's `client.get_executor()`).
    `manifest`: a CSV file naming each file's council and publication date (council_actions/manifest.py);
    without `paths`, its files are the documents, and with them every document found must be listed; a problem
    with it raises ManifestError (a ValueError, one line a problem)."""
    from council_actions.batch import run_batch
    from council_actions.ingest import DEFAULT_PDF_ENGINE
    from council_actions.issues import printable
    from council_actions.limits import checked_jobs
    from council_actions.normalise import ReferenceDates
    from council_actions.not_read import not_read, read_once
    from council_actions.paths_given import documents_given
    from council_actions.profile import load_profile
    from council_actions.revision import reference_from_revision, revision_label

    chosen = _chosen_limits(limits, max_pages)
    listed = _manifest(manifest, chosen.max_bytes)
    started = time.perf_counter()
    checked_jobs(jobs)
    loaded = load_profile(Path(profile) if profile else None)
    expanded, found = documents_given(_named(paths, listed), Path(out))
    documents, repeats = read_once(found)  # a file of the same bytes as one before it: one document, read once
    label = revision_label(revision, documents)
    _check_source_name(source_name, documents)
    dated, failures = revision_date or reference_from_revision(label), Failures(on_error)
    offered = ReferenceDates(reference_date, reference_from_revision(label))  # ranked with the plan's printed date
    results, _ = run_batch(documents, Path(out), loaded, label, offered,
                           encoding, on_error=failures.add, on_progress=on_progress or (lambda: None),
                           limits=chosen, executor=executor,
                           pdf_engine=pdf_engine or DEFAULT_PDF_ENGINE,
                           on_details=on_details or (lambda path, lines: None), revision_date=dated,
                           source_name=printable(source_name) if source_name else None, jobs=jobs,
                           given=listed.for_documents(documents) if listed is not None else None)
    skipped, links, special = not_read(expanded, found, Path(out))
    return IngestReport(label, Path(out), tuple(results), tuple(failures.found), time.perf_counter() - started,
                        dated, skipped, links, repeats, special)


def diff(out: PathLike, earlier: str | None = None, later: str | None = None, *,
         absent_as_removed: bool = False, profiles: Iterable[PathLike] = ()) -> RevisionDiff:
    """What changed from revision `earlier` to `later`; writes the `changes` and `action_lineage` tables.

    `later` defaults to the latest revision and `earlier` to the one before `later`, as the
    reading commands default to the latest. A document `earlier` holds and `later` does not is
    named in `absent`, not compared, unless `absent_as_removed`. Owners are read with the profile
    each revision was ingested with, of `profiles` (as ingest's `profile`) or built in, else as
    `owners_notes` says. Raises DiffError (a ValueError, one line) or ProfileError and writes
    nothing when the two cannot be compared, and OutputError (one line too) where a revision is not there, or
    none is before `later` to default `earlier` to.
    """
    from council_actions.diff import diff as diff_revisions

    return diff_revisions(Path(out), earlier, later, absent_as_removed=absent_as_removed, profiles=tuple(profiles))


def upgrade(out: PathLike, *, sources: Iterable[PathLike] = (), profiles: Iterable[PathLike] = (),
            jobs: int = 1) -> Upgraded:
    """An output folder an earlier council-actions wrote, read again by this one in place, as one change (how, and
    why not new columns as null: council_actions/upgrade.py). Sources are found by their sha256, also under `sources`;
    raises OutputError (UpgradeError: one line a source or profile not found) before anything is written."""
    from council_actions.upgrade import upgrade_folder

    return upgrade_folder(Path(out), tuple(Path(p) for p in sources), tuple(Path(p) for p in profiles), jobs)


def read_table(out: PathLike, table: TableName, revision: str | None = None) -> pandas.DataFrame:
    """One table of one revision (default: the latest; `"*"` for all) as a DataFrame with Arrow-backed dtypes.
    `table` is one of the contract's (TableName, output/table_names.py); another name raises OutputError naming the
    tables it is close to.

    Dates are dates (`date32[day][pyarrow]`), counts nullable integers, text strings: nothing
    becomes a Python object or a float because of a null.
    """
    import pandas

    from council_actions.output import reading
    from council_actions.output.report import read_rows

    with reading(Path(out)):
        rows = read_rows(Path(out), table, revision)
    return rows.to_pandas(types_mapper=pandas.ArrowDtype)


def revisions(out: PathLike) -> list[str]:
    """Revision labels in an output folder, oldest first."""
    return list(revision_dates(out))


def revision_dates(out: PathLike) -> dict[str, dt.date | None]:
    """Each revision label with the date it is ordered by (`documents.revision_date`; None: undated), oldest first."""
    from council_actions.output import reading
    from council_actions.output.report import dated_revisions

    with reading(Path(out)):
        return dated_revisions(Path(out))


def latest_revision(out: PathLike, revision: str | None = None) -> str:
    """The revision a reading command looks at: the one named (checked to exist), else the latest.

    No command of its own: every reading command resolves --revision with it, and `revisions` lists them all."""
    from council_actions.output import reading
    from council_actions.output.report import pick_revision

    with reading(Path(out)):
        return pick_revision(Path(out), revision)


def issues(out: PathLike, revision: str | None = None, document: str | None = None, code: str | None = None,
           severity: Severity | None = None) -> list[IssueRow]:
    """Extraction issues of one revision with their location (document, page, lines), filtered. Raises OutputError
    for a `document` (source name, document id, or its first 12 characters or more) that names no document of the
    revision, or a shorter or shared id prefix (naming the documents it matches)."""
    from council_actions.output import reading
    from council_actions.output.report import issue_report

    with reading(Path(out)):
        return issue_report(Path(out), latest_revision(out, revision), document, code, severity)


def owners(out: PathLike, revision: str | None = None) -> tuple[list[OwnerCount], list[UnknownOwner]]:
    """Owner keys with action counts, and unknown owner spellings with where they occur (one revision)."""
    from council_actions.output import reading
    from council_actions.output.report import owner_report

    with reading(Path(out)):
        return owner_report(Path(out), latest_revision(out, revision))


def timelines(phrases: str | Iterable[str], reference: dt.date | None = None,
              profile: PathLike | None = None) -> Iterator[TimelineRecord]:
    """Each phrase (or allocation cell) read as timelines: a record per timeline found, tagged with its input.
    One phrase alone (a str) is one phrase: iterated, a str would be its characters, each read as a phrase."""
    from council_actions.dating.timelines import ends_owners, read_timeline
    from council_actions.normalise import fiscal_calendar, glossary_for
    from council_actions.normalise.allocation import split_allocation
    from council_actions.profile import load_profile
    from council_actions.timeline_records import to_record

    loaded = load_profile(Path(profile) if profile else None)
    calendar = fiscal_calendar(loaded)
    glossary = glossary_for(loaded)
    for text in [phrases] if isinstance(phrases, str) else phrases:
        found = [s.text for s in split_allocation(text, glossary, ends_owners)
                 if s.kind == "timeline"] or [text.strip()]
        yield from (to_record(text, phrase, read_timeline(phrase, calendar, reference)) for phrase in found)


def schema(profile: PathLike | None = None) -> dict[str, object]:
    """The Parquet contract as `OUT/_schema.json` holds it, with `profile`'s scores (default: the default
    profile's): every table's key and columns, each column's type, whether it may be null, its vocabulary."""
    from council_actions.output.schema_json import describe
    from council_actions.profile import load_profile

    return describe(tuple(score.key for score in load_profile(Path(profile) if profile else None).scores))


def schema_page(profile: PathLike | None = None) -> str:
    """The same contract as a Markdown page for people (docs/columns.md is the default profile's)."""
    from council_actions.output.columns_page import to_markdown
    from council_actions.profile import load_profile

    return to_markdown(schema(profile), load_profile(Path(profile) if profile else None).name)


def review(out: PathLike, site: PathLike, revision: str | None = None, document: str | None = None,
           verdicts: PathLike | None = None, profile: PathLike | None = None) -> ReviewResult:
    """A static review site for one revision (every document, or one): each row beside its source. `document` names
    it as for `issues` (its source name, its id, or the first 12 characters of it or more). `profile`: the file a
    document was ingested with, where it is not built in (each document's scores and themes are its own profile's).

    Raises ReviewError (one line: no tables, an unknown revision or document, a bad verdicts
    file, a site folder that cannot be written) and ProfileError.
    """
    from council_actions.diff.glossaries import given_profiles
    from council_actions.output import reading
    from council_actions.review import build_review

    given = given_profiles((profile,) if profile else ())
    with reading(Path(out)):
        return build_review(Path(out), Path(site), revision, document, Path(verdicts) if verdicts else None, given)


def _chosen_limits(limits: Limits | None, max_pages: int | None) -> Limits:
    """The limits given (else the defaults), `max_pages` over theirs where given: None keeps theirs, and 0 is
    refused as Limits(0) is, never read as no limit."""
    from council_actions.limits import Limits

    chosen = limits or Limits()
    return chosen if max_pages is None else replace(chosen, max_pages=max_pages)


def _named(paths: PathLike | Iterable[PathLike], listed: Manifest | None) -> Sequence[PathLike]:
    """The paths to look for documents in: those given (one str or Path is one path, never its characters), else
    the manifest's files, so a manifest alone names the revision's documents."""
    given = [paths] if isinstance(paths, str | Path) else list(paths)
    return listed.paths() if listed is not None and not given else given


def _check_source_name(source_name: str | None, documents: list[Path]) -> None:
    """A source name replaces one document's file name as its identity: given with several documents it would make
    them one, so it is refused before anything is read (ValueError)."""
    if source_name and len(documents) != 1:
        raise ValueError(f"source name {source_name!r} names one document, but {len(documents)} were given")


def _manifest(manifest: PathLike | None, max_bytes: int) -> Manifest | None:
    """The manifest, checked whole before anything is read or written (council_actions/manifest.py), no larger than
    an input file may be."""
    from council_actions.manifest import read_manifest

    return read_manifest(Path(manifest), max_bytes) if manifest is not None else None
