"""The `council-actions` command: a thin layer over the library.

Commands are named after the library functions they call (`ingest` runs the
pipeline, `timeline` reads phrases, `owners` reports owner keys). Library
errors become one line on stderr naming the file and the problem; exit codes:
0 every document went through, 1 any failed (the others still written), 2 on
wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from council_actions import __version__
from council_actions.ingest.pdf_layout import DEFAULT_PDF_ENGINE, PDF_ENGINES
from council_actions.profile import ProfileError, load_profile

OK, FAILED, USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.command(args, parser)
    except ProfileError as exc:
        _error(str(exc))
        return USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="council-actions", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    ingest = commands.add_parser("ingest", help="ingest PDF or text files (or folders of them) into Parquet tables")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    ingest.add_argument("--revision", help="revision label (default: a digest of the input, stable for the same input)")
    ingest.add_argument("--profile", type=Path, help="council profile TOML (default: the shipped Runnymede profile)")
    ingest.add_argument("--reference-date", type=_date, help="date to read quarters without a year against "
                        "(default: the revision label's date, if it starts with one)")
    ingest.add_argument("--encoding", help="encoding of text input (default: UTF-8, strictly)")
    ingest.add_argument("--max-pages", type=int, default=1000, help="refuse PDFs with more pages (default: 1000)")
    ingest.add_argument("--pdf-engine", choices=PDF_ENGINES, default=DEFAULT_PDF_ENGINE,
                        help=f"pdfium (fast) or pdfplumber (the reference); default: {DEFAULT_PDF_ENGINE}")
    ingest.set_defaults(command=_ingest)
    timeline = commands.add_parser("timeline", help="show how timeline phrases are read")
    timeline.add_argument("phrase", help='an allocation or timeline text, e.g. "CHoHROD, Q3-Q4 24/25"')
    timeline.add_argument("--reference", type=_date, help="reference date, YYYY-MM-DD, for quarters without a year")
    timeline.add_argument("--profile", type=Path, help="council profile TOML")
    timeline.add_argument("--json", action="store_true", help="one JSON object per phrase found")
    timeline.set_defaults(command=_timeline)
    owners = commands.add_parser("owners", help="owner keys and unknown owner spellings in an output folder")
    owners.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    owners.set_defaults(command=_owners)
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _error(message: str) -> None:
    print(f"council-actions: error: {message}", file=sys.stderr)


def _ingest(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from council_actions.pipeline import (
        check_revision,
        default_revision,
        find_documents,
        reference_from_revision,
        run_batch,
    )

    profile = load_profile(args.profile)
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        _error(f"{missing[0]}: no such file or folder")
        return FAILED
    documents = find_documents(args.paths)
    if not documents:
        _error(f"{', '.join(map(str, args.paths))}: no documents (.txt, .text, .pdf) found")
        return FAILED
    try:
        revision = check_revision(args.revision) if args.revision else default_revision(documents)
    except ValueError as exc:
        parser.error(str(exc))
    reference = args.reference_date or reference_from_revision(revision)
    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("ingesting", total=len(documents))
        results, failures = run_batch(documents, args.out, profile, revision, reference, args.encoding,
                                      on_error=lambda exc: _error(str(exc)), on_progress=lambda: progress.advance(task),
                                      max_pages=args.max_pages, pdf_engine=args.pdf_engine)
    _summary(results, failures, revision, args.out)
    return FAILED if failures else OK


def _summary(results: list, failures: int, revision: str, out_dir: Path) -> None:
    table = Table(title=f"council-actions: revision {revision} -> {out_dir}", title_justify="left")
    for column in ("document", "kind", "elements", "actions", "issues (error/warning)"):
        table.add_column(column)
    for r in results:
        table.add_row(Path(r.source).name, r.kind, str(r.elements), str(r.actions),
                      f"{r.issues.get('error', 0)}/{r.issues.get('warning', 0)}")
    console = Console()
    console.print(table)
    errors = sum(r.issues.get("error", 0) for r in results)
    warnings = sum(r.issues.get("warning", 0) for r in results)
    console.print(f"{len(results)} documents written, {failures} failed; "
                  f"{sum(r.elements for r in results)} elements, {sum(r.actions for r in results)} actions; "
                  f"extraction issues: {errors} errors, {warnings} warnings")


def _timeline(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from council_actions.normalise import fiscal_calendar, glossary_for, reads_as_time
    from council_actions.normalise.allocation import split_allocation
    from council_actions.normalise.timelines import read_timeline

    profile = load_profile(args.profile)
    calendar = fiscal_calendar(profile)
    phrases = [s.text for s in split_allocation(args.phrase, glossary_for(profile), reads_as_time(calendar))
               if s.kind == "timeline"] or [args.phrase.strip()]
    for phrase in phrases:
        reading = read_timeline(phrase, calendar, args.reference)
        record = {"timeline_raw": phrase, "kind": reading.kind,
                  "start_date": reading.start_date.isoformat() if reading.start_date else None,
                  "end_date": reading.end_date.isoformat() if reading.end_date else None,
                  "precision": reading.precision, "fiscal_year": reading.fiscal_year,
                  "condition": reading.condition, "assumptions": list(reading.assumptions)}
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print("  ".join(f"{k}={v}" for k, v in record.items() if v not in (None, [])))
    return OK


def _owners(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from council_actions.output.report import owner_report

    try:
        known, unknown = owner_report(args.out_dir)
    except (OSError, ValueError) as exc:
        _error(f"{args.out_dir}: cannot read output tables ({exc})")
        return FAILED
    console = Console()
    table = Table(title="owner keys", title_justify="left")
    for column in ("owner_key", "owner_title", "actions"):
        table.add_column(column)
    for row in known:
        table.add_row(row["owner_key"], row["owner_title"] or "", str(row["actions"]))
    console.print(table)
    table = Table(title="unknown owner spellings (add them to the profile and re-ingest)", title_justify="left")
    for column in ("owner_raw", "document", "element", "lines"):
        table.add_column(column)
    for row in unknown:
        table.add_row(row["owner_raw"], row["source_name"], row["element_id"] or "", row["lines"])
    console.print(table)
    return OK


if __name__ == "__main__":
    sys.exit(main())
