"""Files in a folder given that are no regular file: a pipe, a socket. Never read from a folder (a pipe with no
writer would wait until the time limit), yet named in the run's report, as a .docx or a broken link beside the
plans is, never left out without a word."""

from __future__ import annotations

import json
import os
import socket

from council_actions.cli import main
from tests.conftest import THEME_7


def test_a_pipe_and_a_socket_in_a_folder_are_named_as_not_read(tmp_path, capfd, monkeypatch):
    """`plans/` holding a good plan, a pipe and a socket, each named as a plan: the plan was written and the other
    two were left out in silence (neither a document, a file of another kind nor a broken link). Now they are
    named on one line of the summary, and in the JSON report's `special`."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "a_theme.txt").write_bytes(THEME_7.read_bytes())
    os.mkfifo(plans / "b_pipe.txt")
    monkeypatch.chdir(plans)  # a socket's path is short, relative to its folder
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind("c_socket.txt")
        out = tmp_path / "out"
        capfd.readouterr()
        assert main(["ingest", str(plans), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 0
        said = capfd.readouterr().out
        assert (f"not read (2 special files, a pipe, socket or device, never read from a folder): "
                f"{plans / 'b_pipe.txt'}, {plans / 'c_socket.txt'}") in said.splitlines()
        assert main(["ingest", str(plans), "--out", str(out), "--revision", "r1", "--jobs", "1", "--json"]) == 0
        report = json.loads(capfd.readouterr().out)
    assert report["special"] == [str(plans / "b_pipe.txt"), str(plans / "c_socket.txt")]
    assert [document["source"] for document in report["documents"]] == [str(plans / "a_theme.txt")]
