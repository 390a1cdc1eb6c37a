"""A financial year named by its place from the plan's own (`the current fiscal year`, `next financial year`).

Epping Forest District Council's minutes on its Corporate Plan Key Action Plan 2016/17 (corpus `pages`,
https://rds.eppingforestdc.gov.uk/mgAi.aspx?ID=51776, July 2015) say the draft plan builds "on activities identified
in the action plan for the current fiscal year": the year is named by its place, no figure printed. It was
`unresolved`, dates empty, nothing said, though `End of financial year` is read as the plan's own financial year
(docs/assumptions.md, Timelines: the one year the plan states, else that of its date). Read the same way: `this` or
`the current` financial year is that year, 1 April 2015 to 31 March 2016 for a paper of July 2015, named as the year
end is (`fiscal_year_from_document_date`); `next financial year` the one after it, named so
(`next_fiscal_year_from_document_date`). Without the plan's year or date, found, undated and reported
(`timeline_needs_reference`), never a year made up. A year printed after the words is the year printed.

`this financial year`, `next financial year` and the other forms here but Epping's are made up: no council page in the
store prints one where a timeline belongs (searched again, corpus `pages`, 6 December 2026: action plans, audit
trackers, improvement and Best Value plans, minutes).
"""

import datetime as dt

import pytest
from council_actions.ingest.model import Span
from council_actions.normalise.reported import timeline_issues
from council_actions.parsers.records import PrintedPeriod

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar, PlanYears
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
EPPING = "building on activities identified in the action plan for the current fiscal year"
JULY_2015 = dt.date(2015, 7, 21)

# phrase, reference date, the plan's stated years, kind, start, end, financial year, assumptions
READINGS = [
    (EPPING, JULY_2015, None, "deadline", "2015-04-01", "2016-03-31", "2015/16", ("fiscal_year_from_document_date",)),
    ("this financial year", JULY_2015, None, "deadline", "2015-04-01", "2016-03-31", "2015/16",
     ("fiscal_year_from_document_date",)),
    ("by the end of this financial year", JULY_2015, None, "deadline", "2015-04-01", "2016-03-31", "2015/16",
     ("fiscal_year_from_document_date",)),
    ("during the current financial year", JULY_2015, None, "period", "2015-04-01", "2016-03-31", "2015/16",
     ("fiscal_year_from_document_date",)),
    ("next financial year", JULY_2015, None, "deadline", "2016-04-01", "2017-03-31", "2016/17",
     ("next_fiscal_year_from_document_date",)),
    ("in the next financial year", None, PlanYears(2016, 1), "period", "2017-04-01", "2018-03-31", "2017/18",
     ("next_fiscal_year_from_plan_period",)),
]


@pytest.mark.parametrize("phrase, reference, plan, kind, start, end, fiscal_year, assumptions", READINGS,
                         ids=[f"{r[0][:30]}-{r[1]}" for r in READINGS])
def test_a_financial_year_named_by_its_place(phrase, reference, plan, kind, start, end, fiscal_year, assumptions):
    reading = read_timeline(phrase, FY, reference, plan)
    assert (reading.kind, reading.start_date, reading.end_date, reading.precision, reading.fiscal_year,
            reading.assumptions) == (kind, dt.date.fromisoformat(start), dt.date.fromisoformat(end), "fiscal_year",
                                     fiscal_year, assumptions)


def test_without_the_plans_year_or_date_it_is_found_undated_and_reported():
    reading = read_timeline("next financial year", FY, None)
    assert (reading.kind, reading.start_date, reading.assumptions) == ("deadline", None, ("year_end_without_reference",))
    assert timeline_messages("next financial year", None) == [(
        "timeline_needs_reference", "timeline 'next financial year' names no year and no reference date was given "
        "(--reference-date, or the file's published date in --manifest)")]


def test_a_year_printed_after_the_words_is_the_year_printed():
    reading = read_timeline("next financial year 2026/27", FY, JULY_2015)
    assert (reading.start_date, reading.end_date, reading.assumptions) == (
        dt.date(2026, 4, 1), dt.date(2027, 3, 31), ())


def test_read_from_the_plans_stated_year_the_warning_says_it_is_the_year_after():
    """As `this financial year` read from the one year a plan states is reported with the line it was read from
    (`timeline_from_plan_period`), so is `next financial year`, saying it is the year after that one."""
    plan = PrintedPeriod(PlanYears(2016, 1), "Corporate Plan Key Action Plan 2016/17", None, Span(None, 1, 1, 0, 38))
    phrase = "in the next financial year"
    reading = read_timeline(phrase, FY, None, PlanYears(2016, 1))
    issues = timeline_issues(phrase, reading, Span(None, 9, 9, 0, len(phrase)), None, plan)
    assert [(i.code, i.message) for i in issues] == [(
        "timeline_from_plan_period", "timeline 'in the next financial year' read as financial year 2017/18, the "
        "financial year after the one stated at line 1 ('Corporate Plan Key Action Plan 2016/17')")]
