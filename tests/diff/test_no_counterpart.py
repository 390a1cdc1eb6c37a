"""A document with no counterpart in the other revision: all its rows added or removed, none silently left out;
and a document the later revision was not given at all: named, not listed row by row as removed.

Three revisions through the CLI: the theme 7 page alone, then the page and the plan, then the page alone again
(a revision that re-ingested the page alone). The page pairs with itself each time; the plan is only in the
middle revision.
"""

from __future__ import annotations

import json
from collections import Counter

import pyarrow.parquet as pq
import pytest

from council_actions.cli import main
from tests.conftest import PLAN, ROOT, THEME_7
from tests.output.test_contract import check_contract

REVISIONS = {"2024-01": (THEME_7,), "2024-08": (THEME_7, PLAN), "2025-01": (THEME_7,)}


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("no_counterpart") / "out"
    for revision, paths in REVISIONS.items():
        assert main(["ingest", *map(str, paths), "--out", str(folder), "--revision", revision]) == 0
    return folder


def rows(folder, table: str, revision: str) -> list[dict]:
    return pq.read_table(folder / table / revision).to_pylist()


def the_plan(folder) -> tuple[str, set[str], set[str]]:
    """The plan's document id, element ids (rows and heatmap cells) and action ids, from its own tables."""
    document = next(d for d in rows(folder, "documents", "2024-08") if d["kind"] == "action_plan")
    mine = [r for table in ("elements", "heatmap") for r in rows(folder, table, "2024-08")
            if r["document_id"] == document["document_id"] and not (table == "heatmap" and r["alias_of"])]
    actions = {r["action_id"] for r in rows(folder, "actions", "2024-08") if r["document_id"] == document["document_id"]}
    return document["document_id"], {r["element_id"] for r in mine}, actions


def test_a_document_only_in_the_later_revision_is_all_added(out, capsys):
    assert main(["diff", str(out), "--from", "2024-01", "--to", "2024-08"]) == 0
    summary = capsys.readouterr().out
    plan_id, elements, actions = the_plan(out)
    changes = rows(out, "changes", "2024-08")
    assert {r["document_id"] for r in changes} == {plan_id}  # the page is unchanged: no rows of its own
    assert all(r["previous_document_id"] is None and r["previous_line_start"] is None for r in changes)
    assert Counter(r["change"] for r in changes) == {"element_added": len(elements), "action_added": len(actions)}
    assert {r["element_id"] for r in changes if r["change"] == "element_added"} == elements
    assert {r["action_id"] for r in changes if r["change"] == "action_added"} == actions
    lineage = [r for r in rows(out, "action_lineage", "2024-08") if r["document_id"] == plan_id]
    assert {(r["match"], r["action_id"], r["action_key"], r["previous_action_id"]) for r in lineage} == \
        {("added", a, a, None) for a in actions}
    assert f"{PLAN.name}: only in 2024-08, all added" in summary
    assert "in 1 paired document and 1 with no counterpart" in summary


def test_a_document_not_ingested_into_the_later_revision_is_named_not_removed(out, capsys):
    """2025-01 re-ingested the page alone: the plan's 94 actions were not deleted, so they are not 94
    `action_removed` rows (and lines of the summary) but one line naming the plan, and no rows at all."""
    assert main(["diff", str(out), "--from", "2024-08", "--to", "2025-01"]) == 0
    summary = capsys.readouterr().out
    assert summary.splitlines()[0] == ("changes from 2024-08 to 2025-01: 0 in 1 paired document; "
                                       "1 of 2024-08 not in 2025-01, not compared")
    assert summary.splitlines()[-2:] == [
        "not in 2025-01, not compared (not ingested into it; --absent-as-removed if they were withdrawn): 1 document",
        f"  {PLAN.name}"]
    assert "action_removed    0" in summary and "all removed" not in summary and len(summary.splitlines()) < 20
    assert rows(out, "changes", "2025-01") == [] and not list((out / "changes" / "2025-01").glob("removed-*"))
    assert rows(out, "action_lineage", "2025-01") == []  # the page has no actions, the plan none followed
    assert main(["diff", str(out), "--from", "2024-08", "--to", "2025-01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["absent"], data["unpaired"], data["counts"]["action_removed"]) == ([f"2024-08/{PLAN.name}"], [], 0)


def test_a_document_only_in_the_earlier_revision_is_all_removed_when_asked(out, capsys):
    """--absent-as-removed: the plan was withdrawn, not left out of the ingest, and its every row is removed."""
    assert main(["diff", str(out), "--from", "2024-08", "--to", "2025-01", "--json", "--absent-as-removed"]) == 0
    data = json.loads(capsys.readouterr().out)
    plan_id, elements, actions = the_plan(out)
    removed_file = out / "changes" / "2025-01" / f"removed-{plan_id}.parquet"
    first = removed_file.read_bytes()
    assert main(["diff", str(out), "--from", "2024-08", "--to", "2025-01", "--absent-as-removed"]) == 0
    assert removed_file.read_bytes() == first  # byte-identical again
    changes = rows(out, "changes", "2025-01")
    assert all(r["document_id"] is None and r["previous_document_id"] == plan_id for r in changes)
    assert Counter(r["change"] for r in changes) == {"element_removed": len(elements),
                                                     "action_removed": len(actions)}
    assert {r["previous_action_id"] for r in changes if r["change"] == "action_removed"} == actions
    assert all(r["line_start"] is None and r["previous_line_start"] for r in changes)
    lineage = rows(out, "action_lineage", "2025-01")
    assert {(r["match"], r["previous_action_id"], r["action_key"]) for r in lineage if r["document_id"] is None} \
        == {("removed", a, a) for a in actions}
    removed = next(d for d in data["documents"] if d["document_id"] is None)
    assert (removed["previous_document_id"], removed["previous_source_name"]) == (plan_id, PLAN.name)
    assert (data["unpaired"], data["absent"]) == ([f"2024-08/{PLAN.name}"], [])
    for table in ("changes", "action_lineage"):
        check_contract(out, json.loads((out / "_schema.json").read_text(encoding="utf-8")), table)


def test_a_diff_into_a_revision_replaces_its_earlier_diff_whole(out):
    assert main(["diff", str(out), "--from", "2024-08", "--to", "2025-01", "--absent-as-removed"]) == 0
    assert list((out / "changes" / "2025-01").glob("removed-*"))
    assert main(["diff", str(out), "--from", "2024-01", "--to", "2025-01"]) == 0  # the page alone on both sides
    assert not list((out / "changes" / "2025-01").glob("removed-*"))
    assert {r["previous_revision"] for r in rows(out, "action_lineage", "2025-01")} <= {"2024-01"}
    assert rows(out, "changes", "2025-01") == []


MAIDSTONE = ROOT / "samples" / "other_councils"


def test_a_re_ingested_source_whose_every_action_went_shows_them_removed(tmp_path, capsys):
    """Maidstone's scrutiny committee recommendations page (SCRAIP) of 2011, then the page at the same source
    holding 2012's (`--source-name`): the later revision does hold the source, so 2011's two recommendations are
    two `action_removed` by default, and 2012's one `action_added`; the governance plan beside it pairs."""
    out = tmp_path / "out"
    scraip, ags = MAIDSTONE / "maidstone_scraip_waste_2011.txt", MAIDSTONE / "maidstone_ags_2014_15.txt"
    assert main(["ingest", str(scraip), str(ags), "--out", str(out), "--revision", "2011", "-q"]) == 0
    assert main(["ingest", str(MAIDSTONE / "maidstone_scraip_kpi_2012.txt"), "--source-name", scraip.name,
                 "--out", str(out), "--revision", "2012", "-q"]) == 0
    assert main(["ingest", str(ags), "--out", str(out), "--revision", "2012", "-q"]) == 0
    capsys.readouterr()
    assert main(["diff", str(out), "--from", "2011", "--to", "2012", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["absent"] == [] and data["lineage"] == {"same": 2, "edited": 0, "added": 1, "removed": 2}
    removed = [c["before"] for d in data["documents"] for c in d["changes"] if c["change"] == "action_removed"]
    assert [text[:39] for text in removed] == ["The Communities Overview and Scrutiny C",
                                               "That an explanation is provided in the "]
