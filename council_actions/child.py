"""The forked child's side of a limited step (council_actions.limited_step holds the parent's side).

A child is a copy of the parent, so what it does before its step and how it ends are what keep the parent
safe: its stderr goes to a file the parent reads (library warnings and crashes come back as `details`, never
raw on the user's terminal), its address space is capped with RLIMIT_AS (a runaway allocation fails inside
the child as MemoryError, or kills only the child), and it always ends through `end_child`, never by
unwinding into the parent's code. Every fork of the package ends there (limited_step.Running's and
ingest/pdf_split.py's).
"""

from __future__ import annotations

import logging
import mmap
import os
import pickle
import resource
import sys
import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, TypeVar

from council_actions.issues import StageError
from council_actions.limits import MB, size_words

if TYPE_CHECKING:  # annotations only: council_actions.limited_step imports this module to fork its children
    from council_actions.limited_step import StageTracker
    from council_actions.limits import Limits

T = TypeVar("T")
CHILD_FAILED = 70  # the child's exit status when it could not send a result (EX_SOFTWARE)
NEAR_CAP = 2 * MB  # a failure whose peak came this near the memory cap is the cap's (`_failure`)
REPORT_ROOM = 2 * MB  # address space a limited child sets aside under its cap to report a failure (`set_aside_room`)
_ROOM: list[mmap.mmap] = []  # this process's room while it is set aside (`set_aside_room`, `free_room`)


def end_child(work: Callable[[], None]) -> NoReturn:
    """A forked child's last frame: do its `work` (read, send the result down its pipe), then exit.

    This frame is a process boundary. The child is a copy of the parent, so an exception that unwound past it
    would go on running the parent's code (its caller's loop, its exit handlers, buffers flushed twice). So the
    child ends here in every case, through `os._exit` in `finally`: an Exception (a bug in the step, a value
    that cannot be pickled) has its traceback printed to the child's stderr, which the parent shows with
    --verbose; KeyboardInterrupt and SystemExit are not caught at all, the `finally` ends the child on them.
    Either way the parent finds no result and reports one line naming the stage."""
    code = CHILD_FAILED
    try:
        work()
        code = 0
    except Exception:  # see the docstring: printed for --verbose, reported by the parent as a crash
        traceback.print_exc()
    finally:
        try:
            sys.stderr.flush()
        finally:
            os._exit(code)


def run_limited_child(step: Callable[[StageTracker], T], stages: StageTracker, source: str, limits: Limits,
                      pipe: int, stderr: int) -> NoReturn:
    """The limited child's whole life: its stderr captured, its memory capped, the step run and (value, error,
    when it finished) sent down the pipe; then it exits (`end_child`)."""

    def work() -> None:
        os.dup2(stderr, 2)
        sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)  # the child's own, to the end
        _log_to_stderr()
        set_aside_room()
        stages.hold(_cap_address_space(limits.max_memory))
        ran_out: MemoryError | None = None
        try:
            data = _pickled((step(stages), None))
        except MemoryError as exc:  # its frames hold all the step had at the cap: let go before the failure is made
            ran_out, exc.__context__ = exc.with_traceback(None), None
            free_room()
        except Exception as exc:  # the cap's (`cap_reached`), else a StageError as it is; anything else a crash
            free_room()
            data = _pickled((None, _failure(exc, stages.current(), source, limits)))
        if ran_out is not None:  # out of the handler, so freed: a child that filled its cap could send nothing
            data = _pickled((None, _failure(ran_out, stages.current(), source, limits)))
        with os.fdopen(pipe, "wb") as stream:
            stream.write(data)

    end_child(work)


def set_aside_room() -> None:
    """Map REPORT_ROOM of address space before the cap is set (so inside it), for `free_room` to give back before a
    failure is reported: room for the report whatever the step left.

    Making the report allocates: the StageError's message (the first one in a process imports and compiles
    `printable`'s pattern, a 64 KB charmap among it), `cap_reached`'s read of /proc/self/status, the pickle.
    A step that ran out may leave none of that: a library that turned its MemoryError into its own error keeps
    its frames, and all they hold, in the traceback `_failure` is given; and what is free under the cap depends
    on what the fork happened to inherit. Without the room, the report itself ran out and the child ended as a
    crash ("stopped unexpectedly (exit status 70)"), the limit unnamed. The mapping is never touched, so it costs
    address space only, and the step is still allowed its full --max-memory on top of it. It is the process's,
    not a frame's: a fork made during the step (ingest/pdf_split's second reader) inherits the mapping under the
    same cap, and frees its own copy to report its own failure."""
    _ROOM.append(mmap.mmap(-1, REPORT_ROOM))


def free_room() -> None:
    """Give the room set aside (`set_aside_room`) back to this process's address space, for a failure's report;
    nothing where none was (a process without a cap)."""
    while _ROOM:
        _ROOM.pop().close()


def _pickled(result: tuple[object, StageError | None]) -> bytes:
    """(value, error, when it finished) as sent down the pipe; pickled inside the step's `try`, since a value
    too large to pickle under the cap fails as the cap's too."""
    return pickle.dumps((*result, time.monotonic()), protocol=pickle.HIGHEST_PROTOCOL)


def _failure(exc: Exception, stage: str, source: str, limits: Limits) -> StageError:
    """The StageError a failed step sends: the memory cap's, named as --max-memory spells it, if it ran out of
    memory (`cap_reached`), else `exc` itself if it is one; any other exception is raised again, a crash for
    end_child to report."""
    reached = cap_reached(exc)
    if reached is not None:
        how = f": {reached}" if str(reached) else ""
        return StageError(stage, source, f"needed more than {limits.memory_words()} of memory (--max-memory){how}")
    if isinstance(exc, StageError):
        return exc
    raise exc


def cap_reached(exc: Exception) -> MemoryError | None:
    """`exc` if it is a MemoryError; else one standing for it if this process came within NEAR_CAP of its memory
    cap, saying what `exc` was; None if it did not, or if that is not known.

    Under a cap, running out does not always arrive as a MemoryError: C code may set another error over it.
    Python's compiler, which runs when a module is imported with no bytecode cached, raises "ValueError: field
    'target' is required for AnnAssign" or a SystemError where an allocation failed mid-parse, and a library may
    turn the MemoryError it caught into its own error ("corrupt PDF"). So the rule is the address space's peak,
    not the exception's type: such failures come within an allocator's step (a 1 MB arena) of the cap. What `exc`
    said follows the limit's words, so nothing is hidden."""
    if isinstance(exc, MemoryError):
        return exc
    headroom = cap_headroom()
    if headroom is None or headroom >= NEAR_CAP:
        return None
    problem = exc.problem if isinstance(exc, StageError) else f"{type(exc).__name__}: {exc}"
    return MemoryError(f"it came within {size_words(headroom)} of that, then failed ({problem})")


def cap_headroom() -> int | None:
    """Bytes between this process's peak address space and its cap (RLIMIT_AS), or None where either is not known
    (no /proc, or no cap): how near a failure came to the memory limit (`_failure`)."""
    cap, _ = resource.getrlimit(resource.RLIMIT_AS)
    if cap == resource.RLIM_INFINITY:
        return None
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            peak = next((int(line.split()[1]) * 1024 for line in status if line.startswith("VmPeak:")), None)
    except OSError:
        return None
    return None if peak is None else max(cap - peak, 0)


def _log_to_stderr() -> None:
    """Every warning logged in the child (pdfminer's "Could not get FontBBox", ...) into its captured stderr,
    whatever handlers the parent had: they are the document's details, not the parent's log."""
    root = logging.getLogger()
    root.handlers = [logging.StreamHandler(sys.stderr)]
    root.setLevel(logging.WARNING)


def _cap_address_space(extra: int) -> int:
    """Allow the child what it already has (it inherits the parent's mappings) plus `extra` bytes; return the bytes
    it holds in memory now (0: not known), what a crash's peak is measured from."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            size, resident = (int(pages) * resource.getpagesize() for pages in statm.read().split()[:2])
    except OSError:
        size = resident = 0
    limit = size + extra
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return resident
