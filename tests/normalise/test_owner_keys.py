"""One key for an owner a plan prints more than one way, where the glossary knows none of its spellings
(normalise/owner_keys.py): the rule table on its examples, and the real plans that print an owner twice over."""

from __future__ import annotations

import pytest
from council_actions.ingest.model import Span
from council_actions.normalise.owner_keys import KEY_RULES, one_key_each
from council_actions.normalise.records import OwnerMention

from council_actions.owner_spellings import MatchKind
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

SPAN = Span(None, 1, 1, 0, 1)


def _owner(action: str, key: str, match: MatchKind = "unknown") -> OwnerMention:
    return OwnerMention(action, 1, key, None, key, match, None, None, SPAN)


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("rule", KEY_RULES, ids=lambda r: r.name)
def test_each_rule_reads_its_example(rule):
    first, later = rule.example
    keyed = one_key_each([_owner("a", first), _owner("b", later)])
    assert [(o.owner_key, o.owner_raw, o.repair) for o in keyed] == [(first, first, None), (first, later, rule.name)]
    assert one_key_each([_owner("a", later), _owner("b", first)])[1].owner_key == later  # the first printed wins


def test_owners_the_glossary_knows_and_owners_named_otherwise_keep_their_keys():
    owners = [_owner("a", "ACE (Place)"), _owner("b", "Place"), _owner("c", "Head of Finance", "exact"),
              _owner("d", "head of finance")]
    assert one_key_each(owners) == owners  # `Place` is no initials of `ACE`: no abbreviation is defined


def test_an_action_holding_the_key_keeps_its_row():
    owners = [_owner("a", "Councillors"), _owner("b", "Councillors"), _owner("b", "councillors")]
    assert one_key_each(owners) == owners


def _keys(sample, profile) -> list[list[tuple[str, str, str | None]]]:
    processed = process(SAMPLES / "other_councils" / sample, profile, None)
    return [[(o.owner_key, o.owner_raw, o.repair) for o in processed.normalised.owners if o.action_id == a.action_id]
            for a in processed.parsed.actions]


def test_an_abbreviation_the_plan_defined_is_the_owner_it_stands_for(generic):
    """Tower Hamlets' FOI action plan: row 1's `Head of Information Governance (IG) / Data Protection Office (DPO)`,
    row 2's `Head of IG/DPO` (lines 19 and 49)."""
    head, office = "Head of Information Governance (IG)", "Data Protection Office (DPO)"
    assert _keys("tower_hamlets_foi_action_plan_2023.txt", generic) == [
        [(head, head, None), (office, office, None)],
        [(head, "Head of IG", "abbreviation"), (office, "DPO", "abbreviation")]]


def test_an_owner_printed_in_another_case_is_one_owner(generic):
    """Newton St Cyres' parish action plan: `Clerk & Councillors` (line 13), then `Clerk and councillors` (27)."""
    keys = _keys("newton_st_cyres_parish_action_plan_2018_20.txt", generic)
    assert keys[0] == [("Clerk", "Clerk", None), ("Councillors", "Councillors", None)]
    assert keys[2] == [("Clerk", "Clerk", None), ("Councillors", "councillors", "case")]
    assert keys[3] == [("Appointed councillors", "Appointed councillors", None)]  # other words: another owner


def test_an_owner_spaced_otherwise_is_one_owner(generic):
    """Runnymede's seed plan read with no profile (no glossary): `ACE (S151)` and `ACE(S151)` are one owner, as the
    Runnymede profile's glossary reads them (repair `spacing`), keyed as the plan first prints it."""
    processed = process(SAMPLES / "004_d0d661fda207b69c.txt", generic, None)
    spellings = {(o.owner_raw, o.owner_key, o.repair) for o in processed.normalised.owners
                 if o.owner_raw.replace(" ", "") == "ACE(S151)"}
    assert spellings == {("ACE (S151)", "ACE (S151)", None), ("ACE(S151)", "ACE (S151)", "spacing")}
