"""Every repair rule of the plan parser has a fixture named after it: a small extract of the seed plan that
shows the bug it fixes, and the rows it must give (hand-checked, the same as tests/golden/runnymede_plan.json).

The rules of actions.ROW_RULES and STACKED_RULES are named steps of the reader: each is applied by the function of
its name, called in one place; row_bleed.LAYOUT_RULES is a table the readers loop over. Either way, with the
rule's step left out (KNOCKED_OUT: the step as if the rule were not there) its fixture does not give its rows,
so each rule is the one its fixture exercises, and no rule is a description the code does not follow."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import json

import pytest
from council_actions.parsers import actions, row_bleed
from council_actions.parsers.actions import ROW_RULES, STACKED_RULES
from council_actions.parsers.quality import DUPLICATE_RULES
from council_actions.parsers.row_bleed import LAYOUT_RULES

from council_actions.pipeline import process
from tests.conftest import FIXTURES, GIVEN
from tests.golden.compare import compare, report, to_golden

RULE_FIXTURES = FIXTURES / "plan_rows"
RULES = [r.name for r in ROW_RULES + STACKED_RULES] + [r.name for r in LAYOUT_RULES] + [r.name for r in DUPLICATE_RULES]


def test_every_fixture_belongs_to_a_rule():
    assert sorted(p.stem for p in RULE_FIXTURES.glob("*.txt")) == sorted(RULES)


@pytest.mark.parametrize("rule", RULES)
def test_rule_fixture_gives_its_rows(profile, rule):
    expected = json.loads((RULE_FIXTURES / f"{rule}.json").read_text(encoding="utf-8"))
    processed = process(RULE_FIXTURES / f"{rule}.txt", profile, GIVEN)
    differences = compare(expected, to_golden(processed.parsed, processed.normalised, rule))
    assert not differences, report(differences)


# Each step of actions.py with its rule left out: what the reader would do without it.
KNOCKED_OUT = {
    "allocations_split_recommendation": lambda draft, starts_allocation: ([draft], None),
    "allocation_without_recommendation": lambda element_id, bare: ([], []),
    "orphan_opportunity_continues": lambda chosen, opportunities: (
        {i: opportunities[i] for i in chosen if i is not None}, {i for i in chosen if i is not None}),
    "opportunity_paragraphs_pair": lambda chosen, whole: [whole[i] if i is not None else None for i in chosen],
    "allocations_stacked_at_top": lambda element_id, recommendations, allocations, starts_allocation: None,
    "opportunities_stacked_at_top": lambda element_id, count, opportunities, issues: ([None] * count, set()),
}
# The seed's G001 (the rule's own fixture) reads the same without allocations_stacked_at_top: its three
# allocations, all beside the first recommendation, are dealt out by allocations_split_recommendation alike. Its
# CI001 and L006 need it: lined up by position, their allocations go to the wrong recommendations.
EXERCISED_BY = {"allocations_stacked_at_top": "opportunities_stacked_at_top"}


def _reads_as_golden(profile, rule: str) -> bool:
    expected = json.loads((RULE_FIXTURES / f"{rule}.json").read_text(encoding="utf-8"))
    processed = process(RULE_FIXTURES / f"{rule}.txt", profile, GIVEN)
    return not compare(expected, to_golden(processed.parsed, processed.normalised, rule))


def test_every_step_rule_has_one_step_of_its_name():
    """Each rule of ROW_RULES and STACKED_RULES is applied by `_<name>` in actions.py, called in exactly one place."""
    calls = [node.func.id for node in ast.walk(ast.parse(inspect.getsource(actions)))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
    names = [rule.name for rule in ROW_RULES + STACKED_RULES]
    assert sorted(KNOCKED_OUT) == sorted(names)
    assert {name: calls.count(f"_{name}") for name in names} == dict.fromkeys(names, 1)


@pytest.mark.parametrize("rule", sorted(KNOCKED_OUT))
def test_fixture_needs_its_step(monkeypatch, profile, rule):
    """Without the step of its name, the rule's fixture (EXERCISED_BY) reads otherwise: the step applies that rule,
    and the fixture exercises it."""
    fixture = EXERCISED_BY.get(rule, rule)
    assert _reads_as_golden(profile, fixture)
    monkeypatch.setattr(actions, f"_{rule}", KNOCKED_OUT[rule])
    assert not _reads_as_golden(profile, fixture)


@pytest.mark.parametrize("rule", [rule.name for rule in LAYOUT_RULES])
def test_fixture_needs_its_layout_rule(monkeypatch, profile, rule):
    """LAYOUT_RULES with the rule's row handing nothing back: its fixture reads otherwise."""
    rows = tuple(dataclasses.replace(r, hand_back=lambda line, *_: ([], line)) if r.name == rule else r
                 for r in LAYOUT_RULES)
    assert _reads_as_golden(profile, rule)
    monkeypatch.setattr(row_bleed, "LAYOUT_RULES", rows)
    assert not _reads_as_golden(profile, rule)


def test_allocations_that_cannot_be_paired_stay_together_and_are_reported(tmp_path, profile):
    """Two owner-led allocations beside a one-paragraph recommendation: one action, both allocations, a warning."""
    header = (RULE_FIXTURES / "allocations_split_recommendation.txt").read_text(encoding="utf-8").splitlines()[:2]
    row = ("1. Continuous Improvement LIGHT GREEN\tCI003: The authority arranges a peer challenge.\t"
           "Delay in reporting was a reputational issue.\tDevelop a communications plan for the CPC.\t"
           "HoBPPP, Q2 24/25. CLT, Q1 25/26")
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*header, row]) + "\n", encoding="utf-8")
    parsed = process(path, profile, GIVEN).parsed
    assert [a.allocated_raw for a in parsed.actions] == ["HoBPPP, Q2 24/25. CLT, Q1 25/26"]
    assert [(i.code, i.raw_text) for i in parsed.issues if i.code == "allocations_not_paired"] == [
        ("allocations_not_paired", "HoBPPP, Q2 24/25. CLT, Q1 25/26")]


def test_stacked_allocations_that_cannot_be_paired_stay_on_the_element_and_are_reported(tmp_path, profile):
    """Three allocations stacked beside two recommendations: no action takes any (which goes with which is not
    printed), one warning holds them all, and no action is reported as missing its allocation."""
    lines = (RULE_FIXTURES / "allocations_stacked_at_top.txt").read_text(encoding="utf-8").splitlines()
    third = next(i for i, line in enumerate(lines) if "Review the staff induction" in line)
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines[:third]) + "\n", encoding="utf-8")  # G001 without its third recommendation
    parsed = process(path, profile, GIVEN).parsed
    assert [a.allocated_raw for a in parsed.actions] == [None, None]
    assert [a.action[:24] for a in parsed.actions] == ["The LGA model was adopte", "Review and update the st"]
    unpaired = [i for i in parsed.issues if i.code == "allocation_unpaired"]
    assert [i.raw_text for i in unpaired] == ["CHoLG, HoDemocatic Services, Q4 2024/25. CHoHROD, CHoLG, Q4 2024/25. "
                                              "CHoHROD, Q4 2024/25."]
    assert not [i for i in parsed.issues if i.code == "missing_allocation"]
