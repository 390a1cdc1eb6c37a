"""An output folder written by an earlier council-actions (fd2e564, before `action_owners.role`), brought to this
version's layout by `upgrade`: every revision read again from its recorded sources, its diff run again.

The fixture (tests/fixtures/upgrade/before_owner_role, made as its MADE.md says) holds Maidstone's Corporate
Improvement Plan of 2010 and Lancashire's joint SEND commissioning plan in revision 2010-06, the plan's completed
actions of 2011 (under the 2010 file's source name) in 2011-06, and the diff between them with
`--absent-as-removed`. Its sources were read from a folder that no longer exists."""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import council_actions
from council_actions.upgrade import UpgradeError

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "upgrade" / "before_owner_role"
SAMPLES = ROOT / "samples" / "other_councils"
CIP_2010 = "maidstone_corporate_improvement_plan_2010.txt"
CIP_2011 = "maidstone_corporate_improvement_plan_2011_completed.txt"
LANCASHIRE = "lancashire_joint_send_commissioning_action_plan_2024_25.txt"
GONE = "/tmp/dt7_gone"  # where the fixture's sources were read from (MADE.md)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under the folder by its digest: what "left as it was" compares."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".lock"}


@pytest.fixture
def older(tmp_path):
    out = tmp_path / "out"
    shutil.copytree(FIXTURE, out)
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, str]:
    """What this version writes from the same sources with the same commands as the fixture's (MADE.md)."""
    out = tmp_path_factory.mktemp("fresh") / "out"
    council_actions.ingest([SAMPLES / CIP_2010, SAMPLES / LANCASHIRE], out, revision="2010-06")
    council_actions.ingest([SAMPLES / CIP_2011], out, revision="2011-06", source_name=CIP_2010)
    council_actions.diff(out, "2010-06", "2011-06", absent_as_removed=True)
    return snapshot(out)


def test_ingest_refuses_the_older_folder_and_names_upgrade():
    with tempfile.TemporaryDirectory(prefix="u") as short:  # a short path: a long one clips the line's middle
        older = Path(short) / "out"
        shutil.copytree(FIXTURE, older)
        refused_and_named(older)


def refused_and_named(older: Path) -> None:
    before = snapshot(older)
    report = council_actions.ingest([SAMPLES / CIP_2011], older, revision="2012-06")
    problem = report.failures[0].problem  # the way out first: a long path may clip the middle (issues.clipped)
    assert problem.startswith(f"{older} holds another council-actions version's tables: run `council-actions upgrade "
                              f"{older}` to read its revisions again with this one, or write to a new --out folder; "
                              "nothing written (action_owners/2010-06/")
    assert problem.endswith("1013.parquet: lacks role; "
                            "read as one table, the folder would lose columns)")
    assert snapshot(older) == before


def test_upgrade_writes_what_this_version_writes_from_the_same_sources(older, tmp_path, fresh):
    done = council_actions.upgrade(older, sources=[SAMPLES])
    assert (done.revisions, done.documents, done.diffs) == (("2010-06", "2011-06"), 3, (("2010-06", "2011-06"),))
    assert snapshot(older) == fresh  # byte for byte, source records included
    assert not list(tmp_path.glob(".out.*"))
    council_actions.ingest([SAMPLES / CIP_2011], older, revision="2012-06")  # the layout is this version's now


def test_a_text_source_gone_is_read_from_its_record(older, fresh):
    done = council_actions.upgrade(older)  # the sources' folder is gone; each record's text is the file's bytes
    assert [n for n in done.notes if "record" in n] == [
        f"2010-06/{CIP_2010}: read from the text its record holds ({GONE}/{CIP_2010} is gone)",
        f"2010-06/{LANCASHIRE}: read from the text its record holds ({GONE}/{LANCASHIRE} is gone)",
        f"2011-06/{CIP_2010}: read from the text its record holds ({GONE}/{CIP_2011} is gone)"]
    made = fresh
    upgraded = snapshot(older)
    tables = [name for name in made if not name.startswith("_sources/")]
    assert {n: upgraded[n] for n in tables} == {n: made[n] for n in tables}
    record = json.loads((older / "_sources" / "2011-06" /
                         "4a45c6a54ed776fb9137c1c5467a1d2a2352923c7619c310e6389f623674eb7c.json").read_text())
    assert record["path"] == f"{GONE}/{CIP_2011}"  # where it was first read from, not the scratch copy


def test_values_are_this_versions_and_the_diff_only_the_plans_changes(older):
    old_changes = pq.read_table(older / "changes" / "2011-06").to_pylist()
    council_actions.upgrade(older, sources=[SAMPLES])
    owners = pq.read_table(older / "action_owners" / "2010-06").to_pylist()
    # Lancashire's line 8: "Continued development of Family Hubs Networks in Lancashire Ongoing LA with support from
    # health ...": one unknown owner `LA with support from health` as fd2e564 read it; LA leads, health supports now
    assert [(o["owner_raw"], o["role"]) for o in owners if o["line_start"] == 8] == [("LA", "lead"),
                                                                                     ("health", "support")]
    changes = pq.read_table(older / "changes" / "2011-06").to_pylist()
    # the same 17 changes (4 completions, Claire Hayes -> Tina Edwards, two updates, two actions added and
    # Lancashire's 8 removed): the plans' changes, nothing of the reading
    assert sorted((c["change"], c["element_id"], c["before"], c["after"]) for c in changes) == \
        sorted((c["change"], c["element_id"], c["before"], c["after"]) for c in old_changes)
    assert len(changes) == 17


def test_a_source_found_nowhere_is_named_and_nothing_changes(older, tmp_path):
    record = older / "_sources" / "2010-06" / "4a7be9d25f4bb74f8946a8e65f3cbe972b3c262012831f38480b6c4adc9a1013.json"
    fields = json.loads(record.read_text())
    fields["text"] += "\n"  # no longer the file's bytes, as a PDF's text never is
    record.write_text(json.dumps(fields, ensure_ascii=False, indent=1) + "\n")
    before = snapshot(older)
    with pytest.raises(UpgradeError) as raised:
        council_actions.upgrade(older)
    assert str(raised.value) == (f"2010-06/{CIP_2010}: its source {GONE}/{CIP_2010} is gone (document 4a7be9d25f4b): "
                                 "give the folder holding it with --sources DIR")
    assert snapshot(older) == before
    assert not list(tmp_path.glob(".out.*"))


def test_a_failure_midway_leaves_the_folder_as_it_was(older, tmp_path, monkeypatch):
    before = snapshot(older)
    (tmp_path / ".out.upgrade").mkdir()  # what a killed upgrade left: removed, never read
    (tmp_path / ".out.upgrade" / "junk").write_text("x")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(council_actions.api, "diff", broken)
    with pytest.raises(OSError):
        council_actions.upgrade(older, sources=[SAMPLES])
    assert snapshot(older) == before
    assert not list(tmp_path.glob(".out.*"))


def test_a_kill_during_the_upgrade_leaves_the_folder_as_it_was(older, tmp_path, fresh):
    before = snapshot(older)
    building = tmp_path / ".out.upgrade"
    process = subprocess.Popen([sys.executable, "-m", "council_actions.cli", "upgrade", str(older), "--sources",
                                str(SAMPLES)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (building / "documents").exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the upgrade ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert snapshot(older) == before
    council_actions.upgrade(older, sources=[SAMPLES])  # the next one removes the half-built folder and upgrades
    assert snapshot(older) == fresh
    assert not building.exists()


def test_the_command_prints_each_problem_on_its_own_line(older, tmp_path):
    for name in ("4a7be9d25f4bb74f8946a8e65f3cbe972b3c262012831f38480b6c4adc9a1013",
                 "d4bc27c39222b81f7d3e6ca0669fd2b3014df402e607dd4e0f0f8188d673f478"):
        record = older / "_sources" / "2010-06" / f"{name}.json"
        record.write_text(record.read_text().replace('"text": "', '"text": " '))
    run = subprocess.run([sys.executable, "-m", "council_actions.cli", "upgrade", str(older)], capture_output=True,
                         text=True)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"council-actions: error: 2010-06/{CIP_2010}: its source {GONE}/{CIP_2010} is gone (document 4a7be9d25f4b): "
        "give the folder holding it with --sources DIR",
        f"council-actions: error: 2010-06/{LANCASHIRE}: its source {GONE}/{LANCASHIRE} is gone (document "
        "d4bc27c39222): give the folder holding it with --sources DIR"]
    run = subprocess.run([sys.executable, "-m", "council_actions.cli", "upgrade", str(older), "--sources", str(SAMPLES)],
                         capture_output=True, text=True)
    assert (run.returncode, run.stderr) == (0, "")
    assert run.stdout.splitlines()[1:] == [
        "  diff 2010-06 -> 2011-06",
        "note: 3 documents ingested with another text of the built-in profile runnymede: read with this version's "
        "(give --profile FILE for the text they were ingested with)"] + [
        f"note: {r}/{name}: read from {SAMPLES / read} (recorded at {GONE}/{read})" for r, name, read in
        (("2010-06", CIP_2010, CIP_2010), ("2010-06", LANCASHIRE, LANCASHIRE), ("2011-06", CIP_2010, CIP_2011))]


def test_a_profile_neither_built_in_nor_given_is_asked_for(older):
    documents = older / "documents" / "2011-06"
    path = next(documents.glob("*.parquet"))
    table = pq.read_table(path)
    pq.write_table(table.set_column(table.schema.get_field_index("profile"), "profile",
                                    pa.array(["maidstone_2011"], pa.string())), path)  # a council's own file
    with pytest.raises(UpgradeError) as raised:
        council_actions.upgrade(older, sources=[SAMPLES])
    assert str(raised.value) == (f"2011-06/{CIP_2010}: ingested with profile 'maidstone_2011', which is not built in: "
                                 "give its file with --profile")
