"""A limited step, the parent's side: each document is read in a child process that cannot outlive its deadline
or outgrow its memory (what it may cost: council_actions.limits; the child's side, from the fork to its exit:
council_actions.child).

pdfminer leaves time, memory and inflate limits to its callers, and a hostile PDF (a reference loop, a Flate
bomb, a CMap over the whole 32-bit range) can hang or eat the machine inside one library call that no Python
code can interrupt. A forked child is the one mechanism that stops all of them alike: the parent waits on a
pipe with a wall-clock deadline and kills the child when it passes; the child's address space is capped with
RLIMIT_AS, so a runaway allocation fails inside the child (MemoryError) or kills only the child. The child's
stderr goes to a file the parent reads, so library warnings and crashes never reach the user's terminal raw:
they come back as `details`, shown with --verbose. This module forks, waits, kills and reports.

Fork is cheap and the child inherits everything already imported and built (the owner matcher, the readers),
so a document costs no start-up. Where fork or RLIMIT_AS does not exist (Windows), the step runs in-process
without a deadline or cap, and says so in its details.
"""

from __future__ import annotations

import mmap
import os
import pickle
import resource
import select
import signal
import struct
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from council_actions.child import run_limited_child
from council_actions.issues import IssueStage, StageError
from council_actions.limits import Limits, size_words

T = TypeVar("T")
V = TypeVar("V", covariant=True)  # an outcome is read-only: a Limited[Processed] is a Limited[Processed | R]
STAGE_SLOT = 32  # bytes of shared memory where the child names the stage it is in
CLOCK = struct.Struct("d")  # then when its work began (council_actions.relay)
HELD = struct.Struct("q")  # then the bytes the child held in memory as it began (0: not known)
MAXRSS_UNIT = 1 if sys.platform == "darwin" else 1024  # getrusage's ru_maxrss: bytes on macOS, KB on Linux
WAITING_POLL = 0.05  # seconds between looks at a child whose work has not begun
# Held while forking and while preparing what children inherit (imports, the owner matcher): a child forked
# while another thread of the parent is half-way through an import would inherit that module's lock, held
# for ever, and hang on its first import of the module.
FORK_LOCK = threading.Lock()
_LIVE: set[int] = set()  # this process's limited children not yet reaped (`stop_children`)
_REAPING = threading.Lock()  # held while one is reaped or they are killed: a pid reaped may be another process's


@dataclass(frozen=True)
class Limited(Generic[V]):
    """What came back from a limited step: its value, or the one-line failure; and what the child printed."""

    value: V | None
    error: StageError | None
    details: tuple[str, ...]
    seconds: float = 0.0  # wall clock the step took in its child, from the fork to its result

    def unwrap(self) -> V:
        """The value, or the step's StageError raised. Every step returns a record, never None: a None here is
        a step's bug, raised as one rather than handed on."""
        if self.error is not None:
            raise self.error
        if self.value is None:
            raise ValueError("a limited step returned neither a value nor an error")
        return self.value


class StageTracker:
    """Where the child is (`ingest`, `parse`, ...) and when its work began (0: it waits its turn,
    council_actions.relay), in memory the parent shares: a timeout names the stage and counts from then."""

    def __init__(self, first_stage: IssueStage = "ingest") -> None:
        self._slot = mmap.mmap(-1, STAGE_SLOT + CLOCK.size + HELD.size)
        self.enter(first_stage)
        self.begin(time.monotonic())

    def enter(self, stage: IssueStage) -> None:
        """Called by the child as each stage starts, so a timeout or a crash the parent reports names it."""
        self._slot.seek(0)
        self._slot.write(stage.encode("ascii")[:STAGE_SLOT].ljust(STAGE_SLOT))

    def current(self) -> str:
        """The stage the child last entered, as the parent reads it after a kill: the failure's stage."""
        return self._slot[:STAGE_SLOT].decode("ascii").strip() or "ingest"

    def begin(self, at: float) -> None:
        """Mark when the child's work began (0.0: waiting its turn), the moment its deadline counts from."""
        self._slot[STAGE_SLOT:STAGE_SLOT + CLOCK.size] = CLOCK.pack(at)

    def began(self) -> float:
        """When the child's work began (0.0: not yet), for the parent's deadline and the step's seconds."""
        return float(CLOCK.unpack(self._slot[STAGE_SLOT:STAGE_SLOT + CLOCK.size])[0])

    def hold(self, held: int) -> None:
        """Set by the child as it begins: the bytes it holds in memory then, what a crash's peak is measured from."""
        self._slot[STAGE_SLOT + CLOCK.size:] = HELD.pack(held)

    def held(self) -> int:
        """The bytes the child held as it began (0: it never said), for the report of a child that crashed."""
        return int(HELD.unpack(self._slot[STAGE_SLOT + CLOCK.size:])[0])


class Running(Generic[T]):
    """A limited step under way in its child, started now; `finish` waits for its outcome. In between, the
    caller is free to do other work (the PDF path reads in a child while this process loads spaCy). The
    deadline counts from when the child's work began (the fork, or its turn: council_actions.relay), less
    `spent` (seconds an earlier step of the same document took); a result sent in time is taken however late."""

    def __init__(self, step: Callable[[StageTracker], T], source: str, limits: Limits,
                 first_stage: IssueStage = "ingest", spent: float = 0.0) -> None:
        self.source, self.limits, self.stages, self._spent = source, limits, StageTracker(first_stage), spent
        self._outcome: Limited[T] | None = None
        self._finishing = threading.RLock()  # the worker that takes the outcome, or the batch stopping it early
        if not hasattr(os, "fork"):
            self._outcome = _call_in_process(step, self.stages, source)
            return
        self._stderr = tempfile.TemporaryFile()
        with FORK_LOCK:  # a child another thread forks meanwhile must not inherit this pipe's write end: it would
            read_end, write_end = os.pipe()  # hold it open, and this result would wait for that child to end
            pid = os.fork()
            if pid != 0:
                os.close(write_end)
                _LIVE.add(pid)
        if pid == 0:  # the child: never returns
            os.close(read_end)
            run_limited_child(step, self.stages, source, limits, write_end, self._stderr.fileno())
        self._pid, self._pipe = pid, read_end

    def sent(self) -> bool:
        """Whether the child has begun sending its outcome (or has ended): `finish` would not wait for its work."""
        return self._outcome is not None or bool(select.select([self._pipe], [], [], 0)[0])

    def finish(self) -> Limited[T]:
        """Wait for the step's outcome (the child killed at its deadline), once: later calls, and a `stop` from
        another thread, get the same record."""
        with self._finishing:
            if self._outcome is None:
                try:
                    self._outcome = self._collect()
                finally:
                    self._stderr.close()
            return self._outcome

    def stop(self) -> None:
        """End the step now if nobody has taken its outcome: no child outlives the batch that started it."""
        with self._finishing:
            if self._outcome is None and self._pid:  # 0: reaped already
                os.kill(self._pid, signal.SIGKILL)
                self.finish()

    def _collect(self) -> Limited[T]:
        source, limits, stages = self.source, self.limits, self.stages
        payload, timed_out = _read_until(self._pipe, self._deadline)
        os.close(self._pipe)
        if timed_out:
            os.kill(self._pid, signal.SIGKILL)
        sent = None if timed_out or not payload else _sent(payload)  # while the child exits (unmapping takes a while)
        status, usage = _reap(self._pid)
        self._pid = 0
        self._stderr.seek(0)
        details = _details(self._stderr.read())
        if timed_out:
            return Limited(None, StageError(stages.current(), source, f"took longer than {limits.timeout:g} s "
                                            "(--timeout)"), details)
        if sent is None:  # nothing came, or the child died while sending
            return Limited(None, StageError(stages.current(), source,
                                            _crash_words(status, usage, stages.held(), limits)), details)
        value, error, finished = sent
        return Limited(value, error, details, finished - stages.began())

    def _deadline(self) -> float | None:  # from when its work began, less what earlier steps took
        began = self.stages.began()
        return began + self.limits.timeout - self._spent if began else None


def stop_children() -> None:
    """Kill every limited child this process has running: an interrupt (Ctrl-C, SIGTERM) ends the process, and
    none may outlive it (with its parent gone, nothing enforces its deadline) or write on into a staging area the
    batch removes. The threads waiting on them find them ended and reap them. The children are taken as they are
    now (a copy): another thread may fork one meanwhile, which adds to the set outside this lock (iterating the set
    itself raised "Set changed size during iteration" here, leaving the rest running); the batch calls this
    again each round until its workers are done, so one forked after the copy is killed then."""
    with _REAPING:
        for pid in tuple(_LIVE):
            os.kill(pid, signal.SIGKILL)  # an ended child not yet reaped is still this process's: never another's


def _reap(pid: int) -> tuple[int, resource.struct_rusage]:
    """Wait for the child to end, then reap it and forget it together (`stop_children` never kills a pid reaped
    and reused); where `waitid` exists it waits without the lock, so no other child's reaping waits on this one."""
    if hasattr(os, "waitid"):
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    with _REAPING:
        _, status, usage = os.wait4(pid, 0)
        _LIVE.discard(pid)
    return status, usage


def _sent(payload: bytes) -> tuple[Any, StageError | None, float] | None:
    """What the child sent: (value, error, when it finished), or None if it died while sending."""
    try:
        with FORK_LOCK:  # unpickling may import a module: never while another thread forks
            sent: tuple[Any, StageError | None, float] = pickle.loads(payload)
            return sent
    except (pickle.UnpicklingError, EOFError, ValueError):
        return None


def _call_in_process(step: Callable[[StageTracker], T], stages: StageTracker, source: str) -> Limited[T]:
    note = ("no time or memory limit on this platform (no fork)",)
    try:
        return Limited(step(stages), None, note)
    except StageError as exc:
        return Limited(None, exc, note)


def _read_until(fd: int, deadline: Callable[[], float | None]) -> tuple[bytes, bool]:
    """Everything the child writes until it closes the pipe; (what came, True) if its deadline (None: not begun
    yet) passed first. What is ready is read before the clock is looked at, and once sending began the rest is
    read whatever the clock says: a child that finished in time (maybe long before the parent asks) is never late."""
    chunks: list[bytes] = []
    while True:
        due = deadline()
        wait = None if chunks else WAITING_POLL if due is None else max(due - time.monotonic(), 0.0)
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            due = deadline()
            if due is not None and time.monotonic() >= due:
                return b"".join(chunks), True
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)


def _crash_words(status: int, usage: resource.struct_rusage, held: int, limits: Limits) -> str:
    """The one line for a child that ended without sending a result, saying what is known and no more: the signal
    that ended it (its name and the system's words for it) and how much more memory it held at its peak than as it
    began (`held`; its peak resident memory, from the kernel's accounting), beside what --max-memory lets it add;
    else its exit status. Which of its causes (the cap reached in C code, the system's out-of-memory killer, a user's
    kill, a library's bug) it was is not known, so not guessed."""
    if not os.WIFSIGNALED(status):
        return f"the reader stopped unexpectedly (exit status {os.waitstatus_to_exitcode(status)}); --verbose shows why"
    number = os.WTERMSIG(status)
    name = next((known.name for known in signal.Signals if known == number), f"{number}")
    words = f"the reader was ended by signal {name} ({signal.strsignal(number) or 'no description'})"
    if held:
        peak = max(usage.ru_maxrss * MAXRSS_UNIT - held, 0)
        words += (f"; at its peak it held {size_words(peak)} more memory than as it began, of the "
                  f"{limits.memory_words()} it may add (--max-memory)")
    return words + "; --verbose shows its last words"


def _details(data: bytes, keep: int = 20) -> tuple[str, ...]:
    """What the child printed, each distinct line once with a count, at most `keep` lines."""
    counts: dict[str, int] = {}
    for line in data.decode("utf-8", "replace").splitlines():
        if line.strip():
            counts[line.rstrip()] = counts.get(line.rstrip(), 0) + 1
    lines = [f"{line} (x{n})" if n > 1 else line for line, n in counts.items()]
    return tuple(lines[-keep:])
