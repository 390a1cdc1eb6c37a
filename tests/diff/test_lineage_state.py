"""A chain of lineage with a hole, past a revision, or diffed out of order: `diff` from it and `read-table
action_lineage` of it say so, both asking diff/lineage_state.py (its LINEAGE_RULES, `behind` tested in
tests/diff/test_lineage_older_than_actions.py, and skipped_note).

Real revisions, checked by hand:
- Maidstone's governance action plan, 2013/14 (`2014-03`), 2014-15 (`2014-11`) and 2015-16 (`2016-03`), the pair
  2014-03 -> 2014-11 skipped: 2014-15 pairs with 2013/14 by the governance issue both print (`Embedding Corporate
  Governance ...`), the one plan of 2014-03, so the diff from 2014-11 names that hole and the diff to run; the diff
  from 2014-03 straight to 2016-03 names 2014-11, which prints that issue and the Information Management action
  2015-16 prints again, as the revision it skips. Once that
  diff is run the chain is whole: the governance issue is worded the same in all three (one id throughout), and the
  Information Management action is new in 2014-15 and printed the same in 2015-16, so no key was wrong after all.
- The sample plan and its revisions 2 and 3 (tests/fixtures/revisions/, the folder docs/output.md's commands write), diffed 2025-01 ->
  2025-06 first and 2024-08 -> 2025-01 after: 16 actions are edited from 2024-08 to 2025-01 and one (C008 to C007) is
  moved word for word, so 17 actions of 2025-06 carry 2025-01's id as their key where 2024-08's is the chain's; every
  one of the 17 is paired again in 2025-06 (counted from the two lineage tables' CSV).
"""

from __future__ import annotations

import json

import pytest
from council_actions.diff.lineage_state import LINEAGE_RULES

from council_actions.cli import main
from tests.diff.conftest import R1, R2, R3, SOURCES, ingest_revisions
from tests.diff.real_sources import ingest_by_cli

AGS = {"2014-03": "maidstone_ags_2013_14.txt", "2014-11": "maidstone_ags_2014_15.txt",
       "2016-03": "maidstone_ags_2015_16.txt"}
HOLE = ("revision 2014-11 holds no action_lineage: no diff was run into it from 2014-03, which holds its plan "
        "(maidstone_ags_2013_14.txt), so its actions' action_key starts again at 2014-11; run diff --from 2014-03 "
        "--to 2014-11, ")
READ_TAIL = "then each diff after it again, in order"
RULES_TESTED = {"missing": "test_a_skipped_pair_is_named_by_diff_and_read_table",
                "behind": "tests/diff/test_lineage_older_than_actions.py",
                "out_of_step": "test_lineage_diffed_out_of_order_is_named_where_it_is_read"}


def _notes(capsys, *command: str) -> tuple[str, list[str]]:
    capsys.readouterr()
    assert main(list(command)) == 0
    captured = capsys.readouterr()
    return captured.out, [line.removeprefix("council-actions: note: ") for line in captured.err.splitlines()]


@pytest.fixture
def skipped(tmp_path):
    out = tmp_path / "out"
    for revision, name in AGS.items():
        ingest_by_cli(out, name, revision)
    return out


def test_a_skipped_pair_is_named_by_diff_and_read_table(skipped, capsys):
    out = str(skipped)
    report, _ = _notes(capsys, "diff", out, "--from", "2014-11", "--to", "2016-03", "--json")
    assert json.loads(report)["lineage_notes"] == [HOLE + "then this diff again"]
    for revision in ("2016-03", "*"):
        rows, notes = _notes(capsys, "read-table", out, "action_lineage", "--revision", revision, "--csv")
        assert notes == [HOLE + READ_TAIL]
        assert len(rows.splitlines()) == 4  # the rows are printed as before: header and 2015-16's three actions
    assert _notes(capsys, "revisions", out)[0].splitlines() == [  # the hole, seen
        "revision  revision_date  diffed_from", "2014-03   2014-03-01", "2014-11   2014-11-01",
        "2016-03   2016-03-01     2014-11"]
    _notes(capsys, "diff", out, "--from", "2014-03", "--to", "2014-11")
    assert json.loads(_notes(capsys, "revisions", out, "--json")[0])["diffed_from"] == {
        "2014-03": None, "2014-11": "2014-03", "2016-03": "2014-11"}
    assert _notes(capsys, "read-table", out, "action_lineage", "--revision", "*", "--csv")[1] == []
    assert json.loads(_notes(capsys, "diff", out, "--json")[0])["lineage_notes"] == []
    cut = next((skipped / "action_lineage" / "2016-03").glob("*.parquet"))  # a disk that filled
    cut.write_bytes(cut.read_bytes()[:100])
    assert main(["revisions", out]) == 1
    assert capsys.readouterr().err.startswith(f"council-actions: error: {cut}: cannot read table (")


def test_a_diff_past_a_revision_holding_the_plan_names_it(skipped, capsys):
    """`--from` two publications back: 2014-11, between, prints the same plan, so the lineage written runs past it."""
    out = str(skipped)
    past = ("revision 2014-11, between 2014-03 and 2016-03, holds its plan too (maidstone_ags_2014_15.txt): the diff "
            "from 2014-03 to 2016-03 skips it, so the action_lineage of 2016-03 runs from 2014-03 past it; to follow "
            "the plan revision by revision, run diff --from 2014-11 --to 2016-03 instead")
    report, _ = _notes(capsys, "diff", out, "--from", "2014-03", "--to", "2016-03", "--json")
    assert json.loads(report)["lineage_notes"] == [past]
    assert _notes(capsys, "read-table", out, "action_lineage", "--csv")[1] == [past]
    report, _ = _notes(capsys, "diff", out, "--from", "2014-11", "--to", "2016-03", "--json")
    assert json.loads(report)["lineage_notes"] == [HOLE + "then this diff again"]  # no revision between


def test_lineage_diffed_out_of_order_is_named_where_it_is_read(tmp_path, profile, capsys):
    out = tmp_path / "out"
    ingest_revisions(out, profile, SOURCES)
    _notes(capsys, "diff", str(out), "--from", R2, "--to", R3)
    report, _ = _notes(capsys, "diff", str(out), "--from", R1, "--to", R2, "--json")
    step = (f"revision {R3}: 17 actions whose action_key is not the one the action_lineage of {R2} carries on (that "
            f"lineage written, or written again, after the diff from {R2} to {R3}); run diff --from {R2} --to {R3}, ")
    assert json.loads(report)["lineage_notes"] == [step + READ_TAIL]  # said by the diff that made it so
    assert _notes(capsys, "read-table", str(out), "action_lineage", "--json")[1] == [step + READ_TAIL]
    assert _notes(capsys, "read-table", str(out), "action_lineage", "--revision", R2, "--json")[1] == []
    _notes(capsys, "diff", str(out), "--from", R2, "--to", R3)
    assert _notes(capsys, "read-table", str(out), "action_lineage", "--revision", "*", "--json")[1] == []
    report, _ = _notes(capsys, "diff", str(out), "--from", R1, "--to", R2, "--json")  # again, in order: in step
    assert json.loads(report)["lineage_notes"] == []


def test_every_rule_has_a_real_case():
    assert [name for name, _ in LINEAGE_RULES] == list(RULES_TESTED)
