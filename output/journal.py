"""Commit a document's files as one step: staged under `OUT/_journal/`, decided by a commit record, applied by
idempotent steps that any later command finishes if the writer was killed.

A write goes through four phases, all under the folder's exclusive lock (output/lock.py):

1. stage: every new file is written in a transaction folder `_journal/<txn>/`. For a table where the
   document replaces an earlier version, and where the system can swap folders (output/swap.py), the new file
   goes in a sub-folder that is a complete image of the revision's folder after the commit: hard links to the
   files that stay, plus the new file.
2. seal: the staged files are flushed to disk, then the commit record `_journal/<txn>.commit` (the steps
   below, as JSON) is written to a temporary name, flushed and renamed into place. The commit is decided at
   that rename: before it, the old version stands and the staged files are litter; after it, the new version
   is what the folder will hold.
3. apply: each step, in table order, either swaps the prepared image with the live folder (one rename: a
   reader of that table sees the old set of files, then the new set) or, without the swap, renames the new
   file in and deletes the earlier version's file right after it. Every step can be repeated: a step whose
   earlier files are already gone is done.
4. finish: the live folders are flushed, the transaction folder (holding the swapped-out old images) and then
   the record are removed.

`recover` runs before every write and every read of the tool: it finishes a sealed commit (roll forward) and
deletes transaction folders with no record (roll back), and staging areas no live batch holds
(output/staging.py). See README "Revisions" for what a reader sees when.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath

from council_actions.output.lock import JOURNAL, LOCK, locked
from council_actions.output.staging import held
from council_actions.output.swap import exchange

from council_actions.issues import OutputError

RECORD = ".commit"
MAX_FLUSHES = 32  # threads flushing a commit's files at once
FLUSHES_AHEAD = 4  # threads flushing a batch's staged files while its workers go on


@dataclass(frozen=True)
class Step:
    """One live folder's change: each staged file of `add` renamed to its name there, `drop` names deleted.
    With an `image` (a staged folder holding the whole live folder after the change) the folders are swapped
    instead, where the system can; the image then holds the staged files of `add` too."""

    live: str
    add: tuple[tuple[str, str], ...] = ()  # (staged file, name in the live folder)
    drop: tuple[str, ...] = ()
    image: str = ""


def open_transaction(out_dir: Path) -> Path:
    """A fresh transaction folder (the caller holds the exclusive lock)."""
    return Path(tempfile.mkdtemp(dir=out_dir / JOURNAL, prefix="txn-"))


def abandon(transaction: Path) -> None:
    """Undo a transaction that was never sealed: the live folders were not touched."""
    shutil.rmtree(transaction, ignore_errors=True)


def seal(out_dir: Path, transaction: Path, steps: list[Step], written: list[Path]) -> Path:
    """Flush the files `written` into the transaction (the bytes written here and the files a batch's workers
    staged, moved in; a hard link is a live file's), then write the commit record atomically: from here on the
    commit stands.

    The files are flushed all at once (`flush_together`); every flush has ended, and any error has been
    raised, before the record is written."""
    flush_together(written)
    record = transaction.with_name(transaction.name + RECORD)
    text = json.dumps({"version": 1, "steps": [asdict(step) for step in steps]}, indent=1) + "\n"
    handle, temporary = tempfile.mkstemp(dir=record.parent, prefix=f".{record.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, record)
    return record


def finish(out_dir: Path, record: Path) -> None:
    """Apply every step of a sealed commit, then remove the transaction and its record."""
    steps = _load(out_dir, record)
    for step in steps:
        _apply(out_dir, step)
    shutil.rmtree(record.with_name(record.name.removesuffix(RECORD)), ignore_errors=True)
    record.unlink()


def recover(out_dir: Path, exclusive: bool = False) -> None:
    """Finish what a killed writer sealed and undo what it had only staged; a no-op without a journal."""
    with reading(out_dir, exclusive):
        return


@contextmanager
def reading(out_dir: Path, exclusive: bool = False) -> Iterator[None]:
    """Every command's way into an output folder: pending commits finished first, then the folder held (shared
    for reading, exclusive for a reader that will write) so no writer changes it midway."""
    with locked(out_dir, exclusive) as held:
        if held and pending(out_dir):
            with locked(out_dir, exclusive=True):
                recover_locked(out_dir)
        yield


def pending(out_dir: Path) -> bool:
    """Whether a dead writer left anything in the journal: a command must finish or undo it first."""
    return any(entry.name != LOCK and not held(entry) for entry in (out_dir / JOURNAL).iterdir())


def recover_locked(out_dir: Path) -> None:
    """Under the exclusive lock no writer is alive, so every journal entry is a dead writer's."""
    journal = out_dir / JOURNAL
    try:
        for record in sorted(journal.glob(f"*{RECORD}")):
            finish(out_dir, record)
        for entry in sorted(journal.iterdir()):
            if entry.name != LOCK and not held(entry):
                _remove_litter(entry)
    except OSError as exc:
        raise OutputError(f"{out_dir}: an interrupted write could not be finished ({exc.strerror or exc}); "
                          "the next command with write access to the folder finishes it") from None


def _remove_litter(entry: Path) -> None:
    """A journal entry no live writer holds, removed, though part of it may vanish meanwhile: a batch removes its
    own staging area once its commit is done, without the lock (output/staging.py), and its `.held` file can go
    before the rest, so another command's recovery may be removing the same files at once. A file gone already
    is no failure: two ingests on one output folder had the later commit fail whole on it (FileNotFoundError),
    every document of the batch lost. Each retry finds fewer files, so it ends."""
    while True:
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink(missing_ok=True)
            return
        except FileNotFoundError:
            continue


def _apply(out_dir: Path, step: Step) -> None:
    live = out_dir / step.live
    if step.drop and not any((live / name).exists() for name in step.drop):
        return  # done before the writer was killed
    if step.image and live.is_dir() and exchange(out_dir / step.image, live):
        return
    live.mkdir(parents=True, exist_ok=True)
    for staged, name in step.add:
        if (out_dir / staged).exists():
            os.replace(out_dir / staged, live / name)
    for name in step.drop:
        (live / name).unlink(missing_ok=True)


def _load(out_dir: Path, record: Path) -> list[Step]:
    """The record's steps, each path checked to stay inside the output folder."""
    try:
        steps = [Step(s["live"], tuple((str(staged), str(name)) for staged, name in s["add"]),
                      tuple(map(str, s["drop"])), str(s["image"]))
                 for s in json.loads(record.read_text(encoding="utf-8"))["steps"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise OutputError(f"{record}: unreadable commit record ({exc}); move it away to go on") from None
    for step in steps:
        for path in (step.live, step.image, *(part for pair in step.add for part in pair), *step.drop):
            if PurePosixPath(path).is_absolute() or ".." in PurePosixPath(path).parts:
                raise OutputError(f"{record}: commit record names {path!r}, outside the output folder")
    return steps


def flush_together(paths: list[Path]) -> None:
    """Each file's bytes to disk, all at once, each in a thread of its own (a flush waits on the disk, not the
    interpreter): the file system then commits them together, where one after another each waits for its own
    commit (on ext4, a document's staged tables flushed at once took a third to a twentieth of the time in turn:
    commit d5c5c5c). Returns once every flush has ended; the
    first error is raised. Where no thread can start (a worker's child near its memory cap: each thread
    reserves a stack), the files are flushed one after another instead (flushing twice is harmless)."""
    if not paths:
        return
    try:
        with ThreadPoolExecutor(max_workers=min(len(paths), MAX_FLUSHES)) as flushing:
            list(flushing.map(_flush, paths))
    except RuntimeError:  # "can't start new thread": not the flush's error (that is an OSError)
        for path in paths:
            _flush(path)


@contextmanager
def flushing_ahead() -> Iterator[Callable[[list[Path]], None]]:
    """A batch's way to start flushing each document's staged files as soon as its worker has written them, in
    threads of this process, while the workers go on with the next documents. A worker that flushed its own
    files kept its core idle for each flush's wait on the disk (ten times as long on a busy disk as on a quiet one,
    for commit 7e3b6b3, and two workers flushing at once wait on each other); the seal then finds them on disk
    already.
    Only an early start: the seal flushes every file it commits again and raises any error (flushing twice is
    harmless, and a file on disk flushes at once), so a failed early flush is left to it, and so are the files of
    a flush no thread could start for (the batch's documents are all done by then: failing the batch for a lost
    head start would lose them). Leaving the block waits for the flushes started; left by an exception (an
    interrupt, SIGTERM), it waits only for those under way: the batch is about to remove the staged files, and on a
    slow disk the dozens still queued (eleven files a document) kept a stopped command running for as long as
    each waited its turn on the disk."""
    flushing = ThreadPoolExecutor(max_workers=FLUSHES_AHEAD, thread_name_prefix="flush-ahead")

    def flush_ahead(paths: list[Path]) -> None:
        try:
            for path in paths:
                flushing.submit(_flush_early, path)
        except RuntimeError:  # "can't start new thread": the seal flushes these files in turn
            return

    try:
        yield flush_ahead
    except BaseException:
        flushing.shutdown(cancel_futures=True)
        raise
    flushing.shutdown()


def _flush_early(path: Path) -> None:
    try:
        _flush(path)
    except OSError:  # the seal flushes this file again and names the problem
        return


def _flush(path: Path) -> None:
    """A staged file's bytes to disk before the record that names it (a power cut must not leave a record
    pointing at empty files). Folders need no flush of their own: journaling file systems (ext4, XFS, btrfs)
    commit renames in order, so a record on disk means the renames before it are too."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fdatasync(descriptor) if hasattr(os, "fdatasync") else os.fsync(descriptor)
    finally:
        os.close(descriptor)
