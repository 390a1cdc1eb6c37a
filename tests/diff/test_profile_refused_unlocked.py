"""`diff --profile` with a file that is not there is refused at once, before diff waits for the output folder.

diff holds the folder's lock exclusively (it writes `changes` beside what it compares), so it waits while an
ingest writes there, which can take minutes on a national run. A mistyped profile path must not wait that long
to be told: the profiles are loaded before the lock is asked for, from the API as from the command.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time

import council_actions.output.lock as lock
import pytest
from council_actions.output.lock import JOURNAL, LOCK

from council_actions import api
from council_actions.cli import main
from council_actions.profile_fields import ProfileError

STUCK = 300  # seconds: only a diff stuck before both the lock and the refusal waits this long


@pytest.fixture
def held_folder(tmp_path):
    """An output folder whose lock another writer holds (as an ingest running in another process would)."""
    out = tmp_path / "out"
    (out / JOURNAL).mkdir(parents=True)
    descriptor = os.open(out / JOURNAL / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(descriptor, fcntl.LOCK_EX)  # its own open file: it excludes this process's later opens too
    yield out
    fcntl.flock(descriptor, fcntl.LOCK_UN)
    os.close(descriptor)


def _finished(call, monkeypatch: pytest.MonkeyPatch):
    """What `call` raised, or None; the test fails as soon as `call` asks for the folder's lock (which it would wait
    for): told by output/lock.py's flock, not by a clock, so a loaded machine's slow imports fail nothing."""
    raised: list[BaseException | None] = []
    asked = threading.Event()
    flock = lock._flock

    def asking(descriptor: int, mode: int) -> None:
        asked.set()
        flock(descriptor, mode)

    def target():
        try:
            call()
            raised.append(None)
        except BaseException as exc:  # handed to the test, which names it
            raised.append(exc)

    monkeypatch.setattr(lock, "_flock", asking)
    thread = threading.Thread(target=target, daemon=True)  # released with the lock at the fixture's end
    thread.start()
    given_up = time.monotonic() + STUCK
    while thread.is_alive() and not asked.is_set() and time.monotonic() < given_up:
        thread.join(0.05)
    assert not asked.is_set(), "diff asked for the folder's lock before reading its --profile"
    assert not thread.is_alive(), f"diff neither refused the profile nor asked for the lock in {STUCK} s"
    return raised[0]


def test_api_diff_refuses_a_missing_profile_without_waiting_for_the_lock(held_folder, tmp_path, monkeypatch):
    missing = tmp_path / "our_council.toml"
    raised = _finished(lambda: api.diff(held_folder, "2015-03", "2016-03", profiles=[missing]), monkeypatch)
    assert isinstance(raised, ProfileError)
    assert str(missing) in str(raised)


def test_diff_command_refuses_a_missing_profile_without_waiting_for_the_lock(held_folder, tmp_path, capsys,
                                                                            monkeypatch):
    missing = tmp_path / "our_council.toml"
    codes: list[int] = []
    assert _finished(lambda: codes.append(main(["diff", str(held_folder), "--profile", str(missing)])),
                     monkeypatch) is None
    assert codes == [2]  # wrong usage: a broken profile file
    assert str(missing) in capsys.readouterr().err
