"""Readers that take turns (council_actions.relay): each begins when the one before it has done its work, and
its deadline counts from then, so one queued behind a runaway document still has all of its own."""

import os
import time
from itertools import pairwise

from council_actions.limits import Limits
from council_actions.relay import Relay


def span(seconds):
    def step(stages):
        began = time.monotonic()
        time.sleep(seconds)
        return began, time.monotonic()
    return step


def held(gate):
    """A step that works until the test lets it go (a byte on `gate`), however slowly the machine runs."""
    def step(stages):
        os.read(gate, 1)
        return time.monotonic()
    return step


def marked_waiting(runner, within=10.0):
    """Whether the runner's child marks itself as waiting its turn (began 0.0) within `within` seconds: until
    its child first runs, its tracker holds the fork's time, and a loaded machine may take a while to run it."""
    end = time.monotonic() + within
    while runner.stages.began() != 0.0 and time.monotonic() < end:
        time.sleep(0.01)
    return runner.stages.began() == 0.0


def test_each_runner_begins_when_the_one_before_has_done_its_work():
    relay = Relay()
    runners = [relay.run(span(0.3), f"plan_{i}.txt", Limits(timeout=10)) for i in range(3)]
    relay.close()
    spans = [runner.finish().value for runner in runners]
    assert all(later[0] >= earlier[1] for earlier, later in pairwise(spans)), spans


def test_a_runner_behind_one_that_ran_out_of_time_has_its_whole_deadline():
    relay = Relay()
    runaway = relay.run(span(30), "a_hang.txt", Limits(timeout=2))
    # late counted from its fork (2 s behind the runaway, then 0.1 s of work), on time counted from its turn
    behind = relay.run(span(0.1), "b_plan.txt", Limits(timeout=2))
    relay.close()
    late = runaway.finish()
    assert late.error is not None and late.error.problem == "took longer than 2 s (--timeout)"
    done = behind.finish()  # 1.9 s of its deadline to spare for a loaded machine's scheduling (it had 1 s)
    assert done.error is None and 0.1 <= done.value[1] - done.value[0] < 2.0
    assert 0.1 <= done.seconds < 2.0  # from its turn, not from its fork


def test_a_runner_stopped_while_waiting_passes_its_turn_on():
    relay = Relay()
    gate, release = os.pipe()  # the first runner works until the waiting one is stopped
    first = relay.run(held(gate), "plan_0.txt", Limits(timeout=30))
    waiting = relay.run(span(0.5), "plan_1.txt", Limits(timeout=30))
    last = relay.run(span(0.1), "plan_2.txt", Limits(timeout=30))
    relay.close()
    assert (first.stages.began() > 0, marked_waiting(waiting), marked_waiting(last)) == (True, True, True)
    waiting.stop()
    assert waiting.finish().value is None
    os.write(release, b"x")
    assert first.finish().error is None and last.finish().error is None
    os.close(gate)
    os.close(release)
