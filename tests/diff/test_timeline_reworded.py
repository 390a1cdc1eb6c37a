"""A timeline printed in other words with the same due date is reported as an edit of the timeline; a moved date
or a completion says it already, and the same words laid out otherwise are no change."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from council_actions.diff.rules import action_changes

from tests.diff.test_pairing import action

QUARTERLY = "Quarterly with updates to Audit Committee in October and March"  # Maidstone AGS 2013/14, line 27
SIX_MONTHLY = "Quarterly meetings with updates to Audit Committee and CLT every six months."  # 2014-15, line 49


def found(before_timeline: str | None, after_timeline: str | None, *, due: dt.date | None = None,
          moved_to: dt.date | None = None, completed: bool = False) -> list[tuple[str, str, tuple]]:
    before = replace(action("Embedding corporate governance", due=due), timeline=before_timeline)
    after = replace(before, timeline=after_timeline, due_date=moved_to or due, completed=completed)
    return [(rule.change, rule.field, values) for rule, values in action_changes(before, after)]


def test_the_same_date_in_other_words_is_a_timeline_edit():
    assert found(QUARTERLY, SIX_MONTHLY) == [("action_edited", "timeline", (QUARTERLY, SIX_MONTHLY))]


@pytest.mark.parametrize("after", [QUARTERLY, f"  {QUARTERLY.upper()} ", QUARTERLY.replace(" ", "\n")])
def test_the_same_words_laid_out_otherwise_are_no_change(after):
    assert found(QUARTERLY, after) == []


def test_a_moved_date_is_a_deadline_move_alone():
    changes = found("Q3 24/25", "Q4 24/25", due=dt.date(2024, 12, 31), moved_to=dt.date(2025, 3, 31))
    assert [(kind, field) for kind, field, _ in changes] == [("deadline_moved", "due_date")]


def test_a_completion_is_a_completion_alone():
    changes = found("Q4 24/25", "Complete", due=dt.date(2025, 3, 31), completed=True)
    assert [(kind, field) for kind, field, _ in changes] == [("status_completed", "status")]


def test_a_timeline_first_printed_is_an_edit():
    assert found(None, "Ongoing") == [("action_edited", "timeline", (None, "Ongoing"))]
