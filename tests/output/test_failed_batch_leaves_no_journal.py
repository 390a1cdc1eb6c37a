"""`ingest` where every document fails, into a new `--out`, leaves no empty `OUT/_journal/` behind.
A batch that commits nothing leaves the output folder as it was (output/staging.py); a writer that was
waiting on the lock file it removed takes the folder's new one instead (output/lock.py)."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from council_actions.output.lock import JOURNAL, LOCK, locked

from council_actions.batch import run_batch
from tests.conftest import GIVEN, PLAN


@pytest.fixture
def failing(tmp_path: Path) -> list[Path]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.pdf").write_bytes(b"junk\n")
    return [tmp_path / "empty.txt", tmp_path / "junk.pdf"]


def test_failed_ingest_into_new_folder_leaves_no_empty_journal(tmp_path, failing):
    """The command QA ran: exit 1, each file named, and no output folder at all."""
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "council_actions.cli", "ingest", "-q", "--out", str(out),
                          *map(str, failing)], capture_output=True, text=True)
    assert run.returncode == 1
    assert "empty.txt" in run.stderr and "junk.pdf" in run.stderr
    assert not out.exists()


@pytest.mark.parametrize("jobs", [1, 2])
def test_failed_batch_leaves_an_existing_folder_as_it_was(tmp_path, failing, profile, jobs):
    """A folder of the user's (or of output written before the journal existed) gets no journal either."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    executor = ThreadPoolExecutor(jobs) if jobs > 1 else None
    results, failures = run_batch(failing, out, profile, "r1", GIVEN, executor=executor)
    assert (results, failures) == ([], 2)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_failed_batch_keeps_the_journal_of_a_folder_with_output(tmp_path, failing, profile):
    """Where a journal was there before, the failed batch keeps it and the output stays whole."""
    out = tmp_path / "out"
    results, failures = run_batch([PLAN], out, profile, "r1", GIVEN)
    assert (len(results), failures) == (1, 0)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    assert run_batch(failing, out, profile, "r2", GIVEN) == ([], 2)
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert [p.name for p in (out / JOURNAL).iterdir()] == [LOCK]


def test_a_writer_waiting_on_a_removed_lock_file_locks_the_new_one(tmp_path):
    """Another process blocked on `_journal/.lock` while it is unlinked must not hold a lock nobody else sees."""
    out = tmp_path / "out"
    child = [sys.executable, "-c", "import os, sys; from pathlib import Path; "
             "from council_actions.output.lock import locked, JOURNAL, LOCK, _HELD\n"
             "out = Path(sys.argv[1]); print('waiting', flush=True)\n"
             "with locked(out, exclusive=True, create=True):\n"
             "    held = next(iter(_HELD.values())).descriptor\n"
             "    print(os.fstat(held).st_ino == os.stat(out / JOURNAL / LOCK).st_ino)", str(out)]
    with locked(out, exclusive=True, create=True):
        waiter = subprocess.Popen(child, stdout=subprocess.PIPE, text=True)
        assert waiter.stdout is not None and waiter.stdout.readline() == "waiting\n"
        time.sleep(0.5)  # it reaches flock
        (out / JOURNAL / LOCK).unlink()
        (out / JOURNAL).rmdir()
    assert waiter.communicate(timeout=60)[0] == "True\n"
    assert waiter.returncode == 0
