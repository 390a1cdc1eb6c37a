"""A manifest's path naming something there that is no file: a folder, a pipe, a link to nothing. Each was "no such
file", which sent the user looking for a file that is missing; now each is named for what it is, in the row's one
line, before anything is written (council_actions/manifest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from council_actions.cli import main
from tests.conftest import THEME_7

NOT_FILES = [("folder", lambda path: path.mkdir(), "a folder, not a file: list each of its files"),
             ("named_pipe", os.mkfifo, "not a regular file (a pipe, socket or device): list a file"),
             ("link_to_nothing", lambda path: path.symlink_to(path.with_name("gone.txt")), "a symbolic link to nothing"),
             ("missing", lambda path: None, "no such file")]


@pytest.mark.parametrize("make, problem", [case[1:] for case in NOT_FILES], ids=[case[0] for case in NOT_FILES])
def test_a_manifest_path_that_is_no_file_is_named_for_what_it_is(tmp_path, capfd, make, problem):
    (tmp_path / "plan.txt").write_bytes(THEME_7.read_bytes())
    make(tmp_path / "plans.txt")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,council\nplan.txt,Runnymede Borough Council\nplans.txt,Runnymede Borough Council\n",
                        encoding="utf-8")
    out = tmp_path / "out"
    capfd.readouterr()
    assert main(["ingest", "--manifest", str(manifest), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 2
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {manifest} line 3: plans.txt: {problem} ({Path(tmp_path / 'plans.txt')})"]
    assert not out.exists()
