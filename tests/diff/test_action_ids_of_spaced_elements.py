"""An action's id carries its element id in a form a command line and a spreadsheet take whole: `CIP_002.01-...`.

Maidstone's Corporate Improvement Plan (samples/other_councils/), its performance system's codes printed with a space
(`CIP 002.01`): its ongoing actions of 2010 then its completed actions of 2011, ingested by a data team one revision
at a time into one folder, the tool upgraded between them. Earlier versions wrote the element id into the action id
as printed, `CIP 002.01-1163f4d02a1f`: two words to a shell (`grep CIP 002.01-...` searches a file of that name), and
a cell with a space a spreadsheet's users retype. Every run of characters but letters, digits, `_` and `.` is one `_`
now (parsers/action_ids.ELEMENT_IN_ID); the digest is kept, so the revision ingested before the change pairs with the
one after it, each action with its earlier self, and a verdict given on the earlier id finds its row.

Checked by hand against both pages: 2010 prints CIP 002.01, 003.01, 003.02 and 003.03 (lines 71, 115, 125, 135),
2011 prints those four again (lines 56, 85, 95, 104), their words the same, and CIP 001.01 and 001.02 first (21, 30).
"""

from __future__ import annotations

import csv
import json
import subprocess

import pytest
from council_actions.parsers import action_ids as id_rules
from council_actions.review import build_review
from council_actions.review.verdicts import current_key

from council_actions.cli import main
from tests.diff.real_sources import action_ids, ingest_by_cli

DIGESTS = {"CIP 001.01": "b4a32fc3165c", "CIP 001.02": "3a0602e20dcf", "CIP 002.01": "1163f4d02a1f",
           "CIP 003.01": "7f40ca468167", "CIP 003.02": "c4c9898ce756", "CIP 003.03": "e1ddc8e5efa9"}
EARLIER, LATER = "maidstone_corporate_improvement_plan_2010.txt", "maidstone_corporate_improvement_plan_2011_completed.txt"


@pytest.fixture
def upgraded(tmp_path, monkeypatch):
    """2010 ingested by the version before (the element id as printed in the id), 2011 by this one."""
    out = tmp_path / "out"
    with monkeypatch.context() as before:
        before.setattr(id_rules, "element_in_id", lambda element_id: element_id or id_rules.NO_ELEMENT)
        ingest_by_cli(out, EARLIER, "2010-06")
    ingest_by_cli(out, LATER, "2011-06")
    return out


def test_an_element_id_with_a_space_is_one_word_in_its_actions_ids(tmp_path, capsys):
    out = tmp_path / "out"
    ingest_by_cli(out, LATER, "2011-06")
    assert action_ids(out, "2011-06") == [f"{code.replace(' ', '_')}-{digest}" for code, digest in DIGESTS.items()]
    capsys.readouterr()
    assert main(["read-table", str(out), "actions", "--csv"]) == 0
    table = capsys.readouterr().out
    rows = list(csv.DictReader(table.splitlines()))
    assert [(r["element_id"], r["action_id"]) for r in rows][:2] == [("CIP 001.01", "CIP_001.01-b4a32fc3165c"),
                                                                     ("CIP 001.02", "CIP_001.02-3a0602e20dcf")]
    found = subprocess.run(["grep", "-c", "CIP_003.02-c4c9898ce756"], input=table, capture_output=True, text=True)
    assert (found.returncode, found.stdout) == (0, "1\n")


def test_revisions_ingested_before_and_after_the_change_pair_by_their_words(upgraded, capsys):
    assert action_ids(upgraded, "2010-06") == [f"{code}-{DIGESTS[code]}" for code in
                                         ("CIP 002.01", "CIP 003.01", "CIP 003.02", "CIP 003.03")]
    capsys.readouterr()
    assert main(["diff", str(upgraded), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    lineage = [(r["action_id"], r["previous_action_id"], r["action_key"], r["match"])
               for d in report["documents"] for r in d["action_lineage"]]
    new = {code: f"{code.replace(' ', '_')}-{digest}" for code, digest in DIGESTS.items()}
    old = {code: f"{code}-{digest}" for code, digest in DIGESTS.items()}
    assert lineage == [(new["CIP 001.01"], None, new["CIP 001.01"], "added"),
                       (new["CIP 001.02"], None, new["CIP 001.02"], "added"),
                       *((new[c], old[c], old[c], "same") for c in ("CIP 002.01", "CIP 003.01", "CIP 003.02",
                                                                     "CIP 003.03"))]
    assert report["counts"]["action_added"] == 2 and report["counts"]["action_removed"] == 0


def test_a_verdict_given_on_the_earlier_id_finds_its_row(upgraded, tmp_path):
    verdicts = tmp_path / "verdicts.csv"
    with verdicts.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["row_key", "verdict", "comment", "time", "document", "source_digest"])
        writer.writerow(["action:CIP 003.01-7f40ca468167", "checked", "Tina Edwards", "2011-07-01T10:00:00.000Z", "",
                         ""])
    build_review(upgraded, tmp_path / "site", revision="2011-06", verdicts=verdicts)
    html = next((tmp_path / "site").glob("maidstone_corporate_improvement_plan_2011_completed-*.html")).read_text(
        encoding="utf-8")
    assert '"action:CIP_003.01-7f40ca468167": {' in html and 'class="orphans"' not in html


# (an id or a review's row key as written, as it reads now)
CURRENT_FORMS = [
    ("CIP 002.01-1163f4d02a1f", "CIP_002.01-1163f4d02a1f"),
    ("CIP 002.01-1163f4d02a1f-2", "CIP_002.01-1163f4d02a1f-2"),  # the same words twice under one element
    ("CIP_002.01-1163f4d02a1f", "CIP_002.01-1163f4d02a1f"),
    ("2,3,4-0f7975971b70", "2_3_4-0f7975971b70"),
    ("1. Climate change-c3e2f5ee4e07", "1_Climate_change-c3e2f5ee4e07"),
    ("FOI Timescales - Service Engagement-16b55ff33c42", "FOI_Timescales_Service-16b55ff33c42"),  # a heading: cut
    ("CI001-3b5f65c1f499", "CI001-3b5f65c1f499"),
]


@pytest.mark.parametrize(("written", "now"), CURRENT_FORMS)
def test_an_id_as_an_earlier_version_wrote_it_reads_in_its_current_form(written, now):
    assert id_rules.current_action_id(written) == now
    assert current_key(f"action:{written}") == f"action:{now}"
    assert current_key(f"element:{written}") == f"element:{written}"
