"""Each revision's index (`_sources/<revision>/_index.json`, output/sources.py) holds what a command needs to find
and order the revisions: each document's council, kind, source name and revision date, written at ingest in the same
commit as the tables. Before, every reading command opened each documents file of the folder for its date (3.8 s of
CPU on a national body's folder of 1,800 documents, three times over in a `diff`: benchmarks/lineage.py).

Real revisions: Maidstone's governance action plan 2013/14, 2014-15 (labelled by its financial year, dated by
`--revision-date`) and 2015-16 (samples/other_councils/), as a data team ingests them.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from council_actions.cli import main
from tests.diff.real_sources import OTHER

INGESTS = [("maidstone_ags_2013_14.txt", "2013-12", ()),
           ("maidstone_ags_2014_15.txt", "2014-15", ("--revision-date", "2014-11-01")),
           ("maidstone_ags_2015_16.txt", "2015-16", ("--revision-date", "2015-12-01"))]
REVISIONS = ["revision  revision_date  diffed_from", "2013-12   2013-12-01", "2014-15   2014-11-01     2013-12",
             "2015-16   2015-12-01     2014-15"]


def _ingest(out: Path, name: str, label: str, dated: tuple[str, ...]) -> int:
    return main(["ingest", str(OTHER / name), "--out", str(out), "--revision", label, *dated, "--profile",
                 "maidstone", "--jobs", "1", "-q"])


def _folder(out: Path) -> Path:
    for name, label, dated in INGESTS:
        assert _ingest(out, name, label, dated) == 0
    for earlier, later in pairwise(INGESTS):
        assert main(["diff", str(out), "--from", earlier[1], "--to", later[1], "--profile", "maidstone"]) == 0
    return out


def _index(out: Path, label: str) -> dict[str, list[str | None]]:
    loaded: dict[str, list[str | None]] = json.loads((out / "_sources" / label / "_index.json").read_text("utf-8"))
    return loaded


def _opened(out: Path, monkeypatch, command: list[str]) -> Counter[str]:
    """How often each documents file is opened (for its rows or its schema) while `command` runs."""
    opened: Counter[str] = Counter()
    real_file, real_schema = pq.ParquetFile, pq.read_schema

    def counting_file(source, *args, **kwargs):
        opened[str(source)] += 1
        return real_file(source, *args, **kwargs)

    def counting_schema(source, *args, **kwargs):
        opened[str(source)] += 1
        return real_schema(source, *args, **kwargs)

    monkeypatch.setattr(pq, "ParquetFile", counting_file)
    monkeypatch.setattr(pq, "read_schema", counting_schema)
    try:
        assert main(command) == 0
    finally:
        monkeypatch.undo()
    return Counter({path.split("/documents/")[1]: n for path, n in opened.items() if f"{out}/documents/" in path})


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return _folder(tmp_path_factory.mktemp("index") / "out")


def test_the_index_holds_each_documents_source_and_revision_date(folder):
    for (name, label, _), date in zip(INGESTS, ("2013-12-01", "2014-11-01", "2015-12-01"), strict=True):
        [(document_id, entry)] = _index(folder, label).items()
        assert (folder / "documents" / label / f"{document_id}.parquet").is_file()
        assert entry == ["Maidstone Borough Council", "action_plan", name, date]


@pytest.mark.parametrize("command", [["revisions"], ["issues"], ["owners"], ["read-table", "actions", "--csv"],
                                     ["read-table", "action_lineage", "--revision", "2015-16", "--csv"]])
def test_reading_commands_find_the_revisions_without_a_documents_file(folder, monkeypatch, capsys, command):
    """Before: each documents file of every revision opened (twice: its schema, then its dates) by each of these."""
    assert _opened(folder, monkeypatch, [command[0], str(folder), *command[1:]]) == Counter()
    capsys.readouterr()


def test_a_diff_opens_only_the_documents_of_the_two_revisions_compared_once(folder, monkeypatch, capsys):
    """Before: every documents file of the folder opened six times (its dates read three times), then the two
    compared read whole."""
    opened = _opened(folder, monkeypatch, ["diff", str(folder), "--from", "2014-15", "--to", "2015-16", "--profile",
                                           "maidstone"])
    assert sorted(path.split("/")[0] for path in opened) == ["2014-15", "2015-16"]
    assert set(opened.values()) == {1}
    capsys.readouterr()


@pytest.mark.parametrize("stored", ["earlier version", "missing", "damaged"])
def test_a_folder_whose_index_holds_no_dates_reads_the_same_and_the_next_ingest_writes_them(
        folder, tmp_path, capsys, stored):
    """A folder an earlier version wrote (its index the source identity alone), or whose index was lost or damaged:
    the documents files give the dates, as before, and the next ingest into the revision writes its index whole."""
    out = Path(shutil.copytree(folder, tmp_path / "out"))
    path = out / "_sources" / "2014-15" / "_index.json"
    written = path.read_bytes()
    if stored == "earlier version":
        path.write_text(json.dumps({key: value[:3] for key, value in _index(out, "2014-15").items()}), "utf-8")
    elif stored == "missing":
        path.unlink()
    else:
        path.write_text(json.dumps({key: [*value[:3], "2014-13-01"] for key, value in _index(out, "2014-15").items()}),
                        "utf-8")
    assert main(["revisions", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == REVISIONS
    assert _ingest(out, "maidstone_ags_2014_15.txt", "2014-15", ("--revision-date", "2014-11-01")) == 0
    assert path.read_bytes() == written


def test_the_same_ingests_give_the_same_index_bytes_and_a_failed_one_leaves_it_whole(folder, tmp_path, capsys):
    again = _folder(tmp_path / "again")
    capsys.readouterr()
    for _, label, _ in INGESTS:
        assert (again / "_sources" / label / "_index.json").read_bytes() == \
            (folder / "_sources" / label / "_index.json").read_bytes()
    path = again / "_sources" / "2015-16" / "_index.json"
    before = path.read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["ingest", str(empty), "--out", str(again), "--revision", "2015-16", "--revision-date", "2016-01-01",
                 "--jobs", "1", "-q"]) != 0
    assert path.read_bytes() == before
    assert main(["revisions", str(again)]) == 0
    assert capsys.readouterr().out.splitlines() == REVISIONS
