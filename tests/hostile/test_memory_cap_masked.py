"""A child that runs out of memory under --max-memory is named by the limit, whatever error the running-out raised.

Once, `ingest --max-memory 1` printed "ingest failed unexpectedly (ValueError: ... AnnAssign)". Python's compiler
(it runs when a module is imported with no bytecode cached, as in a fresh clone) sets a ValueError or a SystemError
over the MemoryError of an allocation that failed mid-parse: compiling a file of annotated assignments under caps a
few KB apart gives all three. The child tells the cap's failures by how near its address space came to the cap
(council_actions.child.cap_reached), not by the exception's type.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from council_actions.limited_step import Running, StageTracker
from council_actions.limits import MB, Limits
from council_actions.pipeline import run_stage
from tests.conftest import hold_all_memory_then_raise

LIMIT = "needed more than {} of memory (--max-memory)"
# Compiles a module of 20,000 annotated assignments (the compiler's AnnAssign), as a lazy import does it, through
# the stage boundary, in children capped 96 KB apart from 64 KB to 6 MB; prints each cap and the failure's words.
# Run in a fresh interpreter: in a long-lived one (a test worker), freed memory serves the compiler without growing
# the address space, and the cap is met where the masking does not happen, so the sweep could prove nothing.
SWEEP = """
import json
from council_actions.limited_step import Running
from council_actions.limits import Limits
from council_actions.pipeline import run_stage
ANNOTATED = "".join(f"x_{i}: int = {i}\\n" for i in range(20_000))
def compiles(stages):
    run_stage("ingest", "plan.txt", compile, ANNOTATED, "annotated.py", "exec")
    return 0
seen = []
for extra in range(1 << 16, 6 << 20, 96 << 10):
    limits = Limits(max_memory=extra)
    error = Running(compiles, "plan.txt", limits).finish().error
    seen.append([limits.memory_words(), error.problem if error else None])
print(json.dumps(seen))
"""


def test_compiler_running_out_under_the_cap_names_the_limit():
    """Each failure of the sweep (SWEEP) names the limit. Before, a ValueError or SystemError the compiler set over
    the MemoryError came back as "ingest failed unexpectedly (ValueError: field 'target' is required for
    AnnAssign)", not the limit (12 of the 62 caps); the sweep must meet at least one such case to mean anything."""
    done = subprocess.run([sys.executable, "-c", SWEEP], capture_output=True, text=True, check=True, timeout=600)
    seen = json.loads(done.stdout)
    failed = [(limit, problem) for limit, problem in seen if problem is not None]
    assert failed and all(problem.startswith(LIMIT.format(limit)) for limit, problem in failed), failed
    masked = [problem for _, problem in failed if "then failed" in problem and "MemoryError" not in problem]
    assert masked, "no failure but MemoryError met: the sweep did not reach the compiler's masked errors"


def _fills_then_raises(error: Exception, stages: StageTracker) -> None:
    """Allocate until the cap stops it, let go, then raise `error`, as C code that sets its own error over a
    MemoryError does."""
    held = []
    try:
        while True:
            held.append(bytearray(64 << 10))
    except MemoryError:
        held.clear()
    raise error


@pytest.mark.parametrize("error", [ValueError("field 'target' is required for AnnAssign"),
                                   SystemError("error return without exception set")], ids=["value", "system"])
def test_an_error_set_over_running_out_names_the_limit_and_says_what_was_raised(error):
    """Raised outside the stage boundary, such an error ended the child as a crash ("the reader stopped
    unexpectedly (exit status 70)"), the limit unnamed."""
    outcome = Running(lambda stages: _fills_then_raises(error, stages), "plan.txt", Limits(max_memory=8 * MB)).finish()
    assert outcome.error is not None
    assert outcome.error.problem.startswith(LIMIT.format("8 MB") + ": it came within ")
    assert outcome.error.problem.endswith(f"of that, then failed ({type(error).__name__}: {error})")


def _runs_out_then_raises_holding(stages: StageTracker) -> None:
    """A library that turns its MemoryError into its own error, still holding what it had read."""
    hold_all_memory_then_raise()


def test_an_error_raised_holding_all_the_cap_had_names_the_limit():
    """The report of a failure allocates (its message, the read of how near the cap came, the pickle); with the
    step's memory still held, it ran out itself and the child ended as a crash, "the reader stopped unexpectedly
    (exit status 70)", the limit unnamed. The same crash, at a 64 KB cap, failed the sweep above when what the fork
    inherited left less free memory (cached bytecode; the merge train)."""
    outcome = Running(_runs_out_then_raises_holding, "plan.txt", Limits(max_memory=8 * MB)).finish()
    assert outcome.error is not None
    assert outcome.error.problem.startswith(LIMIT.format("8 MB") + ": it came within ")
    assert outcome.error.problem.endswith("of that, then failed (ValueError: corrupt PDF)")


def _raises_far_from_the_cap(stages: StageTracker) -> None:
    run_stage("ingest", "plan.txt", int, "not a number")


def test_an_error_far_from_the_cap_is_not_blamed_on_it():
    """The rule is the peak's distance from the cap: a step's bug under a roomy cap keeps its own words."""
    outcome = Running(_raises_far_from_the_cap, "plan.txt", Limits(max_memory=512 * MB)).finish()
    assert outcome.error is not None
    assert outcome.error.problem == "ingest failed unexpectedly (ValueError: invalid literal for int() with base 10: " \
                                    "'not a number')"


def test_no_cap_no_headroom():
    """In a process without a cap (this one), how near it came is not known, and nothing is blamed on a cap."""
    from council_actions.child import cap_headroom  # imported here: the tests above run on the code before it too

    assert cap_headroom() is None
