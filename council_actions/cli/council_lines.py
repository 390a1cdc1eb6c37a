"""The ingest summary's lines on where each document's council came from, when not from its own text.

A council team's run of a few documents names each one; a national run meets dozens that print no council (most
of samples/other_councils, with the default profile or the generic one), and a line each buried the totals under
them. So documents that share one council and one source are named on one line once there are more than FOLD_AFTER
of them, the first few by name and the count of the rest; `--verbose` names every one, as `--json` and
`documents.council_from` do.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from council_actions.cli.common import say
from council_actions.counted import counted

if TYPE_CHECKING:  # types only: the parsers load with the documents they read, not with the command
    from council_actions.parsers.records import CouncilFrom
    from council_actions.pipeline import DocumentResult

# What the summary says of a council not printed in the document, by where it was learnt ("document": nothing)
COUNCIL_FROM: dict[CouncilFrom, str] = {"manifest": "council {} (from the manifest; not printed in the document)",
                "profile": "council {} (from the profile; not printed in the document)",
                "default_profile": "council {} assumed from the default profile (not printed in the document)",
                "document_key": "council {} (from the document's key to its abbreviations, not its title lines)",
                "none": "council unknown (not printed in the document)"}
# Said once after those lines, not once a document: a national run meets dozens of plans that print no council, and
# a manifest names each file's council in the same one run (council_actions/manifest.py).
UNKNOWN_COUNCIL = ("{} with no council (documents.council left empty): name each file's council in a manifest, "
                   "--manifest FILE.csv with the columns path,council (one run for every council), or give its "
                   "council's profile, --profile FILE or a built-in NAME (council-actions ingest --help lists them)")
# Said once too: a plan of another council that prints no name is otherwise filed under the default profile's council.
DEFAULT_COUNCIL = ("{} given the default profile's council: for another council's plan, ingest it again with that "
                   "council's profile, --profile FILE or a built-in NAME, or name its council in --manifest FILE.csv")
FOLD_AFTER = 3  # documents of one council and source named a line each; more share one line
NAMED_WHEN_FOLDED = 3  # of those, named on the shared line before `and N more`


def say_councils(documents: Sequence[DocumentResult], verbose: bool) -> None:
    """Where each document's council came from, if not from its own text (COUNCIL_FROM): a line a document, or one a
    council and source for more than FOLD_AFTER of them unless `verbose`; then once for the run how to name those
    given the default profile's council or none (DEFAULT_COUNCIL, UNKNOWN_COUNCIL)."""
    groups: dict[str, list[str]] = {}
    for result in documents:
        if result.council_from != "document":
            groups.setdefault(COUNCIL_FROM[result.council_from].format(result.council), []).append(
                Path(result.source).name)
    for said, names in groups.items():
        if verbose or len(names) <= FOLD_AFTER:
            for name in names:
                say(f"{name}: {said}")
        else:
            shown = ", ".join(names[:NAMED_WHEN_FOLDED])
            say(f"{counted(len(names), 'document')}: {said}: {shown} and {len(names) - NAMED_WHEN_FOLDED} more "
                "(-v names each)")
    for council_from, advice in (("default_profile", DEFAULT_COUNCIL), ("none", UNKNOWN_COUNCIL)):
        if count := sum(result.council_from == council_from for result in documents):
            say(advice.format(counted(count, "document")))
