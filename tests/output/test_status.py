"""documents.status (output/status.py): each rule on an example, and the status of real documents.

A rule table that tests iterate over: every rule must break on its example and hold on a clean reading. On the
samples, every hand-checked one is `complete` and Runnymede's plan read with no council profile is not.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.output.status import STATUS_RULES, Reading, document_status

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, PLAN, ROOT

CLEAN = Reading(errors=0, rows=100, doubtful=10, table_lines=200, unplaced_in_table=20)  # at the thresholds
BREAKS = {
    "error": Reading(errors=1, rows=100, doubtful=0, table_lines=200, unplaced_in_table=0),
    "unplaced_in_table": Reading(errors=0, rows=100, doubtful=0, table_lines=200, unplaced_in_table=21),
    "doubtful_rows": Reading(errors=0, rows=100, doubtful=11, table_lines=200, unplaced_in_table=0),
}
EXPECTED = sorted((FIXTURES / "other_councils" / "expected").glob("*.json"))


@pytest.mark.parametrize("rule", STATUS_RULES, ids=lambda r: r.name)
def test_each_rule_breaks_on_its_example_only(rule):
    assert rule.breaks(BREAKS[rule.name])
    assert not rule.breaks(CLEAN)
    assert [r.name for r in STATUS_RULES if r.breaks(BREAKS[rule.name])] == [rule.name]


def _status(path, profile, reference=None):
    processed = process(path, profile, ReferenceDates(given=reference))
    return document_status(processed.document, processed.parsed,
                           processed.document.issues + processed.parsed.issues + processed.normalised.issues)


@pytest.mark.parametrize("path", [PLAN, FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf",
                                  FIXTURES / "pdf" / "runnymede_plan_chromium.pdf"], ids=lambda p: p.stem)
def test_seed_plan_is_complete_with_its_profile_and_not_without(path):
    assert _status(path, load_profile()) == ("complete", None)
    # read with the generic profile: every row keyed by an unverified code, and the text's garbled lines misread
    assert _status(path, load_profile("generic")) == ("incomplete", "doubtful_rows")


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_hand_checked_samples_are_complete(expected_file):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    profile = load_profile(expected["profile"] if expected["profile"] == "generic" else ROOT / expected["profile"])
    reference = dt.date.fromisoformat(expected["reference_date"]) if expected["reference_date"] else None
    if expected.get("refused_today"):  # a real plan no reader takes yet (known_miss says what is missing)
        with pytest.raises(StageError):
            _status(ROOT / expected["sample"], profile, reference)
        return
    if expected.get("known_miss"):  # read with doubts, and said so: the document is not complete
        assert _status(ROOT / expected["sample"], profile, reference) == ("incomplete", "doubtful_rows")
        return
    assert _status(ROOT / expected["sample"], profile, reference) == ("complete", None)
