"""A hard separator within brackets parts no owners (normalise/owner_split.HARD_SEPARATORS): the brackets name what one
post is of. Real: Gravesham's peer challenge action plan names `Director (Planning & Regeneration)` as the owner of
three actions (samples/other_councils/gravesham_peer_challenge_action_plan_2020.txt): one owner, not `Director
(Planning` and `Regeneration)`, each reported unknown. Made-up cells show the separators outside brackets
still part owners."""

from __future__ import annotations

import pytest
from council_actions.normalise.owner_split import owner_pieces

CELLS = [
    ("Director (Planning & Regeneration)", ["Director (Planning & Regeneration)"]),  # real
    ("Head of Service (Housing/Planning)", ["Head of Service (Housing/Planning)"]),
    ("Head of Policy (Housing) / Head of Legal", ["Head of Policy (Housing)", "Head of Legal"]),
    ("Director (Place) & Head of Finance", ["Director (Place)", "Head of Finance"]),
    ("Councillor Moss/ The Leader", ["Councillor Moss", "The Leader"]),
    ("CLT; SLT", ["CLT", "SLT"]),
]


@pytest.mark.parametrize(("cell", "owners"), CELLS)
def test_separators_part_owners_outside_brackets_only(cell, owners):
    assert [piece.text for piece in owner_pieces(cell)] == owners
