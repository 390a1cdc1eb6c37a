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
