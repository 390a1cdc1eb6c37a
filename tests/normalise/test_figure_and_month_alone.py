"""A figure alone and a month with no year where the timeline belongs: undated, and the report says why.

Runnymede's Best Value self-assessment action plan (samples/004_d0d661fda207b69c.txt, L005) closes an allocation cell
on a figure, `ACE (S151), HoBPPP, SLT, 24.`: the timeline is `24`, the rest of its time not printed (a year is
printed whole elsewhere in the plan, `2024`, `24/25`, `Q2 2024`). Copeland's Strategic Housing Improvement Plan
(samples/other_councils/copeland_strategic_housing_improvement_plan_completed_2009.txt, row 2) prints `Reported to
Strategic Housing Panel in April 2009. Recommended` and, as a phrase of its own, `to Executive in July`: a month, its
year not printed with it. Neither is dated, as before: no year is guessed for either. Before, the report said only
that each "could not be read", as of words not understood; now the reading names what the words are
(`figure_not_time`, `month_without_year_unplaced`) and the `unresolved_timeline` warning says it.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import PLAN, SAMPLES
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
REFERENCE = dt.date(2024, 6, 1)
COPELAND = SAMPLES / "other_councils" / "copeland_strategic_housing_improvement_plan_completed_2009.txt"


@pytest.mark.parametrize("phrase, printed, source, note, why", [
    ("24", "ACE (S151), HoBPPP, SLT, 24.", PLAN, "figure_not_time",
     "a figure alone, with no month, quarter or year printed with it, names no period; no year is guessed from it"),
    ("to Executive in July", "2009. Recommended", COPELAND,
     "month_without_year_unplaced", "it names a month with no year, and not as a month of the plan's own year (`by "
     "July`, `end of July`); no year is guessed"),
])
def test_undated_and_said_why(phrase, printed, source, note, why):
    assert printed in source.read_text(encoding="utf-8") and phrase in source.read_text(encoding="utf-8")
    for reference in (REFERENCE, None):
        reading = read_timeline(phrase, FY, reference)
        assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
            "unresolved", None, None, (note,))
        assert timeline_messages(phrase, reference) == [(
            "unresolved_timeline", f"timeline '{phrase}' could not be read ({why}); dates left empty")]


@pytest.mark.parametrize("phrase, end", [
    ("2024", "2024-12-31"),  # a year printed whole, as before
    ("by July", "2024-07-31"),  # a month of the plan's own year, as before
    ("Reported to Strategic Housing Panel in April 2009. Recommended", "2009-04-30"),  # Copeland's line above
])
def test_a_year_or_a_month_read_as_before(phrase, end):
    assert str(read_timeline(phrase, FY, REFERENCE).end_date) == end


@pytest.mark.parametrize("phrase", ["Staff may attend", "Annual review in May"])
def test_may_the_verb_and_a_recurring_month_are_not_named(phrase):
    assert "month_without_year_unplaced" not in read_timeline(phrase, FY, REFERENCE).assumptions
