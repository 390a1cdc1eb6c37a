"""`council-actions read-table OUT TABLE`: one table of one revision (or of all), rows as text, CSV or JSON lines.

The command of `council_actions.read_table` (sqlite-utils' way: `create_table` is `create-table`), for a script
or a shell that wants the rows without Python: `--csv` for a spreadsheet, `--json` one object a row for jq.
Dates print as YYYY-MM-DD and a null as nothing (CSV, text) or null (JSON), whatever the column's type.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from council_actions import api
from council_actions.cli.common import OK, USAGE, add_reading_options, emit_json, error, print_rows
from council_actions.cli.table_view import ALL_COLUMNS, CELL_WIDTH, chosen, fitted, shorten
from council_actions.issues import printable

if TYPE_CHECKING:  # pandas is imported only when the command runs
    import pandas

ALL_REVISIONS = "*"
BYTE_ORDER_MARK = "\ufeff"  # as Excel's own "CSV UTF-8" starts: the mark it tells UTF-8 by
LINEAGE = "action_lineage"  # the table whose keys diff carries on from revision to revision


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("read-table", help="one table of one revision: rows as text, CSV or JSON lines")
    formats = add_reading_options(parser, "print one JSON object a row (JSON lines) instead of text columns")
    parser.add_argument("table", metavar="TABLE", type=table_name, help="a table of the output folder: actions, "
                        "elements, action_owners, extraction_issues, ... (OUT/_schema.json lists them with their "
                        "columns)")
    formats.add_argument("--csv", action="store_true", help="print CSV with a header row instead of text columns")
    formats.add_argument("--excel", action="store_true", help="print --csv's rows for Excel: a UTF-8 byte-order "
                         "mark first, so a file saved from it opens with its accents and curly quotes as printed")
    parser.add_argument("--columns", metavar="COL,...", help="print these columns, in this order, in any format; "
                        f"`{ALL_COLUMNS}`: every column, whole (default: every column, but on a terminal the text "
                        "shows where each row is and what it holds first, then as many more as fit, values cut to "
                        f"{CELL_WIDTH} characters, and names on stderr those left out)")
    parser.set_defaults(run=run)
    parser.epilog = f"--revision '{ALL_REVISIONS}' reads every revision."


def run(args: argparse.Namespace) -> int:
    frame = api.read_table(args.out, args.table, args.revision)
    if frame.empty:  # a header alone, or nothing at all, said on stderr: a pipe reading the rows gets none
        _say_empty(args)
    header = [str(name) for name in frame.columns]
    try:
        picked = chosen(args.columns, args.table, header)
    except ValueError as exc:
        error(str(exc))
        return USAGE
    if picked is not None:
        frame, header = frame[list(picked)], list(picked)
    if args.json:
        for row in _rows(frame):
            emit_json(dict(zip(header, row, strict=True)))
    elif args.csv or args.excel:
        if args.excel:  # Excel reads a CSV file as the system's code page unless it opens with this mark
            sys.stdout.write(BYTE_ORDER_MARK)
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([_text(v) for v in row] for row in _rows(frame))
    else:
        _print_text(args, [[_text(v) for v in row] for row in _rows(frame)], header)
    if args.table == LINEAGE and not frame.empty:
        _say_lineage_notes(args)
    return OK


def _say_lineage_notes(args: argparse.Namespace) -> None:
    """What `diff` would say of the lineage read (diff/lineage_state.py decides for both): a revision of its chain
    ingested again since its diff, not diffed into, or diffed out of order. On stderr, as the empty table's note."""
    from council_actions.diff.lineage_state import read_notes
    from council_actions.output import reading

    revision = args.revision if args.revision == ALL_REVISIONS else api.latest_revision(args.out, args.revision)
    with reading(args.out):
        notes = read_notes(args.out, revision, "then each diff after it again, in order")
    for note in notes:
        print(f"council-actions: note: {printable(note)}", file=sys.stderr)


def _print_text(args: argparse.Namespace, rows: list[list[str]], header: list[str]) -> None:
    """Every column whole, or on a terminal with no --columns the columns that fit it (table_view.fitted), values
    cut, and a note of those left out."""
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() and args.columns is None else None
    if width is None or not rows:
        print_rows(rows, header)
        return
    view = fitted(args.table, header, rows, width)
    at = [(header.index(name), cut) for name, cut in zip(view.columns, view.widths, strict=True)]
    print_rows([[shorten(header[i], row[i], cut) for i, cut in at] for row in rows], view.columns)
    if view.left_out or view.empty:
        print(f"council-actions: note: {view.note(len(header))}", file=sys.stderr)


def _say_empty(args: argparse.Namespace) -> None:
    """Which revision holds no rows of the table, and for a diff's table what writes them (table_names.WRITTEN_BY):
    the diff into that revision, unless it is the first, which no diff writes into."""
    from council_actions.output.table_names import WRITTEN_BY

    if args.revision == ALL_REVISIONS:
        where, run = "any revision", f": council-actions diff {args.out}"
    else:
        revision = api.latest_revision(args.out, args.revision)
        first = api.revisions(args.out)[0] == revision
        where = f"revision {revision}"
        run = f"; {revision} is the first revision, compared with none" if first else \
            f": council-actions diff {args.out} --to {revision}"
    how = f" ({WRITTEN_BY[args.table]}{run})" if args.table in WRITTEN_BY else ""
    print(f"council-actions: note: {printable(f'no {args.table} rows in {where}{how}')}", file=sys.stderr)


def table_name(text: str) -> str:
    """A table of the contract, checked as the arguments are read: a misspelt one is wrong usage (exit 2), with
    the names it is close to. Its names load only when the command runs, not for every command's start."""
    from council_actions.output.table_names import is_table, not_a_table

    if is_table(text):
        return text
    raise argparse.ArgumentTypeError(not_a_table(text))


def _rows(frame: pandas.DataFrame) -> Iterator[list[object]]:
    """Each row's values as Python values, a null as None (pandas gives its NA for an Arrow-backed null)."""
    import pandas

    for row in frame.itertuples(index=False, name=None):
        yield [None if value is pandas.NA else value for value in row]


def _text(value: object) -> str:
    return "" if value is None else str(value)
