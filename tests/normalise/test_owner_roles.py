"""Owners joined by words that say who leads and who supports (council_actions/owner_roles.py, ROLE_JOINS), or labelled
so (ROLE_LABELS): each row's example read, Lancashire's real `... with support from ...` cells and Warwick's real
`Lead: ... Accountable: ...` cell read through the pipeline into action_owners with their roles, and the phrases left
alone where they join no owners.

Lancashire's cells are the sample's Lead cells of lines 8-11, read by eye (the golden file
tests/fixtures/other_councils/expected/lancashire_joint_send_commissioning_action_plan_2024_25.json gives the rows).
"""

from __future__ import annotations

import pytest
from council_actions.normalise.owner_split import owner_pieces

from council_actions.owner_roles import ROLE_JOINS, ROLE_LABELS, role_joins
from council_actions.profile import load_profile
from tests.conftest import ROOT

LANCASHIRE = ROOT / "samples" / "other_councils" / "lancashire_joint_send_commissioning_action_plan_2024_25.txt"
WARWICK = ROOT / "samples" / "other_councils" / "warwick_housing_improvement_plan_2024_complaints.txt"


def _read(cell: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.role) for p in owner_pieces(cell, words=load_profile("generic").owner_words)]


@pytest.mark.parametrize("join", ROLE_JOINS, ids=lambda j: j.words)
def test_each_join_reads_its_example(join):
    cell, owners = join.example
    assert _read(cell) == list(owners)


@pytest.mark.parametrize("join", ROLE_JOINS, ids=lambda j: j.words)
def test_each_join_has_phrases_in_the_generic_profile(join):
    assert getattr(load_profile("generic").owner_words, join.words)
    assert dict(role_joins(load_profile("generic").owner_words))[join].pattern


@pytest.mark.parametrize(("cell", "owners"), [
    # Lancashire's Lead cells (lines 8, 9-10, 11)
    ("LA with support from health", [("LA", "lead"), ("health", "support")]),
    ("LA with support from all partners", [("LA", "lead"), ("all partners", "support")]),
    ("ICB with support from all partners", [("ICB", "lead"), ("all partners", "support")]),
    # made up: the owners after the phrase are read by the shapes as any are, a full stop left out
    ("Head of Housing supported by Finance; Legal Services.",
     [("Head of Housing", "lead"), ("Finance", "support"), ("Legal Services", "support")]),
    # made up: the phrase opening a bracket that closes the cell, the bracket no part of either owner
    ("Head of Housing (supported by Finance)", [("Head of Housing", "lead"), ("Finance", "support")]),
])
def test_a_lead_and_who_supports_it(cell, owners):
    assert _read(cell) == owners


@pytest.mark.parametrize(("cell", "owners"), [
    # no role said: Lancashire's `LA and ICB` (lines 4-6) is two owners with no part named
    ("LA and ICB", [("LA", None), ("ICB", None)]),
    # inside a post's brackets the phrase is the post's own words (made up)
    ("Director (Housing supported by Finance)", [("Director (Housing supported by Finance)", None)]),
    # a cell opening with the phrase names no lead before it (made up)
    ("Supported by Finance", [("Supported by Finance", None)]),
])
def test_no_role_where_the_words_join_no_lead(cell, owners):
    assert _read(cell) == owners


def test_lancashire_owners_carry_their_roles_to_the_table(tmp_path):
    """The written action_owners rows: each `with support from` cell two rows, lead then support, and every other
    owner's role null."""
    import duckdb

    from council_actions.api import ingest

    ingest([LANCASHIRE], tmp_path, revision="2024-07", profile="generic")
    rows = duckdb.sql(f"SELECT a.line_start, o.owner_raw, o.role FROM read_parquet('{tmp_path}/action_owners/*/*') o "
                      f"JOIN read_parquet('{tmp_path}/actions/*/*') a USING (action_id) ORDER BY ALL").fetchall()
    assert rows == [(4, "ICB", None), (4, "LA", None), (5, "ICB", None), (5, "LA", None), (6, "ICB", None),
                    (6, "LA", None), (7, "LA", None), (8, "LA", "lead"), (8, "health", "support"),
                    (9, "LA", "lead"), (9, "all partners", "support"), (10, "LA", "lead"),
                    (10, "all partners", "support"), (11, "ICB", "lead"), (11, "all partners", "support")]


@pytest.mark.parametrize("label", ROLE_LABELS, ids=lambda row: row.words)
def test_each_label_reads_its_example(label):
    cell, owners = label.example
    assert _read(cell) == list(owners)
    assert getattr(load_profile("generic").owner_words, label.words)


@pytest.mark.parametrize(("cell", "owners"), [
    # every owner a lead label names leads, the second read without the label (made up)
    ("Lead: Head of Finance and Head of Legal", [("Lead: Head of Finance", "lead"), ("Head of Legal", "lead")]),
    # a label's role within a join's stretch: the label's, the owners after the join the join's (made up)
    ("Lead: Head of Housing with support from Finance", [("Lead: Head of Housing", "lead"), ("Finance", "support")]),
    # the word `lead` as no label (no colon), in a post: no role (made up)
    ("Service Lead for Housing", [("Service Lead for Housing", None)]),
])
def test_owners_a_label_names(cell, owners):
    assert _read(cell) == owners


@pytest.mark.parametrize("profile", ["generic", "runnymede"])
def test_warwick_lead_label_reaches_the_table(tmp_path, profile):
    """Warwick's record (line 28: `Lead: Customer Engagement and Business Support Manager. Accountable: Head of
    Housing`): the manager the action's lead, the head of housing, accountable, no role; with either profile."""
    import duckdb

    from council_actions.api import ingest

    ingest([WARWICK], tmp_path, revision="2024-09", profile=profile)
    rows = duckdb.sql(f"SELECT owner_raw, role FROM read_parquet('{tmp_path}/action_owners/*/*') "
                      "ORDER BY seq").fetchall()
    assert rows == [("Lead: Customer Engagement and Business Support Manager", "lead"),
                    ("Accountable: Head of Housing", None)]
