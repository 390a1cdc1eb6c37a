"""A profile file is read no further than a profile can go (1 MB), and only from a file or a pipe: else one line.

A profile is a TOML file of a few dozen KB, named on the command line (`--profile FILE`) or, a file at a time, in a
manifest's `profile` column. It was read whole whatever it was: `--profile /dev/zero`, or a pipe whose writer never
stops, filled memory until the system killed the command (no line, no exit status of ours)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from council_actions.cli import main
from council_actions.profile import MAX_PROFILE_BYTES
from tests.conftest import THEME_6

NOT_A_FILE = "cannot read profile (a folder, socket or device, not a file)"
TOO_LARGE = "cannot read profile (larger than 1 MB: a profile is a TOML file of a few dozen KB)"


def _capped() -> None:
    """The command's address space capped, so that the code before the fix fails here, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _ingest(out: Path, profile: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "council_actions.cli", "ingest", str(THEME_6), "--out", str(out),
                           "--profile", profile, "-q"], capture_output=True, text=True, timeout=60,
                          preexec_fn=_capped)


def _writing(pipe: Path, text: bytes, endless: bool) -> threading.Thread:
    """A writer for the pipe: `text` once, or over and over until the reader stops reading."""
    def write() -> None:
        try:
            with pipe.open("wb", buffering=0) as stream:
                while True:
                    stream.write(text)
                    if not endless:
                        return
        except BrokenPipeError:  # the reader stopped: the refusal
            return

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return writer


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_given_as_the_profile_is_refused_in_one_line(tmp_path):
    done = _ingest(tmp_path / "out", "/dev/zero")
    assert (done.returncode, done.stderr.splitlines()) == (2, [f"council-actions: error: /dev/zero: {NOT_A_FILE}"])
    assert not (tmp_path / "out").exists()


def test_a_pipe_whose_writer_never_stops_is_refused_at_the_limit(tmp_path):
    pipe = tmp_path / "profile.toml"
    os.mkfifo(pipe)
    writer = _writing(pipe, b"# a comment line of a profile without end\n", endless=True)
    done = _ingest(tmp_path / "out", str(pipe))
    writer.join(timeout=10)
    assert (done.returncode, done.stderr.splitlines()) == (2, [f"council-actions: error: {pipe}: {TOO_LARGE}"])


def test_a_profile_given_through_a_pipe_is_read(tmp_path):
    """`--profile <(git show main:kent.toml)`: a pipe with a profile in it is read like the file."""
    pipe = tmp_path / "kent.toml"
    os.mkfifo(pipe)
    writer = _writing(pipe, b'[council]\nname = "Kent County Council"\n', endless=False)
    assert main(["ingest", str(THEME_6), "--out", str(tmp_path / "out"), "--profile", str(pipe), "-q"]) == 0
    writer.join(timeout=10)
    assert (tmp_path / "out" / "documents").is_dir()


def test_a_profile_past_the_size_a_profile_can_be_is_refused(tmp_path, capsys):
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * MAX_PROFILE_BYTES + b"\n")
    assert main(["ingest", str(THEME_6), "--out", str(tmp_path / "out"), "--profile", str(big), "-q"]) == 2
    assert capsys.readouterr().err.splitlines() == [f"council-actions: error: {big}: {TOO_LARGE}"]


def test_a_manifest_row_naming_a_folder_as_its_profile_names_the_row(tmp_path, capsys):
    (tmp_path / "kent").mkdir()
    listed = tmp_path / "national.csv"
    listed.write_text(f"path,council,profile\n{THEME_6},Runnymede Borough Council,kent\n", encoding="utf-8")
    assert main(["ingest", "--manifest", str(listed), "--out", str(tmp_path / "out"), "-q"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"council-actions: error: {listed} line 2: profile 'kent': {tmp_path / 'kent'}: {NOT_A_FILE}"]
