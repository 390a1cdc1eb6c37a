"""Other councils' published plans, each compared with its hand-checked expected actions (sqlite-utils style).

One expected file per sample in tests/fixtures/other_councils/expected/; adding a pair adds a test.
Real pages that are not plans, or plans with no action to read, are refused with one line.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

EXPECTED = sorted((FIXTURES / "other_councils" / "expected").glob("*.json"))
REFUSED = sorted((FIXTURES / "other_councils" / "refused").glob("*.txt"))
REFERENCE = dt.date(2014, 4, 1)


def _found(path: Path, profile) -> tuple[str, list[dict]]:
    processed = process(path, profile, REFERENCE)
    due = {t.action_id: t.reading.end_date for t in processed.normalised.timelines}
    return processed.document.rendering, [
        {"ref": a.element_id, "action": a.action, "owner": a.owner_raw, "timeline": a.timeline_raw,
         "due_date": due[a.action_id].isoformat() if due.get(a.action_id) else None, "status": a.status}
        for a in processed.parsed.actions]


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_sample_matches_hand_checked_actions(expected_file, generic):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    rendering, found = _found(ROOT / expected["sample"], generic)
    assert rendering == expected["rendering"]
    assert found == expected["actions"]


@pytest.mark.parametrize("path", REFUSED, ids=lambda p: p.stem)
def test_not_a_plan_or_no_actions_is_refused_in_one_line(path, generic):
    with pytest.raises(StageError) as refused:
        process(path, generic, REFERENCE)
    assert "\n" not in str(refused.value)
    assert refused.value.stage == "parse"


def test_person_with_post_is_one_owner_and_slash_splits():
    from council_actions.normalise.columns import split_owners

    assert split_owners("Angela Woodhouse, Head of Policy and Communications") == [
        "Angela Woodhouse, Head of Policy and Communications"]
    assert split_owners("Councillor Moss/ The Leader") == ["Councillor Moss", "The Leader"]
    assert split_owners("Phil/Nick") == ["Phil", "Nick"]
    assert split_owners("A. Smith, Head of Policy; B. Jones") == ["A. Smith, Head of Policy", "B. Jones"]
