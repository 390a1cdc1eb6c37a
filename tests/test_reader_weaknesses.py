"""The renderings and behaviours the last closing note called weak, each pinned by a fixture named after it.

Expected rows of real samples are in tests/fixtures/other_councils/expected/ (compared by
tests/test_other_councils.py); this module checks what those rows do not show.
"""

from __future__ import annotations

import datetime as dt

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

WAVERLEY = ROOT / "samples" / "other_councils" / "waverley_cpa_improvement_plan_2004.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("headings, roles", [
    (["No", "What?", "How?", "Who by?", "When?"], ["element", "action", "notes", "owner", "timeline"]),
    (["How?", "Who?", "When?"], ["action", "owner", "timeline"]),
    (["What", "How", "Who", "When"], ["action", "notes", "owner", "timeline"]),
])
def test_what_how_who_when_roles_by_wording(generic, headings, roles):
    assert generic.roles.roles_of(headings) == roles


def test_what_how_who_when_without_profile(generic):
    """Waverley's plan with no profile: the How? bullets are the action's notes, each row one owner."""
    processed = process(WAVERLEY, generic, dt.date(2005, 3, 1))
    first = processed.parsed.actions[0]
    assert first.notes is not None and first.notes.startswith("· Address undelivered items")
    owners = [(o.action_id, o.owner_key) for o in processed.normalised.owners]
    assert [key for _, key in owners] == ["John Anderson", "John Swanton", "Paul Wenham", "Peter Maudsley"]
    assert not [i for i in processed.normalised.issues if "ditto" in i.raw_text]
