"""A write killed at any step leaves one whole version: replacement, first ingest and diff (output/journal.py);
every command finishes a sealed commit first, and a reader waits for a writer."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import council_actions.output.journal as journal
import council_actions.output.stage_steps as stage_steps
import council_actions.output.tables as tables
import council_actions.output.writer as writer
import pyarrow.parquet as pq
import pytest
from council_actions.output.lock import locked
from council_actions.output.swap import can_exchange

from council_actions import api
from council_actions.pipeline import process, write
from tests.cli.test_cli import snapshot
from tests.conftest import GIVEN, REFERENCE, THEME_6, THEME_7
from tests.diff.test_reingest import TABLES, corrected, ids, original

# A replacement killed at every step: output/journal.py. Each call that changes the folder (a staged table
# written, a hard link, a rename, a folder swap, a delete) is counted; the run is stopped at the Nth, for every
# N, as a kill would stop it (no handler runs), and the folder is checked as a BI tool would read it then, and
# after the next command's recovery. A real SIGKILL of a forked writer does the same at every fourth call.

OPERATIONS = ("replace", "rename", "unlink", "link", "rmdir")
STUCK = 300  # seconds: a bound only a stuck reader reaches (neither queued for the lock nor ended)


class Killed(BaseException):
    """Not an Exception: nothing in the writer may catch it, as nothing runs after a SIGKILL."""


@pytest.fixture(scope="module")
def versions(tmp_path_factory, profile):
    """The plan, its corrected file, and another source of the same revision (which must stay untouched)."""
    folder = tmp_path_factory.mktemp("sources")
    paths = {"old": original(folder / "a"), "new": corrected(folder / "b"), "other": THEME_6}
    return {name: process(path, profile, GIVEN) for name, path in paths.items()}


@pytest.fixture(scope="module", autouse=True)
def tables_built_once() -> Iterator[None]:
    """A document's Arrow tables built once for the module, not once a killed step: every step writes the same
    records again, and building them (output/tables.py, which changes no file) took a third of the steps' time.
    Each step still encodes, stages and commits them, every call that changes the folder counted as before."""
    real = tables.build_tables
    built: list[tuple[tuple, tables.TableSet]] = []  # the arguments kept alive: equal ones give equal tables

    def once(*given) -> tables.TableSet:
        found = [table_set for seen, table_set in built
                 if all(a is b or a == b for a, b in zip(seen, given, strict=True))]
        if not found:
            built.append((given, real(*given)))
        return found[0] if found else built[-1][1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "build_tables", once)
        yield


def document_ids(out: Path, revision: str) -> dict[str, set[str]]:
    """What a BI tool globbing `OUT/<table>/<revision>/*.parquet` finds, per table."""
    return {table: {p.stem for p in (out / table / revision).glob("*.parquet")} for table in TABLES}


def kill_at(patch: pytest.MonkeyPatch, step: int, kill: Callable[[], None]) -> list[int]:
    """Every mutating call counted; the `step`th runs `kill` instead. Flushes to disk (the staged files' and the
    commit record's) are skipped: a kill is not a power cut, and they are the slowest part of a write."""
    count = [0]

    def counted(real: Callable) -> Callable:
        def operation(*args, **options):
            count[0] += 1
            if count[0] == step:
                kill()
            return real(*args, **options)
        return operation

    for name in OPERATIONS:
        patch.setattr(os, name, counted(getattr(os, name)))
    patch.setattr(journal, "exchange", counted(journal.exchange))
    patch.setattr(pq, "write_table", counted(pq.write_table))
    patch.setattr(journal, "_flush", lambda path: None)
    patch.setattr(os, "fsync", lambda descriptor: None)
    return count


def killed_write(out: Path, processed, profile, revision: str, step: int) -> bool:
    """The write, killed at `step`; False when it finished first (there are fewer steps)."""
    def stop() -> None:
        raise Killed

    with pytest.MonkeyPatch.context() as patch:
        kill_at(patch, step, stop)
        try:
            write(processed, out, profile, revision)
        except Killed:
            return True
    return False


def sigkilled_write(out: Path, processed, profile, revision: str, step: int) -> bool:
    """The write in a forked child that SIGKILLs itself at `step`: the real thing, no Python unwinding."""
    pid = os.fork()
    if pid == 0:
        try:
            with pytest.MonkeyPatch.context() as patch:
                kill_at(patch, step, lambda: os.kill(os.getpid(), signal.SIGKILL))
                write(processed, out, profile, revision)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def committed(out: Path) -> bool:
    return any((out / "_journal").glob("*.commit"))


@dataclass(frozen=True)
class Scene:
    """An output folder holding the plan and another source in r1, and what one clean write makes of it."""

    base: Path
    before: dict
    after: dict
    steps: int


def scene(tmp_path: Path, versions: dict, profile, revision: str) -> Scene:
    base = tmp_path / "base"
    for name in ("other", "old"):
        write(versions[name], base, profile, "r1")
    clean = tmp_path / "clean"
    shutil.copytree(base, clean)
    with pytest.MonkeyPatch.context() as patch:
        count = kill_at(patch, 0, lambda: None)
        write(versions["new"], clean, profile, revision)
    return Scene(base, snapshot(base), snapshot(clean), count[0])


def killed_copies(found: Scene, tmp_path: Path, kill: Callable[..., bool], processed, profile, revision: str,
                  every: int = 1) -> Iterator[tuple[int, Path]]:
    """A copy of the scene's folder with the write killed at step 1, 1 + every, ... up to the last step."""
    for step in range(1, found.steps + 1, every):
        out = tmp_path / f"killed-{step}"
        shutil.copytree(found.base, out)
        assert kill(out, processed, profile, revision, step), step
        yield step, out


@pytest.fixture(params=["swap", "plain"])
def swaps(request, monkeypatch) -> bool:
    """Where the system swaps folders (Linux), and the fallback that renames files one by one."""
    if request.param == "plain":
        monkeypatch.setattr(stage_steps, "can_exchange", lambda: False)
    elif not can_exchange():
        pytest.skip("this system cannot swap folders (renameat2 with RENAME_EXCHANGE)")
    return request.param == "swap"


@pytest.mark.parametrize(("kill", "every"), [(killed_write, 1), (sigkilled_write, 4)], ids=["killed", "sigkill"])
def test_a_replacement_killed_at_any_step_leaves_one_version(tmp_path, versions, profile, swaps, kill, every):
    found = scene(tmp_path, versions, profile, "r1")
    assert found.steps > 2 * len(TABLES)  # every table staged, then put in place, at least
    old, new, other = (versions[name].document.document_id for name in ("old", "new", "other"))
    decisions = []
    for step, out in killed_copies(found, tmp_path, kill, versions["new"], profile, "r1", every):
        seen = document_ids(out, "r1")  # as a BI tool reads it before any command runs again
        assert all(ids - {other} in ({old}, {new}, {old, new}) and other in ids for ids in seen.values()), step
        doubled = [table for table, ids in seen.items() if ids == {old, new, other}]
        assert len(doubled) <= (0 if swaps else 1), (step, doubled)  # plain: the rename/delete pair of one table
        decisions.append(committed(out))
        assert api.revisions(out) == ["r1"]  # any command finishes or undoes the write first
        assert snapshot(out) == (found.after if decisions[-1] else found.before), step
    assert decisions == sorted(decisions) and decisions[0] is False and decisions[-1] is True


def test_a_first_ingest_killed_at_any_step_leaves_the_earlier_revision_whole(tmp_path, versions, profile):
    found = scene(tmp_path, versions, profile, "r2")
    r1, new = document_ids(found.base, "r1"), {versions["new"].document.document_id}
    for step, out in killed_copies(found, tmp_path, killed_write, versions["new"], profile, "r2"):
        assert document_ids(out, "r1") == r1
        assert all(ids in (set(), new) for ids in document_ids(out, "r2").values()), step
        decided = committed(out)
        assert api.revisions(out) == (["r1", "r2"] if decided else ["r1"])
        assert snapshot(out) == (found.after if decided else found.before), step



COMMANDS = {
    "ingest": lambda out, tmp: api.ingest([THEME_7], out, revision="r2", reference_date=REFERENCE),
    "revisions": lambda out, tmp: api.revisions(out),
    "latest_revision": lambda out, tmp: api.latest_revision(out),
    "read_table": lambda out, tmp: api.read_table(out, "actions"),
    "issues": lambda out, tmp: api.issues(out),
    "owners": lambda out, tmp: api.owners(out),
    "review": lambda out, tmp: api.review(out, tmp / "site"),
    "diff": lambda out, tmp: api.diff(out, "r1", "r2"),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_finishes_a_sealed_commit_first(tmp_path, versions, profile, command, monkeypatch):
    """Killed right after the record was written: nothing applied yet, and the next command, whichever, applies it."""
    out = tmp_path / "out"
    for name in ("other", "old"):
        write(versions[name], out, profile, "r1")

    def killed(*args) -> None:
        raise Killed

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writer, "finish", killed)
        with pytest.raises(Killed):
            write(versions["new"], out, profile, "r1")
    assert committed(out) and versions["old"].document.document_id in ids(out, "actions")
    try:
        COMMANDS[command](out, tmp_path)
    except ValueError:  # diff: nothing to compare in r2; it recovered before it said so
        assert command == "diff"
    assert not committed(out) and list((out / "_journal").iterdir()) == [out / "_journal" / ".lock"]
    assert all(versions["new"].document.document_id in ids(out, table) for table in TABLES)
    assert not any(versions["old"].document.document_id in ids(out, table) for table in TABLES)


def queued_for(lock_file: Path, reader: subprocess.Popen) -> bool:
    """Whether `reader` waits in the kernel's queue for the flock on `lock_file` (Linux lists a waiter in /proc/locks
    after `->`, with its pid and the file's device:inode); False once it ends without waiting, or after STUCK s."""
    inode, given_up = lock_file.stat().st_ino, time.monotonic() + STUCK
    while reader.poll() is None and time.monotonic() < given_up:
        waiters = (line.split()[2:] for line in Path("/proc/locks").read_text().splitlines() if " -> " in line)
        if any(words[:1] == ["FLOCK"] and words[3] == str(reader.pid) and words[4].endswith(f":{inode}")
               for words in waiters if len(words) > 4):
            return True
        time.sleep(0.02)
    return False


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads the kernel's lock queue from /proc/locks (Linux)")
def test_readers_wait_for_a_writer(tmp_path, versions, profile):
    """The tool's readers never see a commit midway: a reading command blocks while the lock is held. Seen in the
    kernel's queue of the lock, not by a clock: on a loaded machine a reader may take seconds to start at all."""
    out = tmp_path / "out"
    write(versions["old"], out, profile, "r1")
    with locked(out, exclusive=True):
        reader = subprocess.Popen([sys.executable, "-m", "council_actions.cli", "revisions", str(out)],
                                  stdout=subprocess.PIPE, text=True)
        assert queued_for(out / "_journal" / ".lock", reader), reader.communicate()
    assert reader.communicate(timeout=STUCK)[0].splitlines()[1].split() == ["r1", "undated"] and reader.returncode == 0


def killed_diff(out: Path, step: int) -> int:
    """`diff r1 r2` killed at `step`; the number of steps it took when it finished first."""
    def stop() -> None:
        raise Killed

    with pytest.MonkeyPatch.context() as patch:
        count = kill_at(patch, step, stop)
        try:
            api.diff(out, "r1", "r2")
        except Killed:
            return 0
    return count[0]


def test_a_diff_killed_at_any_step_writes_every_document_or_none(tmp_path, versions, profile):
    """A diff of two documents is one commit: never one document's changes without the other's."""
    base = tmp_path / "base"
    for name, revision in (("other", "r1"), ("old", "r1"), ("other", "r2"), ("new", "r2")):
        write(versions[name], base, profile, revision)
    shutil.copytree(base, tmp_path / "clean")
    steps = killed_diff(tmp_path / "clean", 0)
    before, after = snapshot(base), snapshot(tmp_path / "clean")
    assert len(ids(tmp_path / "clean", "changes", "r2")) == 2
    assert after[Path("_schema.json")] == before[Path("_schema.json")]  # the profile's score names kept
    for step in range(1, steps + 1):
        out = tmp_path / f"killed-{step}"
        shutil.copytree(base, out)
        assert killed_diff(out, step) == 0
        decided = committed(out)
        api.revisions(out)
        assert snapshot(out) == (after if decided else before), step
