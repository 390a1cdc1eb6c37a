"""A reader that fills its memory cap to the last byte is reported by the cap it reached, not as a crash.

The hole (hostilesweep7): a PDF page of 100,000 tiny characters read by the pdfplumber engine under
`--max-memory 200M` (250M, 320M, 450M alike) was reported as "the reader stopped unexpectedly (exit status 70);
--verbose shows why", and --verbose showed nothing. pdfminer fills the cap with small objects; the MemoryError's
traceback kept the step's frames, so all of it, alive while the child made and pickled its failure, which
needed memory too, so that failed as well and the child died with nothing sent or printed. Now the frames are
let go first. The step here fills the cap down to single bytes before it raises, so nothing is left to spare.
"""

from __future__ import annotations

from council_actions.limited_step import Running, StageTracker
from council_actions.limits import MB, Limits


def _fills_memory(stages: StageTracker) -> None:
    held = []
    for size in (1 << 16, 1 << 10, 64, 1):  # large pieces, then smaller ones into what is left
        try:
            while True:
                held.append(bytes(size))
        except MemoryError:
            pass
    raise MemoryError


def test_a_reader_that_filled_its_cap_is_reported_by_the_cap():
    outcome = Running(_fills_memory, "plan.pdf", Limits(max_memory=64 * MB)).finish()
    assert outcome.value is None and outcome.error is not None
    assert (outcome.error.stage, outcome.error.problem) == ("ingest", "needed more than 64 MB of memory (--max-memory)")
