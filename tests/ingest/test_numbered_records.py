"""Records opened by their number and a label alone, and a bare `Target` beside a completion date (East Devon's empty
homes action plan, tests/fixtures/other_councils/expected/east_devon_empty_homes_action_plan_2015_19.json holds every
value): `1. priority` opens the record numbered 1, its value on the lines below; the Target is what the action is to
achieve, the Completion date when."""

from __future__ import annotations

import pytest
from council_actions.ingest.model import Line, Span
from council_actions.ingest.record_labels import label_alone

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

EAST_DEVON = ROOT / "samples" / "other_councils" / "east_devon_empty_homes_action_plan_2015_19.txt"
GENERIC = load_profile("generic")
# (a line, the label it holds alone, None where it holds none): the page's own, then a number of two levels (a row's
# reference, not a record's number before its label) and a numbered heading that is no label.
ALONE = [("1. priority", "priority"), ("12. Action", "Action"), ("Completion date", "Completion date"),
         ("2.3 Action", None), ("6. Appendix action plan", None)]
# (a table's or a record's headings, the role a bare `Target` plays among them): beside a completion date its notes,
# alone the timeline (a record's `Target` over `March 2025`).
TARGETS = [(["priority", "Target", "Completion date", "Outcome", "Action"], "notes"),
           (["Action", "Lead", "Target"], "timeline")]


def _line(text: str) -> Line:
    return Line(1, text, Span(None, 1, 1, 0, len(text)), (), False)


@pytest.mark.parametrize(("text", "label"), ALONE)
def test_a_records_number_before_its_label_alone(text, label):
    assert label_alone(_line(text), GENERIC.roles.role_of) == label


@pytest.mark.parametrize(("headings", "role"), TARGETS)
def test_a_bare_target_beside_a_completion_date_is_notes(headings, role):
    assert GENERIC.roles.roles_of(headings)[headings.index("Target")] == role


@pytest.mark.parametrize("profile", [None, "generic"])
def test_numbered_records_read_alike_with_either_profile(profile):
    """`2. priority` is a label: otherwise each record's Action runs on into the next record's number and priority,
    no record has its number, and the Target is a second timeline (`...; Quarterly`)."""
    actions = process(EAST_DEVON, load_profile(profile), None).parsed.actions
    assert [(a.element_id, a.timeline_raw, a.span.line_start) for a in actions] == [
        ("1", "Quarterly", 2), ("2", "October 2015", 12), ("3", "March 2019", 22), ("4", "Annually", 32),
        ("5", "Ongoing", 42)]
    assert actions[0].action == "Obtain quarterly monitoring statistics from Council Tax (CT). Target long term empty " \
                                "properties."
    assert actions[2].notes == ("priority: Living over the shops (LOTS) scheme.; Target: Identify 5 potential "
                                "schemes.; Outcome: Provision of additional affordable accommodation and the use of "
                                "empty space.")
