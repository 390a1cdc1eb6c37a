"""Records printed as a run of `  • Label: value` bullets, one record straight after another, as Powys County
Council's play sufficiency action plan prints its actions (samples/other_councils/; the actions are pinned in
tests/fixtures/other_councils/expected/). Nothing parts one record from the next but its action label coming round
again, so the labels must be ones the heading rules know (`Actions/Priorities`, `Targets`, `Link to Matters`):
unknown, the page reads as one action, its label kept in its text (the one whose text ends without a full stop,
taken for a title), the other records' lines reported as rows without an action or as text. These check
what the golden file does not hold: the labels as printed and the role each plays."""

from __future__ import annotations

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "other_councils" / "powys_play_sufficiency_action_plan_2022.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize(("label", "role"), [
    ("Actions/Priorities", "action"),  # the action, named with what it is a priority for
    ("When", "timeline"),
    ("Targets", "notes"),  # what the action is to achieve (`Between partners find 1-2 additional funding streams`)
    ("Link to Matters", "notes"),  # the assessment's matters it answers (`Matter D, Matter G, Matter H`)
])
def test_each_label_the_page_prints_plays_its_role(label, role, generic):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith(f"  \u2022 {label}: ") for line in lines) == 4  # once a record, as printed
    assert generic.roles.role_of(label) == role


def test_a_bare_target_is_still_a_date(generic):
    """`Targets` (plural) names what is aimed at; `Target` alone stays the target date it heads elsewhere."""
    assert generic.roles.role_of("Target") == "timeline"


def test_each_record_opens_at_its_action_bullet_and_keeps_its_labels(generic):
    processed = process(SAMPLE, generic, ReferenceDates(given=None))
    assert processed.document.rendering == "records"
    assert [(a.span.line_start, a.span.line_end, a.action[:30], a.notes) for a in processed.parsed.actions] == [
        (7, 10, "Partners, services, key stakeh",
         "Targets: To be discussed and agreed with relevant departments; Link to Matters: Matter F, Matter I"),
        (11, 14, "Development of joint working, ",
         "Targets: To be discussed and agreed with relevant departments; Link to Matters: Matter D"),
        (15, 18, "Identify and acquire additiona",
         "Targets: Between partners find 1-2 additional funding streams per year; Link to Matters: Matter D, "
         "Matter G, Matter H"),
        (19, 22, "Wider range of engagement and ",
         "Targets: At least 1 engagement and consultation event per year; Link to Matters: Matter B, Matter C")]
    assert [(i.code, i.span.line_start) for i in processed.parsed.issues] == [
        ("unplaced_text", 3), ("unplaced_text", 5), ("council_not_printed", 1)]
