"""Rows of one line under a header of headings joined by spaces, each row's cells run together in the header's order
(Lancashire County Council's joint SEND commissioning action plan,
tests/fixtures/other_councils/expected/lancashire_joint_send_commissioning_action_plan_2024_25.json): how the header
splits, where each cell of a row is cut, and what is left as printed."""

from __future__ import annotations

import pytest
from council_actions.ingest.spaced_header import split_header
from council_actions.ingest.spaced_rows import _cutters, row_cuts

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

LANCASHIRE = ROOT / "samples" / "other_councils" / "lancashire_joint_send_commissioning_action_plan_2024_25.txt"
HEADER = "Action Target Date Lead What does success look like? Status"
# (a row as printed, its (action, target date, lead, success, status) as cut by eye, None where it cannot be cut):
# Lancashire's lines 4, 7, 8 and 10 (a success cell with no full stop), then made-up lines (no real sample prints
# them): a lead that is a post of a directorate, its capitalised words after `of` and `and` the post's; no time after
# the action; a last cell that is no status; an owner running on to the line's end.
ROWS = [
    ("Refresh the SEND JSNA 31 July 2024 LA and ICB Refreshed joint evidence base to inform future joint commissioning. "
     "Work in progress", ("Refresh the SEND JSNA", "31 July 2024", "LA and ICB",
                          "Refreshed joint evidence base to inform future joint commissioning.", "Work in progress")),
    ("Continue to strengthen the SEND Local Offer 31 March 2025 LA Recommissioned ICT solution promotes further join up "
     "of information across all partners. Work in progress", (
         "Continue to strengthen the SEND Local Offer", "31 March 2025", "LA",
         "Recommissioned ICT solution promotes further join up of information across all partners.",
         "Work in progress")),
    ("Continued development of Family Hubs Networks in Lancashire Ongoing LA with support from health Support is "
     "available for all stages of family life, from pregnancy through to 19 years old or 25 for those with special "
     "educational needs and disabilities (SEND). Work in progress", (
         "Continued development of Family Hubs Networks in Lancashire", "Ongoing", "LA with support from health",
         "Support is available for all stages of family life, from pregnancy through to 19 years old or 25 for those "
         "with special educational needs and disabilities (SEND).", "Work in progress")),
    ("Ensure sufficient school places to meet the needs to children and young people with additional needs Ongoing LA "
     "with support from all partners Children and young people have access to education Work in progress", (
         "Ensure sufficient school places to meet the needs to children and young people with additional needs",
         "Ongoing", "LA with support from all partners", "Children and young people have access to education",
         "Work in progress")),
    ("Review the admissions policy 30 June 2025 Director of Education and Skills Partners agree the policy. Complete",
     ("Review the admissions policy", "30 June 2025", "Director of Education and Skills", "Partners agree the policy.",
      "Complete")),
    ("Review the admissions policy with partners Partners agree the policy. Complete", None),
    ("Review the admissions policy 30 June 2025 LA Partners agree the policy. Agreed by Cabinet", None),
    ("Review the admissions policy 30 June 2025 LA with support from all partners and schools Complete", None),
]


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


def test_header_opening_on_the_action_splits_so(generic):
    """The fewest headings from the line's first word take `Action Target` (a notes heading) first; asked for a
    header opening on the action, `Action` and `Target Date` are read apart."""
    assert split_header(HEADER, generic.roles.role_of) is None
    assert split_header(HEADER, generic.roles.role_of, "action") == [
        "Action", "Target Date", "Lead", "What does success look like?", "Status"]


@pytest.mark.parametrize(("line", "cells"), ROWS)
def test_each_cell_is_cut_where_its_kind_of_words_starts(line, cells, generic):
    roles = [generic.roles.role_of(h) for h in ["Action", "Target Date", "Lead", "What does success look like?",
                                                 "Status"]]
    cuts = row_cuts(line, roles, _cutters(generic.owner_words, generic.roles.status_of))
    assert (None if cuts is None else tuple(line[a:b] for a, b in cuts)) == cells


def test_lines_that_cannot_be_cut_are_no_table(tmp_path, generic):
    """Made-up text: under the same header, rows whose last cell is no status are not cut, so the page is refused as
    no plan rather than read into the wrong columns."""
    page = tmp_path / "page.txt"
    page.write_text(f"{HEADER}\nReview the policy 30 June 2025 LA Partners agree it. Agreed by Cabinet\n"
                    "Refresh the JSNA 31 July 2024 LA Partners share it. Agreed by Cabinet\n", encoding="utf-8")
    with pytest.raises(StageError):
        process(page, generic)


def test_the_sample_is_read_as_rows_of_one_line(generic):
    processed = process(LANCASHIRE, generic)
    assert processed.document.rendering == "spaced_header"
    assert [(a.owner_raw, a.timeline_raw, a.status) for a in processed.parsed.actions][:5] == [
        ("LA and ICB", "31 July 2024", "on_track"), ("LA and ICB", "31 March 2025", "on_track"),
        ("LA and ICB", "31 October 2024", "on_track"), ("LA", "31 March 2025", "on_track"),
        ("LA with support from health", "Ongoing", "on_track")]
    assert [i.code for i in processed.document.issues] == ["columns_run_together"]


def test_a_line_that_cannot_be_cut_is_reported_whole(tmp_path, generic):
    """The sample's first three rows and a made-up line whose last cell is no status: the three are read, the line
    is kept as printed and reported as text outside the table, never read into the wrong columns."""
    odd = "Review the admissions policy 30 June 2025 LA Partners agree the policy. Agreed by Cabinet"
    page = tmp_path / "page.txt"
    page.write_text("\n".join([*LANCASHIRE.read_text(encoding="utf-8").splitlines()[:6], odd]) + "\n",
                    encoding="utf-8")
    processed = process(page, generic)
    assert len(processed.parsed.actions) == 3
    issues = processed.document.issues + processed.parsed.issues + processed.normalised.issues
    assert [(i.code, i.span.line_start) for i in issues if i.raw_text == odd] == [("unplaced_text", 7)]
