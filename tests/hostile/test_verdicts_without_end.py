"""`review --verdicts FILE` reads the file only if it is a regular file of at most 100 MB: else one line.

The auditor's verdicts come back as a CSV file the review page exported. It was read a line at a time whatever it
was: `--verdicts /dev/zero` (one line with no end) grew memory until the system killed the command, and a pipe with
no writer held it for ever."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from council_actions.cli import main
from tests.conftest import THEME_6

NOT_REGULAR = "cannot read verdicts (not a regular file: a folder, pipe, socket or device)"


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
    assert (done.returncode, done.stderr.splitlines()) == (1, [f"council-actions: error: /dev/zero: {NOT_REGULAR}"])


def test_a_pipe_given_as_the_verdicts_is_refused_not_waited_for(out, tmp_path):
    pipe = tmp_path / "verdicts.csv"
    os.mkfifo(pipe)
    done = _review(out, tmp_path / "site", str(pipe))
    assert (done.returncode, done.stderr.splitlines()) == (1, [f"council-actions: error: {pipe}: {NOT_REGULAR}"])
