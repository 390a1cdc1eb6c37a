"""Folders nested deeper than a path can name (longer than PATH_MAX, 4096 bytes on Linux): the walk of the folder
given raised `OSError: File name too long` from rglob, a traceback, and the good document beside them was not
written. Now the folder no path reaches is listed and fails in one line naming it; the rest of the batch lands."""

from __future__ import annotations

import os
from pathlib import Path

from council_actions.cli import main
from tests.conftest import THEME_6, THEME_7

LEVELS = 80  # folders of 60 characters: 4,880 bytes, past Linux's PATH_MAX


def nested_past_path_max(top: Path) -> None:
    """LEVELS folders, one in the other, with a theme page at the bottom, made through folder descriptors: no call
    by path reaches the bottom."""
    folder = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(LEVELS):
            os.mkdir("d" * 60, dir_fd=folder)
            inner = os.open("d" * 60, os.O_RDONLY | os.O_DIRECTORY, dir_fd=folder)
            os.close(folder)
            folder = inner
        page = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=folder)
        os.write(page, THEME_7.read_bytes())
        os.close(page)
    finally:
        os.close(folder)


def test_folders_nested_past_path_max_fail_in_one_line_and_the_rest_lands(tmp_path, capfd):
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r0", "--jobs", "1", "-q"]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and "_journal" not in p.parts}
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "theme.txt").write_bytes(THEME_6.read_bytes())
    nested_past_path_max(plans)
    capfd.readouterr()
    assert main(["ingest", str(plans), "--out", str(out), "--jobs", "1", "-q"]) == 1  # the label from the bytes too
    err = capfd.readouterr().err
    assert "Traceback" not in err
    [line] = err.splitlines()
    assert line.startswith(f"council-actions: error: {plans / ('d' * 60)}/")
    assert line.endswith(": ingest: cannot read file (File name too long)")
    assert len(os.fsencode(line.split(": ")[2])) > 4096
    [revision] = [p.name for p in (out / "documents").iterdir() if p.name != "r0"]
    assert len(list((out / "documents" / revision).iterdir())) == 1  # the theme page beside them
    assert {p: p.read_bytes() for p in before} == before
