"""List items that can be no action by their words (ingest/idle_items.py): a page's controls and questions put to the
reader, from Derry City & Strabane's "Have Your Say 2023/24" page (tests/fixtures/other_councils/refused/), against
real items of plans that stay actions."""

from __future__ import annotations

import re

import pytest
from council_actions.ingest.bullets import HEADED_ITEM, ORDERED_ITEM
from council_actions.ingest.idle_items import idle_items

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES

DERRY = FIXTURES / "other_councils" / "refused" / "derry_strabane_have_your_say_improvement_objectives_2023_24.txt"

IDLE = [  # the page's lines 6-11 (its controls) and 21-22 (its questions), as stored
    "  • Text Colour:", "  • C", "  • Text Size: A A A",
    "  • You agree that the draft performance improvement objectives are appropriate",
    "  • What alternative improvement objectives would you like to see considered this year or in the future.",
]
ACTIONS = [  # items that are actions or counts, as plans print them
    "  1. To mitigate the impacts of cost of living and other price increases on the ratepayers of the district by "
    "reducing Council net costs for the 2023/24 financial year by £3.5m",  # the Derry page's objective: no control
    "- 2.1 Review of channels (continues through all remaining horizons)",  # bullets.HEADED_ITEM's own example
    "  2. Deliver the revised Dual Language Street Sign Policy.",  # bullets.ORDERED_ITEM's own example
    "·   Achieved:   28 (56%)",  # Epping Forest's count of its plan's actions (its line 25, with narrower spaces here)
    "- Q4",  # a timeline alone says when
]


def _items(texts: list[str]) -> dict[int, re.Match[str] | None]:
    return {i: HEADED_ITEM.pattern.match(text) or ORDERED_ITEM.pattern.match(text) for i, text in enumerate(texts)}


@pytest.mark.parametrize("text", IDLE)
def test_a_control_or_a_question_to_the_reader_is_idle(text):
    assert DERRY.read_text(encoding="utf-8").splitlines().count(text) >= 1  # real lines of the page
    assert idle_items(_items([text])) == frozenset({0})


@pytest.mark.parametrize("text", ACTIONS)
def test_an_action_or_a_count_is_not(text):
    assert idle_items(_items([text])) == frozenset()


def test_the_page_is_refused_in_one_line_with_either_profile():
    for profile in (load_profile("generic"), load_profile()):  # the default profile, runnymede
        with pytest.raises(StageError) as refused:
            process(DERRY, profile)
        assert "\n" not in str(refused.value) and refused.value.stage == "parse"
