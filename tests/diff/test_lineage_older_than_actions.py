"""A revision ingested again by a newer version that reads its actions' words otherwise has a lineage older than its
actions: `diff` from it names that, and which diff to run again first, instead of starting their keys again silently.

Maidstone's governance action plan (samples/other_councils/), 2013/14 as `2014-03` and 2014-15 as `2014-11`, ingested
and diffed by a version that read each action's words otherwise (here: hashed with words it no longer reads, so every
action has another id); 2014-15 then ingested again by this version (the same bytes: its document id and its
lineage from 2014-03 kept, its action ids new) and 2015-16 ingested as `2016-03`. Checked by hand against the pages:
the governance issue (`Embedding Corporate Governance ...`) is printed in all three, so its first id is 2013/14's;
2014-15's two issues are printed again in 2015-16, and `Communication and Engagement ...` is new there.
"""

from __future__ import annotations

import json

import pytest
from council_actions.parsers import action_ids as id_rules

from council_actions.cli import main
from tests.diff.real_sources import OTHER, ingest_by_cli

GOVERNANCE = "action-4e76377c907d"  # 2014-15's and 2015-16's id of the governance issue, as this version reads it


def _diff(capsys, out, *given):
    capsys.readouterr()
    assert main(["diff", str(out), *given, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def reingested(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    with monkeypatch.context() as before:
        split = id_rules.split_update_notes
        before.setattr(id_rules, "split_update_notes", lambda text: split(f"{text} as read before"))
        ingest_by_cli(out, "maidstone_ags_2013_14.txt", "2014-03")
        ingest_by_cli(out, "maidstone_ags_2014_15.txt", "2014-11")
        first = _diff(capsys, out)
    ingest_by_cli(out, "maidstone_ags_2014_15.txt", "2014-11")
    ingest_by_cli(out, "maidstone_ags_2015_16.txt", "2016-03")
    governance = [r["action_key"] for d in first["documents"] for r in d["action_lineage"] if r["match"] == "same"]
    return out, governance[0]


def test_the_diff_from_a_revision_whose_lineage_is_older_names_it(reingested, capsys):
    out, first_key = reingested
    assert first_key.startswith("action-") and first_key != GOVERNANCE  # 2013/14's id, as the earlier version read it
    report = _diff(capsys, out)
    assert report["lineage_notes"] == [
        "revision 2014-11, maidstone_ags_2014_15.txt: 2 actions not in the action_lineage written by the diff from "
        "2014-03 (ingested since that diff): their action_key starts again at 2014-11; run diff --from "
        "2014-03 --to 2014-11, then this diff again"]
    keys = {r["action_id"]: r["action_key"] for d in report["documents"] for r in d["action_lineage"]}
    assert keys[GOVERNANCE] == GOVERNANCE  # started again: what the note warns of
    capsys.readouterr()
    assert main(["diff", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == f"note: {report['lineage_notes'][0]}"


def test_diffing_again_in_order_carries_the_first_key_and_no_note(reingested, capsys):
    out, first_key = reingested
    assert _diff(capsys, out, "--from", "2014-03", "--to", "2014-11")["lineage_notes"] == []
    report = _diff(capsys, out)
    assert report["lineage_notes"] == []
    keys = {r["action_id"]: r["action_key"] for d in report["documents"] for r in d["action_lineage"]}
    assert keys[GOVERNANCE] == first_key


def test_a_corrected_file_ingested_into_a_diffed_revision_is_named_too(tmp_path, capsys):
    """2014-11 holds the governance plan and the council's scrutiny recommendations of January 2014
    (maidstone_scraip_2014.txt), and is diffed from 2014-03; the plan is then ingested again from its browser copy
    (other bytes, `--source-name` the plan's), which replaces it and the diff's rows of it: the scrutiny page's
    lineage stays, the plan's two actions have none."""
    out = tmp_path / "out"
    ingest_by_cli(out, "maidstone_ags_2013_14.txt", "2014-03")
    assert main(["ingest", str(OTHER / "maidstone_ags_2014_15.txt"), str(OTHER / "maidstone_scraip_2014.txt"),
                 "--out", str(out), "--revision", "2014-11", "--profile", "maidstone", "--jobs", "1", "-q"]) == 0
    assert _diff(capsys, out)["lineage_notes"] == []
    assert main(["ingest", str(OTHER / "maidstone_ags_2014_15_browser_copy.txt"), "--source-name",
                 "maidstone_ags_2014_15.txt", "--out", str(out), "--revision", "2014-11", "--profile", "maidstone",
                 "--jobs", "1", "-q"]) == 0
    ingest_by_cli(out, "maidstone_ags_2015_16.txt", "2016-03")
    assert _diff(capsys, out)["lineage_notes"] == [
        "revision 2014-11, maidstone_ags_2014_15.txt: 2 actions not in the action_lineage written by the diff from "
        "2014-03 (ingested since that diff): their action_key starts again at 2014-11; run diff --from 2014-03 --to "
        "2014-11, then this diff again"]


def test_read_table_names_the_lineage_older_than_its_actions_too(reingested, capsys):
    """The note `diff` prints (diff/lineage_state.py decides for both), where the lineage is read, with what to run
    after: the rows are printed as they are, the note on stderr."""
    out, _ = reingested
    capsys.readouterr()
    assert main(["read-table", str(out), "action_lineage", "--revision", "2014-11", "--csv"]) == 0
    printed = capsys.readouterr()
    assert len(printed.out.splitlines()) == 4  # the header, 2013/14's issue removed, the governance issue, one added
    assert printed.err.splitlines() == [
        "council-actions: note: revision 2014-11, maidstone_ags_2014_15.txt: 2 actions not in the action_lineage "
        "written by the diff from 2014-03 (ingested since that diff): their action_key starts again at 2014-11; run "
        "diff --from 2014-03 --to 2014-11, then each diff after it again, in order"]
