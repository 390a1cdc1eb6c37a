"""`council-actions diff OUT [--from A] [--to B] [--profile FILE|NAME ...]`: what changed between two revisions;
writes `changes` and `action_lineage` under B. The summary counts each kind of change, then lists the changes by
theme."""

from __future__ import annotations

import argparse
from pathlib import Path

from council_actions import api
from council_actions.cli.common import FAILED, OK, USAGE, add_json_option, emit_json, error


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("diff", help="what changed between two revisions (writes changes, action_lineage)")
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder written by `council-actions ingest`")
    parser.add_argument("--from", dest="earlier", metavar="A",
                        help="the earlier revision (default: the one before B, by revision date)")
    parser.add_argument("--to", dest="later", metavar="B", help="the later revision (default: the latest)")
    parser.add_argument("--absent-as-removed", action="store_true",
                        help="count every row of a document A holds and B does not as removed (it was withdrawn); "
                        "by default such a document was not ingested into B and is named, not compared")
    parser.add_argument("--profile", dest="profiles", type=Path, action="append", default=[], metavar="FILE|NAME",
                        help="a profile a revision was ingested with (as ingest's --profile; again for each): a "
                        "revision's owners are read with the profile of the text recorded at ingest, given here or "
                        "built in; the report names any revision whose owners were read with other words")
    add_json_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from council_actions.diff import DiffError, RevisionOrderError, SameRevisionError
    from council_actions.diff.report import summary_lines, to_json

    try:
        result = api.diff(args.out, args.earlier, args.later, absent_as_removed=args.absent_as_removed,
                          profiles=args.profiles)
    except DiffError as exc:
        error(str(exc))
        return USAGE if isinstance(exc, SameRevisionError | RevisionOrderError) else FAILED
    if args.json:
        emit_json(to_json(result))
    else:
        print("\n".join(summary_lines(result)))
    return OK
