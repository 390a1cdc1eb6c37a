"""A profile file is read only if it is a regular file, and no further than a profile can be: else one line.

A profile is a TOML file of a few dozen KB, named on the command line (`--profile FILE`) or, a file at a time, in a
manifest's `profile` column. It was read whole whatever it was: `--profile /dev/zero` filled memory until the
system killed the command (no line, no exit status of ours), and a pipe with no writer held it for ever."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from council_actions.cli import main
from council_actions.profile import MAX_PROFILE_BYTES
from tests.conftest import THEME_6

NOT_REGULAR = "cannot read profile (not a regular file: a folder, pipe, socket or device)"


def _capped() -> None:
    """The command's address space capped, so that the code before the fix fails here, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _ingest(out: Path, profile: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "council_actions.cli", "ingest", str(THEME_6), "--out", str(out),
                           "--profile", profile, "-q"], capture_output=True, text=True, timeout=60,
                          preexec_fn=_capped)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_given_as_the_profile_is_refused_in_one_line(tmp_path):
    done = _ingest(tmp_path / "out", "/dev/zero")
    assert (done.returncode, done.stderr.splitlines()) == (2, [f"council-actions: error: /dev/zero: {NOT_REGULAR}"])
    assert not (tmp_path / "out").exists()


def test_a_pipe_given_as_the_profile_is_refused_not_waited_for(tmp_path):
    pipe = tmp_path / "profile.toml"
    os.mkfifo(pipe)
    done = _ingest(tmp_path / "out", str(pipe))
    assert (done.returncode, done.stderr.splitlines()) == (2, [f"council-actions: error: {pipe}: {NOT_REGULAR}"])


def test_a_profile_past_the_size_a_profile_can_be_is_refused(tmp_path, capsys):
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * MAX_PROFILE_BYTES + b"\n")
    assert main(["ingest", str(THEME_6), "--out", str(tmp_path / "out"), "--profile", str(big), "-q"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"council-actions: error: {big}: cannot read profile (larger than 1 MB: a profile is a TOML file of a few "
        "dozen KB)"]


def test_a_manifest_row_naming_a_pipe_as_its_profile_names_the_row(tmp_path, capsys):
    os.mkfifo(tmp_path / "kent.toml")
    listed = tmp_path / "national.csv"
    listed.write_text(f"path,council,profile\n{THEME_6},Runnymede Borough Council,kent.toml\n", encoding="utf-8")
    assert main(["ingest", "--manifest", str(listed), "--out", str(tmp_path / "out"), "-q"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"council-actions: error: {listed} line 2: profile 'kent.toml': {tmp_path / 'kent.toml'}: {NOT_REGULAR}"]
