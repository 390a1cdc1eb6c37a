"""An action lettered on from the one above answers the recommendation printed once over both (parsers/lettered.py;
Copeland's Strategic Housing Improvement Plan, tests/fixtures/other_councils/expected/
copeland_strategic_housing_improvement_plan_completed_2009.json, row 2)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from council_actions.ingest.model import Span
from council_actions.parsers.lettered import lettered_on

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

COPELAND = ROOT / "samples" / "other_councils" / "copeland_strategic_housing_improvement_plan_completed_2009.txt"
SPAN = Span(1, 1, 1, 0, 1)
ONE = "1) Develop CBC-specific policies & plans to implement sub-regional strategies and meet local need"
# (the actions of consecutive rows as (action, opportunity cell or None), the opportunity each answers): Copeland's
# two rows, then made-up ones (no real sample prints them): a third letter; a row with no letter breaks the run; a
# new lettering (`a)` again) with no recommendation of its own answers none; a letter skipped (`c)` after `a)`).
RUNS = [
    ([("a) Carry out Homelessness Review & Strategy", ONE), ("b) Review allocations scheme & housing register", None)],
     [ONE, ONE]),
    ([("a) Do this", "R1"), ("b) Do that", None), ("(c) Do more", None)], ["R1", "R1", "R1"]),
    ([("a) Do this", "R1"), ("Do that", None), ("b) Do more", None)], ["R1", None, None]),
    ([("a) Do this", "R1"), ("a) Do that", None)], ["R1", None]),
    ([("a) Do this", "R1"), ("c) Do that", None)], ["R1", None]),
]


@pytest.mark.parametrize(("rows", "answered"), RUNS)
def test_the_next_letter_answers_the_opportunity_above(rows, answered):
    reading = SimpleNamespace(lettered=None)
    found = []
    for action, opportunity in rows:
        values = {"action": (action, SPAN), **({"opportunity": (opportunity, SPAN)} if opportunity else {})}
        found.append(lettered_on(values, reading).get("opportunity", (None,))[0])
    assert found == answered


def test_copelands_second_row_answers_the_recommendation_printed_once():
    actions = process(COPELAND, load_profile("generic")).parsed.actions
    assert [(a.action[:2], a.opportunity, a.span.line_start) for a in actions] == [("a)", ONE, 9), ("b)", ONE, 13)]
