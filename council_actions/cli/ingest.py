"""`council-actions ingest`: documents -> Parquet tables, then a summary a person or a scheduler can read.

Failures are printed as they happen (one line each on stderr) and named again
at the end of the summary, so a long run's log ends with everything that needs
a look. Progress is drawn only on a terminal.
"""

from __future__ import annotations

import argparse
import codecs
import shlex
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from council_actions import api
from council_actions.cli.common import (
    FAILED,
    OK,
    USAGE,
    add_json_option,
    add_profile_option,
    date,
    detail,
    emit_json,
    error,
    print_rows,
    say,
)
from council_actions.cli.council_lines import say_councils
from council_actions.cli.limits import add_limit_options, limits_from
from council_actions.counted import counted
from council_actions.ingest.model import SHORT_ID
from council_actions.ingest.pdf_layout import DEFAULT_PDF_ENGINE, PDF_ENGINES
from council_actions.ingest_report import STAGE_TIMES
from council_actions.issues import OutputError

if TYPE_CHECKING:  # a type only: the parsers load with the documents they read, not with the command
    from council_actions.ingest_report import IngestReport

# The next step for a file a council team often has in place of a readable one: what to save it as.
_WORD = "a Word document is not read: save it as PDF (or Text, .txt) from its application and ingest that"
_SHEET = "a spreadsheet is not read: save its sheet as CSV (or Text (Tab delimited), .tsv) and ingest that"
SAVE_AS = {".docx": _WORD, ".doc": _WORD, ".odt": _WORD, ".rtf": _WORD,
           ".xlsx": _SHEET, ".xls": _SHEET, ".ods": _SHEET}
# each table the summary counts, and its row as counted (`1 action`, `2 actions`)
YIELD = (("actions", "action"), ("elements", "element"), ("heatmap", "heatmap cell"), ("statements", "statement"))


class Totals(TypedDict):
    """What a whole run wrote: documents by outcome, rows by table, issues by severity."""

    documents: int
    written: int
    failed: int
    rows: dict[str, int]
    issues: dict[str, int]


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("ingest", help="ingest PDF, text, CSV or TSV files (or folders of them) into "
                                 "Parquet tables")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or glob patterns ('plans/*.pdf'); "
                        "'-' reads paths from stdin, one a line (none: the files of --manifest)")
    parser.add_argument("--manifest", type=Path, metavar="FILE.csv", help="CSV naming each file's council: columns "
                        "path,council and optionally published (YYYY-MM-DD, the date its quarters without a year are "
                        "read against) and kind (action_plan or self_assessment, where its content does not tell it "
                        "or tells it wrongly); relative paths from the manifest's folder; every document given must "
                        "be listed")
    parser.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out); every revision "
                        "of a plan goes into the same one, for diff to compare")
    parser.add_argument("--revision", help="label of this revision, the documents as published at one time, e.g. "
                        "2025-01 (a label starting with a date dates it); ingesting again under a label adds to that "
                        "revision (default: a digest of the input, stable for the same input)")
    add_profile_option(parser)
    parser.add_argument("--reference-date", type=date, metavar="YYYY-MM-DD", help="date to read quarters without a "
                        "year against (default: the revision label's date, if it starts with one)")
    parser.add_argument("--revision-date", type=date, metavar="YYYY-MM-DD", help="date of the revision, the day its "
                        "documents were published or collected: revisions are ordered by it, and diff compares each "
                        "with the one before (default: the date the revision label starts with, else none)")
    parser.add_argument("--source-name", help="name that identifies the (one) document within the revision "
                        "(default: its file name); a corrected file given the same name replaces the earlier one")
    parser.add_argument("--encoding", type=_encoding, help="encoding of text input, e.g. cp1252 (default: UTF-8, "
                        "strictly)")
    add_limit_options(parser)
    parser.add_argument("--pdf-engine", choices=PDF_ENGINES, default=DEFAULT_PDF_ENGINE,
                        help=f"pdfium (fast) or pdfplumber (the reference); default: {DEFAULT_PDF_ENGINE}")
    add_json_option(parser, "print one JSON object: documents, counts, failures, output files, timings")
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print only failures (on stderr)")
    talk.add_argument("-v", "--verbose", action="store_true", help="also each document's files and issue codes, "
                      "and what the PDF library and the readers reported (on stderr)")
    parser.set_defaults(run=run)


def _encoding(name: str) -> str:
    """A codec Python knows, checked before any file is read: a misspelt name is wrong usage, not N failed files."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"{name!r} is not an encoding (e.g. cp1252, latin-1, utf-16)") from None
    return name


def run(args: argparse.Namespace) -> int:
    listed = args.paths == ["-"]  # paths on stdin: none there is none read, a manifest's whole list never meant
    paths = [line.strip() for line in sys.stdin if line.strip()] if listed else args.paths
    if not paths and (listed or args.manifest is None):
        error("ingest: no paths on stdin (-): nothing to read" if listed
              else "ingest: give a PATH (a file, folder or pattern) or --manifest FILE.csv")
        return USAGE
    try:
        with _progress(enabled=not (args.quiet or args.json)) as advance:
            report = api.ingest(paths, args.out, manifest=args.manifest, revision=args.revision, profile=args.profile,
                                reference_date=args.reference_date, encoding=args.encoding, limits=limits_from(args),
                                jobs=args.jobs, pdf_engine=args.pdf_engine, revision_date=args.revision_date,
                                source_name=args.source_name, on_error=lambda exc: error(str(exc)), on_progress=advance,
                                on_details=detail if args.verbose else None)
    except OutputError as exc:  # an interrupted earlier write that cannot be finished here: not a usage error
        error(str(exc))
        return FAILED
    except ValueError as exc:  # a bad revision label or manifest, --source-name for many files: nothing written
        for line in str(exc).splitlines():  # a manifest's problems: one line each
            error(line)
        return USAGE
    if args.json:
        emit_json(as_json(report))
    elif not args.quiet:
        _summary(report, verbose=args.verbose)
    return OK if report.ok else FAILED


def as_json(report: IngestReport) -> dict[str, object]:
    written = [{"source": r.source, "document_id": r.document_id, "kind": r.kind, "status": "written",
                "council": r.council, "council_from": r.council_from,
                "complete": r.status == "complete", "status_rule": r.status_rule, "rows": r.rows,
                "issues": {"error": 0, "warning": 0, **r.issues}, "files": [str(f) for f in r.files],
                "seconds": {stage: round(r.seconds.get(stage, 0.0), 3) for stage in STAGE_TIMES}}
               for r in report.documents]
    failed = [{"source": f.source, "status": "failed", "stage": f.stage, "problem": f.problem} for f in report.failures]
    return {"revision": report.revision, "revision_date": report.revision_date, "out": str(report.out),
            "ok": report.ok, "documents": written + failed,
            "replaced": [{"source": r.source, "document_id": old} for r in report.documents for old in r.replaced],
            "failures": failed, "skipped": [str(path) for path in report.skipped],
            "broken_links": [{"path": str(link.path), "target": link.target} for link in report.broken_links],
            "repeats": [{"path": str(r.path), "same_as": str(r.same_as)} for r in report.repeats],
            "special": [str(path) for path in report.special],
            "totals": _totals(report), "seconds": round(report.seconds, 3),
            "issues_command": _issues_command(report)}


def _totals(report: IngestReport) -> Totals:
    rows: Counter[str] = Counter()
    issues: Counter[str] = Counter({"error": 0, "warning": 0})
    for result in report.documents:
        rows.update(result.rows)
        issues.update(result.issues)
    return {"documents": len(report.documents) + len(report.failures), "written": len(report.documents),
            "failed": len(report.failures), "rows": dict(sorted(rows.items())), "issues": dict(sorted(issues.items()))}


def _summary(report: IngestReport, verbose: bool) -> None:
    """The run as a person reads it, in the order a log is read back: what was written, each document's yield, where
    a council was learnt, the totals, what was not read, and last the failures, so a long run's log ends with them."""
    totals = _totals(report)
    written = f"{counted(totals['written'], 'document')} written"
    say(f"revision {report.revision} -> {report.out}: {written}, "
        f"{totals['failed']} failed ({report.seconds:.1f} s)")
    _documents_table(report)
    say_councils(report.documents, verbose)
    say("total: " + ", ".join(counted(totals["rows"].get(t, 0), noun) for t, noun in YIELD))
    say(f"extraction issues: {counted(totals['issues']['error'], 'error')}, "
        f"{counted(totals['issues']['warning'], 'warning')}"
        + (f"; list them: {_issues_command(report)}" if sum(totals["issues"].values()) else ""))
    if report.documents:
        say(_next_commands(report))
    for result in report.documents:
        for old in result.replaced:
            say(f"{Path(result.source).name} replaced the earlier version {old[:SHORT_ID]} of the same source")
    _not_read(report)
    if report.revision_date is None and report.documents:  # a run that wrote nothing made no revision to sort
        say(_undated(report.revision))
    if verbose and report.documents:  # nothing written, no issues to read back
        _details(report)
    if report.failures:
        say(f"failed ({len(report.failures)}):")
        for failure in report.failures:
            say(f"  {failure.source}: {failure.problem} [{failure.stage}]")


def _documents_table(report: IngestReport) -> None:
    """Each document written, a row: its real yield per table, its issues and documents.status (output/status.py:
    an error, or too much of the reading unplaced or in doubt, with the rule that said so)."""
    if not report.documents:
        return
    print_rows([(Path(r.source).name, r.kind, *(r.rows.get(t, 0) for t, _ in YIELD), r.issues.get("error", 0),
                 r.issues.get("warning", 0), r.status if r.status_rule is None else f"{r.status} ({r.status_rule})")
                for r in report.documents],
               ("document", "kind", *(t for t, _ in YIELD), "errors", "warnings", "status"), indent="  ")


def _not_read(report: IngestReport) -> None:
    """The files given that were not read, each kind named with why (and what to save a Word document or a
    spreadsheet as), so no file is left out without a word."""
    if report.skipped:
        from council_actions.document_files import SUFFIXES_NAMED  # loaded by the ingest already

        say(f"not read ({len(report.skipped)} in the folders given, not {SUFFIXES_NAMED}): "
            + ", ".join(map(str, report.skipped)))
        for hint in sorted({SAVE_AS[s] for s in (Path(p).suffix.lower() for p in report.skipped) if s in SAVE_AS}):
            say(hint)
    if report.broken_links:
        from council_actions.not_read import links_named  # loaded by the ingest already

        say(f"not read: {links_named(report.broken_links)}")
    if report.special:
        say(f"not read ({counted(len(report.special), 'special file')}, a pipe, socket or device, never read from a "
            "folder): " + ", ".join(map(str, report.special)))
    if report.repeats:
        say(f"read once ({len(report.repeats)} of the same bytes as a file before it, one document each): "
            + ", ".join(map(str, report.repeats)))


def _undated(revision: str) -> str:
    """The note on a revision with no date, saying what is wrong with a label that starts like a date but is none
    (`2024-13`, `2024-02-30`): the rules that read a good label's date say it (council_actions.revision)."""
    from council_actions.revision import label_date  # loaded by the ingest already

    problem = label_date(revision).problem
    why = f": it starts like one, but {problem}" if problem else ""
    return (f"revision {revision} has no date{why} (give --revision-date, or a label starting with a date, YYYY-MM "
            "or YYYY-MM-DD): it sorts before dated revisions")


def _details(report: IngestReport) -> None:
    codes = Counter((row["document_id"], row["severity"], row["code"]) for row in api.issues(report.out,
                                                                                            report.revision))
    for result in report.documents:
        say(f"{result.source} ({result.document_id[:SHORT_ID]}):")
        for path in result.files:
            say(f"  wrote {path}")
        for (document_id, severity, code), count in sorted(codes.items()):
            if document_id == result.document_id:
                say(f"  {count:4d} {severity} {code}")


def _issues_command(report: IngestReport) -> str:
    """The command listing the run's issues, quoted for a shell (an output folder with a space in its path)."""
    return shlex.join(["council-actions", "issues", str(report.out), "--revision", report.revision])


def _next_commands(report: IngestReport) -> str:
    """The two commands a first run goes on with, named where it ends: the rows as text or CSV, and each row beside
    its source for checking (docs/reviewing.md). The tables and columns are pointed to as the folder's
    `_schema.json`, not as `council-actions schema --markdown` or docs/columns.md: the file is this folder's own
    contract (its profile's scores, its version's columns), where the command would need the run's `--profile`
    repeated to say the same, and the page describes only the default profile."""
    out, revision = str(report.out), report.revision
    return (f"read a table: {shlex.join(['council-actions', 'read-table', out, 'actions', '--revision', revision])}"
            f" (every table and column: {Path(out, '_schema.json')}); check each row beside its source: "
            f"{shlex.join(['council-actions', 'review', out, '--out', 'site', '--revision', revision])}")


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal (stderr), nothing elsewhere; yields the callback that advances it."""
    if not (enabled and sys.stderr.isatty()):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingesting", total=None)
        yield lambda: bar.advance(task)
