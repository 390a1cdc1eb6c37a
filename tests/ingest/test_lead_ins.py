"""A lead-in line's period as the timeline of the items under it (ingest/lead_ins.py), on real lines both ways.

Every line of samples/ and tests/fixtures that ends `will:` (searched 5 December 2026): Belfast's Annual Delivery Plan
(`To deliver effective and efficient services, in 2024-2025 we will:`, the only one naming a period), Mid and East
Antrim's self-assessments (`To achieve this, we will:`, twice) and Dover's Corporate Plan page (`We will:`). Lines
naming a time that lead into a list without the commitment's words (Maidstone's) are no lead-in.
"""

from __future__ import annotations

import pytest
from council_actions.ingest.lead_ins import LEAD_IN_FORMS, lead_in_time
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

OTHER = ROOT / "samples" / "other_councils"
BELFAST_SERVICES = OTHER / "belfast_annual_delivery_plan_2024_25_our_services.txt"
ANTRIM = (OTHER / "mid_east_antrim_self_assessment_2024_25_place.txt",
          OTHER / "mid_east_antrim_self_assessment_2024_25_planet.txt")
# (real line, where printed, the period it times its items by or None)
LINES = (
    ("To deliver effective and efficient services, in 2024-2025 we will:", "Belfast ADP 2024-25 line 10",
     "in 2024-2025"),
    ("To achieve this, we will:", "Mid and East Antrim self-assessment 2024-25 (place line 8, planet line 12)", None),
    ("We will:", "Dover Corporate Plan, priority theme three, line 10", None),
    ("An information management officer was appointed in September. A number of actions have been completed:",
     "Maidstone AGS 2014-15 line 20", None),
    ("Actions for 2013/14 as identified in the last Annual Governance Statement:", "Maidstone AGS 2013-14 line 1",
     None),
)


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize(("line", "where", "period"), LINES, ids=[where for _, where, _ in LINES])
def test_a_real_line_is_a_lead_in_only_with_its_commitment_and_a_period(line, where, period):
    found = lead_in_time(line)
    assert (line[found[0]:found[1]] if found else None) == period


@pytest.mark.parametrize("form", LEAD_IN_FORMS, ids=lambda form: form.name)
def test_each_form_reads_its_real_line(form):
    assert form.pattern.search(form.example)
    assert lead_in_time(form.example) is not None


def test_belfast_lead_in_times_every_item_under_its_headings(generic):
    processed = process(BELFAST_SERVICES, generic, ReferenceDates(given=None))
    actions = processed.parsed.actions
    assert len(actions) == 8
    assert {(a.timeline_raw, a.timeline_from, a.timeline_span.line_start) for a in actions} == {
        ("in 2024-2025", "lead_in", 10)}
    span = actions[0].timeline_span  # the lead-in's own words, so an auditor is shown where the time came from
    assert BELFAST_SERVICES.read_text(encoding="utf-8")[span.char_start:span.char_end] == "in 2024-2025"
    readings = {(t.reading.kind, t.reading.fiscal_year, t.reading.assumptions) for t in processed.normalised.timelines}
    assert readings == {("period", "2024/25", ("carried_from_lead_in",))}


@pytest.mark.parametrize("path", ANTRIM, ids=lambda path: path.stem)
def test_a_lead_in_naming_no_period_times_nothing(generic, path):
    processed = process(path, generic, ReferenceDates(given=None))
    assert processed.parsed.actions
    assert all(a.timeline_from is None for a in processed.parsed.actions)
    assert not any("carried_from_lead_in" in t.reading.assumptions for t in processed.normalised.timelines)


def _belfast_moved(tmp_path, name: str, move) -> list:
    """Belfast's real page with its lines rearranged by `move(lines, lead_in, first_heading)`: the layouts
    ingest/headed_list.py reads a lead-in in besides the page's own, none yet met in a real document. Each action
    as its text's start, the nearest heading over it (what these layouts decide; whether the page's theme `Our
    services` is still read above the moved lines is parsers/sections.py's, not pinned here), its timeline."""
    lines = BELFAST_SERVICES.read_text(encoding="utf-8").split("\n")
    lead = next(i for i, line in enumerate(lines) if line.endswith("we will:"))
    heading = lines.index("Planning and building control ")
    path = tmp_path / f"belfast_{name}.txt"
    path.write_text("\n".join(move(lines, lead, heading)), encoding="utf-8")
    actions = process(path, load_profile("generic"), ReferenceDates(given=None)).parsed.actions
    return [(a.action[:30], a.sections[-1].text, a.timeline_raw, a.timeline_from) for a in actions]


PLANNING = ("Deliver statutory Building Con", "Deliver the revised Dual Langu", "Finalise the implementation of",
            "Deliver planning service inclu", "Monitor the implementation of ", "Deliver the Planning Service’s",
            "Establish a Belfast Planning P")
BEREAVEMENT = "Continue to deliver a high sta"


def test_a_lead_in_between_a_heading_and_its_items_times_those_items_under_that_heading(tmp_path):
    """The lead-in moved from above the first heading to right under it: it times the seven items under that
    heading, read under it (it used to stop the heading's items), and not the next heading's."""
    read = _belfast_moved(tmp_path, "lead_in_under_heading",
                          lambda lines, lead, heading: [*lines[:lead], *lines[lead + 1:heading + 1], lines[lead],
                                                        *lines[heading + 1:]])
    assert read == [*((text, "Planning and building control", "in 2024-2025", "lead_in") for text in PLANNING),
                    (BEREAVEMENT, "Bereavement services", None, None)]


def test_a_lead_in_with_no_heading_above_its_items_opens_their_list(tmp_path):
    """The first heading left out: the lead-in stands right over the seven items, which are read (under the
    page's own section) and timed by it. A lead-in followed by items times those up to the next heading
    (ingest/lead_ins.py): the next heading's item is untimed, though the lead-in stands above it too; only a lead-in
    followed by a heading, as the page prints it, times the headings' items below."""
    read = _belfast_moved(tmp_path, "no_heading", lambda lines, lead, heading: [*lines[:heading], *lines[heading + 1:]])
    assert read == [*((text, "Our services", "in 2024-2025", "lead_in") for text in PLANNING),
                    (BEREAVEMENT, "Bereavement services", None, None)]
