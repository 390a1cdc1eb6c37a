"""A batch's worker writes a document's tables into the staging area and leaves their flush to the parent
(output/parquet.py), which starts it as each document comes back (output/journal.py `flushing_ahead`) and
makes sure of it in the seal: the commit record must never name a file still in memory."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import council_actions.output.journal as journal
import council_actions.output.writer as writer
import pytest
from council_actions.output.parquet import encode
from council_actions.output.tables import TableSet, build_tables

from council_actions.batch import run_batch
from council_actions.pipeline import process
from tests.conftest import GIVEN, PLAN, THEME_7

SEED_TABLES = 13  # the seed plan's tables, each one file (see the contract, output/schema.py)


def flushed_into(patch: pytest.MonkeyPatch) -> list[tuple[Path, int]]:
    """Every file flushed from now on, with its size when flushed."""
    seen: list[tuple[Path, int]] = []
    patch.setattr(journal, "_flush", lambda path: seen.append((path, path.stat().st_size)))
    return seen


def inodes_flushed_into(patch: pytest.MonkeyPatch) -> set[tuple[int, int]]:
    """Every file flushed from now on, as (inode, size when flushed): a staged file keeps its inode when the
    commit moves it into the transaction, and then into the live folder."""
    seen: set[tuple[int, int]] = set()

    def flush(path: Path) -> None:
        status = path.stat()
        seen.add((status.st_ino, status.st_size))

    patch.setattr(journal, "_flush", flush)
    return seen


@pytest.fixture(scope="module")
def tables(profile) -> TableSet:
    processed = process(PLAN, profile, GIVEN)
    return build_tables(processed.document, processed.parsed, processed.normalised, "2024-09", profile)


def test_a_worker_writes_every_staged_table_whole_and_leaves_the_flush_to_the_parent(tmp_path, tables,
                                                                                    monkeypatch):
    seen = flushed_into(monkeypatch)
    encoded = encode(tables, tmp_path)
    staged = {table.staged for table in encoded.tables.values()}
    assert len(staged) == SEED_TABLES and None not in staged
    assert sorted(encoded.staged_files()) == sorted(staged)
    assert all(path.stat().st_size > 0 for path in encoded.staged_files())
    assert seen == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_file_a_batch_commits_was_flushed_whole_before_its_record(tmp_path, profile, monkeypatch, jobs):
    """The seal's check: when the commit record is written, every file it names (each table of both documents,
    staged by a worker or written by the parent) has been flushed at its final size. What was flushed is taken as
    the record's own bytes are flushed (the seal's `os.fsync`, before the rename that decides the commit), so a
    file flushed only after the record fails too."""
    flushed = inodes_flushed_into(monkeypatch)
    at_record: set[tuple[int, int]] = set()
    real_fsync = os.fsync

    def record_flushed(descriptor: int) -> None:
        at_record.update(flushed)
        real_fsync(descriptor)

    monkeypatch.setattr(journal.os, "fsync", record_flushed)
    named: list[tuple[int, int]] = []
    unflushed: list[str] = []
    real_seal = writer.seal

    def seal(out_dir: Path, transaction: Path, steps: list[journal.Step], written: list[Path]) -> Path:
        record = real_seal(out_dir, transaction, steps, written)
        for step in steps:
            for staged, _ in step.add:
                status = (out_dir / staged).stat()
                named.append((status.st_ino, status.st_size))
                if (status.st_ino, status.st_size) not in at_record:
                    unflushed.append(staged)
        return record

    monkeypatch.setattr(writer, "seal", seal)
    results, failures = run_batch([PLAN, THEME_7], tmp_path / "out", profile, "2024-09", GIVEN, jobs=jobs)
    assert failures == 0 and len(results) == 2
    assert len(named) >= 2 * SEED_TABLES
    assert unflushed == []


def test_flushing_ahead_flushes_every_file_given_before_its_block_ends(tmp_path, monkeypatch):
    files = [tmp_path / f"{i}.parquet" for i in range(6)]
    for i, path in enumerate(files):
        path.write_bytes(b"x" * (i + 1))
    seen = flushed_into(monkeypatch)
    with journal.flushing_ahead() as flush_ahead:
        flush_ahead(files[:4])
        flush_ahead(files[4:])
    assert sorted(path for path, _ in seen) == files


def test_a_batch_stopped_early_waits_for_no_flush_not_yet_begun(tmp_path, monkeypatch):
    """A stopped batch's staged files are about to be removed: the flushes queued behind those under way (on a
    slow disk, each a long wait) are dropped, not waited for."""
    files = [tmp_path / f"{i}.parquet" for i in range(10 * journal.FLUSHES_AHEAD)]
    for path in files:
        path.write_bytes(b"x")
    begun: list[Path] = []
    release = threading.Event()

    def slow_flush(path: Path) -> None:
        begun.append(path)
        release.wait(timeout=0.2)  # a flush waiting on a slow disk

    monkeypatch.setattr(journal, "_flush", slow_flush)
    with pytest.raises(KeyboardInterrupt), journal.flushing_ahead() as flush_ahead:
        flush_ahead(files)
        raise KeyboardInterrupt
    assert len(begun) <= journal.FLUSHES_AHEAD


def test_a_failed_early_flush_is_left_to_the_seal_which_fails(tmp_path):
    gone = tmp_path / "gone.parquet"
    with journal.flushing_ahead() as flush_ahead:
        flush_ahead([gone])
    with pytest.raises(FileNotFoundError):
        journal.flush_together([gone])


def test_bytes_for_another_machine_are_not_files_and_flush_nothing(tables, monkeypatch):
    seen = flushed_into(monkeypatch)
    encoded = encode(tables)
    assert all(table.staged is None and table.data.startswith(b"PAR1") for table in encoded.tables.values())
    assert seen == []


class NoThreads(ThreadPoolExecutor):
    """What a worker's child near its memory cap gets: no thread can start (each reserves a stack)."""

    def submit(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        raise RuntimeError("can't start new thread")


def test_without_threads_every_file_is_still_flushed_in_turn(tmp_path, monkeypatch):
    files = [tmp_path / f"{i}.parquet" for i in range(3)]
    for i, path in enumerate(files):
        path.write_bytes(b"x" * (i + 1))
    monkeypatch.setattr(journal, "ThreadPoolExecutor", NoThreads)
    seen = flushed_into(monkeypatch)
    journal.flush_together(files)
    assert [path for path, _ in seen] == files


def test_a_batch_whose_early_flushes_start_no_thread_still_commits_every_file_flushed(tmp_path, profile,
                                                                                    monkeypatch):
    """No thread can start in the batch's process: the early flush is left undone, not the batch (no `can't start
    new thread` after every document is done), and the seal flushes every file in turn."""
    monkeypatch.setattr(journal, "ThreadPoolExecutor", NoThreads)
    flushed = inodes_flushed_into(monkeypatch)
    results, failures = run_batch([PLAN], tmp_path / "out", profile, "2024-09", GIVEN)
    assert failures == 0 and [len(result.files) for result in results] == [SEED_TABLES]
    assert [path.name for path in results[0].files
            if (path.stat().st_ino, path.stat().st_size) not in flushed] == []

def test_a_file_that_cannot_be_flushed_fails_the_flush(tmp_path):
    with pytest.raises(FileNotFoundError):
        journal.flush_together([tmp_path / "gone.parquet"])
