"""Hostile output folders: what is in the way of a write is named in one line per document, exit status 1, and
the earlier output is left whole."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from council_actions.output import writer

from council_actions.cli import main
from tests.conftest import THEME_7
from tests.hostile.test_limits import snapshot


def test_a_lock_file_that_cannot_be_opened_for_writing_is_named_in_one_line(tmp_path, capfd):
    """`_journal/.lock` that cannot be opened to write (here a folder where the file should be; a folder read-only
    to a user who is not its owner gives the same, Permission denied) raised from the commit's lock, a traceback
    and no report. Now the document names the folder in one line, and the revision written before is as it was."""
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    lock = out / "_journal" / ".lock"
    lock.unlink()
    lock.mkdir()
    before = snapshot(out)
    capfd.readouterr()
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r2", "--jobs", "1", "-q"]) == 1
    err = capfd.readouterr().err
    assert err.splitlines() == [f"council-actions: error: {THEME_7}: output: cannot write to {out} (Is a directory)"]
    assert snapshot(out) == before


def test_diff_into_a_folder_it_cannot_write_is_named_in_one_line(tmp_path, capfd, monkeypatch):
    """`diff` holds the folder's lock from its read (opened read-only), so a folder read-only to this user first
    failed making the commit's transaction: a PermissionError traceback. Now one line, exit status 1, and the
    revisions as they were. (The tests run as root, which no mode stops: the transaction's folder fails here as it
    does for another user.)"""
    out = tmp_path / "out"
    for revision in ("r1", "r2"):
        assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", revision, "--jobs", "1", "-q"]) == 0
    before = snapshot(out)

    def refused(out_dir: Path) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(out_dir / "_journal" / "txn-x"))

    monkeypatch.setattr(writer, "open_transaction", refused)
    capfd.readouterr()
    assert main(["diff", str(out), "--from", "r1", "--to", "r2"]) == 1
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {out}: output: cannot write to {out} (Permission denied)"]
    assert snapshot(out) == before


def test_a_file_where_a_table_folder_should_be_fails_the_commit_whole(tmp_path, capfd):
    """`out/actions` replaced by a file (a careless copy, a sync tool's conflict): the commit was sealed, then
    applied table by table until `actions`, so revision r2 had its documents and no actions, and every later
    command said "an interrupted write could not be finished". Now the file is found before the seal: one line
    naming it, exit status 1, nothing of r2 anywhere and nothing left pending in the journal."""
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    shutil.rmtree(out / "actions")
    (out / "actions").write_bytes(b"")
    before = snapshot(out)
    capfd.readouterr()
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r2", "--jobs", "1", "-q"]) == 1
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {THEME_7}: output: cannot write to {out} ({out / 'actions'} is a file, not a folder)"]
    assert snapshot(out) == before
    assert [p.name for p in (out / "_journal").iterdir()] == [".lock"]
