"""`council-actions review OUT --out DIR`: a static site where an auditor checks every row against its source."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from council_actions import api
from council_actions.cli.common import FAILED, OK, add_json_option, emit_json, error, say
from council_actions.counted import counted
from council_actions.ingest.model import SHORT_ID
from council_actions.issues import printable


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("review", help="write a static review site: every extracted row beside its source")
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder written by `council-actions ingest`")
    parser.add_argument("--out", dest="site", type=Path, required=True, metavar="DIR",
                        help="folder for the site (open DIR/index.html)")
    parser.add_argument("--revision", metavar="R", help="revision to review (default: the latest)")
    parser.add_argument("--document", metavar="D", help="only this document: its source name, or its id or the "
                        f"first {SHORT_ID} characters of it (as `ingest -v` prints it)")
    parser.add_argument("--verdicts", type=Path, metavar="FILE", help="verdicts CSV exported from an earlier review")
    parser.add_argument("--profile", type=Path, metavar="FILE|NAME",
                        help="the profile the documents were ingested with (as ingest's --profile), where it is not "
                        "built in: each document's score names and colours and its themes are the profile's of the "
                        "text recorded at ingest, given here or built in; a note names a document read with another")
    add_json_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from council_actions.review import ReviewError

    try:
        result = api.review(args.out, args.site, args.revision, args.document, args.verdicts, args.profile)
    except ReviewError as exc:
        error(str(exc))
        return FAILED
    for note in result.notes:
        print(f"council-actions: note: {printable(note)}", file=sys.stderr)
    if args.json:
        emit_json({"index": result.index, "revision": result.revision, "documents": result.documents,
                   "rows": result.rows, "crops": result.crops, "notes": list(result.notes)})
    else:
        counts = ", ".join(counted(n, noun) for n, noun in
                           ((result.documents, "document"), (result.rows, "row"), (result.crops, "crop")))
        say(f"review of revision {result.revision}: {counts} -> {result.index}")
    return OK
