"""Ctrl-C halfway through an ingest of the samples (the terminal sends SIGINT to the command and its workers):
one line on stderr saying what state the output folder is in, exit 130, and no Python traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from council_actions.batch import run_batch
from council_actions.interrupts import interrupts_recorded
from council_actions.limited_step import FORK_LOCK
from council_actions.profile import load_profile
from tests.conftest import PLAN, ROOT


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # a test runner's child may inherit SIGINT ignored


def test_ctrl_c_during_an_ingest_prints_one_line_and_exits_130(tmp_path: Path):
    out = tmp_path / "out"
    run = subprocess.Popen([sys.executable, "-m", "council_actions.cli", "ingest", str(ROOT / "samples"),
                            "--out", str(out), "--revision", "2024-06", "--jobs", "1"],
                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 60
    while not (out / "_journal").exists() and time.monotonic() < deadline:  # the batch has started staging
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)  # as a terminal's Ctrl-C does: the whole foreground group
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert stderr.strip().splitlines() == [
        "council-actions: error: interrupted (Ctrl-C): an output folder keeps its last whole commit; the next "
        "command on it finishes or undoes a write the interrupt cut short"]
    assert not (out / "actions").exists()  # nothing of the cut batch was committed


class _InterruptedFinaliser:
    """Sends SIGINT when freed: the KeyboardInterrupt is raised in `__del__`, where Python only prints it
    ("Exception ignored in ..."), as it does in logging's at-fork handler, where the train once saw a Ctrl-C land
    and the batch went on to commit and exit 0."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_ctrl_c_python_swallowed_still_stops_the_batch_before_its_commit(tmp_path: Path):
    out, before = tmp_path / "out", signal.getsignal(signal.SIGINT)  # SIG_IGN where the runner ignores SIGINT
    with interrupts_recorded():
        _InterruptedFinaliser()  # freed at once: the interrupt is raised and swallowed
        with pytest.raises(KeyboardInterrupt):
            run_batch([PLAN], out, load_profile(), "r1")
    assert not (out / "actions").exists()
    assert signal.getsignal(signal.SIGINT) == before  # the handler from before is back


def test_the_command_runs_from_a_thread_other_than_the_main_one(tmp_path: Path):
    """Only the main thread may set a signal handler: `main` called from a script's thread runs its command,
    keeping Python's own handling, and raises no ValueError ('signal only works in main thread')."""
    import threading

    from council_actions.cli import main

    exits: list[int] = []
    thread = threading.Thread(target=lambda: exits.append(main(["timelines", "Q3-Q4 24/25", "--json"])))
    thread.start()
    thread.join()
    assert exits == [0]


def test_a_ctrl_c_during_a_fork_is_raised_after_it_not_inside():
    """A Ctrl-C that comes while a fork or a load holds FORK_LOCK (in logging's at-fork handler, where the
    clean-clone CI saw Python print it as "Exception ignored" under the command's one line) is remembered there
    and raised once the lock is let go, at the next safe point or at the command's end."""
    reached = False
    with pytest.raises(KeyboardInterrupt):
        with interrupts_recorded():
            with FORK_LOCK:
                signal.raise_signal(signal.SIGINT)
                reached = True  # nothing raised inside the fork's window
    assert reached


class _InterruptedWhileSending(ThreadPoolExecutor):
    """A caller's thread pool, where the Ctrl-C lands as the batch sends it its third document."""

    def __init__(self) -> None:
        super().__init__(max_workers=2)
        self.sent: list[Future[object]] = []

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        if len(self.sent) == 2:
            raise KeyboardInterrupt
        future = super().submit(fn, *args, **kwargs)
        self.sent.append(future)
        return future


def test_a_ctrl_c_while_the_documents_are_sent_leaves_none_of_those_sent_running(tmp_path: Path):
    """The documents sent before the Ctrl-C were lost to the batch's stop (it knew its workers only once all
    were sent): they ran on, writing into a staging area being removed, after the batch had raised."""
    pool = _InterruptedWhileSending()
    with pytest.raises(KeyboardInterrupt):
        run_batch([PLAN, PLAN, PLAN], tmp_path / "out", load_profile(), "r1", executor=pool, jobs=2)
    assert [future.done() for future in pool.sent] == [True, True]
    pool.shutdown()
