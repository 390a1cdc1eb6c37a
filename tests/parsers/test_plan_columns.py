"""The statutory-template parser finds its columns by role, from the profile's headings."""

from __future__ import annotations

import pytest
from council_actions.parsers.plan_columns import PlanColumns, plan_columns

from council_actions.profile import load_profile
from council_actions.profile_fields import ProfileError
from tests.conftest import FIXTURES


def test_runnymede_columns_come_from_its_headings(profile):
    columns = plan_columns(profile)
    assert columns == PlanColumns(score=0, characteristic=1, opportunity=2, action=3, allocation=4)
    assert [columns.field(c) for c in range(5)] == ["score", "characteristic", "opportunity", "action",
                                                     "allocated_raw"]


def test_headings_in_another_order_move_the_columns(tmp_path):
    text = (FIXTURES / "profiles" / "elmbridge_example.toml").read_text(encoding="utf-8")
    swapped = text.replace('"Opportunity for Improvement",\n           "Recommendations and action plan"',
                           '"Recommendations and action plan",\n           "Opportunity for Improvement"')
    assert swapped != text
    path = tmp_path / "swapped.toml"
    path.write_text(swapped, encoding="utf-8")
    assert plan_columns(load_profile(path)) == PlanColumns(0, 1, 3, 2, 4)


def test_a_profile_without_an_action_column_is_refused(tmp_path):
    text = (FIXTURES / "profiles" / "elmbridge_example.toml").read_text(encoding="utf-8")
    path = tmp_path / "broken.toml"
    path.write_text(text.replace('"Recommendations and action plan"', '"Things"'), encoding="utf-8")
    with pytest.raises(ProfileError, match="role 'action'"):
        plan_columns(load_profile(path))
