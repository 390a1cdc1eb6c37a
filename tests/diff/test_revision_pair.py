"""Revision 2 of the seed plan against the sample: every edit the script made is found, and nothing else."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from council_actions.diff import KIND_ORDER, diff
from council_actions.output.schema import schema

from tests.diff.conftest import R1, R2, R3, REVISIONS_DIR
from tests.fixtures.revisions import edits
from tests.fixtures.revisions import make_revisions as script
from tests.output.test_contract import check_contract

GOLDEN = REVISIONS_DIR / "changes_r1_r2.json"
# The seed plan prints no status column (its completions are timelines reading `complete`: status_completed), so
# no edit of it can change a printed status: status_changed is shown on a real pair, Maidstone's climate action plan
# of 2020 and its 2022 status appendix (tests/diff/test_real_revisions.py).
# Nor does an edit reopen a completed action: revision 2 diffed back into the seed reopens its 15 completions
# (tests/diff/test_reopened.py).
SEED_KINDS = tuple(kind for kind in KIND_ORDER if kind not in ("status_changed", "status_reopened"))
LINEAGE_GOLDEN = REVISIONS_DIR / "lineage_r1_r2.json"
GOLDEN_COLUMNS = ("change", "theme_no", "element_id", "action_id", "previous_action_id", "field", "before", "after",
                  "line_start", "line_end", "previous_line_start", "previous_line_end")
LINEAGE_COLUMNS = ("match", "element_id", "previous_element_id", "action_id", "previous_action_id", "action_key",
                   "similarity", "line_start", "previous_line_start")


def table(out: Path, name: str, revision: str) -> list[dict]:
    return pq.read_table(out / name / revision).to_pylist()


def test_the_committed_revisions_are_what_the_script_makes():
    r2, r3 = script.make()
    assert (REVISIONS_DIR / "plan_r2.txt").read_text(encoding="utf-8") == r2
    assert (REVISIONS_DIR / "plan_r3.txt").read_text(encoding="utf-8") == r3


def test_the_script_makes_at_least_15_edits_of_every_kind_over_four_themes(plan):
    kinds = edits.expected_kinds(script.R2)
    assert set(kinds) == set(SEED_KINDS)
    assert all(kinds[k] >= 15 for k in SEED_KINDS)
    themes = {e.element_id: e.theme_no for e in plan.elements}
    for kind in SEED_KINDS:
        elements = {element for k, element in _expected(plan) if k == kind}
        # an added element is in no theme of the sample: its id's prefix names the theme
        assert len({themes.get(e, e.rstrip("0123456789")) for e in elements}) >= 4, kind


def _element_at(plan, line: int) -> str:
    """The element whose row holds a line of the sample (its actions' spans, else its own)."""
    for action in plan.actions:
        if action.span.line_start <= line <= action.span.line_end:
            return action.element_id
    return next(e.element_id for e in plan.elements if e.span.line_start <= line <= e.span.line_end)


def _expected(plan) -> Counter:
    """(kind, element) for every edit of the script, located through the sample's own rows."""
    found: Counter = Counter()
    for edit in script.R2:
        if isinstance(edit, edits.Insert):
            element = edit.cells[1].split(":")[0] if 1 in edit.cells else _element_at(plan, edit.after)
        elif isinstance(edit, edits.Delete):
            element = edit.heatmap[1]
        else:
            element = _element_at(plan, edit.line if isinstance(edit, edits.Cell) else edit.lines[0])
        found.update((kind, element) for kind in edit.kinds)
    return found


def test_changes_are_exactly_the_edits(revisions_out, plan):
    out, _result, _ = revisions_out
    rows = table(out, "changes", R2)
    assert Counter((r["change"], r["element_id"]) for r in rows) == _expected(plan)


def test_changes_rows_match_the_golden_file(revisions_out):
    out, _, _ = revisions_out
    rows = [{c: r[c] for c in GOLDEN_COLUMNS} for r in table(out, "changes", R2)]
    assert rows == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_a_completion_is_not_also_a_deadline_move_and_a_note_is_not_an_edit(revisions_out):
    out, _, _ = revisions_out
    rows = table(out, "changes", R2)
    by_action: dict[str, set[str]] = {}
    for r in rows:
        by_action.setdefault(r["action_id"], set()).add(r["change"])
    assert not any({"status_completed", "deadline_moved"} <= kinds for kinds in by_action.values())
    updates = [r for r in rows if r["change"] == "update_added"]
    edited = {r["action_id"] for r in rows if r["change"] == "action_edited"}
    kept = [r for r in updates if r["action_id"] not in edited]
    assert len(updates) == 16 and len(kept) == 13 and all(r["action_id"] == r["previous_action_id"] for r in kept)
    assert all(r["after"].startswith("Update 10/2/25:") for r in updates)


def test_scores_say_their_direction(revisions_out):
    out, _, _ = revisions_out
    scores = {r["element_id"]: r for r in table(out, "changes", R2) if r["change"] == "score_changed"}
    assert (scores["CI007"]["before"], scores["CI007"]["after"]) == ("yellow", "amber")
    assert scores["CI007"]["score_rank"] > scores["CI007"]["previous_score_rank"]  # dropped
    assert scores["G004"]["score_rank"] < scores["G004"]["previous_score_rank"]  # improved


def test_every_action_is_followed(revisions_out):
    out, _, _ = revisions_out
    lineage = table(out, "action_lineage", R2)
    assert Counter(r["match"] for r in lineage) == {"same": 55, "edited": 16, "added": 30, "removed": 23}
    changes = table(out, "changes", R2)
    for match, kind in (("edited", "action_edited"), ("added", "action_added"), ("removed", "action_removed")):
        assert {(r["action_id"], r["previous_action_id"]) for r in changes if r["change"] == kind} == \
            {(r["action_id"], r["previous_action_id"]) for r in lineage if r["match"] == match}, match
    assert all(r["similarity"] >= 65 for r in lineage if r["match"] == "edited")
    earlier = {r["action_id"] for r in table(out, "actions", R1)}
    later = {r["action_id"] for r in table(out, "actions", R2)}
    assert {r["previous_action_id"] for r in lineage if r["previous_action_id"]} == earlier
    assert {r["action_id"] for r in lineage if r["action_id"]} == later


def test_lineage_rows_match_the_golden_file(revisions_out):
    out, _, _ = revisions_out
    rows = [{c: r[c] for c in LINEAGE_COLUMNS} for r in table(out, "action_lineage", R2)]
    assert rows == json.loads(LINEAGE_GOLDEN.read_text(encoding="utf-8"))


def test_action_key_follows_an_action_through_three_revisions(revisions_out):
    out, _, _ = revisions_out
    third = [r for r in table(out, "action_lineage", R3) if r["match"] != "same"]
    assert Counter(r["match"] for r in third) == {"edited": 1, "removed": 1}
    edited = next(r for r in third if r["match"] == "edited")
    first = next(r for r in table(out, "actions", R1) if r["action_id"] == edited["action_key"])
    assert first["action"].startswith("Briefing session on the Risk Management System")
    assert edited["previous_action_id"] != edited["action_key"]  # edited in revision 2 as well


def test_the_same_two_revisions_give_byte_identical_tables(revisions_out):
    out, _, _ = revisions_out
    files = sorted((out / "changes" / R2).glob("*.parquet")) + sorted((out / "action_lineage" / R2).glob("*.parquet"))
    before = [f.read_bytes() for f in files]
    diff(out, R1, R2)
    assert [f.read_bytes() for f in files] == before


@pytest.mark.parametrize("table_name", ["changes", "action_lineage"])
def test_diff_tables_follow_the_contract(revisions_out, table_name):
    out, _, _ = revisions_out
    assert pq.read_schema(next((out / table_name / R2).glob("*.parquet"))).remove_metadata() == schema(table_name)
    check_contract(out, json.loads((out / "_schema.json").read_text(encoding="utf-8")), table_name)


def test_an_action_moved_to_another_element_is_followed_and_is_no_change(revisions_out):
    out, _, _ = revisions_out
    moved = [r for r in table(out, "action_lineage", R2) if r["previous_element_id"] not in (None, r["element_id"])]
    assert [(r["previous_element_id"], r["element_id"], r["match"], r["action_key"] == r["previous_action_id"])
            for r in moved] == [("C008", "C007", "same", True)]
    changes = table(out, "changes", R2)
    assert not [c for c in changes if moved[0]["action_id"] in (c["action_id"], c["previous_action_id"])]
