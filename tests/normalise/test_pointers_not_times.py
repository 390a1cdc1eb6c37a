"""A pointer to another paper printed where the timeline belongs (`See report to ...`): undated, and said why.

Waverley Borough Council's CPA improvement plan update (samples/other_councils/waverley_cpa_improvement_plan_2004.txt,
and its browser copy) prints in its `When?` column, beside its dates, `See Progress against the Planning Best Value
Improvement Plan (attached as Annexe 2).`, `See report to September Development Control Committee`, `NB see first
quarter BVPIs for evidence of improvement.` and `See also progress against the Benefits Best Value Improvement Plan
attached as Annexe 3`: where the progress is reported, not when the work is due. No reader could date them without
guessing (the September meeting is where a report goes, of no year printed), so they stay `unresolved`, dates empty,
as before: 8 of the 12 timelines the samples leave unresolved. Before, the report said only that each "could not be
read"; now the reading names what the words are (`pointer_not_time`) and the warning says it.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import SAMPLES
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
REFERENCE = dt.date(2005, 3, 1)  # the Executive of 1 March 2005
WAVERLEY = SAMPLES / "other_councils" / "waverley_cpa_improvement_plan_2004.txt"
POINTERS = [
    "See Progress against the Planning Best Value Improvement Plan (attached as Annexe 2).",
    "See report to September Development Control Committee",
    "NB see first quarter BVPIs for evidence of improvement.",
    "See also progress against the Benefits Best Value Improvement Plan attached as Annexe 3",
]


@pytest.mark.parametrize("phrase", POINTERS)
def test_a_pointer_is_undated_and_said_so(phrase):
    assert phrase in WAVERLEY.read_text(encoding="utf-8")
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
        "unresolved", None, None, ("pointer_not_time",))
    assert timeline_messages(phrase, REFERENCE) == [(
        "unresolved_timeline", f"timeline '{phrase}' could not be read (it points to another paper for the progress, "
        "not to a time); dates left empty")]


@pytest.mark.parametrize("phrase, end", [("Seek approval by March 2005", "2005-03-31"),
                                         ("see report by March 2005", "2005-03-31")])
def test_a_phrase_printing_a_date_is_read_as_before(phrase, end):
    assert str(read_timeline(phrase, FY, REFERENCE).end_date) == end
