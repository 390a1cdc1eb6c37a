"""Items that open with their own status before a dash (ingest/headed_list.py): Belfast City Council's
self-assessment of its improvement plan lists each milestone as `- Achieved - Developed ...` or `- Partially achieved -
The Climate Investment Plan has been postponed ...` (samples/other_councils/
belfast_improvement_self_assessment_2023_24_objective_4.txt, checked by hand in its expected file), under headings
printed far below the page's first line, among bullets of counts that are no actions."""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.headed_list import read_headed_list
from council_actions.ingest.records import read_records
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

BELFAST = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"
GENERIC = load_profile("generic")


@pytest.fixture(scope="module")
def lines():
    return list(read_document(BELFAST).iter_lines())


def test_a_status_opening_an_item_is_cut_from_its_action(lines):
    layout = read_headed_list(lines, GENERIC.roles.role_of, GENERIC.roles.status_of)
    assert layout is not None
    status = layout.columns.index(next(c for c in layout.columns if c.role == "status"))
    rows = [row for line in layout.lines if 2 in (row := {cell.column: cell.text for cell in line.cells})]
    assert [(row[status], row[2][:30]) for row in rows] == [
        ("Achieved", "Developed and completed a Clim"), ("Achieved", "A draft Climate Action Plan is"),
        ("Partially achieved", "The Climate Investment Plan ha"), ("Achieved", "Undertaking Energy audits on f")]


def test_without_the_status_rules_the_list_is_no_plan(lines):
    """Its first item stands 26 lines down, under no title naming a plan: only items opening with a status make it
    one (the counts above, `- 13 (76 per cent) milestones were achieved.`, open with none and are no rows)."""
    assert read_headed_list(lines, GENERIC.roles.role_of) is None


def test_a_status_before_a_dash_is_no_record_label(lines):
    """`Achieved` heads a status column asked as a question (`Achieved?`); opening an item it is a status, so the
    page is no set of `label - value` records whose title is the line above."""
    assert read_records(lines, GENERIC.roles.role_of) is not None  # without the status rules: read as records
    assert read_records(lines, GENERIC.roles.role_of, GENERIC.roles.status_of) is None


def test_partially_achieved_is_under_way():
    """Belfast's own words: a milestone is partially achieved when work started or went on during the year but the
    project spans more than one financial year."""
    assert GENERIC.roles.status_of("Partially achieved") == "on_track"
    processed = process(BELFAST, GENERIC, ReferenceDates(given=None))
    assert [(a.status, a.status_raw) for a in processed.parsed.actions] == [
        ("complete", "Achieved"), ("complete", "Achieved"), ("on_track", "Partially achieved"), ("complete", "Achieved")]
