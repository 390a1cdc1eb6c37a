"""Two months a slash parts with months between them may be two times, as two joined by `and` may: named.

Rotherham's Empty Homes Action Plan (samples/other_councils/rotherham_empty_homes_action_plan_2019_22.txt, line 24)
prints `Review intelligence (twice annually) Empty Property Officer May/November 2021`: two reviews, in May and in
November 2021. The timeline rules read two months sharing the year printed after the last as the span from the first
to the last (`Sept/Oct 2025`), and months joined by `and` (`October and March 2025`) the same, naming that they may be
two times (`months_joined_as_range`). `May/November 2021` is named so as `May and November 2021` is, not read as
that span with nothing said. The dates stay: due 30 November 2021, the later review's month, whichever is
meant. Months no further apart than a quarter's first and last are the span a plan prints as a quarter (`Sept/Oct
2025`, Houghton and Wyton's `Oct/Dec 2015` in tests/normalise/test_real_timeline_cells.py): nothing named.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar

FY = FiscalCalendar()
REFERENCE = dt.date(2021, 1, 1)
JOINED, ACROSS = "months_joined_as_range", "month_range_across_year_end"

# phrase, start, end, assumptions: every one a deadline over a range of months
READINGS = [
    ("May/November 2021", "2021-05-01", "2021-11-30", (JOINED,)),  # Rotherham's: was the span, nothing named
    ("May / Nov 2021", "2021-05-01", "2021-11-30", (JOINED,)),
    ("May and November 2021", "2021-05-01", "2021-11-30", (JOINED,)),  # as before
    ("Jan/Apr 2025", "2025-01-01", "2025-04-30", (JOINED,)),  # four months: more than a quarter
    ("Oct/Feb 2025", "2024-10-01", "2025-02-28", (ACROSS, JOINED)),
    ("Oct/Dec 2015", "2015-10-01", "2015-12-31", ()),  # a quarter's first and last month: its span
    ("Nov/Jan 2025", "2024-11-01", "2025-01-31", (ACROSS,)),
    ("Sept/Oct 2025", "2025-09-01", "2025-10-31", ()),  # next to each other: one span either way
    ("Dec/Jan 2025", "2024-12-01", "2025-01-31", (ACROSS,)),
    ("May-November 2021", "2021-05-01", "2021-11-30", ()),  # a dash joins a span
]


@pytest.mark.parametrize("phrase, start, end, assumptions", READINGS, ids=[row[0] for row in READINGS])
def test_reading(phrase, start, end, assumptions):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.assumptions) == (
        "deadline", dt.date.fromisoformat(start), dt.date.fromisoformat(end), "range", assumptions)
