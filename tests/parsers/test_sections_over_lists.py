"""A heading over a list of its own that no reader read heads that list, not the headings after it
(parsers/sections.py): Belfast City Council's self-assessment of its improvement plan prints captions over bullets of
counts above the caption over its milestones (samples/other_councils/
belfast_improvement_self_assessment_2023_24_objective_4.txt, checked by hand in its expected file)."""

from __future__ import annotations

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

BELFAST = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"


def test_a_heading_over_a_list_of_its_own_heads_that_list_not_the_next_heading():
    """`17 Milestones`, `7 Performance Indicators (target)` and `(trend)` each stand over their own bullets of counts
    that no reader reads, before the caption over the milestones: each heads its list, so the next heading takes its
    place, and the milestones stand under the objective and their caption alone."""
    processed = process(BELFAST, load_profile("generic"), None)
    over = [("Objective 4: Our environment", 1), ("Achievement of improvement objective 4 milestones", 36),
            ("1. Climate change", 37)]
    assert [(a.element_id, [(h.text, h.span.line_start) for h in a.sections]) for a in processed.parsed.actions] == [
        ("1. Climate change", over)] * 4
