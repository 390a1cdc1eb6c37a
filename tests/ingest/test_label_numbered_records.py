"""Records opened by their label and number alone (`Action 1:`), their fields bullets asked as questions (`• By when?:
Ongoing`) and the service that leads (`• Service: Learning and Development`): Pembrokeshire's strategic equality action
plan 2024-28 (tests/fixtures/other_councils/expected/pembrokeshire_strategic_equality_plan_2024_28_objective_1.json
holds every value). The number after the label is the record's reference; after a time's label (`Year 1:`) it is part
of the time."""

from __future__ import annotations

import pytest
from council_actions.ingest.model import Line, Span
from council_actions.ingest.record_labels import label_alone, label_of

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

PEMBROKESHIRE = ROOT / "samples" / "other_councils" / "pembrokeshire_strategic_equality_plan_2024_28_objective_1.txt"
GENERIC = load_profile("generic")
# (a line, the label it holds alone, None where it holds none): the page's own; a number of three digits; a time's
# label and number, which is a time, not a record's number; the objective over the records, a label's number and its
# value on one line; a number with no colon, no label's.
ALONE = [("Action 1:", "Action"), ("Action 12:", "Action"), ("Recommendation 101:", "Recommendation"),
         ("Year 1:", None), ("Objective 1: Members and employees actively promote and facilitate a culture of inclusion",
                             None), ("Action 1", None)]
# (a line, the label it opens with): a field asked as a question, before its colon; the same asked with no colon is no
# label's (`By when? Ongoing`).
OPENING = [("  • By when?: Ongoing", "By when"), ("  • Service: Learning and Development", "Service"),
           ("By when? Ongoing", None)]
# (a table's or a record's headings, the role `Service` plays among them): the owner where nothing else names one,
# beside a lead officer the part of the council the action sits in (notes), as a directorate is.
SERVICES = [(["Action", "Service", "Evidence", "By when"], "owner"), (["Action", "Lead officer", "Service"], "notes")]


def _line(text: str) -> Line:
    return Line(1, text, Span(None, 1, 1, 0, len(text)), (), False)


@pytest.mark.parametrize(("text", "label"), ALONE)
def test_a_records_number_after_its_label_alone(text, label):
    assert label_alone(_line(text), GENERIC.roles.role_of) == label


@pytest.mark.parametrize(("text", "label"), OPENING)
def test_a_label_asked_as_a_question_before_its_colon(text, label):
    assert label_of(_line(text), GENERIC.roles.role_of) == label


@pytest.mark.parametrize(("headings", "role"), SERVICES)
def test_a_service_leads_where_nothing_else_does(headings, role):
    assert GENERIC.roles.roles_of(headings)[headings.index("Service")] == role


@pytest.mark.parametrize("profile", [None, "generic"])
def test_label_numbered_records_read_alike_with_either_profile(profile):
    """Read alike with either profile, the records found: not refused with no record and no plan column found (`not a
    council action plan`)."""
    parsed = process(PEMBROKESHIRE, load_profile(profile), None).parsed
    assert [(a.element_id, a.owner_raw, a.timeline_raw, a.span.line_start) for a in parsed.actions] == [
        ("1", "Human Resources Business Partners and Learning and Development", "Ongoing", 11),
        ("2", "Learning and Development", "Ongoing", 22), ("3", "Learning and Development", "November 2023", 31),
        ("4", "Learning and Development", "Ongoing", 40),
        ("5", "Learning and Development and Democratic Services", "Ongoing", 49)]
    assert parsed.actions[0].action == (
        "We will continue to ensure that all staff have access to support and training to support with a disability "
        "in the workplace (part of our Disability Confident Leader Accreditation Scheme). We will embed training for "
        "our managers around the social model of disability.")
    assert [h.text for h in parsed.actions[4].sections] == [
        "Objective 1: Members and employees actively promote and facilitate a culture of inclusion"]


def test_learning_and_development_is_one_service():
    """A body's name joined by `and` (generic.toml `body_names`) beside another owner: two owners, not three."""
    processed = process(PEMBROKESHIRE, GENERIC, None)
    first, last = processed.parsed.actions[0].action_id, processed.parsed.actions[4].action_id
    assert [o.owner_key for o in processed.normalised.owners if o.action_id == first] == [
        "Human Resources Business Partners", "Learning and Development"]
    assert [o.owner_key for o in processed.normalised.owners if o.action_id == last] == [
        "Learning and Development", "Democratic Services"]
