"""An action is done by its timelines only where every milestone it prints reads done (normalise/done.py): the
kinds of real rows' timelines, each as action_timelines holds it, checked by hand against the line quoted."""

from __future__ import annotations

import pytest
from council_actions.normalise import done_by_timelines


@pytest.mark.parametrize(("kinds", "done"), [
    # the seed plan's G003 (line 225): `HoBPPP, complete. This has been addressed in the latest Cttee report template
    # v4 issued in March 2024.`: two timelines, `complete` and the template issued in March 2024, both read complete
    (["complete", "complete"], True),
    # Waverley 2004, `Focus on a performance culture in Benefits` (line 13): `Benefits backlog cleared July 2004`
    # (line 17), then `See also progress against the Benefits Best Value Improvement Plan attached as Annexe 3`
    (["complete", "unresolved"], False),
    # Copeland 2009, row 2 (lines 13-16): `Reported to Strategic Housing Panel in April 2009. Recommended` (a period,
    # April 2009), then `to Executive in July`, no year: not done by its timelines (the heading over it says it is:
    # test_title_status)
    (["period", "unresolved"], False),
    # a milestone still due beside one done: the seed's L004 before revision 2's edit took all of its cell
    # (`CHoF, complete.` over a stray `2020.`, read as a deadline)
    (["complete", "deadline"], False),
    # Waverley 2004, `Move BVPIs back to Upper Quartile`: `By end 2005/06` (line 16)
    (["deadline"], False),
    # an update note is no milestone (kind update; made up: no sample prints one beside a completion)
    (["complete", "update"], True),
    ([], False),
])
def test_done_only_where_every_milestone_is(kinds, done):
    assert done_by_timelines(("a", kind) for kind in kinds) == (frozenset({"a"}) if done else frozenset())
