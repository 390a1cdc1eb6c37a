"""The hand-checked golden reading of the seed plan, and the text pipeline's reading of it, once per session."""

from __future__ import annotations

import pytest

from council_actions.pipeline import process
from tests.conftest import GIVEN, PLAN
from tests.golden.compare import load_golden, to_golden


@pytest.fixture(scope="session")
def golden():
    return load_golden("runnymede_plan.json")


@pytest.fixture(scope="session")
def from_text(profile, golden):
    processed = process(PLAN, profile, GIVEN)
    return to_golden(processed.parsed, processed.normalised, golden["source"])
