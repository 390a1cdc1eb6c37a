"""One owner running on into the next on one line, nothing printed between (owner_split._run_together). Real:
Maidstone's homelessness action plan 2024-29 (samples/other_councils/maidstone_homelessness_action_plan_2024_29_
prevention.txt) prints its Lead/Service Area/Partners cells so: each owner apart, not each line one unknown owner."""

from __future__ import annotations

import pytest
from council_actions.normalise.owner_split import owner_pieces

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "other_councils" / "maidstone_homelessness_action_plan_2024_29_prevention.txt"


@pytest.mark.parametrize(("cell", "owners"), [
    # real, Maidstone's rows 1.1 and 1.2: a post or body word, then an acronym opening the next owner's name
    ("Housing and Inclusion Manager MBC Housing Advice Team MBC Accommodation Resource Team",
     ["Housing and Inclusion Manager", "MBC Housing Advice Team", "MBC Accommodation Resource Team"]),
    ("Housing Advice Manager MBC Housing Advice Team", ["Housing Advice Manager", "MBC Housing Advice Team"]),
    # real, row 1.3: the partner's name opens with a body's name the generic profile lists (body_names: `citizens
    # advice`), after the team's last word
    ("MBC Housing Advice Team Citizens Advice Maidstone", ["MBC Housing Advice Team", "Citizens Advice Maidstone"]),
    # made up: a body's name the profile lists after a post opening with its word is what the post is of
    ("Service Manager Health and Wellbeing", ["Service Manager Health and Wellbeing"]),
    # made up: a post opening with its word names what it is of after it; `Service` is a post word too
    ("Chief Officer HR Services", ["Chief Officer HR Services"]),
    ("Service Manager ICT Team", ["Service Manager ICT Team"]),
])
def test_an_owner_running_on_into_the_next_is_parted_where_the_next_opens(cell, owners):
    assert [p.text for p in owner_pieces(cell)] == owners


def test_the_plans_run_on_leads_are_each_an_owner():
    processed = process(SAMPLE, load_profile("generic"), None)
    assert [(o.owner_key, o.span.line_start, o.span.char_start) for o in processed.normalised.owners] == [
        ("Housing and Inclusion Manager", 9, 714), ("MBC Housing Advice Team", 9, 744),
        ("MBC Accommodation Resource Team", 9, 768), ("Housing Advice Manager", 14, 1098),
        ("MBC Housing Advice Team", 14, 1121), ("MBC Housing Advice Team", 19, 1642),
        ("Citizens Advice Maidstone", 19, 1666)]
