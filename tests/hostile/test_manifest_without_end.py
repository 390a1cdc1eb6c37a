"""A manifest is an input file like the documents: no larger than --max-bytes, or refused in one line.

It is read whole before anything else, so a manifest with no end (`--manifest /dev/zero`, a pipe whose writer
never stops) grew the process's memory without bound and the run never ended; one over the limit is refused
before any document is read or anything written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from council_actions.cli import main
from tests.conftest import THEME_6


def test_a_manifest_over_the_byte_limit_is_refused_and_nothing_is_written(tmp_path, capsys):
    (tmp_path / "theme.txt").write_bytes(THEME_6.read_bytes())
    manifest = tmp_path / "national.csv"
    manifest.write_text("path,council\ntheme.txt,Runnymede Borough Council\n" + "\n" * 2000, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["ingest", "--manifest", str(manifest), "--out", str(out), "--max-bytes", "1K", "-q"])
    assert code == 2
    assert capsys.readouterr().err.splitlines() == [
        f"council-actions: error: {manifest}: the manifest is larger than the limit of 1 KB (--max-bytes)"]
    assert not out.exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_manifest_with_no_end_is_refused_at_the_limit_not_read_for_ever(tmp_path):
    done = subprocess.run([sys.executable, "-m", "council_actions.cli", "ingest", "--manifest", "/dev/zero",
                           "--out", str(tmp_path / "out"), "--max-bytes", "1M"],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr.splitlines()) == (
        2, ["council-actions: error: /dev/zero: the manifest is larger than the limit of 1 MB (--max-bytes)"])
    assert not (tmp_path / "out").exists()
