"""`review --verdicts FILE` reads a file or a pipe no further than 100 MB: else one line.

The auditor's verdicts come back as a CSV file the review page exported. It was read a line at a time whatever it
was: `--verdicts /dev/zero` (one line without end) grew memory until the system killed the command."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from council_actions.review.verdicts import MAX_BYTES

from council_actions.cli import main
from tests.conftest import THEME_6

NOT_A_FILE = "cannot read verdicts (a folder, socket or device, not a file)"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reviewed") / "out"
    assert main(["ingest", str(THEME_6), "--out", str(folder), "--revision", "2026-04", "-q"]) == 0
    return folder


def _capped() -> None:
    """The command's address space capped, so that the code before the fix fails here, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _review(out: Path, site: Path, verdicts: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "council_actions.cli", "review", str(out), "--out", str(site),
                           "--verdicts", verdicts], capture_output=True, text=True, timeout=60, preexec_fn=_capped)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_given_as_the_verdicts_is_refused_in_one_line(out, tmp_path):
    done = _review(out, tmp_path / "site", "/dev/zero")
    assert (done.returncode, done.stderr.splitlines()) == (1, [f"council-actions: error: /dev/zero: {NOT_A_FILE}"])


def test_verdicts_past_the_limit_are_refused(out, tmp_path, capsys):
    big = tmp_path / "verdicts.csv"
    with big.open("wb") as stream:
        stream.truncate(MAX_BYTES + 1)  # a sparse file: no disk spent
    assert main(["review", str(out), "--out", str(tmp_path / "site"), "--verdicts", str(big)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"council-actions: error: {big}: cannot read verdicts (larger than 100 MB)"]
