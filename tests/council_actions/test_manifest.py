"""ingest --manifest: a national run names each file's council, and the date its quarters count from, per file.

Why: a national run (samples/, other_councils, fixtures with --profile generic) leaves most documents with no
council, so `diff` could pair two plans of unknown councils as one plan, and reads Rotherham's year-less `Quarter 2`
against each revision label's date (six spurious deadline_moved). A manifest names the council and the publication
date file by file; these tests run it on real samples."""

from __future__ import annotations

import json
import os

import pytest

from council_actions import api
from council_actions.cli import main
from tests.conftest import SAMPLES

OTHER = SAMPLES / "other_councils"
CROYDON, FOREST, NEWTON, ROTHERHAM = (OTHER / name for name in (
    "croydon_foi_improvement_plan_2023.txt", "forest_of_dean_improvement_plan_2004.txt",
    "newton_st_cyres_parish_action_plan_2018_20.txt", "rotherham_year_ahead_delivery_plan_2024_25.txt"))
# Newton St Cyres' plan prints its parish council; a national body's list may name its district instead
COUNCILS = ((CROYDON, "London Borough of Croydon", ""), (FOREST, "Forest of Dean District Council", ""),
            (NEWTON, "Mid Devon District Council", ""),
            (ROTHERHAM, "Rotherham Metropolitan Borough Council", "2024-07-29"))


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """A manifest of four real plans in a folder of its own, each path relative to it, and Rotherham's plan ingested
    with it as revision 2026-01 (the revision before the tests' 2026-04)."""
    out, listed = tmp_path_factory.mktemp("national"), tmp_path_factory.mktemp("lists") / "national.csv"
    listed.write_text("path,council,published\n" + "".join(
        f"{os.path.relpath(path, listed.parent)},{council},{published}\n" for path, council, published in COUNCILS),
        encoding="utf-8")
    assert main(["ingest", str(ROTHERHAM), "--manifest", str(listed), "--revision", "2026-01", "--out", str(out),
                 "--jobs", "1", "--profile", "generic", "-q"]) == 0
    return out, listed


def test_each_file_gets_its_council_as_given_and_where_it_came_from_is_recorded(national, capsys):
    out, listed = national
    assert main(["ingest", "--manifest", str(listed), "--revision", "2026-04", "--out", str(out), "--jobs", "1",
                 "--profile", "generic", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(d["source"].rsplit("/", 1)[1], d["council"], d["council_from"]) for d in report["documents"]] == [
        (CROYDON.name, "London Borough of Croydon", "manifest"),  # prints no council
        (FOREST.name, "Forest of Dean District Council", "document"),  # prints the same name: read, as printed
        (NEWTON.name, "Mid Devon District Council", "manifest"),  # prints another: the manifest's, reported
        (ROTHERHAM.name, "Rotherham Metropolitan Borough Council", "manifest")]
    documents = api.read_table(out, "documents", "2026-04").set_index("source_name")
    assert documents.loc[CROYDON.name, "council"] == "London Borough of Croydon"
    assert documents.loc[NEWTON.name, "council"] == "Mid Devon District Council"
    issues = {(row["source_name"], row["code"]): row for row in api.issues(out, "2026-04")
              if row["code"].startswith("council")}
    assert sorted(issues) == [(CROYDON.name, "council_given"), (NEWTON.name, "council_differs"),
                              (ROTHERHAM.name, "council_given")]
    assert issues[CROYDON.name, "council_given"]["message"] == (
        "documents.council 'London Borough of Croydon' is given by national.csv line 2; no council name is printed "
        "in the document's title lines")
    differs = issues[NEWTON.name, "council_differs"]
    assert differs["message"] == ("the document prints 'Newton St Cyres Parish Council' but national.csv line 4 "
                                  "names 'Mid Devon District Council'; the name given is used")
    assert "Newton St Cyres Parish Council" in differs["raw_text"]


def test_a_published_date_reads_quarters_without_a_year_in_every_revision_alike(national, capsys):
    """Rotherham's plan prints `Quarter 2` with no year: read against 2024-07-29, the date the manifest gives, in
    both revisions, the diff finds no deadline moved (without the date: 6, tests/diff/test_diff_cli.py)."""
    out, listed = national
    assert main(["ingest", str(ROTHERHAM), "--manifest", str(listed), "--revision", "2026-04", "--out", str(out),
                 "--jobs", "1", "--profile", "generic", "-q"]) == 0
    documents = api.read_table(out, "documents", "*")
    rotherham = documents[documents["source_name"] == ROTHERHAM.name]
    assert set(zip(rotherham["reference_date"].astype(str), rotherham["reference_from"], strict=True)) == {
        ("2024-07-29", "given")}
    timelines = api.read_table(out, "action_timelines", "2026-04")
    assert timelines.loc[timelines["timeline_raw"] == "Quarter 2", "end_date"].astype(str).tolist() == ["2024-09-30"]
    capsys.readouterr()
    assert main(["diff", str(out), "--from", "2026-01", "--to", "2026-04", "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert compared["counts"].get("deadline_moved", 0) == 0
    assert [(d["previous_source_name"], d["changes"]) for d in compared["documents"]
            if d["source_name"] == ROTHERHAM.name] == [(ROTHERHAM.name, [])]


def test_the_schema_says_a_council_and_a_reference_date_may_come_from_the_manifest(national):
    """A BI user reads where documents.council and reference_date came from in _schema.json, and what gives a
    reference date a year-less timeline lacks: the folder's own descriptions named the title lines and the profile,
    and --reference-date, never the manifest that gives them."""
    out, _ = national
    tables = json.loads((out / "_schema.json").read_text())["tables"]
    columns = {c["name"]: c["description"] for c in tables["documents"]}
    assert columns["council"].startswith("the manifest's for the file (ingest --manifest), else")
    assert "given (the file's published date in the manifest, else --reference-date)" in columns["reference_from"]
    codes = next(c["value_descriptions"] for c in tables["extraction_issues"] if c["name"] == "code")
    needs_reference = codes["timeline_needs_reference"]
    assert "no reference date (the file's published date in a manifest, --reference-date, " in needs_reference


@pytest.mark.parametrize(("rows", "said"), [
    ("path,council,type\nx.txt,X Council,plan\n",
     ["line 1: column 'type' is not known (columns: path, council, published, kind, profile)"]),
    ("path,published\n", ["line 1: no column 'council' (the header row names path, council, published, kind, profile)"]),
    (f"path,council\n{CROYDON},London Borough of Croydon\nmissing.txt,Nowhere Council\n"
     f"{CROYDON},London Borough of Croydon\n{FOREST},\n",
     ["line 3: missing.txt: no such file ({folder}/missing.txt)",
      f"line 4: {CROYDON} is listed twice (first on line 2)", "line 5: no council"]),
    (f"path,council,published\n{CROYDON},London Borough of Croydon,2023-02-30\n",
     ["line 2: published '2023-02-30' is not a date (YYYY-MM-DD)"]),
    (f"path,council,kind\n{CROYDON},London Borough of Croydon,plan\n{FOREST},Forest of Dean District Council,"
     "self-assessment\n",
     ["line 2: kind 'plan' is not known (kinds: action_plan, self_assessment)",
      "line 3: kind 'self-assessment' is not known (kinds: action_plan, self_assessment)"]),
    # a comma in a council's name, not quoted: refused, never the council cut at it and the rest dropped unsaid
    (f"path,council\n{CROYDON},Borough Council of King's Lynn, West Norfolk\n",
     ["line 2: 3 cells where the header row names 2 columns: 'West Norfolk' would be lost (put a value holding a "
      "comma in double quotes)"]),
])
def test_a_bad_manifest_is_one_line_a_problem_and_writes_nothing(national, tmp_path, capsys, rows, said):
    out, _ = national
    before = {path: path.read_bytes() for path in out.rglob("*") if path.is_file()}
    manifest = tmp_path / "national.csv"
    manifest.write_text(rows, encoding="utf-8")
    assert main(["ingest", "--manifest", str(manifest), "--out", str(out), "--revision", "2026-04"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"council-actions: error: {manifest} {line.format(folder=tmp_path)}" for line in said]
    assert {path: path.read_bytes() for path in out.rglob("*") if path.is_file()} == before


def test_a_document_given_that_the_manifest_does_not_list_is_named_and_nothing_is_written(national, tmp_path, capsys):
    _, listed = national
    out = tmp_path / "out"
    assert main(["ingest", str(CROYDON), str(OTHER / "powys_play_sufficiency_action_plan_2022.txt"), "--manifest",
                 str(listed), "--out", str(out)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"council-actions: error: {OTHER / 'powys_play_sufficiency_action_plan_2022.txt'}: not listed in the "
        f"manifest {listed}"]
    assert not out.exists()
