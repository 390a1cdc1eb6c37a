"""What a test run makes once and its xdist workers share (pytest-xdist's way to run a session fixture once): a
folder of the run's temporary root that every worker sees, and a lock for each thing made in it, so that the
first worker to need it makes it and the others wait and read it back. The folder is new each run."""

from __future__ import annotations

import fcntl
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def run_folder(factory: pytest.TempPathFactory, config: pytest.Config) -> Path:
    """Beside the workers' own temporary folders under xdist; else this process's own (never the folder above it,
    which pytest keeps from run to run)."""
    root = factory.getbasetemp()
    folder = (root.parent if hasattr(config, "workerinput") else root) / "made_once"
    folder.mkdir(exist_ok=True)
    return folder


@contextmanager
def held(lock: Path) -> Iterator[None]:
    """One worker at a time, until the block ends (however it ends: the lock goes with the file)."""
    with lock.open("w") as file:
        fcntl.flock(file, fcntl.LOCK_EX)
        yield


def keep(path: Path, value: object) -> None:
    """`value` pickled at `path`, whole or not at all (a worker stopped while writing leaves no half file)."""
    part = path.with_suffix(".part")
    part.write_bytes(pickle.dumps(value))
    os.replace(part, path)
