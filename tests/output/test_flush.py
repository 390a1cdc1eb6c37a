"""A batch's worker writes a document's tables into the staging area and flushes them together before it
reports them staged (output/parquet.py, output/journal.py `flush_together`): the commit record that later
names them must never point at files still in memory."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import council_actions.output.journal as journal
import pytest
from council_actions.output.parquet import encode
from council_actions.output.tables import TableSet, build_tables

from council_actions.pipeline import process
from tests.conftest import GIVEN, PLAN

SEED_TABLES = 11  # the seed plan's tables, each one file (see the contract, /work/shared/spec/tables.md)


def flushed_into(patch: pytest.MonkeyPatch) -> list[tuple[Path, int]]:
    """Every file flushed from now on, with its size when flushed."""
    seen: list[tuple[Path, int]] = []
    patch.setattr(journal, "_flush", lambda path: seen.append((path, path.stat().st_size)))
    return seen


@pytest.fixture(scope="module")
def tables(profile) -> TableSet:
    processed = process(PLAN, profile, GIVEN)
    return build_tables(processed.document, processed.parsed, processed.normalised, "2024-09", profile)


def test_every_staged_table_is_flushed_whole_before_encode_returns(tmp_path, tables, monkeypatch):
    seen = flushed_into(monkeypatch)
    encoded = encode(tables, tmp_path)
    staged = {table.staged for table in encoded.tables.values()}
    assert len(staged) == SEED_TABLES and None not in staged
    assert sorted(path for path, _ in seen) == sorted(staged)
    assert all(size == path.stat().st_size > 0 for path, size in seen)


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


def test_a_file_that_cannot_be_flushed_fails_the_flush(tmp_path):
    with pytest.raises(FileNotFoundError):
        journal.flush_together([tmp_path / "gone.parquet"])
