"""`council-actions revisions OUT`: the revisions in an output folder, oldest first; the last is the default.

Each with the date it is ordered by (`documents.revision_date`), so an order that surprises (a revision labelled
`2014-15` dated by `--revision-date`, an undated one first) shows why."""

from __future__ import annotations

import argparse
from pathlib import Path

from council_actions import api
from council_actions.cli.common import OK, add_json_option, emit_json, print_rows

UNDATED = "undated"  # ordered first, by label: the label opens with no date and none was given


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("revisions",
                                 help="revisions in an output folder, oldest first, with the dates they are ordered by")
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder written by `council-actions ingest`")
    add_json_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    dated = api.revision_dates(args.out)
    labels = list(dated)
    if args.json:
        emit_json({"revisions": labels, "latest": labels[-1] if labels else None, "revision_dates": dated})
    else:
        print_rows([(label, date or UNDATED) for label, date in dated.items()], ("revision", "revision_date"))
    return OK
