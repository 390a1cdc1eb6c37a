"""The text seed against the hand-checked golden reading of the whole plan (tests/golden/runnymede_plan.json)."""

from __future__ import annotations

import pytest

from council_actions.pipeline import process
from tests.conftest import PLAN, REFERENCE
from tests.golden.compare import compare, exact_rows, load_golden, report, to_golden

GOLDEN_FILE = "runnymede_plan.json"


@pytest.fixture(scope="module")
def golden():
    return load_golden(GOLDEN_FILE)


@pytest.fixture(scope="module")
def from_text(profile, golden):
    processed = process(PLAN, profile, REFERENCE)
    return to_golden(processed.parsed, processed.normalised, golden["source"])


def test_golden_file_names_the_text_seed(golden):
    assert (PLAN.parent.parent / golden["source"]).resolve() == PLAN.resolve()
    assert len(golden["elements"]) == 74 and len(golden["themes"]) == 7


@pytest.mark.xfail(strict=True, reason="20 of 94 golden actions and 2 of 74 elements differ until the parser fixes land")
def test_text_seed_reproduces_the_golden_file(golden, from_text):
    differences = compare(golden, from_text)
    assert not differences, report(differences)


def test_exact_rows_never_fall(golden, from_text):
    """The measure the closing note reports (golden rows reproduced exactly from text), as a ratchet."""
    elements, actions = exact_rows(golden, from_text)
    print(f"text: {elements}/{len(golden['elements'])} elements, {actions}/{len(golden['actions'])} actions exact")
    assert elements >= 72 and actions >= 74
