"""A plan printing a RAG column beside a Status column: the rating is the status, the Status words its progress.

Maidstone's Biodiversity and Climate Change Action Plan status appendix (2022) prints `Action / Responsibility /
Timescale / Status / RAG`, one cell a paragraph, each row's number alone on a paragraph above its action. Its
hand-checked actions are in tests/fixtures/other_councils/expected/; this checks what that file does not compare:
the status as printed, the progress and where the theme heading went.
"""

from __future__ import annotations

import pytest
from council_actions.ingest.cell_rows import read_one_row
from council_actions.ingest.cell_shapes import EMPTY_CELL, stack
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "other_councils" / "maidstone_bccap_status_rag_2022.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


def test_rag_is_the_status_and_the_status_column_the_progress(generic):
    processed = process(SAMPLE, generic, ReferenceDates(given=None))
    [action] = processed.parsed.actions
    assert (action.element_id, action.action[:20]) == ("1.1", "Draft Local Plan to:")  # its number alone above it
    assert (action.status, action.status_raw) == ("on_track", "Green")
    assert action.progress == ("Started – Incorporated as part of local Plan review POLICY LPRSP14(C) – CLIMATE "
                               "CHANGE includes prioritising active travel by ensuring good provision and "
                               "connectivity of walking and cycling routes.")
    assert [(b.kind, b.text) for b in processed.parsed.boilerplate if b.kind == "group_heading"] == [
        ("group_heading", "1.0                \nTransport")]  # its lines as printed (not `1.0 | Transport`)
    assert not [i for i in processed.parsed.issues if i.code in {"unknown_status", "row_without_action"}]


@pytest.mark.parametrize(("headings", "role"), [
    (["Action", "Lead Officer", "Target Date", "Status"], "status"),  # alone, the Status column is the status
    (["Action", "Responsibility", "Timescale", "Status", "RAG"], "progress"),
    (["Action", "Owner", "Due date", "Current status", "RAG rating"], "progress"),
])
def test_status_column_is_progress_only_beside_a_rag_column(headings, role, generic):
    roles = generic.roles.roles_of(headings)
    assert roles[headings.index(next(h for h in headings if "tatus" in h))] == role
    assert roles.count("status") == 1


def test_owners_of_one_marked_row_may_be_spaced_unevenly():
    """Within a row its markers bound, `Claire Weeks`, two empty paragraphs, `Mark Egerton`, `Helen Garnett` are one
    owner cell; without markers the uneven spacing still ends the stack (Brighton & Hove's rule)."""
    shapes = ["person", EMPTY_CELL, EMPTY_CELL, "person", "person", "date"]
    assert stack(shapes, 0, "owner") == 1
    assert stack(shapes, 0, "owner", any_spacing=True) == 5
    cells = read_one_row(["short", "bullet", EMPTY_CELL, "bullet", EMPTY_CELL, *shapes, "long_text", "short"],
                         ["action", "owner", "timeline", "progress", "status"])
    assert cells == ((0, 1, 2, 3, 4), (5, 6, 7, 8, 9), (10,), (11,), (12,))
