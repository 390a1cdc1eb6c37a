"""Every repair rule of the plan parser has a fixture named after it: a small extract of the seed plan that
shows the bug it fixes, and the rows it must give (hand-checked, the same as tests/golden/runnymede_plan.json)."""

from __future__ import annotations

import json

import pytest
from council_actions.parsers.actions import ROW_RULES
from council_actions.parsers.plan_layout import LAYOUT_RULES
from council_actions.parsers.quality import DUPLICATE_RULES

from council_actions.pipeline import process
from tests.conftest import FIXTURES, REFERENCE
from tests.golden.compare import compare, report, to_golden

RULE_FIXTURES = FIXTURES / "plan_rows"
RULES = [r.name for r in ROW_RULES] + [r.name for r in LAYOUT_RULES] + [r.name for r in DUPLICATE_RULES]


def test_every_fixture_belongs_to_a_rule():
    assert sorted(p.stem for p in RULE_FIXTURES.glob("*.txt")) == sorted(RULES)


@pytest.mark.parametrize("rule", RULES)
def test_rule_fixture_gives_its_rows(profile, rule):
    expected = json.loads((RULE_FIXTURES / f"{rule}.json").read_text(encoding="utf-8"))
    processed = process(RULE_FIXTURES / f"{rule}.txt", profile, REFERENCE)
    differences = compare(expected, to_golden(processed.parsed, processed.normalised, rule))
    assert not differences, report(differences)
