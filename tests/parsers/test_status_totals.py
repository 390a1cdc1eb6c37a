"""The status totals a plan prints over its rows (parsers/status_totals.py), read from real pages and checked
against the actions read: Bracknell Forest's performance pages print `Green 7 / Amber 3 / Red 0 / Completed 4`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.model import Span
from council_actions.normalise import ReferenceDates
from council_actions.parsers.records import ParsedDocument
from council_actions.parsers.status_totals import LAYOUTS, printed_totals

from council_actions.pipeline import Processed, process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES


def checked(processed: Processed) -> ParsedDocument:
    """The parsed document with the normaliser's issues among its own: the totals are checked once every action's
    status is known (normalise/done.py), so their warning is the normaliser's."""
    return replace(processed.parsed, issues=processed.parsed.issues + processed.normalised.issues)

OTHERS = SAMPLES / "other_councils"
ENVIRONMENT = OTHERS / "bracknell_environment_2023_24_q3.txt"
QUARTER_END = ReferenceDates(given=dt.date(2023, 12, 31))
ROLES = load_profile("generic").roles
# Bracknell Forest's environment page, quarter 3 2023 to 2024 (checked by hand against the stored copy): the tiles
# print 14 objectives' statuses, lines 9 to 23; the copy is cut off after the fourth objective (SOURCES.md), and
# those four read 5.01.05 complete ('Status: Complete'), the other three on_track ('Status: Green').
PRINTED = [(9, "Green"), (11, "7"), (13, "Amber"), (15, "3"), (17, "Red"), (19, "0"), (21, "Completed"), (23, "4")]
MISMATCH = ("the plan's printed status totals disagree with its actions: Green 7 printed, 3 read; Amber 3 printed, "
            "0 read; Red 0 printed, 0 read; Completed 4 printed, 1 read; all actions 14 printed, 4 read: 10 fewer rows read than "
            "printed (a copy cut short, or rows not read)")


def _lines(text: str) -> list[tuple[str, Span]]:
    """Each line of a made-up text with its span, as printed_totals takes the lines no row holds."""
    lines, at = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            lines.append((line, Span(None, number, number, at, at + len(line))))
        at += len(line) + 1
    return lines


@pytest.mark.parametrize("profile", ["generic", "runnymede"])
def test_the_truncated_copy_prints_more_objectives_than_it_holds(profile):
    """The counts are read from the tiles (not left unplaced), and the warning names each count printed and read:
    the copy holds 4 of the 14 objectives the page counts."""
    processed = process(ENVIRONMENT, load_profile(profile), QUARTER_END)
    parsed = checked(processed)
    assert [(b.span.line_start, b.text) for b in parsed.boilerplate if b.kind == "status_summary"] == PRINTED
    assert not [i for i in parsed.issues if i.code == "unplaced_text" and 9 <= i.span.line_start <= 23]
    (found,) = [i for i in parsed.issues if i.code == "status_counts_mismatch"]
    assert (found.message, found.span.line_start, found.span.line_end, found.field) == (MISMATCH, 9, 23, "status")
    assert found.raw_text == processed.document.text[found.span.char_start:found.span.char_end]
    assert found.raw_text.split() == [text for _, text in PRINTED]
    assert sorted(a.status or "" for a in parsed.actions) == ["complete", "on_track", "on_track", "on_track"]


def test_totals_that_match_the_rows_read_say_nothing(tmp_path):
    """The same real page with its tiles printing what its four objectives hold (Green 3, Completed 1): the lines
    are still the summary's, and no warning is given; one count off is reported again."""
    text = ENVIRONMENT.read_text(encoding="utf-8")
    tiles = "Green\n\n7\n\nAmber\n\n3\n\nRed\n\n0\n\nCompleted\n\n4\n"
    assert tiles in text
    for counts, warned in (("3 0 0 1", False), ("3 0 0 2", True)):
        green, amber, red, done = counts.split()
        page = tmp_path / f"environment_{done}.txt"
        page.write_text(text.replace(tiles, f"Green\n\n{green}\n\nAmber\n\n{amber}\n\nRed\n\n{red}\n\nCompleted\n\n"
                                            f"{done}\n"), encoding="utf-8")
        parsed = checked(process(page, load_profile("generic"), QUARTER_END))
        assert len([b for b in parsed.boilerplate if b.kind == "status_summary"]) == 8
        mismatches = [i.message for i in parsed.issues if i.code == "status_counts_mismatch"]
        assert mismatches == ([
            "the plan's printed status totals disagree with its actions: Green 3 printed, 3 read; Amber 0 printed, 0 "
            "read; Red 0 printed, 0 read; Completed 2 printed, 1 read; all actions 5 printed, 4 read: 1 fewer row read than "
            "printed (a copy cut short, or rows not read)"] if warned else [])


def test_a_page_whose_tiles_were_lost_prints_no_totals():
    """Bracknell's caring page (real): the copy kept blank lines where the tiles stood, so there is nothing to read
    or check."""
    parsed = checked(process(OTHERS / "bracknell_caring_2023_24_q3.txt", load_profile("generic"), QUARTER_END))
    assert not [b for b in parsed.boilerplate if b.kind == "status_summary"]
    assert not [i for i in parsed.issues if i.code == "status_counts_mismatch"]


def test_a_label_above_the_totals_is_theirs():
    """Bracknell's economic resilience page, quarter 3 2024 to 2025 (real, refused as a plan: its action titles are
    page buttons): `Status` above the tiles, no blank lines between them."""
    path = FIXTURES / "other_councils" / "refused" / "bracknell_economic_resilience_2024_25_q3.txt"
    document = read_document(path)
    lines = [(line.text, line.span) for line in document.iter_lines() if line.text.strip()]
    (summary,) = printed_totals(lines, document.text, ROLES)
    assert [(t.word, t.status, t.count) for t in summary.totals] == [
        ("Green", "on_track", 7), ("Amber", "at_risk", 4), ("Red", "off_track", 0), ("Completed", "complete", 3)]
    assert [text for text, _ in summary.lines] == ["Status", "Green", "7", "Amber", "4", "Red", "0", "Completed", "3"]


# Bracknell Forest's council plan overview report, summary published 2 July 2025 (stored page, corpus `pages`):
# each chart's text line, as printed.
OVERVIEW = [
    ("Red, 7, 14%; Green, 21, 43%; Amber, 21, 43%", [("Red", 7), ("Green", 21), ("Amber", 21)]),
    ("Red, 14 (15%); Green, 78 (82%); Amber, 3 (3%)", [("Red", 14), ("Green", 78), ("Amber", 3)]),
]


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.shape)
def test_every_layout_reads_its_example(layout):
    text = layout.example.replace(" / ", "\n")
    (summary,) = printed_totals(_lines(text), text, ROLES)
    assert len(summary.lines) == len(text.splitlines()) and len(summary.totals) * layout.lines >= len(summary.lines)
    assert len(layout.description.split()) > 8


@pytest.mark.parametrize("line, totals", OVERVIEW)
def test_a_chart_line_of_words_counts_and_shares(line, totals):
    (summary,) = printed_totals(_lines(line), line, ROLES)
    assert [(t.word, t.count) for t in summary.totals] == totals


@pytest.mark.parametrize("text, totals", [
    ("| Green | Amber | Red |\n| 7 | 3 | 0 |", [("Green", 7), ("Amber", 3), ("Red", 0)]),
    ("Complete: 12\nOn track: 5\nNot started: 1", [("Complete", 12), ("On track", 5), ("Not started", 1)]),
    ("Green 7 / Amber 3 / Red 0 / Completed 4", [("Green", 7), ("Amber", 3), ("Red", 0), ("Completed", 4)]),
])
def test_other_layouts_of_the_same_counts(text, totals):
    """Made-up lines in the shapes the layouts name: a pipe table's two rows, a colon per line, a row of pairs."""
    (summary,) = printed_totals(_lines(text), text, ROLES)
    assert [(t.word, t.count) for t in summary.totals] == totals


# Epping Forest's Corporate Plan Key Action Plan 2017/18, quarter 4 outturn, as the overview and scrutiny minutes print
# it (http://rds.eppingforestdc.gov.uk/mgAi.aspx?ID=65942): a bullet and a status's label before each count, blank
# lines between, and a total line after them.
EPPING_OUTTURN = ["·         Achieved:                                  28 (56%)",
                  "·         Under Control:                           15 (30%)",
                  "·         Behind Schedule:                        6 (12%)",
                  "·         Pending:                                                  1 (2%)",
                  "Total    50 (100%)"]


# Its Key Action Plan 2016/17, quarter 3, as the Resources Select Committee's minutes print it
# (http://eppingforest.moderngov.co.uk/mgAi.aspx?ID=59570): a label of two statuses counted together, `On-Target`
# hyphened; the stored copy stops inside the third line, so the first two are the real lines here.
EPPING_Q3 = ["·         Achieved or On-Target:                        26 (53%)",
             "·         Under Control:                           13 (27%)"]


def test_a_label_of_two_statuses_counted_together():
    """`Achieved or On-Target` is one total of two statuses (complete, and on_track counted with it), as the
    count-first `had been achieved or were on target` is (parsers/count_totals.py): a label naming two statuses
    the profile knows, so both lines are read."""
    text = "\n\n".join(EPPING_Q3)
    (summary,) = printed_totals(_lines(text), text, ROLES)
    assert [(t.word, t.status, t.also, t.count) for t in summary.totals] == [
        ("Achieved or On-Target", "complete", ("on_track",), 26), ("Under Control", "on_track", (), 13)]


def test_two_statuses_in_a_label_are_checked_together(tmp_path):
    """The two lines under a made-up plan of 39 rows: achieved and on target rows in any mix, with under control,
    make the 39 printed (one status in the check); a row behind schedule instead is reported."""
    def mismatch(statuses: list[str]) -> list[str]:
        rows = [f"| {n} | Deliver action {n} | Head of Service | {s} |" for n, s in enumerate(statuses, 1)]
        path = tmp_path / "plan.txt"
        path.write_text("\n".join(["Council plan action plan", "", "| Ref | Action | Lead officer | Status |",
                                   "|---|---|---|---|", *rows, "", EPPING_Q3[0], "", EPPING_Q3[1]]) + "\n",
                        encoding="utf-8")
        parsed = checked(process(path, load_profile("generic"), QUARTER_END))
        assert [b.text for b in parsed.boilerplate if b.kind == "status_summary"] == EPPING_Q3
        return [i.message for i in parsed.issues if i.code == "status_counts_mismatch"]

    assert mismatch(["Achieved"] * 20 + ["On target"] * 6 + ["Under control"] * 13) == []
    assert mismatch(["Achieved"] * 20 + ["On target"] * 6 + ["Under control"] * 12 + ["Behind schedule"]) == [
        "the plan's printed status totals disagree with its actions: Achieved or On-Target/Under Control 39 printed, "
        "38 read; 1 read at_risk, which the totals do not print; all actions 39 printed, 39 read: as many rows as printed, with "
        "other statuses"]


def test_bulleted_labels_and_their_total_line():
    """Each bulleted label and its count is a total (the bullet opened the cell, so none was read), and the total
    line after them is the summary's, the number of rows it counts."""
    text = "\n\n".join(EPPING_OUTTURN)
    (summary,) = printed_totals(_lines(text), text, ROLES)
    assert [(t.word, t.status, t.count) for t in summary.totals] == [
        ("Achieved", "complete", 28), ("Under Control", "on_track", 15), ("Behind Schedule", "at_risk", 6),
        ("Pending", "not_started", 1)]
    assert (summary.of, [line for line, _ in summary.lines]) == (50, EPPING_OUTTURN)


def test_bulleted_totals_below_a_plan_are_checked(tmp_path):
    """The outturn's lines, with the minutes' lead-in above them, under a made-up plan of 50 rows of the plan's
    words: read and silent where the rows agree; one row fewer achieved is reported against the 28 and the 50; the
    lead-in stays reported."""
    page = ["At the end of the year:", "", *[line for each in EPPING_OUTTURN for line in (each, "")]][:-1]

    def read(achieved: int) -> tuple[list[str], list[str], list[str]]:
        statuses = ["Achieved"] * achieved + ["Under control"] * 15 + ["Behind schedule"] * 6 + ["Pending"]
        rows = [f"| {n} | Deliver action {n} | Head of Service | {s} |" for n, s in enumerate(statuses, 1)]
        path = tmp_path / "plan.txt"
        path.write_text("\n".join(["Council plan action plan", "", "| Ref | Action | Lead officer | Status |",
                                   "|---|---|---|---|", *rows, "", *page]) + "\n", encoding="utf-8")
        parsed = checked(process(path, load_profile("generic"), QUARTER_END))
        return ([b.text for b in parsed.boilerplate if b.kind == "status_summary"],
                [i.message for i in parsed.issues if i.code == "status_counts_mismatch"],
                [i.raw_text for i in parsed.issues if i.code == "unplaced_text"])

    assert read(28) == (EPPING_OUTTURN, [], ["At the end of the year:"])
    assert read(27)[1] == [
        "the plan's printed status totals disagree with its actions: Achieved 28 printed, 27 read; Under Control 15 "
        "printed, 15 read; Behind Schedule 6 printed, 6 read; Pending 1 printed, 1 read; all actions 50 printed, 49 read: 1 "
        "fewer row read than printed (a copy cut short, or rows not read)"]


@pytest.mark.parametrize("text", [
    "Green\n\n7",  # one count is no summary
    "Green\n7\nObjective details\nAmber\n3",  # a line of other text parts two counts
    "Green\n\nsee below\n\n7",
    "1,220 flats had food waste collections\n2",
    "| Green | Amber |\n| 7 |",  # fewer counts than words
])
def test_what_is_not_a_summary(text):
    assert printed_totals(_lines(text), text, ROLES) == []
