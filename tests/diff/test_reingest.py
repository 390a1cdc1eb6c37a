"""Within a revision a document is its source: a corrected file replaces the earlier one, in every table."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from council_actions.batch import run_batch
from council_actions.cli import main
from tests.cli.test_cli import snapshot
from tests.conftest import GIVEN, PLAN

TABLES = ("documents", "elements", "actions", "action_owners", "action_timelines", "extraction_issues")


def corrected(folder: Path, name: str = "plan.txt") -> Path:
    """The plan with one typo corrected (the sample prints 'riight')."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(PLAN.read_text(encoding="utf-8").replace("riight", "right"), encoding="utf-8")
    return path


def original(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(PLAN, folder / "plan.txt"))


def ids(out: Path, table: str, revision: str = "r1") -> set[str]:
    return {p.stem for p in (out / table / revision).glob("*.parquet")}


def test_a_corrected_file_of_the_same_source_replaces_the_earlier(tmp_path, profile, capsys):
    out = tmp_path / "out"
    assert main(["ingest", str(original(tmp_path / "a")), "--out", str(out), "--revision", "r1"]) == 0
    first, actions = ids(out, "documents"), pq.read_table(out / "actions" / "r1").num_rows
    assert main(["ingest", str(corrected(tmp_path / "b")), "--out", str(out), "--revision", "r1"]) == 0
    second = ids(out, "documents")
    assert len(first) == len(second) == 1 and first != second
    assert all(ids(out, table) == second for table in TABLES)
    assert pq.read_table(out / "actions" / "r1").num_rows == actions  # not twice as many
    assert "replaced the earlier version" in capsys.readouterr().out


def test_source_name_overrides_the_file_name(tmp_path):
    out = tmp_path / "out"
    assert main(["ingest", str(original(tmp_path / "a")), "--out", str(out), "--revision", "r1"]) == 0
    fixed = corrected(tmp_path / "b", "plan-corrected.txt")
    assert main(["ingest", str(fixed), "--out", str(out), "--revision", "r1", "--source-name", "plan.txt"]) == 0
    assert len(ids(out, "documents")) == 1
    assert pq.read_table(out / "documents" / "r1").column("source_name").to_pylist() == ["plan.txt"]


def test_another_source_is_kept_beside_it(tmp_path):
    out = tmp_path / "out"
    assert main(["ingest", str(original(tmp_path / "a")), "--out", str(out), "--revision", "r1"]) == 0
    assert main(["ingest", str(corrected(tmp_path / "b", "other.txt")), "--out", str(out), "--revision", "r1"]) == 0
    assert len(ids(out, "documents")) == 2


def test_an_interrupted_reingest_leaves_the_earlier_revision_whole(tmp_path, profile, monkeypatch):
    out = tmp_path / "out"
    run_batch([original(tmp_path / "a")], out, profile, "r1", GIVEN)
    before = snapshot(out)
    calls = []
    real = pq.write_table

    def fail_on_the_fourth(table, where, **options):
        calls.append(where)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        real(table, where, **options)

    monkeypatch.setattr(pq, "write_table", fail_on_the_fourth)
    failures: list = []
    results, failed = run_batch([corrected(tmp_path / "b")], out, profile, "r1", GIVEN, on_error=failures.append)
    assert (results, failed) == ([], 1) and "No space left on device" in str(failures[0])
    assert snapshot(out) == before


@pytest.mark.parametrize(("args", "expected"), [
    (["--revision", "2025-01"], dt.date(2025, 1, 1)),
    (["--revision", "2025-01-15-final"], dt.date(2025, 1, 15)),
    (["--revision", "final", "--revision-date", "2025-02-03"], dt.date(2025, 2, 3)),
    (["--revision", "final"], None),
])
def test_revision_date(tmp_path, args, expected, capsys):
    out = tmp_path / "out"
    assert main(["ingest", str(PLAN), "--out", str(out), *args]) == 0
    assert pq.read_table(out / "documents").column("revision_date").to_pylist() == [expected]
    assert ("has no date" in capsys.readouterr().out) == (expected is None)


def test_the_diff_tables_of_the_replaced_version_go_with_it(tmp_path):
    out = tmp_path / "out"
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "r0"]) == 0
    assert main(["ingest", str(original(tmp_path / "a")), "--out", str(out), "--revision", "r1"]) == 0
    assert main(["diff", str(out), "--from", "r0", "--to", "r1"]) == 0
    old = ids(out, "documents")
    assert ids(out, "changes") == ids(out, "action_lineage") == old
    assert main(["ingest", str(corrected(tmp_path / "b")), "--out", str(out), "--revision", "r1"]) == 0
    assert ids(out, "changes") == ids(out, "action_lineage") == set()  # until diff runs again
    assert ids(out, "documents") != old


@pytest.mark.parametrize("index", [None, "not json", '{"0123": ["x", "y", "z", null]}'])
def test_the_source_index_is_only_a_cache(tmp_path, index):
    """Output written before the index (or with it damaged): the documents themselves say which source is which."""
    out = tmp_path / "out"
    assert main(["ingest", str(original(tmp_path / "a")), "--out", str(out), "--revision", "r1"]) == 0
    stored = out / "_sources" / "r1" / "_index.json"
    assert json.loads(stored.read_text(encoding="utf-8")) == {next(iter(ids(out, "documents"))): [
        "Runnymede Borough Council", "action_plan", "plan.txt", None]}  # `r1` is no date
    stored.unlink() if index is None else stored.write_text(index, encoding="utf-8")
    assert main(["ingest", str(corrected(tmp_path / "b")), "--out", str(out), "--revision", "r1"]) == 0
    assert len(ids(out, "documents")) == 1 and all(ids(out, table) == ids(out, "documents") for table in TABLES)
    assert list(json.loads(stored.read_text(encoding="utf-8"))) == list(ids(out, "documents"))
