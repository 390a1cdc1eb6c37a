"""A header's cells joined by single spaces over numbered rows whose columns ran together (Kensington and Chelsea's
plan pages, tests/fixtures/other_councils/expected/rbkc_*.json): how the header splits, what each line becomes."""

from __future__ import annotations

import pytest
from council_actions.ingest.spaced_header import WHEN, split_header

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

FAIRER = ROOT / "samples" / "other_councils" / "rbkc_council_plan_action_plan_2025_27_fairer.txt"

# (line as printed, whether it names a time): the sample's own lines, a milestone a line or not.
LINES = [
    ("Implement of a proposal to support the ambitions of the Employment and Skills review by Autumn 2025.", True),
    ("Deliver a remediated depot site by early 2027.", True),
    ("Barlby Road – June 2026 (83)", True),
    ("Enhance our line management learning offer ... (March 2026).", True),
    ("To increase the percentage of the borough received a food waste collection by the end of 2026.", True),
    ("Notting Dale Future Neighbourhood 2030: a transformed exemplary sustainable neighbourhood", False),
    ("Deliver 600 new homes for the borough with a minimum of 300 social rent", False),
    ("This will increase the opportunities for residents to transact with the Council online 24/7.", False),
]


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize(("line", "dated"), LINES)
def test_a_line_names_a_time_with_its_year(line, dated):
    assert (WHEN.search(line) is not None) == dated


def test_header_splits_into_the_fewest_headings(generic):
    role_of = generic.roles.role_of
    assert split_header("Action What we will do and when What residents will see", role_of) == [
        "Action", "What we will do and when", "What residents will see"]
    assert split_header("Action What residents will see", role_of) is None  # no timeline column
    assert split_header("16. Better engagement with local businesses", role_of) is None
    assert split_header("Our priorities for the next two years", role_of) is None


def test_undated_lines_are_notes_and_the_run_together_columns_reported(generic):
    processed = process(FAIRER, generic, None)
    first = processed.parsed.actions[0]
    assert first.notes.startswith("Develop a multi-strand engagement plan across businesses")
    assert first.notes.endswith("shared with employment support providers.")
    assert [(i.code, i.span.line_start) for i in processed.document.issues] == [("columns_run_together", 7)]


def test_numbered_lines_without_such_a_header_are_no_table(tmp_path, generic):
    """Made-up text: numbered paragraphs under a heading line that does not split into plan headings stay plain
    lines, so the page is refused as before, not read as a plan."""
    page = tmp_path / "page.txt"
    page.write_text("Our priorities for the next two years\n\n1. Cleaner streets by March 2026.\n\n"
                    "2. Safer parks by June 2026.\n", encoding="utf-8")
    with pytest.raises(StageError, match="not a council action plan"):
        process(page, generic, None)
