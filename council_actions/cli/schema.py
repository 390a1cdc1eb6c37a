"""`council-actions schema`: the Parquet contract before any output folder exists.

Every table's key and columns, each column's type, whether it may be null and its vocabulary: as JSON, the text
`OUT/_schema.json` holds for the profile, or with --markdown as the page docs/columns.md is, for a BI user setting
up a model or an auditor looking up what an issue code means."""

from __future__ import annotations

import argparse
import json

from council_actions import api
from council_actions.cli.common import OK, add_profile_option


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("schema", help="every table's key and columns, as OUT/_schema.json holds them (or a "
                                 "Markdown page)")
    add_profile_option(parser, " whose scores the score columns take")
    parser.add_argument("--markdown", action="store_true", help="print the columns as a Markdown page "
                        "(docs/columns.md is the default profile's)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.markdown:
        print(api.schema_page(args.profile), end="")
    else:  # as the writer writes OUT/_schema.json (output/schema_json.to_json)
        print(json.dumps(api.schema(args.profile), indent=2, sort_keys=True))
    return OK
