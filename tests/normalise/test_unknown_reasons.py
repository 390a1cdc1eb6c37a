"""Why an owner stays unknown, said where its shape tells (normalise/reported.UNKNOWN_REASONS): the Isle of Wight's
Planning Services business plan 2005-2008 (samples/other_councils/iow_planning_business_plan_2005_design_award.txt,
SOURCES.md) names its officers by their initials under `Resp.` (`CDTL`; `AC, CDTL`; `AC, AA`) and prints no key to
them; the PDP column beside them prints `Conservation and Design Team Leader`, but nothing on the page says that is
whom `CDTL` names, so each stays unknown, and the message says why."""

from __future__ import annotations

import pytest
from council_actions.normalise.reported import UNKNOWN_REASONS

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "other_councils" / "iow_planning_business_plan_2005_design_award.txt"
INITIALS = ("printed as initials, and the document prints no key to them, in its owner cells or apart from its rows "
            "(a key or glossary of its abbreviations): add them to the glossary as an alias of the owner they stand for")
# Tower Hamlets' FOI action plan 2023 defines its initials in its owner cells (line 19: `Head of Information Governance
# (IG) / Data Protection Office (DPO)`) before printing them alone (line 49: `Head of IG/DPO`): `DPO` is keyed by the
# name it stands for (normalise/owner_keys.py), so its warning gives no such reason.
TOWER_HAMLETS = SAMPLES / "other_councils" / "tower_hamlets_foi_action_plan_2023.txt"


@pytest.mark.parametrize("reason", UNKNOWN_REASONS, ids=lambda r: r.name)
def test_each_reason_fits_its_example(reason):
    assert reason.pattern.fullmatch(reason.example)


@pytest.mark.parametrize("printed", ["Clerk", "Policy Manager", "Conservation and Design Team Leader", "A. Smith"])
def test_a_name_or_a_post_is_no_initials(printed):
    assert not any(r.pattern.fullmatch(printed) for r in UNKNOWN_REASONS)


@pytest.mark.parametrize("profile", ["runnymede", "generic"])
def test_initials_with_no_key_say_why_they_are_unknown(profile):
    processed = process(SAMPLE, load_profile(profile), None)
    found = [(i.raw_text, i.span.line_start, i.message) for i in processed.normalised.issues
             if i.code == "unknown_owner"]
    assert found == [(printed, line, f"owner '{printed}' is not in the profile's glossary; {INITIALS}; kept as printed")
                     for printed, line in [("CDTL", 21), ("AC", 42), ("CDTL", 42), ("AC", 64), ("AA", 64)]]


@pytest.mark.parametrize("profile", ["runnymede", "generic"])
def test_initials_the_plan_defines_give_no_reason(profile):
    processed = process(TOWER_HAMLETS, load_profile(profile), None)
    found = {i.raw_text: i.message for i in processed.normalised.issues if i.code == "unknown_owner"}
    assert found["DPO"] == "owner 'DPO' is not in the profile's glossary; kept as printed"
