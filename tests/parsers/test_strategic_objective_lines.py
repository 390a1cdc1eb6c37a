"""A `Strategic Objective N:` line over a plan's actions is the section heading of the actions under it, in every form
the section rules read (`strategic`, a word of the generic profile's `section_kinds`, before `objective`).

Belfast's pages print their parts `Objective 4: Our environment` (the self-assessment) and `Our services` (the Annual
Delivery Plan), never `Strategic Objective N:`, and no UK council's page so headed was found (searches recorded in
tests/parsers/test_document_words.py, SECTION_KINDS_UNSEEN): so each Belfast page is read here with its part's line
printed so, the kind before the word, and must keep every action under it as the line printed without the kind does.
"""

from __future__ import annotations

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

GENERIC = load_profile("generic")
BELFAST = ROOT / "samples" / "other_councils"
SERVICES = BELFAST / "belfast_annual_delivery_plan_2024_25_our_services.txt"  # line 6: `Our services`
OBJECTIVE_4 = BELFAST / "belfast_improvement_self_assessment_2023_24_objective_4.txt"  # line 1: `Objective 4: ...`


def _sections(tmp_path, sample, line: int, printed: str) -> list[tuple[str, ...]]:
    lines = sample.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = printed
    path = tmp_path / sample.name
    path.write_text("\n".join(lines), encoding="utf-8")
    return [tuple(s.text for s in a.sections) for a in process(path, GENERIC, ReferenceDates()).parsed.actions]


@pytest.mark.parametrize("printed", [
    "Strategic Objective 1: Our services",  # labelled, its name after the colon
    "Strategic Objective 1 – Our services",  # its number, a dash and its name
    "STRATEGIC OBJECTIVE 1: OUR SERVICES",  # in capitals
])
def test_a_strategic_objective_heads_the_delivery_plan_actions_as_its_theme_line_did(tmp_path, printed):
    before = _sections(tmp_path, SERVICES, 6, "Our services")
    after = _sections(tmp_path, SERVICES, 6, printed)
    assert len(after) == len(before) == 8
    assert after == [(printed, *path[1:]) for path in before]  # the theme's place, every other heading kept


def test_a_strategic_objective_heads_the_self_assessment_milestones(tmp_path):
    printed = "Strategic Objective 4: Our environment"
    after = _sections(tmp_path, OBJECTIVE_4, 1, printed)
    assert len(after) == 4 and all(path[0] == printed for path in after)
