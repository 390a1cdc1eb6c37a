"""Status totals printed count first (parsers/count_totals.py), read from real sentences of councils' progress
reports (each with the address it was printed at) and checked against the rows of small made-up plans: no stored
page prints both such totals and the rows they count, within the stored copies' length."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.parsers.count_totals import CLAUSES, heading_count, looks_counted, number, sentence_totals

from council_actions.pipeline import process
from council_actions.profile import ProfileError, load_profile
from tests.conftest import SAMPLES
from tests.parsers.test_status_totals import checked

ROLES = load_profile("generic").roles
YEAR_END = ReferenceDates(given=dt.date(2025, 3, 31))
BRACKNELL = ("https://www.bracknell-forest.gov.uk/council-and-democracy/strategies-plans-and-policies/"
             "service-planning-and-performance/council-plan-overview-report/chief-executives-commentary")
EPPING = "http://rds.eppingforestdc.gov.uk/ieIssueDetails.aspx?IId=58193&Opt=3"
ROTHERHAM = "https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=103296"
# Bracknell Forest's council plan overview report, summary published 2 July 2025, as printed (bullets and all).
BRACKNELL_LEAD = "At the end of quarter 4 (January to March 2025) there were 114 actions to be reported:"
BRACKNELL_TOTALS = ["  • 64 are complete (55%)", "  • 49 are in progress (43%)", "  • 1 has not started (less than 1%)"]
# Epping Forest's Key Action Plan 2016/17, quarter 2, as the cabinet's minutes print it.
EPPING_TOTALS = [
    "·                  29 (59%) of the actions had been achieved or were on target for completion;",
    "·                  14 (29%) of the actions were under control;",
    "·                  2 (4%) of the actions were behind schedule; and",
    "·                  4 (8%) of the actions were pending, as they were dependent upon the prior completion of other "
    "actions or external factors outside the control of the Council."]
# Epping Forest's Key Objectives Key Action Plan 2017/18, quarter 2, as the overview and scrutiny minutes print it
# (http://rds.eppingforestdc.gov.uk/mgAi.aspx?ID=64360): each status in quotation marks, as the plan prints it.
EPPING_QUOTED = ["·         42 (84%) of these actions had been \u2018Achieved\u2019 or were \u2018On Target\u2019",
                 "·         2   (4%) of these actions were \u2018Under Control\u2019",
                 "·         6   (12%) were \u2018Behind Schedule\u2019",
                 "·         0   (0%) were \u2018Pending\u2019"]
# Rotherham's Year Ahead Delivery Plan, rated as of 8 December 2025, as the cabinet's minutes print it.
ROTHERHAM_TOTALS = ["·       24% (21) complete", "·       49% (44) on track",
                    "·       18% (16) are delayed by less than 3 months",
                    "·       9% (8) will not be met within 3 months of original target date."]


# Counts in words. Reading's audit committee, 19 November 2019 (https://democracy.reading.gov.uk/mgAi.aspx?ID=1867):
# the minutes' sentence after the tracker's figures.
READING = "Sixteen recommendations had now been completed and would be removed from the next report."
# Ararat Rural City Council's Year 1 Council Plan update, as the Ararat Advertiser printed it on 4 July 2022
# (https://www.araratadvertiser.com.au/story/7800889/ararat-council-progressing-through-2021-2025-action-plan/).
ARARAT = "Five actions are ongoing, while five are also 0-50 percent completed."


@pytest.mark.parametrize("clause", CLAUSES, ids=lambda clause: clause.shape)
def test_every_clause_reads_its_example(clause):
    """Each rule's real example is read by that rule, whose description says what it reads."""
    assert clause.pattern.fullmatch(clause.example)
    assert sentence_totals(clause.example, ROLES)
    assert clause.address.startswith("http") and len(clause.description.split()) > 8


@pytest.mark.parametrize("line, totals", [
    (BRACKNELL_TOTALS[0], [("complete", "complete", 64, 55.0, None)]),  # BRACKNELL
    (BRACKNELL_TOTALS[2], [("not started", "not_started", 1, None, None)]),  # BRACKNELL: `less than 1%` no share
    ("  • 21 actions are green (43%)", [("green", "on_track", 21, 43.0, None)]),  # BRACKNELL
    ("  • 7 actions are red (14%)", [("red", "off_track", 7, 14.0, None)]),  # BRACKNELL
    (EPPING_TOTALS[0], [("achieved or were on target", "complete", 29, 59.0, None)]),  # with on_track: below
    (EPPING_TOTALS[1], [("under control", "on_track", 14, 29.0, None)]),
    (EPPING_TOTALS[3], [("pending", "not_started", 4, 8.0, None)]),  # the reason after it is an aside
    (ROTHERHAM_TOTALS[0], [("complete", "complete", 21, 24.0, None)]),
    (ROTHERHAM_TOTALS[2], [("delayed", "at_risk", 16, 18.0, None)]),
    # Croydon's Report in the Public Interest action plan, cabinet decision of 24 January 2022 (its clause).
    ("65out of 99 actions complete", [("complete", "complete", 65, None, 99)]),
    # Herefordshire's audit and governance committee, 31 July 2023: a share named by a lead-in, then `these`.
    ("Of the future recommendations, 75% of these were on track to be completed",
     [("on track", "on_track", None, 75.0, None)]),
    # East Hertfordshire's service plans 2012/13, its clauses: a share, then the count, then the status.
    ("13% (4) had been achieved, 60% (18) were on target", [("achieved", "complete", 4, 13.0, None),
                                                            ("on target", "on_track", 18, 60.0, None)]),
])
def test_real_count_first_totals(line, totals):
    said = sentence_totals(line, ROLES)
    assert [(s.word, s.status, s.count, s.share, s.of) for s in said or []] == totals
    assert looks_counted(line, ROLES)


@pytest.mark.parametrize("line, totals", [
    (EPPING_QUOTED[0], [("Achieved or were On Target", "complete", 42, 84.0, None)]),  # with on_track: below
    (EPPING_QUOTED[1], [("Under Control", "on_track", 2, 4.0, None)]),
    (EPPING_QUOTED[2], [("Behind Schedule", "at_risk", 6, 12.0, None)]),
    (EPPING_QUOTED[3], [("Pending", "not_started", 0, 0.0, None)]),  # none pending: a total of 0
])
def test_status_words_in_quotation_marks(line, totals):
    """The quotation marks are no part of the status words: kept, no status is read and the lines stay unplaced,
    though each looks counted."""
    said = sentence_totals(line, ROLES)
    assert [(s.word, s.status, s.count, s.share, s.of) for s in said or []] == totals
    assert said[0].also == (("on_track",) if line == EPPING_QUOTED[0] else ())


def test_quoted_totals_are_checked(tmp_path):
    """Epping Forest's four quoted totals over 50 made-up rows of the plan's words: achieved and on target counted
    together (42), silent where the rows agree; one pending row instead of behind schedule is reported."""
    page = [line for each in EPPING_QUOTED for line in (each, "")]
    rows = ["Achieved"] * 30 + ["On target"] * 12 + ["Under control"] * 2
    assert _read(_plan(tmp_path, page, rows + ["Behind schedule"] * 6)) == (EPPING_QUOTED, [])
    assert _read(_plan(tmp_path, page, rows + ["Behind schedule"] * 5 + ["Pending"]))[1] == [
        "the plan's printed status totals disagree with its actions: Achieved or were On Target/Under Control 44 "
        "printed, 44 read; Behind Schedule 6 printed, 5 read; Pending 0 printed, 1 read; all actions 50 printed, 50 read: as "
        "many rows as printed, with other statuses"]


@pytest.mark.parametrize("line, totals", [
    (READING, [("completed", "complete", 16, None, None)]),  # `would be removed ...`: said of them, an aside
    # Reading's audit committee, 28 January 2020 (https://democracy.reading.gov.uk/mgAi.aspx?ID=6218).
    ("Nineteen recommendations had now been completed", [("completed", "complete", 19, None, None)]),
    # Reading's audit committee, 2023 (https://democracy.reading.gov.uk/mgAi.aspx?ID=9589): a tens word and a unit.
    ("Twenty-six recommendations had now been completed", [("completed", "complete", 26, None, None)]),
    ("Five actions are ongoing", [("ongoing", "on_track", 5, None, None)]),  # ARARAT's first clause
])
def test_counts_in_words(line, totals):
    said = sentence_totals(line, ROLES)
    assert [(s.word, s.status, s.count, s.share, s.of) for s in said or []] == totals
    assert looks_counted(line, ROLES)


@pytest.mark.parametrize("words, count", [("one", 1), ("Five", 5), ("twelve", 12), ("Nineteen", 19), ("twenty", 20),
                                          ("Twenty-six", 26), ("ninety nine", 99), ("65", 65)])
def test_a_count_in_figures_or_words(words, count):
    assert number(words) == count


def test_a_count_out_of_a_total_in_words():
    """Both counts in words, the thing counted after the total: not read as `of the twelve actions` counted."""
    line = "Two of the twelve actions are complete"
    assert [(s.count, s.of, s.status) for s in sentence_totals(line, ROLES) or []] == [(2, 12, "complete")]
    assert [(s.count, s.of) for s in sentence_totals("2 of the 12 actions are complete", ROLES) or []] == [(2, 12)]


@pytest.mark.parametrize("line, counted", [
    (ROTHERHAM_TOTALS[3], True),  # a status the profile does not know: not read, but a total
    # Havering's cabinet, quarter 4 2013/14: indicators, not what the profile's heading rules call actions.
    ("o   38 of 46 (83%) indicators are rated as Green", True),
    # Newham's housing improvement plan (samples/other_councils): a finding about repairs, not a count of actions.
    ("- Only 67% of non-emergency repairs were completed within target timescales", False),
    # Maidstone's Annual Governance Statement 2014/15 (samples/other_councils): no count.
    ("An information management officer was appointed in September. A number of actions have been completed:", False),
    (BRACKNELL_LEAD, False),
    ("Of the 49 actions that are in progress:", False),  # BRACKNELL: what the totals under it count, no total
    (ARARAT, True),  # its second clause counts by a band of completion, no status: the line is not read
    # Aberdeen's audit, risk and scrutiny committee, 27 June 2023
    # (https://committees.aberdeencity.gov.uk/ieIssueDetails.aspx?IId=71074&Opt=3): `progressed` is no status.
    ("five of the ten outstanding recommendations have been progressed", True),
])
def test_what_is_not_read_as_a_total(line, counted):
    assert sentence_totals(line, ROLES) is None
    assert looks_counted(line, ROLES) is counted


def _plan(tmp_path, head: list[str], statuses: list[str], below: tuple[str, ...] = ()):
    """A made-up plan: the real lines `head` above a table of as many actions as statuses, one status each (an
    empty cell where the status is empty), and the lines `below` under it, read with the generic profile."""
    rows = [f"| {n} | Deliver action {n} | Head of Service | {status} |" for n, status in enumerate(statuses, 1)]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(["Council plan action plan", "", *head, "", "| Ref | Action | Lead officer | Status |",
                               "|---|---|---|---|", *rows, *(["", *below] if below else [])]) + "\n",
                    encoding="utf-8")
    return checked(process(path, load_profile("generic"), YEAR_END))


def _read(parsed):
    summary = [b.text for b in parsed.boilerplate if b.kind == "status_summary"]
    return summary, [i.message for i in parsed.issues if i.code == "status_counts_mismatch"]


def test_totals_that_match_the_rows_say_nothing(tmp_path):
    """Bracknell's three totals over 114 made-up rows of those statuses: read, and no warning; the lead-in line
    above them stays reported as unplaced."""
    parsed = _plan(tmp_path, [BRACKNELL_LEAD, *BRACKNELL_TOTALS], ["Complete"] * 64 + ["In progress"] * 49 +
                   ["Not started"])
    assert _read(parsed) == (BRACKNELL_TOTALS, [])
    assert [i.raw_text for i in parsed.issues if i.code == "unplaced_text"] == [BRACKNELL_LEAD]


def test_a_total_broken_down_by_other_words_counts_once(tmp_path):
    """Bracknell's whole actions status block, as printed: the 49 in progress broken down into green, amber and red
    under `Of the 49 actions that are in progress:`, then the chart's text repeating those three (below the table:
    the chart's line alone above it would head it). Over 114 made-up
    rows carrying the RAG colour where in progress, it is one summary (the line between included), the 49 counted
    once, by colour, and the chart not again: no warning; one row amber instead of red is reported."""
    breakdown = ["Of the 49 actions that are in progress:", "  • 21 actions are green (43%)",
                 "  • 21 actions are amber (43%)", "  • 7 actions are red (14%)",
                 "Red, 7, 14%; Green, 21, 43%; Amber, 21, 43%"]
    page = (BRACKNELL_LEAD, "", *BRACKNELL_TOTALS, "", *breakdown)
    rows = ["Complete"] * 64 + ["Not started"] + ["Green"] * 21 + ["Amber"] * 21
    assert _read(_plan(tmp_path, [], rows + ["Red"] * 7, page)) == ([*BRACKNELL_TOTALS, *breakdown], [])
    assert _read(_plan(tmp_path, [], rows + ["Red"] * 6 + ["Amber"], page))[1] == [
        "the plan's printed status totals disagree with its actions: complete 64 printed, 64 read; not started 1 "
        "printed, 1 read; green 21 printed, 21 read; amber 21 printed, 22 read; red 7 printed, 6 read; all actions 114 printed, "
        "114 read: as many rows as printed, with other statuses"]


def test_totals_that_disagree_are_reported(tmp_path):
    """One row more in progress than printed: each count printed beside the one read."""
    parsed = _plan(tmp_path, BRACKNELL_TOTALS, ["Complete"] * 63 + ["In progress"] * 50 + ["Not started"])
    assert _read(parsed) == (BRACKNELL_TOTALS, [
        "the plan's printed status totals disagree with its actions: complete 64 printed, 63 read; in progress 49 "
        "printed, 50 read; not started 1 printed, 1 read; all actions 114 printed, 114 read: as many rows as printed, with "
        "other statuses"])


def test_a_status_no_row_carries_is_checked_against_rows_with_no_status(tmp_path):
    """Rows that print no status (an empty cell) may be the ones a total names that no row carries: no warning
    where there are as many of them, one where there are fewer."""
    same = _plan(tmp_path, BRACKNELL_TOTALS, ["Complete"] * 64 + [""] * 50)
    assert _read(same) == (BRACKNELL_TOTALS, [])
    fewer = _plan(tmp_path, BRACKNELL_TOTALS, ["Complete"] * 64 + [""] * 40)
    assert _read(fewer)[1] == [
        "the plan's printed status totals disagree with its actions: complete 64 printed, 64 read; in progress 49 "
        "printed, 0 read; not started 1 printed, 0 read; 40 read with no status; all actions 114 printed, 104 read: 10 fewer "
        "rows read than printed (a copy cut short, or rows not read)"]


def test_two_statuses_counted_together(tmp_path):
    """Epping Forest's four totals, blank lines between as printed: the first counts `achieved or ... on target`
    together, so complete and on track are one status in the check, and the second's `under control` (on track
    too) with them: 43 printed. Over 49 made-up rows of the plan's words it says nothing; one pending row behind
    schedule instead is reported."""
    assert sentence_totals(EPPING_TOTALS[0], ROLES)[0].also == ("on_track",)
    page = [line for each in EPPING_TOTALS for line in (each, "")]
    rows = ["Achieved"] * 20 + ["On target"] * 9 + ["Under control"] * 14 + ["Behind schedule"] * 2
    assert _read(_plan(tmp_path, page, rows + ["Pending"] * 4)) == (EPPING_TOTALS, [])
    assert _read(_plan(tmp_path, page, rows + ["Behind schedule"] + ["Pending"] * 3))[1] == [
        "the plan's printed status totals disagree with its actions: achieved or were on target/under control 43 "
        "printed, 43 read; behind schedule 2 printed, 3 read; pending 4 printed, 3 read; all actions 49 printed, 49 read: as "
        "many rows as printed, with other statuses"]


def test_totals_beside_one_not_read_are_not_checked(tmp_path):
    """Rotherham's four totals: the last names a status the profile does not know and is not read, so the other
    three are placed but not checked (rows that disagree say nothing), and the last stays reported as unplaced."""
    parsed = _plan(tmp_path, [line for each in ROTHERHAM_TOTALS for line in (each, "")], ["Complete"] * 3)
    assert _read(parsed) == (ROTHERHAM_TOTALS[:3], [])
    assert [i.raw_text for i in parsed.issues if i.code == "unplaced_text"] == [ROTHERHAM_TOTALS[3]]


def test_a_count_in_words_is_checked(tmp_path):
    """Reading's sentence over 19 made-up rows: 16 complete say nothing; 15 are reported, each count printed and
    read."""
    rows = ["Complete"] * 16 + ["Amber"] * 3
    assert _read(_plan(tmp_path, [READING], rows)) == ([READING], [])
    assert _read(_plan(tmp_path, [READING], ["Complete"] * 15 + ["Amber"] * 4)) == ([READING], [
        "the plan's printed status totals disagree with its actions: completed 16 printed, 15 read; 4 read at_risk, "
        "which the totals do not print; all actions 19 read"])


def test_a_share_is_checked_as_a_share(tmp_path):
    """Herefordshire's share of recommendations on track, over four made-up rows: three on track is 75%, two is
    50%."""
    line = "Of the future recommendations, 75% of these were on track to be completed."
    assert _read(_plan(tmp_path, [line], ["On track"] * 3 + ["Complete"])) == ([line], [])
    assert _read(_plan(tmp_path, [line], ["On track"] * 2 + ["Complete"] * 2)) == ([line], [
        "the plan's printed status totals disagree with its actions: on track 75% printed, 50% read; 2 read "
        "complete, which the totals do not print; all actions 4 read"])


def test_a_count_out_of_all_is_checked_against_both(tmp_path):
    """Croydon's clause `65out of 99 actions complete` (as a bullet: a line of its own is a section heading): 65
    complete of 99 rows say nothing whatever the other rows' statuses; 98 rows are reported."""
    line = "  • 65out of 99 actions complete"
    assert _read(_plan(tmp_path, [line], ["Complete"] * 65 + ["Red"] * 34)) == ([line], [])
    assert _read(_plan(tmp_path, [line], ["Complete"] * 65 + ["Red"] * 33))[1] == [
        "the plan's printed status totals disagree with its actions: complete 65 printed, 65 read; 33 read "
        "off_track, which the totals do not print; all actions 99 printed, 98 read: 1 fewer row read than printed (a copy cut "
        "short, or rows not read)"]


# Belfast City Council's Performance Improvement Self-Assessment Report 2023-24, "Objective 4: Our environment"
# (samples/other_councils/belfast_improvement_self_assessment_2023_24_objective_4.txt, lines 25-27): its totals
# print each share in words and count the report's milestones, the rows its pages list.
BELFAST = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"
BELFAST_1 = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_1.txt"
BELFAST_TOTALS = ["- 13 (76 per cent) milestones were achieved.", "- 4 (24 per cent) milestones were partially achieved."]


@pytest.mark.parametrize("line, totals", [
    (BELFAST_TOTALS[0], [("achieved", "complete", 13, 76.0, None)]),
    (BELFAST_TOTALS[1], [("partially achieved", "on_track", 4, 24.0, None)]),
    ("  \u2022 10 (100 per cent) milestones were achieved.", [("achieved", "complete", 10, 100.0, None)]),  # BELFAST_1
])
def test_a_share_in_words_counting_milestones(line, totals):
    """The profile's `percent` words read as the sign, its `counted` word as what the totals count: without either
    the line is no total."""
    said = sentence_totals(line, ROLES)
    assert [(s.word, s.status, s.count, s.share, s.of) for s in said or []] == totals
    assert sentence_totals(line, replace(ROLES, percent=())) is None
    assert sentence_totals(line, replace(ROLES, counted=())) is None


@pytest.mark.parametrize("line, count", [("17 Milestones", 17), ("10 Milestones", 10),  # BELFAST, BELFAST_1
                                         ("7 Performance Indicators (target)", None),  # BELFAST: indicators
                                         ("1. Climate change", None)])  # BELFAST: a list's heading
def test_a_heading_counting_milestones(line, count):
    assert heading_count(line, ROLES) == count


def test_belfast_totals_are_checked_against_the_milestones_read():
    """The stored copies hold 4 of objective 4's 17 milestones and 3 of objective 1's 10: the totals, under their
    headings' counts, are reported against the rows read, not left unplaced text with nothing comparing them. The
    counts of performance indicators under them count no row and stay unplaced."""
    four, one = (checked(process(path, load_profile("generic"), YEAR_END)) for path in (BELFAST, BELFAST_1))
    assert _read(four) == (BELFAST_TOTALS, [
        "the plan's printed status totals disagree with its actions: achieved 13 printed, 3 read; partially "
        "achieved 4 printed, 1 read; all actions 17 printed, 4 read: 13 fewer rows read than printed (a copy cut short, or rows "
        "not read)"])
    assert _read(one) == (["  \u2022 10 (100 per cent) milestones were achieved."], [
        "the plan's printed status totals disagree with its actions: achieved 10 printed, 3 read; all actions 10 printed, 3 "
        "read: 7 fewer rows read than printed (a copy cut short, or rows not read)"])
    assert [i.span.line_start for i in four.issues if i.code == "unplaced_text" and "per cent" in i.raw_text] == [
        29, 30, 31, 33, 34, 35]


@pytest.mark.parametrize("words", ["percent = 'per cent'", "percent = [' ']", "counted = [3]", "ditto = 'do'"])
def test_an_action_plan_word_list_that_is_no_list_of_words_stops_the_profile(tmp_path, words):
    """`[action_plan] percent`, `counted` and `ditto` are word lists: a string, a blank word or a number in one
    stops the load, naming the file and the list. Loaded, a string would be read as its letters (`p`, `e`, ..., and
    the blank between `per` and `cent`), a blank word match after every number, a number as its digits."""
    path = tmp_path / "council.toml"
    path.write_text(f"[action_plan]\n{words}\n", encoding="utf-8")
    name = words.split()[0]
    with pytest.raises(ProfileError, match=rf"^{re.escape(str(path))}: action_plan\.{name} must be a list of words"):
        load_profile(path)


def _timed_plan(tmp_path, timelines: list[str]):
    """A made-up plan under Bracknell's real totals whose rows print no status, only a target date: as many rows
    as timelines, one each."""
    rows = [f"| {n} | Deliver action {n} | Head of Service | {when} |" for n, when in enumerate(timelines, 1)]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(["Council plan action plan", "", *BRACKNELL_TOTALS, "",
                               "| Ref | Action | Lead officer | Target date |", "|---|---|---|---|", *rows]) + "\n",
                    encoding="utf-8")
    return checked(process(path, load_profile("generic"), YEAR_END))


def test_actions_done_by_their_timelines_are_counted_done(tmp_path):
    """A plan counts an action done however it says so: Bracknell's `64 are complete` over 64 rows whose target
    date reads `Complete` (done by its timeline, normalise/done.py) and 50 due `March 2026` (no status: the 49 in
    progress and the one not started) agrees, and one row fewer done is reported. Counted by the status cells
    alone, as before, no row had a status, the totals were taken to stand for rows printing none, and the row
    fewer went unreported."""
    assert _read(_timed_plan(tmp_path, ["Complete"] * 64 + ["March 2026"] * 50)) == (BRACKNELL_TOTALS, [])
    assert _read(_timed_plan(tmp_path, ["Complete"] * 63 + ["March 2026"] * 51))[1] == [
        "the plan's printed status totals disagree with its actions: complete 64 printed, 63 read; in progress 49 "
        "printed, 0 read; not started 1 printed, 0 read; 51 read with no status; all actions 114 printed, 114 read: "
        "as many rows as printed, with other statuses"]
