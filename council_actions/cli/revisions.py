"""`council-actions revisions OUT`: the revisions in an output folder, oldest first; the last is the default.

Each with the date it is ordered by (`documents.revision_date`), so an order that surprises (a revision labelled
`2014-15` dated by `--revision-date`, an undated one first) shows why, and the revision the diff into it compared
from (`diffed_from`, empty where no diff wrote into it), so a pair skipped shows as a gap in the chain."""

from __future__ import annotations

import argparse
from pathlib import Path

from council_actions import api
from council_actions.cli.common import OK, add_json_option, emit_json, print_rows

UNDATED = "undated"  # ordered first, by label: the label opens with no date and none was given


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("revisions", help="revisions in an output folder, oldest first, with the dates "
                                 "they are ordered by and the revision each was diffed from")
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder written by `council-actions ingest`")
    add_json_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from council_actions.diff.lineage_state import diffed_from
    from council_actions.output import reading

    dated = api.revision_dates(args.out)
    labels = list(dated)
    with reading(args.out):
        diffed = {label: diffed_from(args.out, label) for label in labels}
    if args.json:
        emit_json({"revisions": labels, "latest": labels[-1] if labels else None, "revision_dates": dated,
                   "diffed_from": diffed})
    else:
        print_rows([(label, date or UNDATED, diffed[label]) for label, date in dated.items()],
                   ("revision", "revision_date", "diffed_from"))
    return OK
