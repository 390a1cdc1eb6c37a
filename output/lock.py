"""One writer at a time per output folder, and readers that never see a writer midway: an advisory lock on
`OUT/_journal/.lock`.

Writers (ingest's write, diff) hold it exclusively from staging to the end of a commit; the reading commands
hold it shared while they read, so the tool itself sees every revision between commits only. The kernel drops
the lock of a killed process, so a dead writer never blocks anyone: the next holder finds its journal entries
and finishes or undoes them (output/journal.py). The lock is re-entrant within a process (diff reads, then
writes) and serialises this process's threads. An output folder without `_journal/` (never written, or
written before the journal existed) has nothing in flight and is read without a lock. Where the system has no
`flock` (Windows) there is no lock: one writer at a time is then the user's to ensure.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

JOURNAL = "_journal"
LOCK = ".lock"

if sys.platform != "win32":
    import fcntl

    SHARED, EXCLUSIVE, UNLOCK = fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_UN

    def _flock(descriptor: int, mode: int) -> None:
        fcntl.flock(descriptor, mode)
else:
    SHARED, EXCLUSIVE, UNLOCK = 1, 2, 8

    def _flock(descriptor: int, mode: int) -> None:
        """No advisory locks here (see the module's docstring)."""


@dataclass
class _Held:
    descriptor: int
    modes: list[int] = field(default_factory=list)  # one per nested `locked`, strongest wins


_HELD: dict[str, _Held] = {}
_THREADS = threading.RLock()


@contextmanager
def locked(out_dir: Path, exclusive: bool, create: bool = False) -> Iterator[bool]:
    """Hold the folder's lock (exclusive for writers); yields False when there is no journal to lock (and
    `create` is off). Nested use in one process keeps or strengthens the lock, never deadlocks on itself."""
    key = os.path.realpath(out_dir)
    wanted = EXCLUSIVE if exclusive else SHARED
    with _THREADS:
        held = _HELD.get(key)
        before = None if held is None else max(held.modes, default=None)
        now = wanted if before is None else max(before, wanted, key=_strength)
        if held is None:
            held = _acquire(out_dir, create, now)
            if held is None:
                yield False
                return
            _HELD[key] = held
        elif now != before:
            _flock(held.descriptor, now)
        held.modes.append(now)
        try:
            yield True
        finally:
            held.modes.pop()
            _release(key, held, now)


def _strength(mode: int) -> int:
    return 1 if mode == EXCLUSIVE else 0


def _acquire(out_dir: Path, create: bool, mode: int) -> _Held | None:
    """The lock file opened and locked. A batch that committed nothing removes the journal it made
    (output/staging.py), so a lock taken on a file since unlinked is a stale one: open the folder's again."""
    while True:
        held = _open(out_dir, create)
        if held is None:
            return None
        _flock(held.descriptor, mode)
        if _current(out_dir, held.descriptor):
            return held
        os.close(held.descriptor)


def _current(out_dir: Path, descriptor: int) -> bool:
    """Whether the locked file is still the one at `_journal/.lock`."""
    try:
        now = os.stat(out_dir / JOURNAL / LOCK)
    except FileNotFoundError:
        return False
    locked_file = os.fstat(descriptor)
    return (now.st_dev, now.st_ino) == (locked_file.st_dev, locked_file.st_ino)


def _open(out_dir: Path, create: bool) -> _Held | None:
    path = out_dir / JOURNAL / LOCK
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT if create else os.O_RDONLY, 0o644)
    except (FileNotFoundError, NotADirectoryError):  # no journal: nothing was ever in flight here
        return None
    return _Held(descriptor)


def _release(key: str, held: _Held, mode: int) -> None:
    if not held.modes:
        _flock(held.descriptor, UNLOCK)
        os.close(held.descriptor)
        del _HELD[key]
    elif held.modes[-1] != mode:
        _flock(held.descriptor, held.modes[-1])  # back to the enclosing (shared) lock
