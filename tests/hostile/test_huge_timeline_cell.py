"""A timeline cell of 100k characters (one period printed thousands of times, or a column's text run together)
is read in time linear in its length.

The hole: each match was checked against every period found before it, the phrase rebuilt and searched again
after each find, and each unread time word's place recounted over the whole phrase, so 40k characters of
`Q3 24/25, ` took 35 s and 50k of `Mar 25/Jan 25 ` three minutes. Two checks, each able to fail on that code:
the work counted in lines of the package's own code run, exact and blind to the machine's load, whose growth from
one size to four times it must stay near 4x (it was 10x and more); and CPU time (not wall time: helpers and the
test runner's other workers share the cores) for 100k characters under a limit some 20 times what it takes, which
also catches work done inside the regex engine or a builtin that no line count sees.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.hostile.lines_run import lines_run

# Units a long cell repeats: a quarter and year (digits, the NEEDS_DIGIT skip), month pairs running backwards
# (each leaves a time word unread, named as printed), a glossed quarter, and bare years.
UNITS = ("Q3 24/25, ", "Mar 25/Jan 25 ", "Q4 (Jan-Mar 2025) ", "2024 ")
REFERENCE = dt.date(2024, 6, 1)


def _read(phrase: str) -> None:
    read_timeline.cache_clear()
    read_timeline(phrase, FiscalCalendar(), REFERENCE)


@pytest.mark.parametrize("unit", UNITS)
def test_the_work_to_read_a_long_timeline_grows_with_its_length(unit):
    small = unit * 250
    _read(small)  # the rules' patterns compile on first use: not counted
    ratio = lines_run(lambda: _read(small * 4)) / lines_run(lambda: _read(small))
    assert ratio < 5, f"{unit!r}: four times the length took {ratio:.1f} times the work"


@pytest.mark.parametrize("unit", UNITS)
def test_a_timeline_cell_of_100k_characters_reads_in_well_under_a_few_seconds(unit):
    phrase = unit * (100_000 // len(unit))
    _read(unit)
    started = time.process_time()
    _read(phrase)
    assert time.process_time() - started < 4, f"{unit!r}: quadratic again?"
