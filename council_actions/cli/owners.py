"""`council-actions owners OUT`: owner keys with their action counts, unknown spellings with where they occur."""

from __future__ import annotations

import argparse

from council_actions import api
from council_actions.cli.common import OK, add_reading_options, emit_json, print_rows, where
from council_actions.counted import counted


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("owners", help="owner keys and unknown owner spellings of one revision")
    add_reading_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    revision = api.latest_revision(args.out, args.revision)
    known, unknown = api.owners(args.out, revision)
    if args.json:
        emit_json({"revision": revision, "owners": known, "unknown": unknown})
        return OK
    if known:
        print(f"owner keys in revision {revision} (actions allocated to each):")
        print_rows([(r["owner_key"], r["owner_title"], r["actions"]) for r in known],
                   ("owner_key", "owner_title", "actions"), indent="  ")
    else:  # a plan read with no profile written for it: a header over no rows read as a broken listing
        print(f"no owner in revision {revision} is in the profile's glossary")
    if unknown:
        spellings = len({r["owner_raw"] for r in unknown})  # a national run prints one spelling in many plans
        print(f"unknown owner spellings ({len(unknown)} places, {counted(spellings, 'spelling')}; "
              "add each to the profile's glossary, an [[owners]] entry with key, title and aliases, and "
              "re-ingest):")
        print_rows([(r["owner_raw"], r["source_name"], r["element_id"], where(r["source_page"], r["line_start"],
                                                                               r["line_end"])) for r in unknown],
                   ("owner_raw", "document", "element", "where"), indent="  ")
    else:
        print("no unknown owner spellings")
    return OK
