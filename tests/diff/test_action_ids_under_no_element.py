"""The id of an action under no element id (most plans print none): `action-` and its digest, never a leading `-`.

Maidstone's governance action plan, 2013/14, 2014-15 and 2015-16 (samples/other_councils/), ingested by a data team
one revision at a time into one folder, the tool upgraded between them. Earlier versions wrote such an id as
`-2dec3e71d7f5`: `grep -2dec3e71d7f5` reads it as options, a spreadsheet opening `read-table --csv` as a formula, and
the diff's summary lines opened like a diff's removed lines. The digest is kept, so each action reads the same twelve
characters in both forms; the folder keeps the ids it was written with, and the revisions ingested before the change
(its ids made as they were, NO_ELEMENT empty) still pair with those after it, each action with its earlier self.

Checked by hand against the three pages: both 2014-15 issues (`Implementation of the Information Management Action
Plan`, `Embedding Corporate Governance ...`) are printed again in 2015-16, `Communication and Engagement of the New
Strategic Plan` first there; 2013/14's review of information management is not printed in 2014-15.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess

import pyarrow.parquet as pq
import pytest
from council_actions.parsers import action_ids as id_rules
from council_actions.review import build_review
from council_actions.review.verdicts import current_key

from council_actions.cli import main
from tests.diff.real_sources import action_ids, ingest_by_cli

INFORMATION, GOVERNANCE, ENGAGEMENT = "2dec3e71d7f5", "4e76377c907d", "6b5ae5c654a1"  # each action's digest
REVIEW_DATA = re.compile(r'<script type="application/json" id="review-data">(.*?)</script>', re.S)
REVIEW = "b1f36e236305"  # 2013/14's review of information management, not printed again


@pytest.fixture
def upgraded(tmp_path, monkeypatch):
    """2013/14 and 2014-15 ingested and diffed by the version before (its ids `-` and the digest), 2015-16 by this."""
    out = tmp_path / "out"
    with monkeypatch.context() as before:
        before.setattr(id_rules, "NO_ELEMENT", "")
        ingest_by_cli(out, "maidstone_ags_2013_14.txt", "2014-03")
        ingest_by_cli(out, "maidstone_ags_2014_15.txt", "2014-11")
        assert main(["diff", str(out)]) == 0
    ingest_by_cli(out, "maidstone_ags_2015_16.txt", "2016-03")
    return out


def test_an_action_under_no_element_is_keyed_action_and_its_digest(tmp_path, capsys):
    out = tmp_path / "out"
    ingest_by_cli(out, "maidstone_ags_2015_16.txt", "2016-03")
    assert action_ids(out, "2016-03") == [f"action-{INFORMATION}", f"action-{GOVERNANCE}", f"action-{ENGAGEMENT}"]
    capsys.readouterr()
    assert main(["read-table", str(out), "actions", "--csv"]) == 0
    table = capsys.readouterr().out
    assert [row["action_id"] for row in csv.DictReader(table.splitlines())] == action_ids(out, "2016-03")
    found = subprocess.run(["grep", "-c", f"action-{GOVERNANCE}"], input=table, capture_output=True, text=True)
    assert (found.returncode, found.stdout) == (0, "1\n")  # taken as a pattern: `-4e76377c907d` was options


def test_revisions_ingested_before_and_after_the_change_pair_by_their_words(upgraded, capsys):
    assert action_ids(upgraded, "2014-11") == [f"-{INFORMATION}", f"-{GOVERNANCE}"]  # as the folder was written
    capsys.readouterr()
    assert main(["diff", str(upgraded), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    lineage = [(r["action_id"], r["previous_action_id"], r["action_key"], r["match"])
               for d in report["documents"] for r in d["action_lineage"]]
    assert lineage == [(f"action-{INFORMATION}", f"-{INFORMATION}", f"-{INFORMATION}", "same"),
                       (f"action-{GOVERNANCE}", f"-{GOVERNANCE}", f"-{GOVERNANCE}", "same"),
                       (f"action-{ENGAGEMENT}", None, f"action-{ENGAGEMENT}", "added")]
    changes = [(c["change"], c["action_id"], c["previous_action_id"]) for d in report["documents"]
               for c in d["changes"]]
    assert changes == [("deadline_moved", f"action-{INFORMATION}", f"-{INFORMATION}"),
                       ("update_added", f"action-{INFORMATION}", f"-{INFORMATION}"),
                       ("update_added", f"action-{GOVERNANCE}", f"-{GOVERNANCE}"),
                       ("action_added", f"action-{ENGAGEMENT}", None)]
    # 2014-11's own lineage, written before the change, is left as it was: 2013/14's review removed
    removed = pq.read_table(upgraded / "action_lineage" / "2014-11").to_pylist()
    assert [(r["previous_action_id"], r["match"]) for r in removed if r["match"] == "removed"] == [(f"-{REVIEW}",
                                                                                                   "removed")]


def test_a_verdict_given_on_the_earlier_id_finds_its_row(upgraded, tmp_path):
    """An auditor's verdicts exported from a review of 2014-11 (ids as written then), read back on 2016-03."""
    verdicts = tmp_path / "verdicts.csv"
    with verdicts.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["row_key", "verdict", "comment", "time", "document", "source_digest"])
        writer.writerow([f"action:-{GOVERNANCE}", "checked", "owner as printed", "2015-01-05T10:00:00.000Z", "", ""])
        writer.writerow([f"action:-{REVIEW}", "checked", "", "2015-01-05T10:01:00.000Z", "", ""])
    build_review(upgraded, tmp_path / "site", revision="2016-03", verdicts=verdicts)
    html = next((tmp_path / "site").glob("maidstone_ags_2015_16-*.html")).read_text(encoding="utf-8")
    imported = json.loads(REVIEW_DATA.search(html)[1])["imported"]
    assert list(imported) == [f"action:action-{GOVERNANCE}"]
    assert imported[f"action:action-{GOVERNANCE}"]["comment"] == "owner as printed"
    orphans = re.findall(r"<li><code>([^<]+)</code>", html.split('class="orphans"')[1])
    assert orphans == [f"action:-{REVIEW}"]  # its action is not in 2015-16: listed as gone


def test_a_revision_ingested_again_after_the_change_keeps_its_actions_keys(upgraded, capsys):
    """2014-11 ingested again by this version (the same file: its actions now `action-` ids) after its diff from
    2014-03 was written with the earlier ids: 2016-03's lineage still carries the governance issue's key from
    2014-03 (`-4e76377c907d`), not a key started again at 2014-11."""
    ingest_by_cli(upgraded, "maidstone_ags_2014_15.txt", "2014-11")
    assert action_ids(upgraded, "2014-11") == [f"action-{INFORMATION}", f"action-{GOVERNANCE}"]
    capsys.readouterr()
    assert main(["diff", str(upgraded), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(r["action_id"], r["previous_action_id"], r["action_key"], r["match"])
            for d in report["documents"] for r in d["action_lineage"]] == [
        (f"action-{INFORMATION}", f"action-{INFORMATION}", f"-{INFORMATION}", "same"),
        (f"action-{GOVERNANCE}", f"action-{GOVERNANCE}", f"-{GOVERNANCE}", "same"),
        (f"action-{ENGAGEMENT}", None, f"action-{ENGAGEMENT}", "added")]


# (an id or a review's row key as written, as it reads now): the ids of plans that print none, the seed's untouched
CURRENT_FORMS = [
    (f"-{INFORMATION}", f"action-{INFORMATION}"),
    (f"-{INFORMATION}-2", f"action-{INFORMATION}-2"),  # the same words twice under no element: the second
    (f"action-{INFORMATION}", f"action-{INFORMATION}"),
    ("CI001-3b5f65c1f499", "CI001-3b5f65c1f499"),
    (f"-{INFORMATION}0", f"-{INFORMATION}0"),  # thirteen hex digits: no id an earlier version wrote
]


@pytest.mark.parametrize(("written", "now"), CURRENT_FORMS)
def test_an_id_as_an_earlier_version_wrote_it_reads_in_its_current_form(written, now):
    assert id_rules.current_action_id(written) == now
    assert current_key(f"action:{written}") == f"action:{now}"
    assert current_key(f"action:{written}#2") == f"action:{now}#2"  # a row printed twice: its second
    assert current_key(f"element:{written}") == f"element:{written}"
