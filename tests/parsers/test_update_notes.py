"""The one rule for update notes, asked both by the plan parser (a note extends the action above) and by the
action's identity and the diff (notes left out): each shape is printed in the seed plan, and the two uses agree."""

from __future__ import annotations

import pytest
from council_actions.parsers.action_ids import make_action_id
from council_actions.parsers.update_notes import UPDATE_NOTE_SHAPES, opens_with_update_note, split_update_notes

from tests.conftest import PLAN

SEED_PLAN = PLAN.read_text(encoding="utf-8")
NOT_NOTES = (
    "Update the guidance in the Service Discovery framework",  # the seed plan: "update" is the action's verb
    "Update 2025/26 fees and charges",  # a year is the verb's object, not a note's date (a note would swallow it)
    "Updated risk register to be published",
)


@pytest.mark.parametrize("shape", UPDATE_NOTE_SHAPES, ids=lambda s: s.name)
def test_each_shape_is_printed_in_the_seed_plan_and_is_a_note(shape):
    assert shape.example in SEED_PLAN
    assert opens_with_update_note(shape.example)
    assert split_update_notes(f"Review the code of conduct. {shape.example}") == (
        "Review the code of conduct.", shape.example)


@pytest.mark.parametrize("text", NOT_NOTES)
def test_an_action_that_opens_with_the_verb_is_not_a_note(text):
    assert not opens_with_update_note(text)
    assert split_update_notes(f"Review the code of conduct. {text}") == (f"Review the code of conduct. {text}", None)


def test_the_identity_leaves_notes_out():
    base = "Review and update the Member code of conduct."
    assert make_action_id("G006", f"{base} Update 10/9/24: Review it.") == make_action_id("G006", base)
    assert make_action_id("G006", f"{base} Update 2025/26 fees") != make_action_id("G006", base)
