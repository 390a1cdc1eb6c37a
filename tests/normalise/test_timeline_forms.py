"""Timeline forms printed in two parts that make one period, and the words of a phrase no period took in.

Each row: the phrase, the period's start and end, its due date (the period's end, as the rules have it; none where it
runs on with no end), its kind and the assumptions its reading names; every row was worked out by hand from
the timeline rules (docs/assumptions.md, Timelines) (reference date 2024-06-01, the UK financial year). Where
a council prints the form, the phrase is its line (the address beside it; corpus `pages` of the search tool, 5
December 2026); the brief's forms no stored council page prints (`Q4 (Jan-Mar 2025)`, `Winter 2024/25`, `Dec 24/Jan
25`, `2024/25 Q3`, `October and March 2025`, `Q3/Q4 2024/25`, `H1 2025/26`, `first half of 2025/26`, `end of Q2`)
are written as the brief words them. Each form read as one part alone gives a wrong period: the quarter with no
year, the whole financial year, winter alone, January alone, the whole year, March alone (October lost unsaid).
"""

import datetime as dt

import pytest
from council_actions.ingest.model import Span
from council_actions.normalise.reported import timeline_issues

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import REFERENCE

FY = FiscalCalendar()
SEASON, IN_FY = "uk_meteorological_season", "season_starting_in_financial_year"
YY, UNREAD = "two_digit_year", "period_words_not_read"
BRACKNELL = "bracknell-forest.gov.uk council plan overview report, summary (published 2 July 2025)"
NORTH_HERTS = "democracy.north-herts.gov.uk/ieDecisionDetails.aspx?AIId=18940 (decision title)"
TMBC = "democracy.tmbc.gov.uk (Tonbridge and Malling, Annual Service Delivery Plan decisions)"
IOW_LEISURE = ("old-iwight.onthewight.com/council/committees/Mod-Econmic/6-2-04/papere%20Appendix%201.htm (Isle of "
               "Wight Council, Wight Leisure externalisation draft action plan, its DATE column)")

ROWLANDS = ("rowlandscastlepc.org.uk/about/strategic-objectives/ (Rowlands Castle Parish Council's priorities, "
            "inside an item)")

# phrase, start, end, due, kind, assumptions, where it is printed
FORMS = [
    # a quarter glossed by its months: the months date it, and they are that quarter of the financial year
    ("At the end of quarter 4 (January to March 2025)", "2025-01-01", "2025-03-31", "2025-03-31", "deadline", (),
     BRACKNELL),
    ("Q4 (Jan-Mar 2025)", "2025-01-01", "2025-03-31", "2025-03-31", "deadline", (), "brief"),
    # numbered as calendar quarters: the printed months govern, and the reading says the number is not the FY's
    ("Q1 (Jan-Mar 2025)", "2025-01-01", "2025-03-31", "2025-03-31", "deadline",
     ("quarter_number_not_of_financial_year",), "made up"),
    # with its year printed too, the gloss is the quarter's, not a second period (`first_period_of_several`; nor is
    # the quarter read in a year the months are not of); a year or number the months disagree with is named
    ("Q2 2025/26 (Jul-Sep 2025)", "2025-07-01", "2025-09-30", "2025-09-30", "deadline", (), "brief"),
    ("Q2 2025 (Jul-Sep 2025)", "2025-07-01", "2025-09-30", "2025-09-30", "deadline", (), "made up"),
    ("Q4 24/25 (Jan-Mar 25)", "2025-01-01", "2025-03-31", "2025-03-31", "deadline", (YY,), "made up"),
    ("Q2 2024/25 (Jul-Sep 2025)", "2025-07-01", "2025-09-30", "2025-09-30", "deadline",
     ("quarter_year_not_of_months",), "made up"),
    ("Q1 2025/26 (Jul-Sep 2025)", "2025-07-01", "2025-09-30", "2025-09-30", "deadline",
     ("quarter_number_not_of_financial_year",), "made up"),
    # a single year printed with the quarter may be the months' own (`Q4 2026`: January to March 2026), not only their
    # financial year's start; not: quarter_year_not_of_months for both, the quarter's number never checked
    ("Q4 2026 (Jan-Mar 2026)", "2026-01-01", "2026-03-31", "2026-03-31", "deadline", (), "made up"),
    ("Q1 2026 (Jan-Mar 2026)", "2026-01-01", "2026-03-31", "2026-03-31", "deadline",
     ("quarter_number_not_of_financial_year",), "made up"),
    ("Q4 2024 (Jan-Mar 2026)", "2026-01-01", "2026-03-31", "2026-03-31", "deadline",
     ("quarter_year_not_of_months",), "made up"),
    # the financial year printed before its quarter, or the quarter before its year in brackets or in words
    ("2024/25 Q3", "2024-10-01", "2024-12-31", "2024-12-31", "deadline", (), "brief"),
    ("2025-26 Q4 COUNCIL PLAN UPDATE", "2026-01-01", "2026-03-31", "2026-03-31", "deadline", (), NORTH_HERTS),
    ("Council Performance Report 2025/26 (Q2)", "2025-07-01", "2025-09-30", "2025-09-30", "deadline", (),
     "opencouncil.network/decisions/177692 (decision title)"),
    ("Annual Service Delivery Plan 2025/26 - Quarter 1", "2025-04-01", "2025-06-30", "2025-06-30", "deadline", (),
     TMBC),
    ("Annual Service Delivery Plan Quarter 2 (2025/26) Reporting", "2025-07-01", "2025-09-30", "2025-09-30",
     "deadline", (), TMBC),
    ("service performance over quarter three 2024/25", "2024-10-01", "2024-12-31", "2024-12-31", "period", (),
     "opencouncil.network/decisions/140085"),
    # a quarter followed by a year of its own is the next period's, not the year before's
    ("2024/25 - Q1 2025/26", "2024-04-01", "2025-06-30", "2025-06-30", "deadline", (), "made up"),
    ("Q3/Q4 2024/25", "2024-10-01", "2025-03-31", "2025-03-31", "deadline", (), "brief"),
    # a season of a financial year: the one starting within it (winter spans the two years)
    ("Winter 2024/25", "2024-12-01", "2025-02-28", "2025-02-28", "deadline", (SEASON, IN_FY), "brief"),
    ("Winter season 2022-2023", "2022-12-01", "2023-02-28", "2023-02-28", "deadline", (SEASON, IN_FY),
     "committeemeetings.flintshire.gov.uk/mgDecisionDetails.aspx?IId=38193 (`over the Winter season 2022-2023`)"),
    ("Spring 2024/25", "2025-03-01", "2025-05-31", "2025-05-31", "deadline", (SEASON, IN_FY), "made up"),
    # two seasons sharing a year: the year is the last's; a first after the last is of the year before
    ("Autumn/Winter 2025", "2025-09-01", "2026-02-28", "2026-02-28", "deadline", (SEASON,), "brief"),
    ("Spring/Summer 2025", "2025-03-01", "2025-08-31", "2025-08-31", "deadline", (SEASON,), "brief"),
    ("Summer / Autumn of 2025", "2025-06-01", "2025-11-30", "2025-11-30", "deadline", (SEASON,),
     "democracy.stockport.gov.uk/mgDecisionDetails.aspx?IId=116322 (`reviewed in the Summer / Autumn of 2025`)"),
    # `in the` before the period is `in`: a span, not a deadline
    ("reviewed in the Summer / Autumn of 2025", "2025-06-01", "2025-11-30", "2025-11-30", "period", (SEASON,),
     "democracy.stockport.gov.uk/mgDecisionDetails.aspx?IId=116322"),
    ("Winter/Spring 2025", "2024-12-01", "2025-05-31", "2025-05-31", "deadline",
     (SEASON, "season_range_across_year_end"), "made up"),
    ("Autumn/Winter 2024/25", "2024-09-01", "2025-02-28", "2025-02-28", "deadline", (SEASON, IN_FY), "made up"),
    # a season to a season, each with its year, is one range too
    ("Autumn 2023 to Spring 2024", "2023-09-01", "2024-05-31", "2024-05-31", "deadline", (SEASON,),
     "uttlesford.gov.uk/article/4969/Local-Plan-timetable"),
    # two months each with its year parted by a slash; one running backwards is no pair: January read, March named
    ("Dec 24/Jan 25", "2024-12-01", "2025-01-31", "2025-01-31", "deadline", (YY,), "brief"),
    ("Mar 25/Jan 25", "2025-01-01", "2025-01-31", "2025-01-31", "deadline", (YY, UNREAD), "made up"),
    # a month, period, week or term counted by its number, which no rule dates, and a quarter no year has: the year
    # read, the part narrowing it named (was: the whole year, nothing said)
    ("Month 6 2024/25", "2024-04-01", "2025-03-31", "2025-03-31", "deadline", (UNREAD,), "made up"),
    ("Period 6 2024/25", "2024-04-01", "2025-03-31", "2025-03-31", "deadline", (UNREAD,), "made up"),
    ("Week 40 2025", "2025-01-01", "2025-12-31", "2025-12-31", "deadline", (UNREAD,), "made up"),
    ("Term 2 2025/26", "2025-04-01", "2026-03-31", "2026-03-31", "deadline", (UNREAD,), "made up"),
    ("Q5 24/25", "2024-04-01", "2025-03-31", "2025-03-31", "deadline", (YY, UNREAD), "made up"),
    # a month and its year parted by a hyphen, as a spreadsheet prints them (not: unresolved), and two such months
    # joined by a dash (not: 25 March 2026, the dash read as a date's, April named as unread)
    ("Sep-25", "2025-09-01", "2025-09-30", "2025-09-30", "deadline", (YY,), "brief"),
    ("Mar-2026", "2026-03-01", "2026-03-31", "2026-03-31", "deadline", (), "made up"),
    ("Apr 25 - Mar 26", "2025-04-01", "2026-03-31", "2026-03-31", "deadline", (YY,), "made up"),
    ("Apr 25-Mar 26", "2025-04-01", "2026-03-31", "2026-03-31", "deadline", (YY,), "made up"),
    ("Sep-25 to Mar-26", "2025-09-01", "2026-03-31", "2026-03-31", "deadline", (YY,), "made up"),
    # a month glossed by its quarter: one period, the month (not: the quarter named as a second period); a quarter
    # the month is not in is named
    ("Mar 2026 (Q4)", "2026-03-01", "2026-03-31", "2026-03-31", "deadline", (), "made up"),
    ("Mar 2026 (Q3)", "2026-03-01", "2026-03-31", "2026-03-31", "deadline", ("quarter_not_of_month",), "made up"),
    # a date month first with an ordinal and no comma (not: the year 2026, March named unread)
    ("March 31st 2026", "2026-03-31", "2026-03-31", "2026-03-31", "deadline", (), "made up"),
    # the week commencing a day is that day, as `w/c 3 June 2024` is (test_timelines.py), not a start running on with
    # no end (not: ongoing from 14 April 2025, open-ended)
    ("Week commencing 14 April 2025", "2025-04-14", "2025-04-14", "2025-04-14", "deadline", (), "made up"),
    # a day in figures parted by hyphens, day first (not: the year 2026, nothing said), and an ISO date, year first
    # (not: a span of years running backwards, no dates)
    ("31-03-2026", "2026-03-31", "2026-03-31", "2026-03-31", "deadline", ("day_first",), "made up"),
    ("2026-03-31", "2026-03-31", "2026-03-31", "2026-03-31", "deadline", (), "made up"),
    # a year and month, year first, as ISO 8601 and a date column print them, where a span of years would run
    # backwards (not: `year_span_not_forward`, no dates); `2011-12` stays the financial year, `2008-10` the years
    ("2025-03", "2025-03-01", "2025-03-31", "2025-03-31", "deadline", ("month_in_figures",), "made up"),
    ("by 2020-12", "2020-12-01", "2020-12-31", "2020-12-31", "deadline", ("month_in_figures",), "made up"),
    ("2011-12", "2011-04-01", "2012-03-31", "2012-03-31", "deadline", (), "made up"),
    ("2008-10", "2008-01-01", "2010-12-31", "2010-12-31", "deadline", ("calendar_years_from_span",), "made up"),
    # `complete` after `to` is a completion still to come, a deadline (not: kind `complete`, the work done)
    ("To complete by 31 Mar 17", "2017-03-31", "2017-03-31", "2017-03-31", "deadline", (YY,), ROWLANDS),
    ("will complete by June 2025", "2025-06-01", "2025-06-30", "2025-06-30", "deadline", (), "made up"),
    # a month with an apostrophed year (not: unresolved)
    ("June '25", "2025-06-01", "2025-06-30", "2025-06-30", "deadline", (YY,), "made up"),
    # the financial year's end abbreviated (not: unresolved)
    ("EOFY", "2024-04-01", "2025-03-31", "2025-03-31", "deadline", ("fiscal_year_from_document_date",), "made up"),
    ("end of FY", "2024-04-01", "2025-03-31", "2025-03-31", "deadline", ("fiscal_year_from_document_date",),
     "made up"),
    # two months sharing a year parted by a slash, as quarters and seasons are (not: October alone, September named)
    ("Sept/Oct 2025", "2025-09-01", "2025-10-31", "2025-10-31", "deadline", (), "made up"),
    ("February/March 2004", "2004-02-01", "2004-03-31", "2004-03-31", "deadline", (), IOW_LEISURE),
    # two months sharing the year after the last joined by `and`: one interval, the first of the year
    # before since it falls after the last, and named, as they may be two times
    ("October and March 2025", "2024-10-01", "2025-03-31", "2025-03-31", "deadline",
     ("month_range_across_year_end", "months_joined_as_range"), "brief"),
    ("Jan 2025 - Mar 2025", "2025-01-01", "2025-03-31", "2025-03-31", "deadline", (), "brief"),
    ("held between December 2024 and February 2025", "2024-12-01", "2025-02-28", "2025-02-28", "deadline", (),
     "npt.gov.uk replacement local development plan, latest news"),
    # halves: of a financial year printed as one (no assumption); in words with a calendar year, January to June
    ("H1 2025/26", "2025-04-01", "2025-09-30", "2025-09-30", "deadline", (), "brief"),
    ("first half of 2025/26", "2025-04-01", "2025-09-30", "2025-09-30", "deadline", (), "brief"),
    ("second half of 2025", "2025-07-01", "2025-12-31", "2025-12-31", "deadline", ("calendar_half_from_single_year",),
     "made up"),
    # a quarter with no year: of the financial year of the document's date
    ("end of Q2", "2024-07-01", "2024-09-30", "2024-09-30", "deadline", ("quarter_from_document_year",), "brief"),
    # a span of quarters with no year ending before it starts runs on into the next financial year (not: Q4, Q1
    # named as one of several periods)
    ("Q4-Q1", "2025-01-01", "2025-06-30", "2025-06-30", "deadline",
     ("quarter_from_document_year", "quarter_range_across_year_end"), "made up"),
    # so does one with its year printed, from the first quarter of that year (was: the end a day before the start,
    # `Q3-Q2 24/25` 2024-10-01 to 2024-09-30, its financial year 2024/25, nothing named)
    ("Q4-Q1 24/25", "2025-01-01", "2025-06-30", "2025-06-30", "deadline", (YY, "quarter_range_across_year_end"),
     "made up"),
    ("Q3 - Q2 2024/25", "2024-10-01", "2025-09-30", "2025-09-30", "deadline", ("quarter_range_across_year_end",),
     "made up"),
    ("2024/25 Q4-Q1", "2025-01-01", "2025-06-30", "2025-06-30", "deadline", ("quarter_range_across_year_end",),
     "made up"),
    ("Q4-Q2 2025", "2026-01-01", "2026-09-30", "2026-09-30", "deadline",
     ("fy_quarter_from_single_year", "quarter_range_across_year_end"), "made up"),
    ("Q3/4", "2024-10-01", "2025-03-31", "2025-03-31", "deadline", ("quarter_from_document_year",), "made up"),
    # a bare number after a spaced join is no quarter: here a day (was, since ee20707 read `Q4 - 1` as a span: the day
    # alone read and the quarter named unread)
    ("Q4 - 1 April 2025", "2025-01-01", "2025-04-01", "2025-04-01", "deadline", ("quarter_from_document_year",),
     "made up"),
    # a quarter's number as an ordinal word (not: the whole financial year, the quarter not said)
    ("first quarter of 2025/26", "2025-04-01", "2025-06-30", "2025-06-30", "deadline", (), "made up"),
    ("third quarter 2025", "2025-10-01", "2025-12-31", "2025-12-31", "deadline", ("fy_quarter_from_single_year",),
     "made up"),
    # the year end of a financial year printed with it (not: no dates, waiting for a reference date), and the end of
    # the calendar year, of the document's date (not: unresolved)
    ("by end of financial year 2025/26", "2025-04-01", "2026-03-31", "2026-03-31", "deadline", (), "made up"),
    ("year end 2025/26", "2025-04-01", "2026-03-31", "2026-03-31", "deadline", (), "made up"),
    ("by the end of the calendar year", "2024-01-01", "2024-12-31", "2024-12-31", "deadline",
     ("calendar_year_from_document_date",), "brief"),
    # the school year, September to August (not: the financial year, nothing said), and its terms (not: the whole
    # calendar year, the term named as unread)
    ("academic year 2025/26", "2025-09-01", "2026-08-31", "2026-08-31", "deadline",
     ("academic_year_september_to_august",), "made up"),
    ("during the 2025-26 school year", "2025-09-01", "2026-08-31", "2026-08-31", "period",
     ("academic_year_september_to_august",), "made up"),
    ("Summer term 2025", "2025-04-01", "2025-07-31", "2025-07-31", "deadline", ("school_term_months",), "made up"),
    ("Autumn term 2025", "2025-09-01", "2025-12-31", "2025-12-31", "deadline", ("school_term_months",), "made up"),
    ("by the end of the Spring term 2026", "2026-01-01", "2026-03-31", "2026-03-31", "deadline",
     ("school_term_months",), "made up"),
    ("Summer term 2025/26", "2026-04-01", "2026-07-31", "2026-07-31", "deadline", ("school_term_months",), "made up"),
]


@pytest.mark.parametrize("phrase, start, end, due, kind, assumptions, where", FORMS, ids=[row[0] for row in FORMS])
def test_timeline_form(phrase, start, end, due, kind, assumptions, where):
    reading = read_timeline(phrase, FY, REFERENCE)
    got_due = reading.end_date if reading.kind in ("deadline", "period") else None
    assert (reading.start_date, reading.end_date, got_due, reading.kind, reading.assumptions) == (
        dt.date.fromisoformat(start), dt.date.fromisoformat(end), dt.date.fromisoformat(due), kind, assumptions)


def test_a_part_not_read_is_a_warning():
    """`Mar 25/Jan 25` runs backwards, so no pair: January is read and March is not, and the auditor hears of it,
    March named with its year as printed (not "a word naming a time in it was not read", which one unsaid)."""
    phrase = "Mar 25/Jan 25"
    issues = timeline_issues(phrase, read_timeline(phrase, FY, REFERENCE), Span(None, 1, 1, 0, len(phrase)), None)
    assert [(i.code, i.message) for i in issues] == [
        ("timeline_part_unread", f"timeline '{phrase}' read as 2025-01-01 to 2025-01-31; 'Mar 25', naming a time, "
                                 "was not read")]


@pytest.mark.parametrize("phrase", ["May be reviewed by March 2025", "third quarter (October – December 2019)",
                                    "by March 2025 if funding does not fall"])
def test_words_that_name_no_time_here_bring_no_warning(phrase):
    """`May` before no figure is a verb, `fall` is read as one, and a quarter named in words is glossed by the
    months that date it (Flintshire's `third quarter (October – December 2019)`): none is a part left unread."""
    assert "period_words_not_read" not in read_timeline(phrase, FY, REFERENCE).assumptions
