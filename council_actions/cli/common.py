"""What every command shares: the reading options, one-line errors, JSON out, plain aligned columns.

Conventions every command follows (add a command the same way):
- a reading command takes `OUT` and `--revision R` (default: the latest revision) and `--json`;
- `--json` prints one JSON object (a report) or one object per line (a stream, e.g. `timeline`);
- without `--json`, plain aligned columns, never boxed and never cut, so a piped or logged run keeps every name;
- an error is one line on stderr, `council-actions: error: <file>: <problem>`; exit codes below.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from council_actions.given_dates import given_date
from council_actions.issues import printable
from council_actions.profile import DEFAULT_PROFILE, built_in_names

OK, FAILED, USAGE = 0, 1, 2
UNDECODED = re.compile("[\ud800-\udfff]")  # a byte that was no UTF-8, as Python keeps it (a lone surrogate): in a
# name (os.fsdecode), an argument or a line of stdin read with surrogateescape
INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command Ctrl-C ended
TERMINATED = 143  # 128 + SIGTERM, as a shell reports a command `kill` ended


def add_reading_options(parser: argparse.ArgumentParser,
                        json_help: str = "print JSON instead of text") -> argparse._MutuallyExclusiveGroup:
    """OUT, --revision and --json: the options of every command that reads an output folder. --json is in the
    group returned, where a command puts its other output formats (read-table's --csv), so two are refused."""
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder written by `council-actions ingest`")
    parser.add_argument("--revision", metavar="R", help="revision to read (default: the latest by revision date; "
                        "`council-actions revisions OUT` lists them)")
    formats = parser.add_mutually_exclusive_group()
    add_json_option(formats, json_help)
    return formats


def add_profile_option(parser: argparse.ArgumentParser, used_for: str = "") -> None:
    """--profile, its help naming the profiles shipped with the package as `built_in_names` finds them in
    council_actions/profiles/, so one added there is offered here with no change to the help."""
    parser.add_argument("--profile", type=Path, metavar="FILE|NAME",
                        help=f"council profile TOML{used_for}, or a built-in one by name: {', '.join(built_in_names())}"
                        f" (default: {DEFAULT_PROFILE.removesuffix('.toml')}; generic for a council with no "
                        "profile of its own: every council's headings and owner words, no council's glossary)")


def add_json_option(parser: argparse._ActionsContainer, help: str = "print JSON instead of text") -> None:
    parser.add_argument("--json", action="store_true", help=help)


def date(text: str) -> dt.date:
    """A date option, in the one form a user gives one (council_actions.given_dates)."""
    try:
        return given_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def error(message: str) -> None:
    print(f"council-actions: error: {printable(message)}", file=sys.stderr)


def detail(path: Path, lines: tuple[str, ...]) -> None:
    """What a document's reader printed (library warnings, a crash's last words): shown only with --verbose."""
    for line in lines:
        print(f"council-actions: detail: {printable(str(path))}: {printable(line)}", file=sys.stderr)


def say(line: str) -> None:
    """A line of a report on stdout, the names in it escaped as `error` escapes them: printed raw, a path that is
    not UTF-8 is a traceback wherever stdout is strict (UnicodeEncodeError: surrogates not allowed), and a newline
    or an escape sequence in a file name splits the line or drives the terminal."""
    print(printable(line))


def emit_json(value: object) -> None:
    """One JSON object on a line. A byte of a name that is not UTF-8 is written as the tables store it (`\\x96`):
    raw, it is a traceback on a strict stdout, and elsewhere bytes in the JSON that are no UTF-8."""
    text = json.dumps(value, ensure_ascii=False, default=_jsonable)
    print(UNDECODED.sub(lambda found: json.dumps(printable(found[0]))[1:-1], text))


def _jsonable(value: object) -> object:
    if isinstance(value, dt.date | Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def print_rows(rows: Iterable[Sequence[object]], header: Sequence[str], indent: str = "",
               under: Sequence[str | None] = ()) -> None:
    """Columns aligned with two spaces, numbers right-aligned; nothing is truncated; no rows, no header. `under`,
    a line printed below the row of the same place (None: none), indented past the row: a value too long for its
    column, whole (`issues`' message)."""
    cells = [[_text(v) for v in row] for row in rows]
    if not cells:
        return
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(header)]
    numeric = [all(row[i].isdigit() or row[i] == "" for row in cells) for i in range(len(header))]
    below = [None, *under] + [None] * (len(cells) - len(under))
    for row, line in zip([list(header), *cells], below, strict=True):
        parts = [v.rjust(w) if right else v.ljust(w) for v, w, right in zip(row, widths, numeric, strict=True)]
        print(indent + "  ".join(parts).rstrip())
        if line is not None:
            print(f"{indent}    {_text(line)}")


def where(page: int | None, line_start: int | None, line_end: int | None) -> str:
    """A row's place as the reading commands print it: its lines (`line 57`, `lines 10-12`), after its page for a
    PDF (`p3 lines 40-41`), whose lines run on through its pages, so a line number alone sends a reader paging."""
    lines = f"lines {line_start}-{line_end}" if line_start != line_end else f"line {line_start}"
    return f"p{page} {lines}" if page else lines


def _text(value: object) -> str:
    return "" if value is None else printable(str(value))
