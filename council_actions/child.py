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
import os
import pickle
import resource
import sys
import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, TypeVar

from council_actions.issues import StageError

if TYPE_CHECKING:  # annotations only: council_actions.limited_step imports this module to fork its children
    from council_actions.limited_step import StageTracker
    from council_actions.limits import Limits

T = TypeVar("T")
CHILD_FAILED = 70  # the child's exit status when it could not send a result (EX_SOFTWARE)


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
        stages.hold(_cap_address_space(limits.max_memory))
        try:
            result: tuple[object, StageError | None] = (step(stages), None)
        except StageError as exc:
            result = (None, exc)
        except MemoryError:
            result = (None, StageError(stages.current(), source, f"needed more than {limits.memory_words()} of "
                                       "memory (--max-memory)"))
        data = pickle.dumps((*result, time.monotonic()), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(pipe, "wb") as stream:
            stream.write(data)

    end_child(work)


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
