"""The first round of a thread pool's forks, before spaCy loads.

A fresh process forks each worker's first reading child before it loads spaCy (council_actions.pipeline), so
that reading and parsing run on other cores while spaCy loads. spaCy's load holds FORK_LOCK (a child forked
half-way through an import would inherit that module's lock, held for ever: council_actions.limits), so a
worker thread that comes to fork its first reader a moment after another thread has begun the load would wait
for the whole load (~1 s), and run that second of its work on no core at all. `FirstRound` makes the load wait
instead, until every worker of the batch has forked its first reader: the lock keeps its reason, and the
readers start together.

The wait is bounded (`PATIENCE`): a worker that fails before its fork (or an executor that starts fewer
threads than it said) costs that much once, never a hang.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

PATIENCE = 1.0  # seconds the load waits at most for the round's forks


class FirstRound:
    """How many first forks the load waits for (0: none, as outside a batch), and how many have happened."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._expected = 0
        self._forked = 0

    @contextmanager
    def expecting(self, forks: int) -> Iterator[None]:
        """Within the block (a batch on `forks` worker threads of this process), the load waits for them."""
        with self._changed:
            self._expected, self._forked = forks, 0
        try:
            yield
        finally:
            with self._changed:
                self._expected, self._forked = 0, 0
                self._changed.notify_all()

    def forked_then_wait(self) -> None:
        """A worker's first reader is forked: count it, then wait (bounded) for the rest of the round."""
        deadline = time.monotonic() + PATIENCE
        with self._changed:
            self._forked += 1
            self._changed.notify_all()
            while self._forked < self._expected and time.monotonic() < deadline:
                self._changed.wait(max(deadline - time.monotonic(), 0.0))


FIRST_FORKS = FirstRound()
