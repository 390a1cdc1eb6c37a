"""Stopping a batch's children while its workers fork more (council_actions.limited_step.stop_children)."""

from __future__ import annotations

import os

from council_actions import limited_step


def test_a_child_forked_while_the_children_are_stopped_stops_none_of_the_rest(monkeypatch):
    """A worker thread that forks while the batch stops the children adds to the set being walked: the walk raised
    "Set changed size during iteration" after the first kill, and the other children ran on. Here each kill
    "forks" one more child, as a worker between two steps of its document would."""
    killed: list[int] = []

    def kill(pid: int, number: int) -> None:
        killed.append(pid)
        limited_step._LIVE.add(10_000 + pid)  # a worker's fork, meanwhile

    monkeypatch.setattr(limited_step, "_LIVE", {1, 2, 3})
    monkeypatch.setattr(os, "kill", kill)
    limited_step.stop_children()
    assert sorted(killed) == [1, 2, 3]
    limited_step.stop_children()  # the batch's next round: those forked meanwhile
    assert sorted(killed) == [1, 1, 2, 2, 3, 3, 10_001, 10_002, 10_003]
