"""Limited children that take turns: each is forked at once, but begins its work only when the one before it
has done its own, or has ended in any way (killed at its deadline, crashed).

A batch forks the readers of its first documents before it loads spaCy (council_actions.batch). Started all
at once, they would share the cores with the load, finish early and leave a core idle for the rest of it;
taking turns on the cores the load leaves, they keep those busy for as long as it lasts, without slowing it.
The turn passes through a pipe: a runner waits until the pipe from the one before it reaches its end, which
happens when that one closes its end after its work, or when it dies. A runner's deadline counts from when
its work began (council_actions.limited_step.StageTracker), so one waiting behind a document that ran out of time
still has all of its own.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from council_actions.limited_step import Running, StageTracker
from council_actions.limits import Limits

T = TypeVar("T")


class Relay:
    """Runners started in turn, on one core at a time; `close` once the last is started."""

    def __init__(self) -> None:
        self._baton: int | None = None  # what the next runner waits on: the last runner's pipe, its read end

    def run(self, step: Callable[[StageTracker], T], source: str, limits: Limits) -> Running[T]:
        """`step` in a limited child (council_actions.limited_step.Running) that begins after the last one run here."""
        wait_on, (baton, done) = self._baton, os.pipe()
        running = Running(partial(_in_turn, wait_on, done, step), source, limits)
        os.close(done)  # the runner holds its end alone: it closes it when its work is done, or dies
        if wait_on is not None:
            os.close(wait_on)
        self._baton = baton
        return running

    def close(self) -> None:
        """Let go of the last runner's pipe once no runner will follow it, so no descriptor outlives the batch."""
        if self._baton is not None:
            os.close(self._baton)
            self._baton = None


def _in_turn(wait_on: int | None, done: int, step: Callable[[StageTracker], T], stages: StageTracker) -> T:
    """In the child: wait for the turn, mark when the work began, and pass the turn on as soon as it is done
    (before the result is sent, which may wait for the parent to read it)."""
    if wait_on is not None:
        stages.begin(0.0)
        while os.read(wait_on, 1):
            pass
        stages.begin(time.monotonic())
    try:
        return step(stages)
    finally:
        os.close(done)
