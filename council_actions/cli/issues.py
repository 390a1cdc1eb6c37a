"""`council-actions issues OUT`: the extraction issues of one revision with their location, to read and triage."""

from __future__ import annotations

import argparse
from collections import Counter

from council_actions import api
from council_actions.cli.common import OK, add_reading_options, emit_json, print_rows, where
from council_actions.cli.read_table import ALL_REVISIONS
from council_actions.counted import counted
from council_actions.ingest.model import SHORT_ID
from council_actions.issue_codes import ISSUE_CODES, not_an_issue_code
from council_actions.issues import SEVERITIES

# An element printed in the text listing: an id (`CI002`) whole, but a plan that names its elements by their
# recommendation (Gravesham's, 328 characters) made the column that wide on every row; --json keeps it whole.
ELEMENT_WIDTH = 40
# The message says what was done and what to do (`give --profile, or the file's council in --manifest`), where the
# text only quotes the source, and some codes quote none (council_given, council_not_printed: the whole document):
# shortened in its column to keep the rows readable, and a message longer than this printed whole on a line of its
# own under its row, so the advice at its end is read; --json keeps it whole.
MESSAGE_WIDTH = 60

def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("issues", help="extraction issues of one revision, with document, page and lines")
    add_reading_options(parser)
    parser.add_argument("--document", metavar="D", help="only this document: its source name, or its id or the "
                        f"first {SHORT_ID} characters of it (as `ingest -v` prints it)")
    parser.add_argument("--code", metavar="C", type=issue_code, help="only this issue code, e.g. garbled_duplicate "
                        "(every code, with what it means: extraction_issues.code in OUT/_schema.json)")
    parser.add_argument("--severity", choices=SEVERITIES, help="only errors or only warnings")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    revision = api.latest_revision(args.out, args.revision)
    rows = api.issues(args.out, revision, args.document, args.code, args.severity)
    if args.json:
        emit_json({"revision": revision, "count": len(rows), "issues": rows})
        return OK
    every = revision == ALL_REVISIONS  # each row then says its revision: a document of one name is in several
    print(f"{counted(len(rows), 'extraction issue')} in {'every revision' if every else f'revision {revision}'}"
          + "".join(f"; {n} {code}" for code, n in Counter(r["code"] for r in rows).most_common()))
    print_rows([(*([r["revision"]] if every else []), r["source_name"],
                 where(r["source_page"], r["line_start"], r["line_end"]), r["severity"], r["code"],
                 _short(r["element_id"], ELEMENT_WIDTH), _short(r["message"], MESSAGE_WIDTH), _short(r["raw_text"]))
                for r in rows], (*(["revision"] if every else []), "document", "where", "severity", "code", "element",
                                 "message", "text"), indent="  ", under=[_whole(r["message"]) for r in rows])
    return OK


def issue_code(text: str) -> str:
    """A code of the catalogue: a misspelt one would list nothing and look like a clean revision."""
    if text in ISSUE_CODES:
        return text
    raise argparse.ArgumentTypeError(not_an_issue_code(text))


def _whole(message: str | None) -> str | None:
    """The message on a line of its own where its column cuts it (MESSAGE_WIDTH), else None: its row shows it all."""
    flat = " ".join((message or "").split())
    return f"message: {flat}" if len(flat) > MESSAGE_WIDTH else None


def _short(text: str | None, width: int = 60) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
