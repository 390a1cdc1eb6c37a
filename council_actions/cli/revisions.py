"""`council-actions revisions OUT`: the revisions in an output folder, oldest first; the last is the default."""

from __future__ import annotations

import argparse
from pathlib import Path

from council_actions import api
from council_actions.cli.common import OK, add_json_option, emit_json


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("revisions", help="revisions in an output folder, oldest first")
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder written by `council-actions ingest`")
    add_json_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    labels = api.revisions(args.out)
    if args.json:
        emit_json({"revisions": labels, "latest": labels[-1] if labels else None})
    else:
        for label in labels:
            print(label)
    return OK
