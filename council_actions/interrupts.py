"""Ctrl-C is never lost, wherever it lands.

Python raises KeyboardInterrupt wherever the main thread is when SIGINT arrives. Where that is a callback whose
exceptions Python only prints ("Exception ignored in ...": an at-fork handler such as logging's, run at every
fork a batch makes, or a finaliser), the interrupt is gone, and the batch went on to commit and exit 0 (the
train saw it once in a few hundred runs of tests/cli/test_interrupt.py). While the command line records them
(`interrupts_recorded`), each SIGINT is also remembered, and the batch raises it again at its safe points
(`raise_if_interrupted`: before each document's outcome is reported, so a reader the Ctrl-C ended is not
reported as a failure first, and before the commit), so the output folder keeps its last commit and the command
exits 130. One that comes while a fork or a load is under way (FORK_LOCK held) is only
remembered, never raised there: Python would print the swallowed exception's traceback ("Exception ignored in
_releaseLock", seen in the clean-clone CI), and a load cut half-way would leave a module half-imported; the next
safe point, or the command's end, raises it. A caller of the API that records nothing keeps Python's own handling.

SIGTERM (`kill`, `timeout`, a scheduler or service manager stopping the command) is recorded the same way and
raised as `Terminated`, a KeyboardInterrupt, so it unwinds by the same paths: the batch stops its children and
removes its staging area, and the command exits 143. Left to Python's default, SIGTERM ended the command at
once: its children ran on as orphans (one stuck in a hostile PDF for ever, nothing left to enforce its
deadline) and its staging area stayed until the next command.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from council_actions.limited_step import FORK_LOCK

_SEEN = threading.Event()
_LAST = [signal.SIGINT]  # which signal `_SEEN` remembers
RECORDED = (signal.SIGINT, signal.SIGTERM)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where a Ctrl-C would be, so everything that stops cleanly on a Ctrl-C does on it too."""


@contextmanager
def interrupts_recorded() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt as Python's own handler does, SIGTERM `Terminated`, and each is remembered
    for `raise_if_interrupted`; the previous handlers are back afterwards. Only the main thread may set a
    handler, and only it receives the signals: run on another (the command's `main` called from a script's
    thread), nothing is recorded, Python's own handling stays, as for a caller of the API, where setting one
    raised ValueError before the command ran."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, _interrupted) for number in RECORDED}
    try:
        yield
        raise_if_interrupted()  # one remembered during a fork or a load, after the batch's last safe point
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        _SEEN.clear()


def raise_if_interrupted() -> None:
    """Raise KeyboardInterrupt if a Ctrl-C came while interrupts were recorded, even one Python swallowed: the
    batch's safe points (before each document's outcome is reported, before the commit) and the command's end."""
    if _SEEN.is_set():
        _SEEN.clear()  # raised once: what catches it has it
        raise _as_raised(_LAST[0])


def _interrupted(signum: int, frame: FrameType | None) -> None:
    _LAST[0] = signal.Signals(signum)
    _SEEN.set()
    if not FORK_LOCK.locked():  # else a fork or a load is under way: raised at the next safe point (see the module)
        raise _as_raised(signum)


def _as_raised(signum: int) -> KeyboardInterrupt:
    return Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()
