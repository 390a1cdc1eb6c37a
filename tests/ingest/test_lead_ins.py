"""A lead-in line's period as the timeline of the items under it (ingest/lead_ins.py), on real lines both ways.

Every line of samples/ and tests/fixtures that ends `will:` (searched 5 December 2026): Belfast's Annual Delivery Plan
(`To deliver effective and efficient services, in 2024-2025 we will:`, the only one naming a period), Mid and East
Antrim's self-assessments (`To achieve this, we will:`, twice) and Dover's Corporate Plan page (`We will:`).

Every line of samples/ and tests/fixtures of at most 140 characters, with no tab or pipe (a table row's cells), that
names a period the rules date with no reference date and is more than that period (searched 5 December 2026:
223 distinct lines), read for whether it leads into the items under it: only three close on a colon,
Belfast's two lead-ins (`Our services`, `Our place`) and Maidstone's AGS 2013-14 caption `Actions for 2013/14 as
identified in the last Annual Governance Statement:`, whose period follows straight on `Actions`, the
word the profile's heading rules read as the action column: a lead-in (the form `actions_for_period`), though every
row under it prints its own `By When`, so it times none of them. The rest are titles and captions that lead into
nothing (`Updated Actions for 2014-15`, `Action plan summary - 2012/13`, `Annual Delivery Plan 2024 - 2025`),
labels (`Due date: 31 March 2024`), cells and items that print their own time, and sentences that mention a year
(`Council adopted the 2017-2021 Four Year Delivery Program at its June 2017 meeting.`): none is a lead-in. Lines from
the search tool's `pages` corpus (samples/other_councils/SOURCES.md, "Lead-ins naming a period"): Belfast's other
pages' lead-ins, and Mid and East Antrim's `Our Improvement Objectives for 2024/25 are as follows:` over objectives.
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
BELFAST_PLACE = OTHER / "belfast_annual_delivery_plan_2024_25_our_place.txt"
MAIDSTONE = OTHER / "maidstone_ags_2013_14.txt"
ANTRIM = (OTHER / "mid_east_antrim_self_assessment_2024_25_place.txt",
          OTHER / "mid_east_antrim_self_assessment_2024_25_planet.txt")
# (real line, where printed, the period it times its items by or None)
LINES = (
    ("To deliver effective and efficient services, in 2024-2025 we will:", "Belfast ADP 2024-25 line 10",
     "in 2024-2025"),
    ("To enhance our place in 2024-25 we will:", "Belfast ADP 2024-25 Our place line 14", "in 2024-25"),
    ("To support our people and communities, in 2024-25 we will:", "Belfast ADP 2024-25 Our people and communities "
     "(pages corpus)", "in 2024-25"),
    ("To create a fit for purpose organisation, in 2024-2025, we will:", "Belfast ADP 2024-25 Our foundations for "
     "success (pages corpus)", "in 2024-2025"),
    ("Actions for 2013/14 as identified in the last Annual Governance Statement:", "Maidstone AGS 2013-14 line 1",
     "2013/14"),
    ("To achieve this, we will:", "Mid and East Antrim self-assessment 2024-25 (place line 8, planet line 12)", None),
    ("We will:", "Dover Corporate Plan, priority theme three, line 10", None),
    ("An information management officer was appointed in September. A number of actions have been completed:",
     "Maidstone AGS 2014-15 line 20", None),
    ("Our Improvement Objectives for 2024/25 are as follows:", "Mid and East Antrim PIP 2024-25 Q1 page 2 (pages "
     "corpus)", None),
    ("Updated Actions for 2014-15", "Maidstone AGS 2014-15 line 5", None),
    ("Actions for 2015-16 as identified in the current Annual Governance Statement", "Maidstone AGS 2015-16 line 1",
     None),
    ("Action plan summary - 2012/13", "Kingston AGS action plan 2012-13 line 3", None),
    ("21/07/2009 - Improvement Plan 2009-10 Key Actions and Milestones", "York improvement plan decision line 5", None),
    ("RESOLVED: (i)         That the actions and milestones for the 2009-10 Improvement Plan, as set out in Annex 1, "
     "be noted.", "York improvement plan decision line 7", None),
)
@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize(("line", "where", "period"), LINES, ids=[where for _, where, _ in LINES])
def test_a_real_line_is_a_lead_in_only_where_it_leads_into_the_actions_of_its_period(line, where, period, generic):
    found = lead_in_time(line, generic.roles.role_of)
    assert (line[found[0]:found[1]] if found else None) == period


@pytest.mark.parametrize("form", LEAD_IN_FORMS, ids=lambda form: form.name)
def test_each_form_reads_its_real_line(form, generic):
    assert form.pattern.search(form.example)
    assert lead_in_time(form.example, generic.roles.role_of) is not None


def test_the_actions_word_is_the_profiles():
    """Which word names the actions is the profile's heading rules': with none given, only the commitment is read."""
    assert lead_in_time("Actions for 2013/14 as identified in the last Annual Governance Statement:") is None
    assert lead_in_time("To deliver effective and efficient services, in 2024-2025 we will:") == (45, 57)


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
    heading, read under it (it does not stop the heading's items), and not the next heading's."""
    read = _belfast_moved(tmp_path, "lead_in_under_heading",
                          lambda lines, lead, heading: [*lines[:lead], *lines[lead + 1:heading + 1], lines[lead],
                                                        *lines[heading + 1:]])
    assert read == [*((text, "Planning and building control", "in 2024-2025", "lead_in") for text in PLANNING),
                    (BEREAVEMENT, "Bereavement services", None, None)]



def test_a_lead_in_naming_the_actions_between_a_heading_and_its_items_leaves_them_under_it(tmp_path):
    """Made-up arrangement (no real list prints it): Maidstone's real caption, a lead-in of the second form, in place
    of Belfast's commitment moved under the first heading (the test above). Its items are read under that heading
    and timed by it, as under the commitment: a lead-in of either form leads on from a heading to its items, or
    the heading has no items under it, is left unplaced, and the seven items are read under no heading."""
    caption = MAIDSTONE.read_text(encoding="utf-8").split("\n")[0]
    assert caption == "Actions for 2013/14 as identified in the last Annual Governance Statement:"
    read = _belfast_moved(tmp_path, "actions_lead_in_under_heading",
                          lambda lines, lead, heading: [*lines[:lead], *lines[lead + 1:heading + 1], caption,
                                                        *lines[heading + 1:]])
    assert read == [*((text, "Planning and building control", "2013/14", "lead_in") for text in PLANNING),
                    (BEREAVEMENT, "Bereavement services", None, None)]

def test_a_lead_in_with_no_heading_above_its_items_opens_their_list(tmp_path):
    """The first heading left out: the lead-in stands right over the seven items, which are read (under the
    page's own section) and timed by it. A lead-in followed by items times those up to the next heading
    (ingest/lead_ins.py): the next heading's item is untimed, though the lead-in stands above it too; only a lead-in
    followed by a heading, as the page prints it, times the headings' items below."""
    read = _belfast_moved(tmp_path, "no_heading", lambda lines, lead, heading: [*lines[:heading], *lines[heading + 1:]])
    assert read == [*((text, "Our services", "in 2024-2025", "lead_in") for text in PLANNING),
                    (BEREAVEMENT, "Bereavement services", None, None)]


def test_a_caption_naming_the_actions_period_times_no_row_that_prints_its_own(generic):
    """Maidstone's caption is a lead-in, and every row under it prints its own `By When`: each keeps its own time."""
    actions = process(MAIDSTONE, generic, ReferenceDates(given=None)).parsed.actions
    assert [(a.timeline_raw, a.timeline_from) for a in actions] == [
        ("30 September 2013 – Review Completed", None), ("Quarterly with updates to Audit Committee in October and March",
                                                         None)]


def test_a_lead_in_over_a_heading_named_by_a_role_heading_times_its_items(generic):
    """Belfast's `Our place` page: the lead-in (line 14) stands over the heading `Quality place-making and
    housing-led regeneration` (line 16), which `Actions` (line 18, the action column's role heading) names, and the
    two actions under them (lines 20, 21), three paragraphs below the title: both actions are read, under the heading,
    and timed by the lead-in. Two ways to miss it: refusing the page (its first item far below the plan's title),
    and letting the heading over `Actions` end the lead-in's list."""
    processed = process(BELFAST_PLACE, generic, ReferenceDates(given=None))
    assert [(a.element_id, a.sections[-1].text, a.span.line_start, a.timeline_raw, a.timeline_from)
            for a in processed.parsed.actions] == [
        ("1", "Quality place-making and housing-led regeneration", 20, "in 2024-25", "lead_in"),
        ("2", "Quality place-making and housing-led regeneration", 21, "in 2024-25", "lead_in")]
    assert {(t.reading.fiscal_year, t.reading.assumptions, t.span.line_start) for t in processed.normalised.timelines} == {
        ("2024/25", ("carried_from_lead_in",), 14)}


def test_a_lead_in_naming_the_actions_and_their_period_times_the_items_under_it(tmp_path, generic):
    """Made-up text (not a sample; no real list under such a line was found): Maidstone's real caption over a bare
    list. The line is no heading; its period times the two items that print no time, and the third keeps its own.
    The title above it is the list's heading, as above a commitment's lead-in (`In 2013/14 we will:`): a lead-in of
    either form right under a heading leads on to its items."""
    listed = tmp_path / "list.txt"
    listed.write_text("Annual Governance Statement action plan\n\n"
                      "Actions for 2013/14 as identified in the last Annual Governance Statement:\n\n"
                      "- Review the approach to information management\n- Set up a corporate governance working group\n"
                      "- Report to the Audit Committee (March 2014)\n", encoding="utf-8")
    actions = process(listed, generic, ReferenceDates(given=None)).parsed.actions
    title = ["Annual Governance Statement action plan"]
    assert [(a.action[:20], a.timeline_raw, a.timeline_from, [s.text for s in a.sections]) for a in actions] == [
        ("Review the approach ", "2013/14", "lead_in", title), ("Set up a corporate g", "2013/14", "lead_in", title),
        ("Report to the Audit ", "March 2014", None, title)]


def test_a_lead_in_naming_the_actions_lets_its_list_stand_below_prose(tmp_path, generic):
    """Made-up text (not a sample): Maidstone's real caption over a bare list, with seven paragraphs between it and
    the plan's title, as on Belfast's `Our place` page: the list is read and timed, as under a commitment's lead-in
    (the caption is no heading to walk past on the way up to a lead-in)."""
    listed = tmp_path / "list.txt"
    listed.write_text("Annual Governance Statement action plan\n\n" + "".join(
        f"Paragraph {n} of the statement, which says what the council reviewed.\n\n" for n in range(1, 8)) +
        "Actions for 2013/14 as identified in the last Annual Governance Statement:\n\n"
        "- Review the approach to information management\n- Set up a corporate governance working group\n",
        encoding="utf-8")
    actions = process(listed, generic, ReferenceDates(given=None)).parsed.actions
    assert [(a.action[:20], a.timeline_raw, a.timeline_from) for a in actions] == [
        ("Review the approach ", "2013/14", "lead_in"), ("Set up a corporate g", "2013/14", "lead_in")]
