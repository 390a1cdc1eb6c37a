"""A keyed row whose allocations are stacked at the top of their cell (parsers/stacked_rows.py), read with no
council profile as the template reader reads it (its rule allocations_stacked_at_top): the seed's G001 as
plan_rows/allocations_stacked_at_top.txt prints it, its three allocations on lines 3, 5 and 7, beside the first
of its three recommendation paragraphs (lines 3-8, 10-13 and 15-17): each paragraph its action, with --profile
generic too, not all three allocations on the first action with the later paragraphs run on into it."""

from __future__ import annotations

from pathlib import Path

from council_actions.ingest import read_document
from council_actions.ingest.model import Line
from council_actions.parsers.stacked_rows import stacked_at_top

from tests.conftest import FIXTURES

RULE_FIXTURES = FIXTURES / "plan_rows"
STACKED = RULE_FIXTURES / "allocations_stacked_at_top.txt"
ACTION, ALLOCATION = 3, 4  # `Recommendations and action plan`, `Allocated to and indicative timeline ...`


def _rows(path: Path) -> list[Line]:
    """The lines of the extract's one row (line 1 is the header, line 2 the theme's heading)."""
    return [line for line in read_document(path).iter_lines() if line.number >= 3]


def test_stacked_allocations_pair_with_the_action_paragraphs_in_order():
    rows = _rows(STACKED)
    stacked = stacked_at_top(rows, ACTION, [ALLOCATION])
    assert stacked is not None
    assert [rows[i].number for i in stacked.starts] == [3, 10, 15]
    assert [[(line.number, line.cells[0].text) for line in taken] for taken in stacked.allocations] == [
        [(3, "CHoLG, HoDemocatic Services, Q4 2024/25.")], [(5, "CHoHROD, CHoLG, Q4 2024/25.")],
        [(7, "CHoHROD, Q4 2024/25.")]]


def test_allocations_filled_from_the_top_past_the_first_paragraph_are_stacked():
    """CI001 as plan_rows/opportunities_stacked_at_top.txt prints it: five allocations (lines 3, 5, 7, 9, 11) down
    the first three of five recommendations (lines 3, 7, 10, 14, 18), two beside each of the first two, none
    beside the last two: the template reader's shape, paired in order (each is the golden file's allocation)."""
    rows = [line for line in _rows(RULE_FIXTURES / "opportunities_stacked_at_top.txt") if line.number <= 20]
    stacked = stacked_at_top(rows, ACTION, [ALLOCATION])
    assert stacked is not None
    assert [rows[i].number for i in stacked.starts] == [3, 7, 10, 14, 18]
    assert [[line.number for line in taken] for taken in stacked.allocations] == [[3], [5], [7], [9], [11]]


def test_fewer_paragraphs_than_stacked_allocations_are_not_paired(tmp_path):
    """G001 without its third recommendation: three allocations beside two paragraphs, which goes with which is
    not printed, so the row is not read as stacked (the template reader reports it `allocation_unpaired`)."""
    lines = STACKED.read_text(encoding="utf-8").splitlines()
    third = next(i for i, line in enumerate(lines) if "Review the staff induction" in line)
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines[:third]) + "\n", encoding="utf-8")
    assert stacked_at_top(_rows(path), ACTION, [ALLOCATION]) is None


def test_allocations_beside_their_own_paragraphs_are_no_stack():
    """G003 (plan_rows/opportunity_paragraphs_pair.txt) prints each allocation beside its own recommendation."""
    assert stacked_at_top(_rows(RULE_FIXTURES / "opportunity_paragraphs_pair.txt"), ACTION, [ALLOCATION]) is None
