"""Pairing survives real edits and does not pair different actions: the thresholds docs/revisions.md states."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from council_actions.diff.pairing import pair_actions
from council_actions.diff.read import read_revision
from council_actions.diff.records import NOWHERE, ActionSide
from council_actions.normalise import ReferenceDates
from council_actions.parsers.action_ids import ACTION_TEXT_NOISE

from council_actions.batch import run_batch
from council_actions.profile import load_profile
from tests.diff.conftest import R1

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
    BASE.replace("Whistleblowing", "Whistle-blowing"),                              # a typo corrected
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


def test_an_owner_added_with_the_deadline_moved_still_counts_as_evidence():
    """Reworded to 66, an owner added, the date moved: the owner kept on both sides is the second evidence."""
    reworded = "Publish an updated whistleblowing policy with a set review date."
    assert match(action(BASE), action(reworded, owners="CHoHROD; CHoLG", due=dt.date(2025, 9, 30))) == ((True, True),)
    assert match(action(BASE), action(reworded, owners="CHoLG", due=dt.date(2025, 9, 30))) == \
        ((False, True), (True, False))  # handed over whole and re-dated: nothing left to tie the two


# Every action of the seed edited at once, one kind of edit at a time: each must pair with its own earlier self.
def _typo(text: str) -> str:
    """Two letters of the longest word swapped (`Whistleblowing` -> `Wihstleblowing`)."""
    words = text.split()
    longest = max(range(len(words)), key=lambda n: len(words[n]))
    word = words[longest]
    words[longest] = word[0] + word[2] + word[1] + word[3:]
    return " ".join(words)


def _reworded(side: ActionSide, text: str) -> ActionSide:
    words = ACTION_TEXT_NOISE.sub(" ", text.lower()).strip()
    return replace(side, text=text, words=words, action_id=f"{side.action_id}-v2")


SEED_EDITS = {
    "typo fixed": lambda a: _reworded(a, _typo(a.text)),
    "clause added": lambda a: _reworded(a, a.text.rstrip(".") + ", and report progress to Standards and Audit "
                                                                  "Committee each quarter."),
    "owner added": lambda a: replace(a, owners=f"{a.owners}; CHoF" if a.owners else "CHoF"),
    "deadline moved": lambda a: replace(a, due_date=dt.date(2026, 3, 31)),
    "moved to another element": lambda a: replace(a, element_id="ZZ001"),
    "moved and a typo fixed": lambda a: _reworded(replace(a, element_id="ZZ001"), _typo(a.text)),
}


@pytest.fixture(scope="module")
def seed_actions(revisions_out) -> tuple[ActionSide, ...]:
    """The seed's actions as the diff reads them back; the one with no words (L003: an allocation beside an
    empty recommendation) has nothing for text to follow and is left out."""
    actions = read_revision(revisions_out[0], R1)[0].actions
    assert len(actions) == 94
    return tuple(a for a in actions if a.words)


@pytest.mark.parametrize("edit", SEED_EDITS)
def test_every_seed_action_survives_each_real_edit(seed_actions, edit):
    later = tuple(SEED_EDITS[edit](a) for a in seed_actions)
    pairs = pair_actions(seed_actions, later)
    assert [(p.earlier.order if p.earlier else None, p.later.order if p.later else None) for p in pairs] == \
        [(a.order, a.order) for a in seed_actions]


def test_neighbours_removed_and_inserted_shift_rows_but_change_no_pair(seed_actions):
    kept = [a for n, a in enumerate(seed_actions) if n % 3 != 1]
    inserted = [action(f"New action {n}: publish the results of review {n} on the intranet.",
                       element=a.element_id, order=1000 + n) for n, a in enumerate(kept) if n % 4 == 0]
    later = tuple(sorted(kept + inserted, key=lambda a: (a.element_id, a.order)))
    pairs = pair_actions(seed_actions, later)
    assert {(p.earlier.order, p.later.order, p.similarity) for p in pairs if p.earlier and p.later} == \
        {(a.order, a.order, 100.0) for a in kept}
    assert [p.later for p in pairs if p.earlier is None] == [a for a in later if a in inserted]
    assert [p.earlier for p in pairs if p.later is None] == [a for n, a in enumerate(seed_actions) if n % 3 == 1]


def test_an_edited_action_keeps_its_own_past_when_its_lookalike_neighbour_is_removed(seed_actions):
    """CI001's two procurement-training actions are the seed's most alike pair (57): remove the first, reword
    the second, and the second still pairs with itself, not with the one removed."""
    first, second = [a for a in seed_actions if a.element_id == "CI001" and a.text.startswith("Consider")]
    edited = _reworded(second, second.text.replace("Consider practitioner level training",
                                                   "Arrange practitioner level training"))
    pairs = pair_actions((first, second), (edited,))
    assert [(p.earlier, p.later) for p in pairs] == [(second, edited), (first, None)]


def test_two_plans_printing_no_ids_and_sharing_no_action_are_not_one_plan(tmp_path):
    """A national run's second revision drops Croydon's FOI improvement plan and adds Powys' play sufficiency plan;
    both print no element ids and no council, so both hold only the empty element id. Powys' plan is only in the
    later revision, Croydon's is named as not ingested into it, and Tower Hamlets' plan, in both, pairs with itself:
    the empty id shared is no likeness (Jaccard 1.0 over it would pair `croydon_foi_improvement_plan_2023.txt ->
    powys_...`, Croydon's 2 actions removed from it and Powys' 4 added)."""
    from council_actions.diff import compare_revisions

    from tests.diff.real_sources import OTHER

    profile, both = load_profile("generic"), OTHER / "tower_hamlets_foi_action_plan_2023.txt"
    for revision, only in (("2026-01", "croydon_foi_improvement_plan_2023.txt"),
                           ("2026-04", "powys_play_sufficiency_action_plan_2022.txt")):
        assert run_batch([both, OTHER / only], tmp_path, profile, revision, ReferenceDates())[1] == 0
    result = compare_revisions(tmp_path, "2026-01", "2026-04")
    assert [(d.earlier and d.earlier.source_name, d.later and d.later.source_name, len(d.changes))
            for d in result.documents] == [
        ("tower_hamlets_foi_action_plan_2023.txt", "tower_hamlets_foi_action_plan_2023.txt", 0),
        (None, "powys_play_sufficiency_action_plan_2022.txt", 4)]
    assert result.absent == ("2026-01/croydon_foi_improvement_plan_2023.txt",)
