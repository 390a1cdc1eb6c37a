"""Readers that take turns (council_actions.relay): each begins when the one before it has done its work, and
its deadline counts from then, so one queued behind a runaway document still has all of its own."""

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


def test_each_runner_begins_when_the_one_before_has_done_its_work():
    relay = Relay()
    runners = [relay.run(span(0.3), f"plan_{i}.txt", Limits(timeout=10)) for i in range(3)]
    relay.close()
    spans = [runner.finish().value for runner in runners]
    assert all(later[0] >= earlier[1] for earlier, later in pairwise(spans)), spans


def test_a_runner_behind_one_that_ran_out_of_time_has_its_whole_deadline():
    relay = Relay()
    runaway = relay.run(span(30), "a_hang.txt", Limits(timeout=1))
    behind = relay.run(span(0.6), "b_plan.txt", Limits(timeout=1))  # would be late counted from its fork
    relay.close()
    late = runaway.finish()
    assert late.error is not None and late.error.problem == "took longer than 1 s (--timeout)"
    done = behind.finish()
    assert done.error is None and 0.6 <= done.value[1] - done.value[0] < 1.0
    assert 0.6 <= done.seconds < 1.0  # from its turn, not from its fork


def test_a_runner_stopped_while_waiting_passes_its_turn_on():
    relay = Relay()
    first = relay.run(span(0.5), "plan_0.txt", Limits(timeout=10))
    waiting = relay.run(span(0.5), "plan_1.txt", Limits(timeout=10))
    last = relay.run(span(0.1), "plan_2.txt", Limits(timeout=10))
    relay.close()
    time.sleep(0.1)
    assert (first.stages.began() > 0, waiting.stages.began(), last.stages.began()) == (True, 0.0, 0.0)
    waiting.stop()
    assert waiting.finish().value is None
    assert first.finish().error is None and last.finish().error is None
