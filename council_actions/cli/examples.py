"""Examples shown at the end of each command's `--help`: one table, run in this order by
tests/cli/test_help_examples.py in a folder holding the repository's samples/, so every example a user copies works.

Each command's examples start from what the ones before them wrote: `ingest` makes `out` with three revisions
(one undated, 2024-06 and 2024-09), which the reading commands then read.
"""

from __future__ import annotations

import argparse

EXAMPLES: dict[str, tuple[str, ...]] = {
    "ingest": (
        "council-actions ingest samples --out out",
        "council-actions ingest samples/004_d0d661fda207b69c.txt --out out --revision 2024-06",
        "council-actions ingest 'samples/00*.txt' --out out --revision 2024-09 --jobs 2",
        "council-actions ingest samples/other_councils/waverley_cpa_improvement_plan_2004.txt --out generic "
        "--profile generic --reference-date 2004-04-01",
    ),
    "timelines": (
        "council-actions timelines 'CHoHROD, Q3-Q4 24/25'",
        "council-actions timelines 'by end of March' --reference 2024-06-01 --json",
    ),
    "owners": ("council-actions owners out --revision 2024-06",),
    "issues": (
        "council-actions issues out --code unknown_owner",
        "council-actions issues out --revision 2024-06 --severity error --json",
    ),
    "revisions": ("council-actions revisions out",),
    "read-table": (
        "council-actions read-table out actions --csv",
        "council-actions read-table out actions --excel > actions.csv",
        "council-actions read-table out elements --revision '*' --json",
    ),
    "diff": (
        "council-actions diff out --from 2024-06 --to 2024-09",
        "council-actions diff out --json",
    ),
    "review": ("council-actions review out --out site --revision 2024-09",),
    "upgrade": ("council-actions upgrade out --jobs 2",),
    "schema": ("council-actions schema --markdown > columns.md", "council-actions schema --profile generic"),
    "completion": ("council-actions completion bash > council-actions.bash",),
}


def add_examples(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Each command's examples after its options (an epilog it already has is kept, above them)."""
    for name, examples in EXAMPLES.items():
        command = commands.choices[name]
        lines = "\n".join(f"  {example}" for example in examples)
        command.epilog = "\n\n".join(filter(None, [command.epilog, f"examples:\n{lines}"]))
        command.formatter_class = argparse.RawDescriptionHelpFormatter
