"""Columns headed by periods beside an action column are that action's targets, not actions (roles.GIVES_WAY).

A grid of period headings with no action column (North Tyneside's waste plan, roles.PERIOD) holds the actions due
in each period. A table with an Action column and year columns holds, per action, what it should reach by each
period: those cells are kept in the action's notes, each with its heading, and are never actions of their own.
The plans here are made-up text: no real sample in samples/ prints year-target columns beside an action column.
"""

from __future__ import annotations

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile

TARGETS = ("| Action | Lead officer | 2025/26 | 2026/27 |\n|---|---|---|---|\n"
           "| Increase the household recycling rate | Head of Waste | 45% | 50% |\n"
           "| Cut missed bin collections | Head of Waste | 80 a month | |\n"
           "| | | 60 a month | 40 a month |\n")


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("headings, roles", [
    (["Action", "Lead officer", "2025/26", "2026/27"], ["action", "owner", "target", "target"]),
    (["2025", "2026", "2027"], ["period", "period", "period"]),  # a grid of periods: its cells are the actions
    (["Waste stream", "2025", "2026"], [None, "period", "period"]),
])
def test_a_period_column_gives_way_to_an_action_column(generic, headings, roles):
    assert generic.roles.roles_of(headings) == roles


def test_year_cells_beside_an_action_are_its_targets(tmp_path, generic):
    plan = tmp_path / "plan.txt"
    plan.write_text(TARGETS, encoding="utf-8")
    processed = process(plan, generic, None)
    assert [(a.action, a.owner_raw, a.timeline_raw, a.notes) for a in processed.parsed.actions] == [
        ("Increase the household recycling rate", "Head of Waste", None, "2025/26: 45%; 2026/27: 50%"),
        ("Cut missed bin collections", "Head of Waste", None, "2025/26: 80 a month")]
    unplaced = [(i.code, i.raw_text) for i in processed.parsed.issues if i.code == "row_without_action"]
    # targets with no action: reported, the line as printed
    assert unplaced == [("row_without_action", "| | | 60 a month | 40 a month |")]


def test_a_profile_names_a_target_column(tmp_path):
    profile = tmp_path / "council.toml"
    profile.write_text('[[headings]]\nrole = "target"\npatterns = [\'target 20\\d\\d/\\d\\d\']\n',
                       encoding="utf-8")
    plan = tmp_path / "plan.txt"
    plan.write_text("| Action | Lead officer | Target 2025/26 |\n|---|---|---|\n"
                    "| Increase the household recycling rate | Head of Waste | 45% |\n"
                    "| Cut missed bin collections | Head of Waste | 80 a month |\n", encoding="utf-8")
    actions = process(plan, load_profile(profile), None).parsed.actions
    assert [(a.action, a.notes) for a in actions] == [
        ("Increase the household recycling rate", "Target 2025/26: 45%"),
        ("Cut missed bin collections", "Target 2025/26: 80 a month")]
