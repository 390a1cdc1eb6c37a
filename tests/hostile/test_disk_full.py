"""A disk that fills while a document's tables are staged: one line naming the document and the output folder with
the system's words, exit 1, the earlier output whole.

Before, the line was "output: output failed unexpectedly (OSError: [Errno 28] No space left on device)", a stage's
bug by its words (seen on a 300 KB tmpfs). The full disk is simulated: each staged table file is written to
/dev/full, whose every write fails as a full disk's (ENOSPC).
"""

from __future__ import annotations

import pathlib

from council_actions.output.parquet import STAGED

from council_actions.cli import main
from tests.conftest import PLAN, THEME_7, snapshot


def test_a_full_disk_while_staging_names_the_output_folder(tmp_path, monkeypatch, capfd):
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    before = snapshot(out)
    opened = pathlib.Path.open

    def full(self, mode="r", *args, **kwargs):
        return open("/dev/full", "wb") if self.name.endswith(STAGED) else opened(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", full)
    capfd.readouterr()
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "r2", "--jobs", "1", "-q"]) == 1
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {PLAN}: output: cannot write to {out} (No space left on device)"]
    monkeypatch.undo()
    assert {path: data for path, data in snapshot(out).items() if "_journal" not in str(path)} == \
        {path: data for path, data in before.items() if "_journal" not in str(path)}
