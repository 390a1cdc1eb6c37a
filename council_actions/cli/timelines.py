"""`council-actions timelines` (alias `timeline`): how phrases are read, one from the command line or many from stdin.

`-` (or no phrase with stdin not a terminal) reads one phrase or allocation cell a
line, so a column of a spreadsheet can be checked in one call; start-up is paid
once and readings are memoised.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable

from council_actions import api
from council_actions.cli.common import OK, UNDECODED, USAGE, add_json_option, add_profile_option, date, emit_json, error
from council_actions.timeline_records import TimelineField

SHOWN: tuple[TimelineField, ...] = ("timeline_raw", "kind", "start_date", "end_date", "precision", "fiscal_year",
                                    "condition", "assumptions", "cadence", "cadence_months")


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("timelines", aliases=["timeline"],
                                 help="show how timeline phrases are read (one argument, or stdin)")
    parser.add_argument("phrase", nargs="?", help='an allocation or timeline text, e.g. "CHoHROD, Q3-Q4 24/25"; '
                        "'-' or none (with piped input) reads one phrase a line from stdin")
    parser.add_argument("--reference", type=date, metavar="YYYY-MM-DD",
                        help="reference date for quarters without a year")
    add_profile_option(parser, " for the financial year and owner glossary")
    add_json_option(parser, "one JSON object a line per timeline found, with the input line it came from")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    phrases: Iterable[str]
    if args.phrase in (None, "-"):
        if args.phrase is None and sys.stdin.isatty():
            error("timelines: give a phrase, or pipe phrases in (one a line)")
            return USAGE
        if isinstance(sys.stdin, io.TextIOWrapper):  # a byte that is no text is U+FFFD, whatever the locale's errors
            sys.stdin.reconfigure(errors="replace")
        phrases = (line.rstrip("\r\n") for line in sys.stdin)
    else:
        phrases = [args.phrase]
    write = sys.stdout.write
    for record in api.timelines((_decoded(p) for p in phrases if p.strip()), args.reference, args.profile):
        if args.json:
            emit_json(record)
        else:
            write("  ".join(f"{k}={_text(record[k])}" for k in SHOWN if record[k] not in (None, [])) + "\n")
    return OK


def _decoded(phrase: str) -> str:
    """The phrase with each byte that was not text (a cp1252 dash, `\\x96`, in an argument) as U+FFFD, the rest read
    as ever: Python keeps such a byte as a lone surrogate, which the owner matcher cannot encode (a traceback)."""
    return UNDECODED.sub("\ufffd", phrase)


def _text(value: object) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)
