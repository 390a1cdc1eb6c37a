"""A tab-separated heading wrapped over four lines is read whole (ingest/tab_table.py `_heading_at`), even where the
lines joined make one column play another role than its first lines did.

The seed plan prints its last heading in four pieces (lines 26-29: `Allocated to and` / `indicative` / `timeline to`
/ `deliver action`). After three lines the generic rule reads it as an `allocation`; the fourth makes the whole
heading Runnymede's profile names as its `owner` column. A reader stopping at the first line that changes a role
would, under the default profile, lose the heading's `deliver action` (and `guidance)` of the characteristic's
column), leave line 29 no header's, and miss the header printed again whole on each later page (lines 70, 77, 83,
91), which does not match the short form.
"""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document

from council_actions.profile import load_profile
from tests.conftest import PLAN

WHOLE = ("Theme/ Score given", "Characteristic description (statutory guidance)", "Opportunity for Improvement",
         "Recommendations and action plan", "Allocated to and indicative timeline to deliver action")


@pytest.mark.parametrize("profile", [None, "generic"])
def test_the_seed_plans_four_line_heading_is_read_whole(profile):
    roles = load_profile(profile).roles
    document = read_document(PLAN, role_of=roles.role_of)
    assert document.rendering == "tab"
    assert tuple(c.heading for c in document.columns) == WHOLE  # not cut short: `... (statutory`, `... timeline to`
    headers = [line.number for line in document.iter_lines() if line.layout == "header"]
    assert headers == [26, 27, 28, 29, 70, 77, 83, 91]  # not [26, 27, 28]


def test_the_last_heading_changes_role_as_it_grows_under_the_default_profile():
    """Why the reader stopped: the role changes from the third line to the fourth (both named, none lost)."""
    role_of = load_profile().roles.role_of
    assert role_of("Allocated to and indicative timeline to") == "allocation"
    assert role_of("Allocated to and indicative timeline to deliver action") == "owner"
