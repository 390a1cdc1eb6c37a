"""ingest --manifest's `profile` column: one run reads each council's files with that council's own profile.

Why: a run took one --profile for every file, so a national run read Maidstone's plan without Maidstone's glossary
and Pembrokeshire's with whatever profile the run named. Read with the default profile (Runnymede's), Pembrokeshire's
equality plan line 53, `Service: Learning and Development and Democratic Services`, gave the owner
`HoDemocratic Services`, Runnymede's Head of Democratic Services, a post of another council. On real samples: each
file named with a profile is read exactly as a run of that profile alone reads it, whatever --jobs, and a profile
that cannot be read is one line naming the manifest's line, before anything is written."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest
from council_actions.ingest.model import GivenCouncil

from council_actions import api
from council_actions.batch import DocumentJob
from council_actions.cli import main
from council_actions.manifest import Entry, read_manifest
from council_actions.profile import load_profile
from tests.conftest import SAMPLES, snapshot

OTHER = SAMPLES / "other_councils"
MAIDSTONE, PEMBROKESHIRE, GRAVESHAM = (OTHER / name for name in (
    "maidstone_ags_2014_15.txt", "pembrokeshire_strategic_equality_plan_2024_28_objective_1.txt",
    "gravesham_peer_challenge_action_plan_2020.txt"))
ROWS = ((MAIDSTONE, "Maidstone Borough Council", "maidstone"),
        (PEMBROKESHIRE, "Pembrokeshire County Council", "pembrokeshire"),
        (GRAVESHAM, "Gravesham Borough Council", ""))  # no profile named: the run's --profile (generic here)


def _manifest(folder, rows, header="path,council,profile"):
    listed = folder / "national.csv"
    listed.write_text(header + "\n" + "".join(",".join(map(str, row)) + "\n" for row in rows), encoding="utf-8")
    return listed


def _ingest(listed, out, *options):
    return main(["ingest", "--manifest", str(listed), "--out", str(out), "--revision", "2026-04", "--profile",
                 "generic", "-q", *options])


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    out = folder / "out"
    assert _ingest(_manifest(folder, ROWS), out, "--jobs", "1") == 0
    return folder, out


def _owners(out, source):
    documents = api.read_table(out, "documents", "2026-04").set_index("source_name")
    owners = api.read_table(out, "action_owners", "2026-04")
    mine = owners[owners["document_id"] == documents.loc[source.name, "document_id"]]
    return [(row.line_start, row.owner_raw, row.owner_key, row.match) for row in mine.itertuples()]


def test_each_file_is_read_with_the_profile_its_row_names(mixed):
    _, out = mixed
    documents = api.read_table(out, "documents", "2026-04").set_index("source_name")
    assert documents["profile"].to_dict() == {MAIDSTONE.name: "maidstone", PEMBROKESHIRE.name: "pembrokeshire",
                                              GRAVESHAM.name: "generic"}
    # lines 43 and 51: "Angela Woodhouse, Head of Policy and Communications", Maidstone's glossary's HoPC
    assert _owners(out, MAIDSTONE) == [
        (43, "Angela Woodhouse, Head of Policy and Communications", "HoPC", "repaired"),
        (51, "Angela Woodhouse, Head of Policy and Communications", "HoPC", "repaired")]
    # line 53: "Service: Learning and Development and Democratic Services", no post of Runnymede's
    assert _owners(out, PEMBROKESHIRE)[-2:] == [(53, "Learning and Development", "Learning and Development", "unknown"),
                                                (53, "Democratic Services", "Democratic Services", "unknown")]


@pytest.mark.parametrize(("source", "profile"), [(MAIDSTONE, "maidstone"), (PEMBROKESHIRE, "pembrokeshire")])
def test_a_file_read_with_its_row_s_profile_reads_as_a_run_of_that_profile_alone(mixed, tmp_path, source, profile):
    _, out = mixed
    alone = tmp_path / "alone"
    council = next(council for path, council, _ in ROWS if path == source)
    listed = _manifest(tmp_path, [(source, council)], header="path,council")
    assert main(["ingest", "--manifest", str(listed), "--out", str(alone), "--revision", "2026-04", "--profile",
                 profile, "-q", "--jobs", "1"]) == 0
    for table in ("actions", "action_owners", "action_timelines", "action_spans"):
        ours, theirs = (api.read_table(folder_out, table, "2026-04") for folder_out in (out, alone))
        document = api.read_table(alone, "documents", "2026-04")["document_id"].iloc[0]
        ours = ours[ours["document_id"] == document].reset_index(drop=True)
        assert len(ours) and ours.equals(theirs), table


def test_a_mixed_run_is_the_same_bytes_whatever_jobs(mixed, tmp_path):
    folder, out = mixed
    assert _ingest(folder / "national.csv", tmp_path / "two", "--jobs", "2") == 0
    assert snapshot(tmp_path / "two") == snapshot(out)


def test_a_profile_file_is_read_from_the_manifest_s_folder(tmp_path, capsys):
    (tmp_path / "kent.toml").write_text('[council]\nname = "Kent County Council"\n', encoding="utf-8")
    listed = _manifest(tmp_path, [(GRAVESHAM, "Gravesham Borough Council", "kent.toml")])
    assert _ingest(listed, tmp_path / "out", "--jobs", "1") == 0
    assert list(api.read_table(tmp_path / "out", "documents", "2026-04")["profile"]) == ["kent"]


def test_a_profile_that_cannot_be_read_is_one_line_each_and_nothing_is_written(mixed, tmp_path, capsys):
    _, out = mixed
    (tmp_path / "broken.toml").write_text("[council\n", encoding="utf-8")
    listed = _manifest(tmp_path, [(MAIDSTONE, "Maidstone Borough Council", "maidston"),
                                  (PEMBROKESHIRE, "Pembrokeshire County Council", "wales/pembrokeshire.toml"),
                                  (GRAVESHAM, "Gravesham Borough Council", "broken.toml")])
    before = snapshot(out)
    assert _ingest(listed, out, "--jobs", "1") == 2
    lines = [line.removeprefix("council-actions: error: ") for line in capsys.readouterr().err.splitlines()]
    assert lines == [
        f"{listed} line 2: profile 'maidston': no built-in profile (generic, maidstone, pembrokeshire, runnymede, "
        f"tower_hamlets, waverley) and no file ({tmp_path / 'maidston'})",
        f"{listed} line 3: profile 'wales/pembrokeshire.toml': no such file ({tmp_path / 'wales/pembrokeshire.toml'})",
        f"{listed} line 4: profile 'broken.toml': {tmp_path / 'broken.toml'}: invalid TOML: Expected ']' at the end "
        "of a table declaration (at line 1, column 9)"]
    assert snapshot(out) == before


def test_what_goes_to_a_worker_holds_its_own_row_only(tmp_path):
    """A Dask worker is sent the job a document at a time: with every row's entry (and its profile: ~15 KB) in it,
    a manifest of thousands of files went to the workers thousands of times over."""
    listed = read_manifest(_manifest(tmp_path, ROWS[:1]), 1 << 20).for_documents([MAIDSTONE])
    pembrokeshire = load_profile("pembrokeshire")
    others = {tmp_path / f"{n}.txt": Entry(tmp_path / f"{n}.txt", GivenCouncil(f"Council {n}", f"national.csv line {n}"),
                                           None, None, n, pembrokeshire) for n in range(3, 300)}
    job = DocumentJob(tmp_path / "out", "2026-04", load_profile("generic"), given={**listed, **others})
    one = job.for_document(MAIDSTONE)
    assert (one.profile.name, list(one.given)) == ("maidstone", [MAIDSTONE])
    assert len(pickle.dumps(one)) == len(pickle.dumps(replace(job, profile=one.profile, given=listed)))
    assert job.for_document(GRAVESHAM).profile.name == "generic"  # not listed: the run's
