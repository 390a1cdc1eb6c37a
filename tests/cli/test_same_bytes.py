"""Two files of the same bytes given to one `ingest` (a plan downloaded twice: `plan.txt`, `plan (1).txt`): one
document, read once as the first in input order, the other named on one line (council_actions.not_read.Repeat);
a file of the same size but other bytes is its own document.

Why: a document's id is its bytes' digest, so the tables hold the bytes once. Read twice, the summary would count
"2 documents written" (the totals twice the theme's rows) for tables stored once under the later name, the
earlier name lost."""

import json
from pathlib import Path

import duckdb
import pytest

import council_actions
from council_actions.cli import main
from council_actions.not_read import Repeat
from tests.conftest import THEME_6


@pytest.fixture
def downloads(tmp_path):
    """A folder as a browser leaves it: the theme page, the same page again, and one of its size with a byte changed."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    data = THEME_6.read_bytes()
    (folder / "theme.txt").write_bytes(data)
    (folder / "theme (1).txt").write_bytes(data)
    at = data.index(b"Theme")
    (folder / "theme_edited.txt").write_bytes(data[:at] + b"theme" + data[at + 5:])
    return folder


def test_a_repeated_file_is_read_once_as_the_first_and_named(tmp_path, downloads):
    out = tmp_path / "out"
    report = council_actions.ingest(downloads, out, revision="r1")
    assert report.repeats == (Repeat(downloads / "theme.txt", downloads / "theme (1).txt"),)
    assert [Path(result.source).name for result in report.documents] == ["theme (1).txt", "theme_edited.txt"]
    stored = duckdb.sql(f"select source_name from read_parquet('{out}/documents/**/*.parquet') order by 1").fetchall()
    assert stored == [("theme (1).txt",), ("theme_edited.txt",)]


def test_the_command_names_the_repeat_and_counts_it_once(tmp_path, downloads, capsys):
    out = tmp_path / "out"
    assert main(["ingest", str(downloads), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "2 documents written, 0 failed" in printed[0]
    assert (f"read once (1 of the same bytes as a file before it, one document each): {downloads / 'theme.txt'} "
            f"(the same bytes as {downloads / 'theme (1).txt'})") in printed
    assert main(["ingest", str(downloads), "--out", str(out), "--revision", "r1", "--jobs", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["repeats"] == [{"path": str(downloads / "theme.txt"), "same_as": str(downloads / "theme (1).txt")}]
    assert report["totals"]["documents"] == 2


def test_a_file_given_twice_is_one_document_and_no_repeat(tmp_path, downloads, capsys):
    """The same path twice (`ingest plan.txt plan.txt`), or a file and the folder holding it: one file, read once,
    counted once, and named as no copy of itself."""
    theme = downloads / "theme.txt"
    report = council_actions.ingest([theme, theme], tmp_path / "twice", revision="r1")
    assert [Path(result.source).name for result in report.documents] == ["theme.txt"]
    assert report.repeats == ()
    assert main(["ingest", str(downloads), str(downloads / "theme_edited.txt"), "--out", str(tmp_path / "out"),
                 "--revision", "r1", "--jobs", "1", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [Path(d["source"]).name for d in printed["documents"]] == ["theme (1).txt", "theme_edited.txt"]
    assert printed["totals"]["documents"] == 2
