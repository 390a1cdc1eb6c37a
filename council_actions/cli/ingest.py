"""`council-actions ingest`: documents -> Parquet tables, then a summary a person or a scheduler can read.

Failures are printed as they happen (one line each on stderr) and named again
at the end of the summary, so a long run's log ends with everything that needs
a look. Progress is drawn only on a terminal.
"""

from __future__ import annotations

import argparse
import codecs
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

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
)
from council_actions.cli.ingest_summary import as_json, say_summary
from council_actions.cli.limits import add_limit_options, limits_from
from council_actions.ingest.pdf_layout import DEFAULT_PDF_ENGINE, PDF_ENGINES
from council_actions.issues import OutputError


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The command's arguments, in the order --help lists them: what to read and where to write it, which
    revision it is and how its dates are read, how a file is read and within what limits, and what is printed."""
    parser = commands.add_parser("ingest", help="ingest PDF, text, CSV or TSV files (or folders of them) into "
                                 "Parquet tables")
    _add_inputs(parser)
    _add_revision(parser)
    _add_reading(parser)
    _add_talk(parser)
    parser.set_defaults(run=run)


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    """The files to read (given, from stdin, or a manifest's) and the folder every revision is written into."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or glob patterns ('plans/*.pdf'); "
                        "'-' reads paths from stdin, one a line (none: the files of --manifest)")
    parser.add_argument("--manifest", type=Path, metavar="FILE.csv", help="CSV naming each file's council: columns "
                        "path,council and optionally published (YYYY-MM-DD, the date its quarters without a year are "
                        "read against), kind (action_plan or self_assessment, where its content does not tell it "
                        "or tells it wrongly) and profile (a built-in name or a file: its council's own, else "
                        "--profile's); relative paths from the manifest's folder; every document given must "
                        "be listed")
    parser.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out); every revision "
                        "of a plan goes into the same one, for diff to compare")


def _add_revision(parser: argparse.ArgumentParser) -> None:
    """The revision the documents are (its label, profile and dates) and a document's name within it."""
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


def _add_reading(parser: argparse.ArgumentParser) -> None:
    """How a file is read: a text's encoding, the limits one hostile file is stopped at, the PDF engine."""
    parser.add_argument("--encoding", type=_encoding, help="encoding of text input, e.g. cp1252 (default: UTF-8, "
                        "strictly)")
    add_limit_options(parser)
    parser.add_argument("--pdf-engine", choices=PDF_ENGINES, default=DEFAULT_PDF_ENGINE,
                        help=f"pdfium (fast) or pdfplumber (the reference); default: {DEFAULT_PDF_ENGINE}")


def _add_talk(parser: argparse.ArgumentParser) -> None:
    """What the run prints: one JSON object, only failures, or everything down to each document's issue codes."""
    add_json_option(parser, "print one JSON object: documents, counts, failures, output files, timings")
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print only failures (on stderr)")
    talk.add_argument("-v", "--verbose", action="store_true", help="also each document's files and issue codes, "
                      "and what the PDF library and the readers reported (on stderr)")


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
        say_summary(report, verbose=args.verbose)
    return OK if report.ok else FAILED


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
