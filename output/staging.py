"""The batch's staging area: where workers on this machine write a document's Parquet files
(output/parquet.py) before the parent commits them, so that encoding runs on every core and the committing
parent only flushes (most of it while the workers go on: output/journal.py `flushing_ahead`) and renames
(output/writer.py).

The area is `_journal/stage-<random>/`, held for the batch's life by an advisory lock on its `.held` file
(forked children inherit it). The journal's recovery (output/journal.py) removes every other entry of
`_journal/` as a dead writer's, but leaves a held staging area alone; once the batch ends, or its process and
children are killed (the kernel drops the lock), the area is litter the next command removes. Where the
system has no `flock` (Windows) a process knows its own areas, and one writer at a time is the user's to ensure
(output/lock.py). A file staged here is part of no commit until the parent moves it into a transaction: a
kill at any point leaves the output as it was. No Arrow here: a batch's parent opens the area before it
loads pyarrow.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from council_actions.output.lock import JOURNAL, LOCK, locked

STAGE_PREFIX = "stage-"
HELD = ".held"
_OURS: set[Path] = set()  # this process's live staging areas (where there is no flock to ask)


@contextmanager
def staging_area(out_dir: Path) -> Iterator[Path | None]:
    """A fresh staging area for one batch, removed when it ends; None where none can be made (the commit, which
    writes there too, then names the problem for each document)."""
    made_journal = not (out_dir / JOURNAL).exists()
    before = _contents(out_dir)
    try:
        with locked(out_dir, exclusive=True, create=True):  # no recovery may remove it before it is held
            folder = Path(tempfile.mkdtemp(dir=out_dir / JOURNAL, prefix=STAGE_PREFIX))
            handle = os.open(folder / HELD, os.O_RDWR | os.O_CREAT, 0o644)
            _hold(handle)
    except OSError:
        yield None
        return
    _OURS.add(folder)
    try:
        yield folder
    finally:
        _OURS.discard(folder)
        shutil.rmtree(folder, ignore_errors=True)
        os.close(handle)
        if made_journal:
            _remove_unused_journal(out_dir, before)


def _contents(out_dir: Path) -> frozenset[str] | None:
    """The folder's entries before a batch made its journal; None if the batch makes the folder too."""
    try:
        return frozenset(os.listdir(out_dir))
    except OSError:  # not there, or not a folder (then no staging area can be made there either)
        return None


def _remove_unused_journal(out_dir: Path, before: frozenset[str] | None) -> None:
    """A batch that made the journal and committed nothing (every document failed) leaves the folder as it
    was: the journal removed, and the folder too if the batch made it, so no BI tool or later run finds an
    output folder that holds no output. Done under the exclusive lock, and only while the journal holds
    nothing but its lock file: a writer that opened the lock file before it was unlinked opens the new one
    (output/lock.py)."""
    journal = out_dir / JOURNAL
    with locked(out_dir, exclusive=True) as held:
        if not held or os.listdir(journal) != [LOCK] or _contents(out_dir) != (before or frozenset()) | {JOURNAL}:
            return
        try:
            (journal / LOCK).unlink()
            journal.rmdir()
        except OSError:  # an open file cannot be unlinked everywhere (Windows): the empty journal stays
            return
    if before is None:
        try:
            out_dir.rmdir()
        except OSError:  # something else was put there meanwhile: not ours to remove
            return


def held(entry: Path) -> bool:
    """Whether a journal entry is a staging area some live batch still holds (never to be removed)."""
    if not entry.name.startswith(STAGE_PREFIX):
        return False
    if entry in _OURS:
        return True
    try:
        handle = os.open(entry / HELD, os.O_RDONLY)
    except OSError:  # no lock file (any more): nothing holds it
        return False
    try:
        return not _try_hold(handle)
    finally:
        os.close(handle)


if sys.platform != "win32":
    import fcntl

    def _hold(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_EX)

    def _try_hold(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
else:
    def _hold(handle: int) -> None:
        """No advisory locks here (see the module's docstring)."""

    def _try_hold(handle: int) -> bool:
        return True
