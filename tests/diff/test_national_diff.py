"""diff over two revisions of a national run, each ingested with a manifest naming several councils.

A national body keeps each council's files in a folder of its own, and councils name their files alike: here every
file is `action_plan.txt`, in a folder per council, the manifest naming its council. Real samples, their text as
published: Maidstone's annual governance statement plans of 2014-15 and 2015-16, Waverley's CPA improvement plan,
Croydon's and Tower Hamlets' FOI plans. Waverley's plan's other rendering (its browser copy) stands in for a
neighbouring council's near-identical plan, listed under another council: no two councils' near-identical plans are
among the samples. Each council's plan
must pair with its own in the other revision, never with another council's; and a council whose plan the second
revision does not hold again (Croydon's) was not re-ingested, whoever else's file bears its name."""

from __future__ import annotations

import json
import shutil

import pytest

from council_actions import api
from council_actions.cli import main
from tests.conftest import SAMPLES

OTHER = SAMPLES / "other_councils"
MAIDSTONE, WAVERLEY, NEIGHBOUR = "Maidstone Borough Council", "Waverley Borough Council", "A Neighbouring Council"
CROYDON, TOWER_HAMLETS = "London Borough of Croydon", "London Borough of Tower Hamlets"
# each revision's files: council -> the sample it holds as `<folder>/action_plan.txt`
REVISIONS = {
    "2026-01": {MAIDSTONE: "maidstone_ags_2014_15.txt", WAVERLEY: "waverley_cpa_improvement_plan_2004.txt",
                NEIGHBOUR: "waverley_cpa_improvement_plan_2004_browser_copy.txt",
                CROYDON: "croydon_foi_improvement_plan_2023.txt",
                TOWER_HAMLETS: "tower_hamlets_foi_action_plan_2023.txt"},
    "2026-04": {MAIDSTONE: "maidstone_ags_2015_16.txt", WAVERLEY: "waverley_cpa_improvement_plan_2004.txt",
                NEIGHBOUR: "waverley_cpa_improvement_plan_2004_browser_copy.txt",
                TOWER_HAMLETS: "tower_hamlets_foi_action_plan_2023.txt"},  # Croydon's not ingested again
}


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """Both revisions ingested from per-council folders, each with its own manifest; the diff between them, --json."""
    root = tmp_path_factory.mktemp("national")
    out = root / "out"
    for revision, files in REVISIONS.items():
        lines = ["path,council"]
        for council, sample in files.items():
            folder = root / revision / council.lower().replace(" ", "_")
            folder.mkdir(parents=True)
            shutil.copyfile(OTHER / sample, folder / "action_plan.txt")
            lines.append(f"{folder.name}/action_plan.txt,{council}")
        manifest = root / revision / "national.csv"
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert main(["ingest", "--manifest", str(manifest), "--out", str(out), "--revision", revision,
                     "--profile", "generic", "--jobs", "1", "-q"]) == 0
    return out


def test_each_council_pairs_with_its_own_plan(national, capsys):
    capsys.readouterr()
    assert main(["diff", str(national), "--from", "2026-01", "--to", "2026-04", "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    documents = api.read_table(national, "documents", "*")
    council = dict(zip(documents["document_id"], documents["council"], strict=True))
    assert sorted((council[d["previous_document_id"]], council[d["document_id"]], len(d["changes"]))
                  for d in compared["documents"] if d["document_id"] and d["previous_document_id"]) == [
        (NEIGHBOUR, NEIGHBOUR, 0),  # the same file again, near-identical to Waverley's
        (TOWER_HAMLETS, TOWER_HAMLETS, 0),
        (MAIDSTONE, MAIDSTONE, 4),  # its 2015-16 plan: an action added, two updates added, a deadline moved
        (WAVERLEY, WAVERLEY, 0)]
    assert compared["unpaired"] == []


def test_the_report_names_the_council_whose_plan_changed_where_councils_share_its_file_name(national, capsys):
    """Each heading and --json name the council: where every file is `action_plan.txt`, a heading of the file names
    alone (`action_plan.txt -> action_plan.txt`) does not say whose plan changed."""
    capsys.readouterr()
    assert main(["diff", str(national), "--from", "2026-01", "--to", "2026-04"]) == 0
    headings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("action_plan.txt")]
    assert headings == [f"action_plan.txt ({MAIDSTONE}) -> action_plan.txt ({MAIDSTONE})"]
    assert main(["diff", str(national), "--from", "2026-01", "--to", "2026-04", "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert sorted((d["previous_council"], d["council"]) for d in compared["documents"]) == [
        (NEIGHBOUR, NEIGHBOUR), (TOWER_HAMLETS, TOWER_HAMLETS), (MAIDSTONE, MAIDSTONE), (WAVERLEY, WAVERLEY)]


def test_a_council_not_ingested_again_is_absent_whoever_else_s_file_bears_its_name(national, capsys):
    """The later revision holds `action_plan.txt` files of other councils only: Croydon's is not taken as ingested
    again (which would report its 2 actions removed and its file unpaired)."""
    capsys.readouterr()
    assert main(["diff", str(national), "--from", "2026-01", "--to", "2026-04", "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert (compared["absent"], compared["unpaired"]) == (["2026-01/action_plan.txt"], [])
    changes = api.read_table(national, "changes", "2026-04")
    croydon = api.read_table(national, "documents", "2026-01").query("council == @CROYDON")["document_id"].tolist()
    assert changes[changes["previous_document_id"].isin(croydon)].empty


def test_one_file_listed_for_two_councils_is_refused_before_anything_is_written(tmp_path, capsys):
    """A document's id is its bytes' digest, so one file saved from two councils' sites (a plan they publish
    together) is one document of a revision: it is refused before anything is written, as taken twice the second
    council's tables would replace the first's without a word (`2 documents written`, one on disk), and `diff` would
    pair either council's plan with the other's."""
    lines = ["path,council"]
    for council in (CROYDON, TOWER_HAMLETS):
        folder = tmp_path / council.lower().replace(" ", "_")
        folder.mkdir()
        shutil.copyfile(OTHER / REVISIONS["2026-01"][CROYDON], folder / "action_plan.txt")
        lines.append(f"{folder.name}/action_plan.txt,{council}")
    manifest, out = tmp_path / "national.csv", tmp_path / "out"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["ingest", "--manifest", str(manifest), "--out", str(out), "--revision", "2026-01"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"council-actions: error: {manifest} line 3: the same bytes as line 2's file, one document of a revision: "
        "list it once (a plan councils publish together: once, its council naming them all)"]
    assert not out.exists()
