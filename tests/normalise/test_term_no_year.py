"""A school term printed with no year (`early in the Summer term`): the term holding the plan's date, else the next.

Tower Hamlets Council's primary review (corpus `pages`,
https://www.towerhamlets.gov.uk/FAQs/Primary_review/How_will_you_consult_on_the_changes.aspx) means "to consult with
headteachers early in the Summer term", then to take proposals to Cabinet "in Autumn 2019". `Summer term` with no
year was `unresolved`, dates empty, nothing said. docs/assumptions.md, Timelines, reads a season with no year after a
word that times it as the season holding the plan's date, else the next to start after it, and a term with its year
as the months it is taken to run over (`school_term_months`: summer April-July); a term with no year is read as both
say: for a page of February 2019, April to July 2019 (`term_next_after_document_date`), the latest the words allow
(`early` narrows it within the term). Without the plan's date, found, undated and reported.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
TOWER_HAMLETS = "The intention is to consult with headteachers early in the Summer term."
NOTES = ("school_term_months", "term_next_after_document_date")


@pytest.mark.parametrize("phrase, reference, kind, start, end", [
    (TOWER_HAMLETS, dt.date(2019, 2, 1), "period", "2019-04-01", "2019-07-31"),  # `in the`: a span's word
    ("by the summer term", dt.date(2019, 5, 10), "deadline", "2019-04-01", "2019-07-31"),  # the term holding it
    ("during the autumn term", dt.date(2019, 2, 1), "period", "2019-09-01", "2019-12-31"),  # the next autumn term
    ("Spring term", dt.date(2019, 5, 10), "deadline", "2020-01-01", "2020-03-31"),  # this year's is over: the next
])
def test_a_term_with_no_year_is_the_one_holding_the_plans_date_else_the_next(phrase, reference, kind, start, end):
    reading = read_timeline(phrase, FY, reference)
    assert (reading.kind, str(reading.start_date), str(reading.end_date), reading.assumptions) == (
        kind, start, end, NOTES)


def test_without_the_plans_date_it_is_found_undated_and_reported():
    reading = read_timeline("Summer term", FY, None)
    assert (reading.kind, reading.start_date, reading.assumptions) == (
        "deadline", None, ("term_without_year_no_reference",))
    assert timeline_messages("Summer term", None) == [(
        "timeline_needs_reference", "timeline 'Summer term' names no year and no reference date was given "
        "(--reference-date, or the file's published date in --manifest)")]


@pytest.mark.parametrize("phrase, start", [("Summer term 2025", "2025-04-01"), ("Summer term 2025/26", "2026-04-01"),
                                           ("by the summer", "2019-06-01")])
def test_a_term_with_its_year_and_a_season_read_as_before(phrase, start):
    assert str(read_timeline(phrase, FY, dt.date(2019, 2, 1)).start_date) == start


def test_a_term_is_no_season():
    """`in the Summer term` is the term's months (April-July), never the summer season (June-August)."""
    reading = read_timeline("in the Summer term", FY, dt.date(2024, 6, 1))
    assert (str(reading.start_date), str(reading.end_date), reading.assumptions) == ("2024-04-01", "2024-07-31", NOTES)

