"""The staging folder a review is written in (`.building-*`, in its site folder), held while it is written.

A review is written whole in a staging folder and put in place only then (review/__init__.py), so a review killed
midway leaves that folder behind. The next review into the site removes it, but only a folder nobody holds: each
review holds an advisory lock (flock) on its own staging folder from making it to removing it, and the kernel drops
the lock of a killed process. Every `.building-*` was removed before, a second review's too while it was being
written, which then failed or put half a review in place. The stale folders are listed and the new one made and
locked under a lock on the site's marker file, so no review takes another's new folder for a stale one between its
making and its lock. Where the system has no flock (Windows) no folder is known to be stale, and none is removed.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STAGING = ".building-"  # a review being written, in its site folder: put in place once whole

if sys.platform != "win32":
    import fcntl

    def _lock(descriptor: int, wait: bool) -> bool:
        """Lock the open file or folder exclusively (waiting for it, or not); whether it is now held."""
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True
else:
    def _lock(descriptor: int, wait: bool) -> bool:
        """No advisory locks here (see the module's docstring): nothing not waited for is known to be free."""
        return wait


@contextmanager
def staging(site_dir: Path, marker: Path) -> Iterator[Path]:
    """A new staging folder in the site, held until it is removed on leaving; the stale ones (a killed review's,
    held by nobody) removed first."""
    site = os.open(marker, os.O_RDONLY)
    try:
        _lock(site, wait=True)
        _remove_stale(site_dir)
        building = Path(tempfile.mkdtemp(prefix=STAGING, dir=site_dir))
        held = os.open(building, os.O_RDONLY)
        _lock(held, wait=True)
    finally:
        os.close(site)
    try:
        yield building
    finally:
        shutil.rmtree(building, ignore_errors=True)
        os.close(held)


def _remove_stale(site_dir: Path) -> None:
    """Remove each staging folder in the site whose lock nobody holds: a review killed while writing it."""
    for folder in site_dir.glob(f"{STAGING}*"):
        try:
            descriptor = os.open(folder, os.O_RDONLY)
        except FileNotFoundError:  # its review finished since the listing, and removed it
            continue
        try:
            if _lock(descriptor, wait=False):
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            os.close(descriptor)
