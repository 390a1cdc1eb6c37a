"""Summary tables of status totals printed beside a plan (parsers/totals_tables.py): kept from the plan's reader,
placed as `status_summary` and checked against the actions read, in the renderings the plan itself is in.

No stored page prints such a table beside the rows it counts (searched: "Status | Number of actions", "RAG status",
recommendation tracker summaries), so the tables here are made up in the shape progress reports print them, over a
small made-up plan, the status words those of the generic profile's real plans (Maidstone's `Complete`, Bracknell's
`In progress`)."""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.ingest import read_document
from council_actions.normalise import ReferenceDates
from council_actions.parsers.totals_tables import totals_tables

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.parsers.test_status_totals import checked

YEAR_END = ReferenceDates(given=dt.date(2025, 3, 31))
STATUSES = ["Complete", "Complete", "In progress", "Not started"]
PIPE_PLAN = ["| Ref | Action | Lead officer | Status |", "|---|---|---|---|",
             *(f"| {n} | Deliver action {n} | Head of Service | {s} |" for n, s in enumerate(STATUSES, 1))]
TAB_PLAN = ["Ref\tAction\tLead officer\tStatus",
            *(f"{n}\tDeliver action {n}\tHead of Service\t{s}" for n, s in enumerate(STATUSES, 1))]
PIPE_TOTALS = ["| Status | Number of actions |", "|---|---|", "| Complete | 2 |", "| In progress | 1 |",
               "| Not started | 1 |"]
TAB_TOTALS = ["RAG status\tCount", "Complete\t2", "In progress\t1", "Not started\t1"]


def _process(tmp_path, lines: list[str], profile: str = "generic"):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(["Council plan action plan", "", *lines]) + "\n", encoding="utf-8")
    return checked(process(path, load_profile(profile), YEAR_END))


def _read(parsed):
    return ([a.action for a in parsed.actions], [b.text for b in parsed.boilerplate if b.kind == "status_summary"],
            [i.message for i in parsed.issues if i.code == "status_counts_mismatch"],
            [b.text for b in parsed.boilerplate if b.kind == "section_heading"])


ACTIONS = [f"Deliver action {n}" for n in range(1, 5)]


@pytest.mark.parametrize("profile", ["generic", "runnymede"])
@pytest.mark.parametrize("plan, totals, before", [
    (PIPE_PLAN, PIPE_TOTALS, True),  # was refused: the totals table taken for the plan's, and no plan heading
    (PIPE_PLAN, PIPE_TOTALS, False),  # was four more actions: `Number of actions`, `2`, `1`, `1`
    (TAB_PLAN, TAB_TOTALS, True),  # were four section headings over the plan's actions
    (TAB_PLAN, TAB_TOTALS, False),  # was four more actions
], ids=["pipe_before", "pipe_after", "tab_before", "tab_after"])
def test_a_totals_table_beside_the_plan(tmp_path, profile, plan, totals, before):
    """The plan yields its four actions and nothing else, the table's lines are the summary (its heading and ruling
    too), and counts that agree with the rows say nothing."""
    lines = [*totals, "", *plan] if before else [*plan, "", *totals]
    assert _read(_process(tmp_path, lines, profile)) == (ACTIONS, totals, [], [])


def test_a_totals_table_that_disagrees(tmp_path):
    """One more complete than the rows carry, and a total row of five: each count printed and read."""
    totals = ["| Status | Number of actions |", "|---|---|", "| Complete | 3 |", "| In progress | 1 |",
              "| Not started | 1 |", "| Total | 5 |"]
    assert _read(_process(tmp_path, [*totals, "", *PIPE_PLAN])) == (ACTIONS, totals, [
        "the plan's printed status totals disagree with its actions: Complete 3 printed, 2 read; In progress 1 "
        "printed, 1 read; Not started 1 printed, 1 read; all actions 5 printed, 4 read: 1 fewer row read than printed (a copy "
        "cut short, or rows not read)"], [])


def test_a_table_with_no_heading(tmp_path):
    """Rows of a status word and a count, two at least, are a totals table without a heading too."""
    totals = ["Complete\t2", "In progress\t2"]
    assert _read(_process(tmp_path, [*TAB_PLAN, "", *totals])) == (ACTIONS, totals, [
        "the plan's printed status totals disagree with its actions: Complete 2 printed, 2 read; In progress 2 "
        "printed, 1 read; 1 read not_started, which the totals do not print; all actions 4 printed, 4 read: as many rows as "
        "printed, with other statuses"], [])


@pytest.mark.parametrize("text", [
    "| Status | Owner |\n|---|---|\n| Complete | Head of Service |",  # no counts
    "| Status | Number of actions |\n|---|---|",  # a heading and no row
    "Complete\t2",  # one row and no heading
    "| Ref | Status | Count |\n|---|---|---|\n| 1 | Complete | 2 |",  # three columns
    "| Status | Target |\n|---|---|\n| Complete | 2 |\n| Amber | 3 |",  # the heading names no count
])
def test_what_is_no_totals_table(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert totals_tables(read_document(path), load_profile("generic").roles) == []
