"""A real timetable's `during w/c ...` read as the timeline rules read `during X`: a period over X.

The real row is tests/normalise/test_real_timeline_cells.py's `drop in sessions during w/c 2nd April 2018`
(holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/): the timeline rules give `during X` kind
`period` over X, and the same words without `w/c` are read as a period, so `w/c` or `week commencing` may stand
between `during` and the day without making it a deadline. X itself is the day, as docs/assumptions.md says `w/c` is.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import REFERENCE

DAY = dt.date(2018, 4, 2)


def test_during_a_day_is_a_period():
    """The reading the `w/c` row should match: `during` before the day alone."""
    reading = read_timeline("drop in sessions during 2nd April 2018", FiscalCalendar(), REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date) == ("period", DAY, DAY)


@pytest.mark.parametrize("phrase", ["drop in sessions during w/c 2nd April 2018",
                                    "drop in sessions during week commencing 2nd April 2018"])
def test_during_week_commencing_is_a_period(phrase):
    reading = read_timeline(phrase, FiscalCalendar(), REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date) == ("period", DAY, DAY)


def test_week_commencing_alone_is_still_due_then():
    """Without `during`, `w/c` leads a day as a deadline's, as `w/c 3 June 2024` is (test_timelines.py)."""
    reading = read_timeline("feedback w/c 2nd April 2018", FiscalCalendar(), REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date) == ("deadline", DAY, DAY)
