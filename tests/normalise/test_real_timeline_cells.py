"""Real timeline phrases from published council pages, each read as the timeline rules mean it.

Corpus `pages` of the search tool (5 December 2026) holds few action plans' own "By when" / "Timescale" / "Target
date" cells, so the rows are the cells of the timetables councils publish (local plan and local development scheme
stages, neighbourhood plan timelines of parish councils, consultations' key dates) and the timing phrases of their
committee decisions and reports, each as printed (the address beside it; a phrase cut from running text is the
words that time it). 94 were tried, from some 40 councils and bodies; the rows are those whose reading is settled by
the timeline rules of docs/assumptions.md, Timelines (reference date 2024-06-01, the plan's date; the UK financial year),
checked by hand. A row marked `misread:` names the wrong reading it guards against (kind, start, end, precision,
financial year, assumptions, words left unread), one a reader short of these rules gives; the rest pin forms added
without a real line. Kept out: a misprint (`!6 January 2018`, read as 6 January), a headline (`not be completed by
Easter`), and words that time nothing (`To commence`). A span counted from an event the page names (`within three
months of the CPC`) is read as the conditional kind; a year end naming no year (`by the end of the year`) as the
plan's financial year, the choice named; and `during w/c ...` as a period.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import REFERENCE

FY = FiscalCalendar()

# phrase, start, end, kind, assumptions, where it is printed
CELLS = [
    # misread: deadline 2021-11-22 2021-11-22 day 2021/22 ('first_period_of_several',)
    ('22 November 2021 → 31 January 2022', "2021-11-22", "2022-01-31", "deadline", (),
     'letstalk.cherwell.gov.uk/community-governance-2021/widgets/37225/key_dates'),
    # misread: deadline 2022-09-09 2022-09-09 day 2022/23 ('period_words_not_read',) ('July',)
    ('04 July → 09 September 2022', "2022-07-04", "2022-09-09", "deadline", (),
     'letstalk.cherwell.gov.uk/community-governance-2021/widgets/37225/key_dates'),
    ('November–December 2025', "2025-11-01", "2025-12-31", "deadline", (), 'npt.gov.uk rldp latest news'),
    ('mid-January 2018', "2018-01-01", "2018-01-31", "deadline", (), 'brentwood.moderngov.co.uk/mgAi.aspx?ID=5350'),
    ('early November 2017', "2017-11-01", "2017-11-30", "deadline", (), 'onecouncil.org.uk/what-next/'),
    ('Completed October 2022', "2022-10-01", "2022-10-31", "complete", (),
     'beta.bathnes.gov.uk/local-plan-2022-2042-development-timeline'),
    ('February to April 2024', "2024-02-01", "2024-04-30", "deadline", (),
     'beta.bathnes.gov.uk/local-plan-2022-2042-development-timeline'),
    ('Summer to autumn 2024', "2024-06-01", "2024-11-30", "deadline", ('uk_meteorological_season',),
     'beta.bathnes.gov.uk/local-plan-2022-2042-development-timeline'),
    ('2024 to 2025', "2024-01-01", "2025-12-31", "deadline", (),
     'beta.bathnes.gov.uk/local-plan-2022-2042-development-timeline'),
    ('December 2024 to February 2025', "2024-12-01", "2025-02-28", "deadline", (),
     'bathnes.gov.uk/emerging-local-plan-development-timeline'),
    # misread: deadline 2025-11-14 2025-11-14 day 2025/26 ('period_words_not_read',) ('Oct',)
    ('3 Oct to 14 November 2025', "2025-10-03", "2025-11-14", "deadline", (),
     'bathnes.gov.uk/emerging-local-plan-development-timeline'),
    ('Summer 2026', "2026-06-01", "2026-08-31", "deadline", ('uk_meteorological_season',),
     'bathnes.gov.uk/emerging-local-plan-development-timeline'),
    ('Jan/Feb 2021', "2021-01-01", "2021-02-28", "deadline", (),
     'bathnes.gov.uk/local-plan-core-strategy-and-placemaking-plan-partial-update/timetable-updating-local-plan'),
    ('Spring 2021', "2021-03-01", "2021-05-31", "deadline", ('uk_meteorological_season',),
     'bathnes.gov.uk/local-plan-core-strategy-and-placemaking-plan-partial-update/timetable-updating-local-plan'),
    ('Winter 2021 to 22', "2021-12-01", "2022-02-28", "deadline", ('uk_meteorological_season',),
     'bathnes.gov.uk/local-plan-core-strategy-and-placemaking-plan-partial-update/timetable-updating-local-plan'),
    ('Winter 2018 / Early 2019', "2018-12-01", "2019-04-30",
     "deadline", ('uk_meteorological_season', 'part_of_year_in_thirds'),
     'chichester.gov.uk/article/30926/Timeline---Local-Plan-Review'),
    ('Estimated 2020', "2020-01-01", "2020-12-31", "deadline", (),
     'chichester.gov.uk/article/30926/Timeline---Local-Plan-Review'),
    ('November 2016 - July 2017', "2016-11-01", "2017-07-31", "deadline", (), 'waverley.inconsult.uk/LPP2 timetable'),
    ('May - July 2018', "2018-05-01", "2018-07-31", "deadline", (), 'waverley.inconsult.uk/LPP2 timetable'),
    ('July 2018 - August 2020', "2018-07-01", "2020-08-31", "deadline", (), 'waverley.inconsult.uk/LPP2 timetable'),
    ('January/February 2022', "2022-01-01", "2022-02-28", "deadline", (), 'waverley.inconsult.uk/LPP2 timetable'),
    # misread: deadline 2019-11-11 2019-11-11 day 2019/20 ('period_words_not_read',) ('September',)
    ('September 30th - November 11th 2019', "2019-09-30", "2019-11-11", "deadline", (),
     'bromsgrove.gov.uk/council/policy-and-strategy/planning-policies/local-development-scheme.aspx'),
    ('January / February 2021', "2021-01-01", "2021-02-28", "deadline", (),
     'bromsgrove.gov.uk/council/policy-and-strategy/planning-policies/local-development-scheme.aspx'),
    ('October / November 2021', "2021-10-01", "2021-11-30", "deadline", (),
     'bromsgrove.gov.uk/council/policy-and-strategy/planning-policies/local-development-scheme.aspx'),
    ('in the fourth quarter of 2025', "2026-01-01", "2026-03-31", "period", ('fy_quarter_from_single_year',),
     'swale.gov.uk/your-council/publications/planning-and-planning-policy/local-development-scheme'),
    # misread: period 2026-01-01 2026-12-31 year None ()
    ('at the end of the fourth quarter in 2026', "2027-01-01", "2027-03-31",
     "deadline", ('fy_quarter_from_single_year',),
     'swale.gov.uk/your-council/publications/planning-and-planning-policy/local-development-scheme'),
    ('expected end of 2014', "2014-01-01", "2014-12-31", "deadline", (),
     'southsomerset.gov.uk local-development-scheme-old-documents'),
    ('from 13 December 2018 to 7 February 2019', "2018-12-13", "2019-02-07", "period", (),
     'chichester.gov.uk/article/24662/Timetable---Local-Development-Scheme'),
    ('Q1 23-24 Update on the Council Delivery Plan', "2023-04-01", "2023-06-30", "deadline", ('two_digit_year',),
     'democracy.north-herts.gov.uk/mgDecisionDetails.aspx?IId=16976&Opt=1'),
    ('COUNCIL DELIVERY PLAN 2024-25 (QUARTER 3 UPDATE)', "2024-10-01", "2024-12-31", "deadline", (),
     'democracy.north-herts.gov.uk/ieIssueDetails.aspx?IId=19484&Opt=3&PlanId=0'),
    # misread: unresolved None None None None ()
    ('up to the point that this report was prepared (mid-February)', "2025-02-01", "2025-02-28",
     "deadline", ('month_from_document_year',),
     'democracy.north-herts.gov.uk/ieIssueDetails.aspx?IId=19484&Opt=3&PlanId=0'),
    ('over the Q2 2025/26 committee cycle', "2025-07-01", "2025-09-30", "period", (),
     'moderngov.southkesteven.gov.uk/ieIssueDetails.aspx?IId=36248&Opt=3'),
    ('the April to September 2023 performance position', "2023-04-01", "2023-09-30", "deadline", (),
     'democracy.ashfield.gov.uk/ieIssueDetails.aspx?IId=23271&PlanId=0&Opt=3'),
    ('towards the end of April', "2024-04-01", "2024-04-30", "deadline", ('month_from_document_year',),
     'morpethherald.co.uk/news/flood-works-will-not-be-completed-by-easter-1-9076662'),
    # misread: unresolved None None None None ()
    ('Planned for March', "2025-03-01", "2025-03-31", "deadline", ('month_from_document_year',),
     'beta.kempsey.nsw.gov.au/Planning-development/Weekly-Works-Update/Weekly-Works-Additional-projects-other-works'),
    ('by the end of April', "2024-04-01", "2024-04-30", "deadline", ('month_from_document_year',),
     'sleafordstandard.co.uk/news/transport/a17-work-is-on-track-1-8385926 (Lincolnshire County Council)'),
    # `That the SEND action plan be presented to ...`: its `be` kept, a time to come (a past participle alone before a
    # past period reads as work done then: tests/normalise/test_done_with_date.py)
    ('be presented to the People Scrutiny Panel in Quarter 1 of 2022/23', "2022-04-01", "2022-06-30", "period", (),
     'democracy.slough.gov.uk/mgDecisionDetails.aspx?IId=42924&Opt=1'),
    ('in the next 6 months', "2024-06-01", "2024-11-30", "deadline", ('relative_to_document_date',),
     'democracy.slough.gov.uk/mgDecisionDetails.aspx?IId=42924&Opt=1'),
    ('To be reviewed in September 2016', "2016-09-01", "2016-09-30", "period", (),
     'telfordsend.org.uk/localofferservices/info/1/home/31/send_guidance'),
    # misread: deadline 2022-01-01 2022-12-31 year None ('period_words_not_read',) ('March',)
    ('from 1 March to 25 March, 2022', "2022-03-01", "2022-03-25", "period", (),
     'hrcc.vic.gov.au/Have-Your-Say/Previous-Engagements/Annual-Action-Plan-2022-23'),
    ('note its extension through to March 2026', "2026-03-01", "2026-03-31", "deadline", (),
     'chichester.moderngov.co.uk/ieDecisionDetails.aspx?ID=3285'),
    ('Closes 3 Mar 2020', "2020-03-03", "2020-03-03", "deadline", (),
     'cumbria.citizenspace.com/allerdale-borough-council/council-strategy-delivery-plan-2020-24/consultation/intro/'),
    ('5pm, Tuesday 3 March 2020', "2020-03-03", "2020-03-03", "deadline", (),
     'cumbria.citizenspace.com/allerdale-borough-council/council-strategy-delivery-plan-2020-24/consultation/intro/'),
    ('took place December 2020 – February 2021', "2020-12-01", "2021-02-28", "deadline", (),
     'seslip.co.uk/completed-reviews/'),
    ('from April 2023 onwards', "2023-04-01", None, "ongoing", ('open_ended_from_start',),
     'local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-offer/corporate-peer-3'),
    # misread: period 2024-02-01 2024-02-29 month 2023/24 (): the peer challenge was done then, before the plan's date
    ('undertaken in February 2024', "2024-02-01", "2024-02-29", "complete", ('done_before_document_date',),
     'eastdevon.gov.uk/council-and-democracy/council-business/peer-challenge-2024/'),
    ('Quarter 1 of 2024/25 (April to June 2024)', "2024-04-01", "2024-06-30", "deadline", (),
     'democracy.southend.gov.uk/ieIssueDetails.aspx?IId=21495&Opt=3'),
    # misread: deadline 2024-06-30 2024-06-30 day 2024/25 ('period_words_not_read',) ('April',)
    ('for the period 1st April to 30th June 2024', "2024-04-01", "2024-06-30", "deadline", (),
     'democracy.southend.gov.uk/ieIssueDetails.aspx?IId=21495&Opt=3'),
    # misread: deadline 2023-04-01 2024-03-31 fiscal_year 2023/24 ('first_period_of_several',)
    ('at the end of 2023-24 Quarter Four (Q4)', "2024-01-01", "2024-03-31", "deadline", (),
     'meetings.westoxon.gov.uk/ieDecisionDetails.aspx?AIId=4827'),
    ('an overall successful quarter (January 2024 to March 2024)', "2024-01-01", "2024-03-31", "deadline", (),
     'meetings.westoxon.gov.uk/ieDecisionDetails.aspx?AIId=4827'),
    # misread: deadline 2023-04-01 2024-03-31 fiscal_year 2023/24 ('first_period_of_several',)
    ('at the end of 2023-24 Quarter One (Q1)', "2023-04-01", "2023-06-30", "deadline", (),
     'meetings.westoxon.gov.uk/ieIssueDetails.aspx?IId=4790&Opt=3'),
    # misread: deadline 2024-04-01 2024-06-30 quarter 2024/25 ('quarter_from_document_year', 'first_period_of_several')
    ('Community Plan Performance - Quarter 1 - 2023/24', "2023-04-01", "2023-06-30", "deadline", (),
     'democracy.newark-sherwooddc.gov.uk/mgDecisionDetails.aspx?IId=9190&Opt=1'),
    # misread: period 2024-04-01 2024-06-30 quarter 2024/25 ('quarter_from_document_year', 'first_period_of_several')
    ('performance during Quarter 1, 2020/21', "2020-04-01", "2020-06-30", "period", (),
     'slough.gov.uk/moderngov/mgAi.aspx?ID=41346'),
    ('Corporate Plan activities for Quarter 1 of 2023-24', "2023-04-01", "2023-06-30", "deadline", (),
     'iow.moderngov.co.uk/mgAi.aspx?ID=5978'),
    # misread: unresolved None None None None ()
    ('12th – 15th March', "2025-03-12", "2025-03-15", "deadline", ('month_from_document_year',),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    # misread: deadline 2018-04-07 2018-04-07 day 2018/19 ('period_words_not_read',) ('March',)
    ('16th March – 7th April 2018', "2018-03-16", "2018-04-07", "deadline", (),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    # misread: deadline 2018-03-31 2018-03-31 day 2017/18 ()
    ('29th & 31st March 2018', "2018-03-29", "2018-03-31", "deadline", ('days_joined_as_range',),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    # misread: deadline 2018-04-13 2018-04-13 day 2018/19 ()
    ('7th – 13th April 2018', "2018-04-07", "2018-04-13", "deadline", (),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    # misread: unresolved None None None None ()
    ('26th April & 8th May', "2024-04-26", "2024-05-08",
     "deadline", ('month_from_document_year', 'days_joined_as_range'),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    # misread: unresolved None None None None ()
    ('21st May to 9th July', "2024-05-21", "2024-07-09", "deadline", ('month_from_document_year',),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    # misread: deadline 2018-07-13 2018-07-13 day 2018/19 ()
    ('9th – 13th July 2018', "2018-07-09", "2018-07-13", "deadline", (),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    # misread: deadline 2018-07-19 2018-07-19 day 2018/19 ()
    ('16th & 19th July 2018', "2018-07-16", "2018-07-19", "deadline", ('days_joined_as_range',),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    # misread: deadline 2018-04-02 2018-04-02 day 2018/19 ()
    ('drop in sessions during w/c 2nd April 2018', "2018-04-02", "2018-04-02", "period", (),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    ('feedback by 12/3/18', "2018-03-12", "2018-03-12", "deadline", ('day_first', 'two_digit_year'),
     'holwellneighbourhoodplan.co.uk/holwell-neighbourhood-plan-timeline/'),
    ('15 Nov 2014 to  3 Jan 2015', "2014-11-15", "2015-01-03", "deadline", (),
     'houghtonandwytonnp.org.uk/index.asp?pageid=535816'),
    ('4 Jan 2015 to    Feb 2015', "2015-01-04", "2015-02-28", "deadline", (),
     'houghtonandwytonnp.org.uk/index.asp?pageid=535816'),
    ('May 2015 to July 2015', "2015-05-01", "2015-07-31", "deadline", (),
     'houghtonandwytonnp.org.uk/index.asp?pageid=535816'),
    ('Oct/Dec 2015', "2015-10-01", "2015-12-31", "deadline", (), 'houghtonandwytonnp.org.uk/index.asp?pageid=535816'),
    ('start 7 April 2017', "2017-04-07", None, "ongoing", ('open_ended_from_start',),
     'houghtonandwytonnp.org.uk/index.asp?pageid=535816'),
    ('end 22 May 2017', "2017-05-22", "2017-05-22", "deadline", (),
     'houghtonandwytonnp.org.uk/index.asp?pageid=535816'),
    ('end of June 2017', "2017-06-01", "2017-06-30", "deadline", (),
     'houghtonandwytonnp.org.uk/index.asp?pageid=535816'),
    ('Q1 2020 – Q3 2020', "2020-04-01", "2020-12-31", "deadline", ('fy_quarter_from_single_year',),
     'charthamnp.com/index.php/timeline'),
    ('Q4 2020 – September 2021', "2021-01-01", "2021-09-30", "deadline", ('fy_quarter_from_single_year',),
     'charthamnp.com/index.php/timeline'),
    ('16 September 2021 - October 2021', "2021-09-16", "2021-10-31", "deadline", (),
     'charthamnp.com/index.php/timeline'),
    ('5 September 2021 - 24 October 2021', "2021-09-05", "2021-10-24", "deadline", (),
     'charthamnp.com/index.php/timeline'),
    ('Q4 2021 – Q1 2024', "2022-01-01", "2024-06-30", "deadline", ('fy_quarter_from_single_year',),
     'charthamnp.com/index.php/timeline'),
    ('Q3 2024', "2024-10-01", "2024-12-31", "deadline", ('fy_quarter_from_single_year',),
     'charthamnp.com/index.php/timeline'),
    ('September 2021 – September 2022', "2021-09-01", "2022-09-30", "deadline", (),
     'ycm-pc.org.uk/publications/neighbourhood-plan-environmental-data/neighbourhood-plan-timeline/'),
    ('14 May 2023–', "2023-05-14", "2023-05-14", "deadline", (),
     'ycm-pc.org.uk/publications/neighbourhood-plan-environmental-data/neighbourhood-plan-timeline/'),
    ('Completed mid-July 2023', "2023-07-01", "2023-07-31", "complete", (),
     'ycm-pc.org.uk/publications/neighbourhood-plan-environmental-data/neighbourhood-plan-timeline/'),
    ('End of July 2023', "2023-07-01", "2023-07-31", "deadline", (),
     'ycm-pc.org.uk/publications/neighbourhood-plan-environmental-data/neighbourhood-plan-timeline/'),
    ('Mid-August 2023', "2023-08-01", "2023-08-31", "deadline", (),
     'ycm-pc.org.uk/publications/neighbourhood-plan-environmental-data/neighbourhood-plan-timeline/'),

    # misread: deadline 2017-01-01 2017-12-31 year None ('period_words_not_read',) ('summer', 'August', 'September')
    ('late summer (August–September) 2017', "2017-08-01", "2017-09-30", "deadline", ('season_as_printed_months',),
     'cmaw-neighbourhoodplan.org.uk/the-plan-3/plan-process/'),
    ('12 April to 31 May 2021 (To be confirmed)', "2021-04-12", "2021-05-31", "deadline", (),
     'bracebridge-heath.parish.lincolnshire.gov.uk/council-business/march-2021/6'),
    # misread: deadline 2024-06-01 2024-08-31 range 2024/25 ('relative_to_document_date',): counted from the plan's date,
    # not the event (the page was not recorded when the phrase was kept out, 5 December 2026)
    ('within three months of the CPC', None, None, "conditional", (), 'corpus `pages`, a neighbourhood plan timetable'),
    # misread: unresolved None None None None ()
    ('will be completed by the end of the year', "2024-04-01", "2025-03-31", "deadline",
     ('fiscal_year_from_document_date', 'year_end_unnamed_as_financial_year'),
     'chesterstandard.co.uk (Cheshire West and Chester Council, Watergate Bridge works)'),
    # Holwell Parish Council's project plan: seasons with no year, the next from the plan's date (June 2024 is summer)
    # misread: unresolved None None None None ()
    ('Further consultation this Autumn', "2024-09-01", "2024-11-30", "deadline",
     ('uk_meteorological_season', 'season_next_after_document_date'), 'holwellparishcouncil.co.uk/neighbourhood-plan/'),
    # misread: unresolved None None None None ()
    ('Finalise the plan and evidence for submission by the summer', "2024-06-01", "2024-08-31", "deadline",
     ('uk_meteorological_season', 'season_next_after_document_date'), 'holwellparishcouncil.co.uk/neighbourhood-plan/'),
    # misread: unresolved None None None None ()
    ('Examination in the autumn', "2024-09-01", "2024-11-30", "period",
     ('uk_meteorological_season', 'season_next_after_document_date'), 'holwellparishcouncil.co.uk/neighbourhood-plan/'),
]


def _date(text):
    return None if text is None else dt.date.fromisoformat(text)


@pytest.mark.parametrize("phrase, start, end, kind, assumptions, where", CELLS, ids=[row[0] for row in CELLS])
def test_real_cell(phrase, start, end, kind, assumptions, where):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.start_date, reading.end_date, reading.kind, reading.assumptions) == (
        _date(start), _date(end), kind, assumptions)


@pytest.mark.parametrize("phrase, day", [("Stage 2 - 15 March 2025", "2025-03-15"),
                                         ("between 1 and 15 March 2025", "2025-03-15")])
def test_a_bare_number_before_a_day_is_no_day(phrase, day):
    """A day range's first day with no month of its own must print an ordinal (`7th - 13th April 2018`): a bare
    number before the day (a stage's, a count's) is no day, and the date printed is read alone."""
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.start_date, reading.end_date) == (_date(day), _date(day))


@pytest.mark.parametrize("phrase, kind, end", [
    # Cheshire West and Chester Council's Watergate Bridge works (chesterstandard.co.uk, corpus `pages`): a completion
    # still to come; its year end names no year, so the plan's financial year, the choice named (CELLS), not done
    ("will be completed by the end of the year", "deadline", "2025-03-31"),
    ("To be completed by March 2025", "deadline", "2025-03-31"),
    # done: `completed` not after `be`
    ("Completed by March 2025", "complete", "2025-03-31"),
    ("has been completed", "complete", None),
])
def test_to_be_completed_is_still_to_come(phrase, kind, end):
    """`completed` after `be` is a completion still to come, as `To complete by` is (not kind `complete`)."""
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.end_date) == (kind, _date(end))
