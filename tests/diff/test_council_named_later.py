"""A plan first ingested with no profile that names its council, then under the council's own profile: its council is
unknown in the first revision and named in the next, and it is still one source, so the two pair (diff/pairing.py's
`_same_council`). Before, every action read as removed and added again, and `action_key` started again: what a data
team that writes its council's profile after the first revisions would meet.

Maidstone's governance action plan 2014-15 prints no council (samples/other_councils/SOURCES.md); its 2015-16 page is
read under `--profile maidstone`, under the 2014-15 file's source name. The changes expected are those
docs/revisions.md lists for the pair, checked by hand against both pages (tests/diff/test_real_revisions.py)."""

from collections import Counter

import pytest
from council_actions.diff import DiffError

import council_actions
from tests.conftest import SAMPLES

EARLIER = SAMPLES / "other_councils" / "maidstone_ags_2014_15.txt"
LATER = SAMPLES / "other_councils" / "maidstone_ags_2015_16.txt"


def test_a_council_named_only_in_the_later_revision_still_pairs(tmp_path):
    out = tmp_path / "out"
    council_actions.ingest([EARLIER], out, revision="2014-11")
    council_actions.ingest([LATER], out, revision="2015-11", profile="maidstone", source_name=EARLIER.name)
    documents = council_actions.read_table(out, "documents", revision="*")
    assert list(zip(documents.revision, documents.council.fillna("(none)"), strict=True)) == [
        ("2014-11", "(none)"), ("2015-11", "Maidstone Borough Council")]
    result = council_actions.diff(out, "2014-11", "2015-11")
    assert result.unpaired == ()
    changes = council_actions.read_table(out, "changes")
    # the first issue's By When "the next eighteen months" (due 30 April 2016 from the label's date) to "Actions
    # completed as timetabled throughout 2015-16" (31 March 2016); both issues' Action Update cells rewritten; the
    # third issue new ("Communication and Engagement of the New Strategic Plan")
    assert Counter(changes.change) == {"deadline_moved": 1, "update_added": 2, "action_added": 1}
    assert changes.query("change == 'deadline_moved'")[["before", "after"]].values.tolist() == [["2016-04-30",
                                                                                                 "2016-03-31"]]
    lineage = council_actions.read_table(out, "action_lineage")
    assert Counter(lineage["match"]) == {"same": 2, "added": 1}


def test_an_unknown_council_pairs_by_its_source_name_only(tmp_path):
    out = tmp_path / "out"
    council_actions.ingest([EARLIER], out, revision="2014-11")
    council_actions.ingest([LATER], out, revision="2015-11", profile="maidstone")  # its own name: another source
    with pytest.raises(DiffError, match="have no documents of the same council and kind"):
        council_actions.diff(out, "2014-11", "2015-11")
