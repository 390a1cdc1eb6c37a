"""The seed extracts of tests/fixtures/plan_rows read with no council profile (`--profile generic`), each compared
with a hand-checked `<rule>_without_profile.json` beside it; adding such a file adds a test.

The generic profile knows none of the glossary's owner codes, ids, themes or scores, so it reads the extracts by
their column headings (parsers/table_plan.py) and their rows by the code opening the characteristic cell
(parsers/marked_rows.py), not by the template reader. It used to read every printed line of an extract keyed by a
single code as an action (13 actions for allocations_stacked_at_top's 3, 11 for near_identical's 1): the table
was taken to be keyed only where two codes opened rows. The rows a document prints are the same whatever the
profile, so each file gives the default profile's actions (opportunity, action, allocation); what the profile
adds (an element with its theme and score, owner keys from the glossary) it cannot give, and the file says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, GIVEN
from tests.golden.compare import compare, report, to_golden

RULE_FIXTURES = FIXTURES / "plan_rows"
EXPECTED = sorted(RULE_FIXTURES.glob("*_without_profile.json"))
SAME_ROWS = ("seq", "opportunity", "action", "allocated_raw")  # what a document prints, whatever the profile


def _source(expected_file: Path) -> Path:
    return RULE_FIXTURES / f"{json.loads(expected_file.read_text(encoding='utf-8'))['rule']}.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_extract_without_profile_gives_its_hand_checked_rows(expected_file, generic):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    processed = process(_source(expected_file), generic, GIVEN)
    differences = compare(expected, to_golden(processed.parsed, processed.normalised, expected["rule"]))
    assert not differences, report(differences)
    assert [{"lines": [a.span.line_start, a.span.line_end], "notes": a.notes} for a in processed.parsed.actions] == \
        [{"lines": a["lines"], "notes": a["notes"]} for a in expected["actions"]]


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_extract_reads_the_same_rows_with_and_without_profile(expected_file):
    """The default profile's expected rows (`<rule>.json`, checked by hand against the seed) are the same rows."""
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    with_profile = json.loads(_source(expected_file).with_suffix(".json").read_text(encoding="utf-8"))
    assert [{k: a[k] for k in SAME_ROWS} for a in expected["actions"]] == \
        [{k: a[k] for k in SAME_ROWS} for a in with_profile["actions"]]


# The rule fixtures the generic profile does not read as the default profile does, and why; every other one gives
# the default's rows (opportunity, action and allocation as printed).
READ_OTHERWISE = {
    "allocation_without_recommendation": "L005's allocation `ACE (S151), HoBPPP, SLT, 24.` is dropped as converter "
    "debris (noise_unknown_tokens, reported): with no glossary each of its words is printed on that line only, and "
    "none of its pieces names a time (`24.` is cut from `Q1 24/25`), as OCR's number salad names none",
    "opportunities_stacked_at_top": "CI001 prints five allocations down the first three of its five recommendations "
    "and L006 four beside the first two of four: stacked, but not all beside the first recommendation, so "
    "stacked_rows does not take them and the later recommendations run on into the actions above",
}


def _rows(actions: list[dict]) -> list[tuple[str, str, str]]:
    """The actions' printed values, in order of their text (the template reader orders an extract's rows by theme)."""
    return sorted((a["action"], a["opportunity"] or "", a["allocated_raw"] or "") for a in actions)


@pytest.mark.parametrize("rule", sorted(p.stem for p in RULE_FIXTURES.glob("*.txt")))
def test_rule_fixture_reads_the_default_profiles_rows_without_profile(rule, generic):
    """Each extract of the seed plan (tests/parsers/test_repair_rules.py holds the default profile to `<rule>.json`)
    read with --profile generic: the same rows, or a reason in READ_OTHERWISE."""
    expected = json.loads((RULE_FIXTURES / f"{rule}.json").read_text(encoding="utf-8"))
    processed = process(RULE_FIXTURES / f"{rule}.txt", generic, GIVEN)
    got = to_golden(processed.parsed, processed.normalised, rule)
    assert (_rows(got["actions"]) == _rows(expected["actions"])) == (rule not in READ_OTHERWISE)
