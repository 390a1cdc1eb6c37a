"""Web tables saved a cell a line, each cell ending in a `|`: rows opened by a line of only `|` (Newham's housing
improvement plan pages), or counted under a Markdown ruling (Newton St Cyres Parish Council's action plan)."""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT


def test_a_cell_runs_to_the_line_ending_in_a_pipe(tmp_path):
    """Made-up text: a cell of two lines (the first without its `|`) is one cell, its lines joined."""
    plan = tmp_path / "plan.txt"
    plan.write_text("|\nAction |\nLead officer |\nTarget date |\n|\nReview the contract register\n"
                    "and publish it quarterly |\nHead of Procurement |\n31 March 2026 |\n|\n"
                    "Refresh the risk strategy |\nHead of Risk |\nQ2 2025/26 |\n", encoding="utf-8")
    processed = process(plan, load_profile("generic"), ReferenceDates(given=dt.date(2025, 4, 1)))
    assert processed.document.rendering == "pipe"
    assert [(a.action, a.owner_raw, a.timeline_raw, a.span.line_start, a.span.line_end)
            for a in processed.parsed.actions] == [
        ("Review the contract register and publish it quarterly", "Head of Procurement", "31 March 2026", 5, 9),
        ("Refresh the risk strategy", "Head of Risk", "Q2 2025/26", 10, 13)]


def test_cells_under_a_ruling_are_counted_into_rows():
    """Newton St Cyres Parish Council's plan: header cells a line each above a five-column ruling, every cell ended
    by a `|` (on its own line too, an empty cell a `|` alone), nothing marking a row's end: a row is five cells.
    `Yes` under `Achieved?` is complete."""
    sample = ROOT / "samples" / "other_councils" / "newton_st_cyres_parish_action_plan_2018_20.txt"
    processed = process(sample, load_profile("generic"), None)
    assert processed.document.rendering == "pipe"
    assert [(a.action[:40], a.owner_raw, a.timeline_raw, a.span.line_start) for a in processed.parsed.actions] == [
        ("Ensure the Action Plan is reviewed annua", "Clerk & Councillors", "Annual review in May", 10),
        ("Implementation of Parish Plan actions", "Councillors and Development Group", "End of April 2019", 16),
        ("Ensure continued compliance with the rel", "Clerk and councillors", "Feb & Oct", 23),
        ("Ensure that all council assets are maint", "Appointed councillors", "Annual review in May", 32)]
    assert processed.parsed.actions[0].notes.startswith("Clerk to ensure review at the Annual Parish Meeting")
    assert [a.status for a in processed.parsed.actions] == [None, "complete", None, None]


def test_a_yes_naming_no_status_is_refused_with_the_profile(tmp_path):
    from council_actions.profile_fields import ProfileError

    profile = tmp_path / "council.toml"
    profile.write_text('[[headings]]\nrole = "status"\nyes = "finished"\npatterns = [\'done\\\\?\']\n',
                       encoding="utf-8")
    with pytest.raises(ProfileError, match="yes = 'finished' is not a status key"):
        load_profile(profile)


IOW_ANNEXE_B = ROOT / "tests" / "fixtures" / "sections" / "iow_housing_renewal_action_plan_2003_annexe_b.txt"


def test_a_rows_number_opens_the_first_row_and_the_header_printed_again_starts_the_count_again():
    """The Isle of Wight's Housing Renewal action plan (Annexe B): `Number |` / `Action |` / `Deadline |` /
    `Progress |` then `1.1 |`, a one-line cell too, but the first row's number, never a fifth heading; its second
    table's heading (`2.` / `Data Collection and Monitoring`, no `|`) and the same headings again stand between its
    rows, so the heading is text beside the table and the headings are a header again, never a row's cells."""
    processed = process(IOW_ANNEXE_B, load_profile("generic"), ReferenceDates(given=dt.date(2003, 6, 12)))
    document = processed.document
    assert document.rendering == "pipe"
    assert [c.heading for c in document.columns] == ["Number", "Action", "Deadline", "Progress"]
    layouts = {line.number: line.layout for line in document.iter_lines()}
    assert [layouts[n] for n in range(21, 26)] == ["header"] * 4 + ["row_start"]
    assert [layouts[n] for n in range(40, 47)] == [None, None] + ["header"] * 4 + ["row_start"]
    assert [(a.element_id, a.timeline_raw, a.span.line_start, a.span.line_end) for a in processed.parsed.actions] == [
        ("1.1", "18 July 2003", 25, 29), ("1.2", "18 July 2003", 30, 34), ("1.3", "01 April 2004", 35, 39),
        ("2.1", "01 October 2004", 46, 51)]
