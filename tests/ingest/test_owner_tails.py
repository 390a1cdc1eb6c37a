"""Rows of one line whose action ends in no sentence end (ingest/owner_tails.py): Rotherham's empty homes action plan,
one table for each of its outcomes (tests/fixtures/other_councils/expected/rotherham_empty_homes_action_plan_2019_22.json
holds every value), its leads told from its actions by their capitalised words ending in a post's word, a run holding
the action's own capitals settled by another row's lead, and lines no lead can be told in kept whole."""

from __future__ import annotations

import pytest
from council_actions.ingest.owner_tails import owner_starts

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

ROTHERHAM = ROOT / "samples" / "other_councils" / "rotherham_empty_homes_action_plan_2019_22.txt"
# (rows as printed, each run together up to its timeline, the lead each gives; None where it names none): the page's
# own rows, a run settled by another row's (`SHAD / CPU` the action's), then made-up rows: a run ending in no post's
# word (`Head of Legal`), the action's capitals before a lead no other row prints, kept whole where too long.
LEADS = [
    (["Develop temporary caseload management system Empty Property Officer",
      "Upgrade Civica to capture empty property information Empty Property Officer/CPU Manager",
      "Develop joint working empty property protocols across SHAD / CPU Empty Property Officer/CPU Manager"],
     ["Empty Property Officer", "Empty Property Officer/CPU Manager", "Empty Property Officer/CPU Manager"]),
    (["Develop a single point of contact via council website (online form) Private Sector Housing Coordinator",
      "Update the Council’s Private Sector Assistance Policy (align with toolkit) Empty Property Officer"],
     ["Private Sector Housing Coordinator", "Empty Property Officer"]),
    (["Review the scheme of delegation Head of Legal", "Report to the Cabinet Head of Legal"], [None, None]),
    (["Develop joint working protocols across SHAD / CPU Empty Property Officer/CPU Manager",
      "Publish the Housing Strategy"], [None, None]),
]


@pytest.mark.parametrize(("rows", "leads"), LEADS)
def test_a_lead_is_the_capitalised_words_before_the_time_ending_in_a_post(rows, leads):
    starts = owner_starts({k: (row, len(row)) for k, row in enumerate(rows)}, load_profile("generic").owner_words)
    assert [row[starts[k]:] if k in starts else None for k, row in enumerate(rows)] == leads


@pytest.mark.parametrize("profile", [None, "generic"])
def test_one_table_for_each_outcome_read_alike_with_either_profile(profile):
    """The reader goes on past the first table's blank line (not 3 rows of 14, the other 11 reported unplaced) and
    parts every lead from its action, with no profile and with the generic one alike."""
    processed = process(ROTHERHAM, load_profile(profile), None)
    actions = processed.parsed.actions
    assert [len([a for a in actions if a.sections[0].text.startswith(f"{n}.")]) for n in (1, 2, 3, 4)] == [3, 5, 2, 4]
    assert [(a.span.line_start, a.owner_raw, a.timeline_raw) for a in actions[:4]] == [
        (8, "Empty Property Officer", "April 2021"), (9, "Empty Property Officer/CPU Manager", "June 2021"),
        (10, "Empty Property Officer/CPU Manager", "June 2021"), (15, "Empty Property Officer", "March 2021")]
    assert actions[2].action == "Develop joint working empty property protocols across SHAD / CPU"
    assert [line.number for line in processed.document.iter_lines() if line.layout == "header"] == [7, 14, 23, 29]
