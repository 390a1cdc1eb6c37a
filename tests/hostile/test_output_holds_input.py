"""An output folder that is the folder given, or holds it: its documents are the user's, and are read.

Files a folder walk met in the output folder were skipped whole, as the output's own (so that `ingest plans --out
plans/out` never reads or lists its tables). With `ingest . --out .` in a folder of plans, or `ingest plans --out .`,
every plan is in the output folder: all were skipped, and the run said "no documents (...) found", exit 1. Now only
the output's own entries are skipped (a table's folder, `_journal`, `_sources`, `_schema.json`:
council_actions.not_read.output_own).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import council_actions
from council_actions.cli import main
from tests.conftest import THEME_6


def _plans(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(THEME_6, folder)
    (folder / "notes.docx").write_bytes(b"PK")
    return folder


def test_a_folder_given_as_its_own_output_folder_is_read_and_its_tables_are_not(tmp_path):
    folder = _plans(tmp_path / "plans")
    first = council_actions.ingest(folder, folder, revision="2024-06")
    assert [Path(result.source).name for result in first.documents] == [THEME_6.name]
    again = council_actions.ingest(folder, folder, revision="2024-09")  # the tables of the first run are there now
    assert [Path(result.source).name for result in again.documents] == [THEME_6.name]
    assert again.skipped == (folder / "notes.docx",)  # not one of the output's Parquet or JSON files


def test_a_folder_given_inside_the_output_folder_is_read(tmp_path, capfd):
    folder = _plans(tmp_path / "plans")
    assert main(["ingest", str(folder), "--out", str(tmp_path), "--revision", "2024-06", "--jobs", "1", "-q"]) == 0
    assert "no documents" not in capfd.readouterr().err
    assert len(list((tmp_path / "actions" / "2024-06").glob("*.parquet"))) == 1
