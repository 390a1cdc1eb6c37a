"""`council-actions upgrade OUT`: a folder an earlier version wrote, read again by this one in place, history kept.

The command a data team runs after installing a version that adds a column, which `ingest` then refuses to write
beside the earlier layout (output/compatible.py names this command). What it does and why it reads every revision
again rather than adding the columns as null: council_actions/upgrade.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from council_actions import api
from council_actions.cli.common import FAILED, OK, add_json_option, emit_json, error, say
from council_actions.cli.limits import add_jobs_option
from council_actions.counted import counted


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("upgrade", help="bring an output folder an earlier version wrote to this version's "
                                 "layout: every revision read again from its recorded sources, every diff run again")
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder written by `council-actions ingest`")
    parser.add_argument("--sources", type=Path, action="append", default=[], metavar="DIR",
                        help="a folder to look in for sources no longer at their recorded path (found by their "
                        "sha256, the document id); may be given more than once")
    parser.add_argument("--profile", type=Path, action="append", default=[], dest="profiles", metavar="FILE",
                        help="a profile file a revision was ingested with (not a built-in one); may be given more "
                        "than once")
    add_jobs_option(parser)
    add_json_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from council_actions.upgrade import UpgradeError

    try:
        done = api.upgrade(args.out, sources=args.sources, profiles=args.profiles, jobs=args.jobs)
    except UpgradeError as exc:  # each source not found, or profile not given: one line each
        for line in str(exc).splitlines():
            error(line)
        return FAILED
    if args.json:
        emit_json({"out": str(done.out), "revisions": list(done.revisions), "documents": done.documents,
                   "diffs": [{"from": earlier, "to": later} for earlier, later in done.diffs],
                   "notes": list(done.notes), "seconds": round(done.seconds, 3)})
        return OK
    say(f"upgraded {done.out}: {counted(len(done.revisions), 'revision')}, {counted(done.documents, 'document')} "
        f"read again, {counted(len(done.diffs), 'diff')} run again in {done.seconds:.1f} s")
    for earlier, later in done.diffs:
        say(f"  diff {earlier} -> {later}")
    for note in done.notes:
        say(f"note: {note}")
    return OK
