"""Pairing survives real edits and does not pair different actions: the thresholds the README states."""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.diff.pairing import pair_actions
from council_actions.diff.records import NOWHERE, ActionSide
from council_actions.parsers.records import ACTION_TEXT_NOISE

BASE = "Review and update the Whistleblowing policy. Include a date and year that it will then be next reviewed."


def action(text: str, owners: str | None = "CHoHROD", due: dt.date | None = dt.date(2025, 3, 31),
           element: str = "C008", order: int = 0) -> ActionSide:
    words = ACTION_TEXT_NOISE.sub(" ", text.lower()).strip()
    return ActionSide(f"{element}-{abs(hash(words)) % 10**6}", element, 4, order, text, words, None, owners, due, False,
                      NOWHERE)


def match(before: ActionSide, after: ActionSide) -> tuple:
    pairs = pair_actions((before,), (after,))
    return tuple((p.earlier is not None, p.later is not None) for p in pairs)


@pytest.mark.parametrize("edited", [
    BASE.replace("Whistleblowing", "Whistle-blowing"),                              # typo fixed
    BASE.replace("Review and update", "Refresh"),                                   # reworded
    BASE + " Publish it on Staff Home and brief all managers on the changes made.",  # clause added
    "Include a date and year that it will then be next reviewed. Review and update the Whistleblowing policy.",
])
def test_real_edits_pair(edited):
    assert match(action(BASE), action(edited, owners="CHoLG", due=None)) == ((True, True),)


def test_a_different_action_with_the_same_owner_and_date_does_not_pair():
    other = "Put in place staff communications to promote the policy and the ways concerns can be raised."
    assert match(action(BASE), action(other)) == ((False, True), (True, False))


def test_under_another_element_only_a_near_identical_text_follows():
    assert match(action(BASE), action(BASE.replace("policy.", "policy;"), element="C010")) == ((True, True),)
    reordered = "Include a date and year that it will then be next reviewed. Review and update the Whistleblowing policy."
    assert match(action(BASE), action(reordered, element="C010")) == ((False, True), (True, False))


def test_identical_actions_pair_in_reading_order():
    one, two = action(BASE, order=0), action(BASE, order=1)
    pairs = pair_actions((one, two), (two, one))
    assert [(p.earlier.order, p.later.order) for p in pairs if p.earlier and p.later] == [(0, 1), (1, 0)]
