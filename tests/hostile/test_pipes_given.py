"""Pipes and devices given by name (`ingest <(curl ...)`, `/dev/fd/N`, a named pipe, `/dev/zero`): read once, by
the document's own read in its limited child. The parent looked into them before the read, to compare files of
the same size and to peek for a PDF; a pipe read there is gone for the read (a document lost in silence), a device
has no end, and a named pipe with no writer held the parent for ever, outside any --timeout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from council_actions.cli import main
from tests.conftest import PLAN, THEME_6, THEME_7


@contextmanager
def pipe_holding(data: bytes) -> Iterator[Path]:
    """`/dev/fd/N`, a pipe fed `data` by a thread, as a shell's `<(cat file)` is: the read end held open here."""
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as stream:
            stream.write(data)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        yield Path(f"/dev/fd/{read_end}")
    finally:
        os.close(read_end)
        feeder.join(timeout=5)


def ingested(capfd, out: Path, *paths: Path) -> dict:
    capfd.readouterr()
    code = main(["ingest", *map(str, paths), "--out", str(out), "--revision", "r1", "--jobs", "1", "--json"])
    report = json.loads(capfd.readouterr().out)
    assert code == (0 if report["ok"] else 1)
    return report


def test_two_pipes_of_the_same_size_are_each_read_whole(tmp_path, capfd):
    """Two pipes state no size (0): compared as the same size, both were read to the end in the parent, and each
    document then failed as `file is empty`."""
    with pipe_holding(THEME_7.read_bytes()) as first, pipe_holding(THEME_6.read_bytes()) as second:
        report = ingested(capfd, tmp_path / "out", first, second)
    assert report["failures"] == [] and report["repeats"] == []
    assert [(d["status"], d["rows"]["heatmap"], d["rows"]["statements"]) for d in report["documents"]] == [
        ("written", 7, 14), ("written", 10, 22)]


def test_a_pipe_after_a_file_is_read_from_its_first_byte(tmp_path, capfd):
    """The second document's peek for a PDF read the pipe's first 1024 bytes in the parent: the plan came out with
    its headings gone, 70 actions and no heatmap of its 94 and 74, and no word said."""
    with pipe_holding(PLAN.read_bytes()) as plan:
        report = ingested(capfd, tmp_path / "out", THEME_7, plan)
    assert [(d["status"], d["rows"]["actions"], d["rows"]["heatmap"]) for d in report["documents"]] == [
        ("written", 0, 7), ("written", 94, 74)]


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, stopped after a minute: the parent hung for ever on these before."""
    return subprocess.run([sys.executable, "-m", "council_actions.cli", *arguments], capture_output=True, text=True,
                          timeout=60, check=False)


def test_an_endless_device_beside_an_empty_one_is_stopped_by_max_bytes(tmp_path):
    """/dev/zero and /dev/null both state size 0: the parent digested both to compare them, /dev/zero for ever."""
    run = run_cli("ingest", "/dev/zero", "/dev/null", "--out", str(tmp_path / "out"), "--revision", "r1",
                  "--jobs", "1", "--max-bytes", "1M")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.splitlines()[:2] == [
        "council-actions: error: /dev/zero: ingest: larger than the limit of 1 MB (--max-bytes)",
        "council-actions: error: /dev/null: ingest: file is empty"]


def test_a_named_pipe_with_no_writer_is_stopped_by_its_time_limit(tmp_path):
    """Two named pipes no one writes to: the first is read in its child from the start; the second was peeked at
    by the parent, by then loaded (as after any first document), and its open waited for a writer for ever. Two
    pipes and no document to read keep the test off the load: only the pipes' own children are timed."""
    waiting = [tmp_path / "first.txt", tmp_path / "second.txt"]
    for pipe in waiting:
        os.mkfifo(pipe)
    run = run_cli("ingest", *map(str, waiting), "--out", str(tmp_path / "out"), "--revision", "r1", "--jobs", "1",
                  "--timeout", "2")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [f"council-actions: error: {pipe}: ingest: took longer than 2 s (--timeout)"
                                       for pipe in waiting]
