"""What `council_not_printed` tells a data team to give: a council's profile (--profile), or, in a national run of
many councils' files where no one profile fits, the file's council in the manifest (ingest --manifest), which
tests/parsers/test_council_name.py's `given` rule takes. --profile alone would not help a national run."""

from __future__ import annotations

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SCRAIP = ROOT / "samples" / "other_councils" / "maidstone_scraip_2014.txt"


def test_council_not_printed_names_the_profile_and_the_manifest():
    """Maidstone's 2014 SCRAIP prints no council name, and the default (Runnymede) profile claims none for it."""
    issue = next(i for i in process(SCRAIP, load_profile()).parsed.issues if i.code == "council_not_printed")
    assert issue.message == ("no council name is printed in the document's title lines and the runnymede profile "
                             "names none for this layout; documents.council is left empty (give --profile, or the "
                             "file's council in --manifest)")
    assert (issue.raw_text, issue.span.line_start) == ("", 1)
