"""Lists under headings: what makes a line a heading of one item, and what becomes of items whose heading was lost.

Kingston upon Thames's action plan summary (samples/other_councils/kingston_ags_action_plan_2012_13.txt, checked by
hand in its expected file) prints headings with a single bullet under them, and its stored copy has lost two
headings, leaving two blank lines where each stood.
"""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

KINGSTON = ROOT / "samples" / "other_councils" / "kingston_ags_action_plan_2012_13.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


def _issues(processed, code):
    issues = [*processed.document.issues, *processed.parsed.issues, *processed.normalised.issues]
    return [(i.span.line_start, i.raw_text) for i in issues if i.code == code]


def test_a_heading_standing_apart_heads_one_bullet(generic):
    processed = process(KINGSTON, generic, ReferenceDates(given=None))
    refs = [(a.element_id, a.action[:40]) for a in processed.parsed.actions]
    assert ("Scheme of delegation", "review schemes of delegation and update ") in refs
    assert ("Annual Governance Statement", "the Annual Governance Statement (AGS) pr") in refs
    assert [ref for ref, _ in refs].count("Commissioning and procurement") == 2  # it does not take the next bullet
    # the title lines but the first, the document's own title (boilerplate title), and the heading whose only bullet
    # was cut off in the stored copy (it names a plan: a title's words, no section by parsers/section_lines `title`);
    # the list's caption (5) is the section over its headings
    assert [line for line, _ in _issues(processed, "unplaced_text")] == [3, 46]
    assert processed.parsed.title == "Annual Governance Statement"


def test_items_after_a_lost_heading_are_under_no_heading_and_reported(generic):
    processed = process(KINGSTON, generic, ReferenceDates(given=None))
    unheaded = [a.action for a in processed.parsed.actions if a.element_id == ""]
    assert unheaded == [
        "reinforce resilience of ICT infrastructure",
        "improve links between senior information risk owner (SIRO) in Strategic Business and ICT information "
        "governance and data protection",
        "framework for reporting in-year complaints data to directorate management teams needs to be established",
        "mechanism for learning about complaints and feeding into service improvement needs to be established"]
    lost = _issues(processed, "list_heading_lost")
    assert [line for line, _ in lost] == [26, 27, 39, 40]
    assert lost[0][1].startswith("• reinforce resilience")
    message = next(i.message for i in processed.document.issues if i.code == "list_heading_lost")
    assert message == ("list item under a lost heading (2 blank lines above line 26, where a heading would stand): "
                       "read under no heading, not under 'Asset management'")


def test_a_line_running_on_above_one_item_is_no_heading(tmp_path, generic):
    """Made-up text (not a sample): a line with one bullet under it and no blank line above it is a stray line
    (a wrapped cell, a converter's leftover), as in the real samples' PDF renderings; it stays unplaced, and its
    bullet stays under the heading above. The first line is the document's title (boilerplate title)."""
    listed = tmp_path / "list.txt"
    listed.write_text("Improvement action plan\n\nGovernance\n\n- Review the constitution\n- Refresh the register\n"
                      "and the policy\n- Train every councillor\n", encoding="utf-8")
    processed = process(listed, generic, ReferenceDates(given=dt.date(2024, 9, 1)))
    assert [(a.element_id, a.action) for a in processed.parsed.actions] == [
        ("Governance", "Review the constitution"), ("Governance", "Refresh the register"),
        ("Governance", "Train every councillor")]
    assert _issues(processed, "unplaced_text") == [(7, "and the policy")]
    assert processed.parsed.title == "Improvement action plan"
    assert not _issues(processed, "list_heading_lost")


def test_a_list_spaced_evenly_has_no_lost_heading(generic):
    """Isle of Wight's plan leaves three blank lines under every heading and between every two items: a gap as
    wide as the list's own is no heading's place."""
    processed = process(ROOT / "samples" / "other_councils" / "iow_bv_action_plan_2002.txt", generic,
                        ReferenceDates(given=None))
    assert processed.document.rendering == "headed_list"
    assert not _issues(processed, "list_heading_lost")


def test_prose_above_a_role_heading_is_what_the_items_under_it_answer(tmp_path, generic):
    """Made-up text in Southend's shape, two sections: the prose between a heading and the role heading it names
    ('Action Required') is the finding every item under that heading answers (its first paragraph, wrapped over
    two lines, the opportunity; the paragraph under it the notes), never the next section's; a section printing
    none gives its items none. The first item's span holds the finding's lines, so none is reported unplaced; the
    first line is the document's title (boilerplate title)."""
    plan = tmp_path / "findings.txt"
    plan.write_text("FOI Action Plan\n\nSection A\n\nThe Council should publish its response times\nevery month.\n\n"
                    "This action is continuing.\n\nAction Required\n\n  • Publish the figures.\n\n"
                    "  • Report them to the committee.\n\nSection B\n\nAction Required\n\n  • Train every officer.\n\n"
                    "  • Review the guidance.\n", encoding="utf-8")
    processed = process(plan, generic, ReferenceDates(given=None))
    finding = "The Council should publish its response times every month."
    assert [(a.element_id, a.opportunity, a.notes) for a in processed.parsed.actions] == [
        ("Section A", finding, "This action is continuing."), ("Section A", finding, "This action is continuing."),
        ("Section B", None, None), ("Section B", None, None)]
    assert [(a.span.line_start, a.span.line_end) for a in processed.parsed.actions] == [
        (5, 12), (14, 14), (20, 20), (22, 22)]
    assert [a.status for a in processed.parsed.actions] == [None] * 4  # the finding's status is no item's
    assert not _issues(processed, "unplaced_text")
    assert processed.parsed.title == "FOI Action Plan"
    assert [(b.span.line_start, b.text) for b in processed.parsed.boilerplate if b.kind == "column_header"] == [
        (10, "Action Required"), (18, "Action Required")]


BELFAST_SERVICES = ROOT / "samples" / "other_councils" / "belfast_annual_delivery_plan_2024_25_our_services.txt"
DOVER = ROOT / "tests" / "fixtures" / "sections" / "dover_corporate_plan_priority_theme_three.txt"


def test_an_ordered_lists_items_under_headings_are_actions_numbered_again_under_each(generic):
    # Belfast's Annual Delivery Plan page: `  1. Deliver ...` under each heading, the numbers starting again at 1
    # under the next (checked by hand in its expected file; refused before as no plan)
    processed = process(BELFAST_SERVICES, generic, ReferenceDates(given=None))
    assert processed.document.rendering == "headed_list"
    rows = [(a.element_id, a.sections[-1].text, a.span.line_start, a.action[:30]) for a in processed.parsed.actions]
    assert rows == [*((str(n), "Planning and building control", 14 + n, text) for n, text in enumerate((
        "Deliver statutory Building Con", "Deliver the revised Dual Langu", "Finalise the implementation of",
        "Deliver planning service inclu", "Monitor the implementation of ", "Deliver the Planning Service’s",
        "Establish a Belfast Planning P"), start=1)),
        ("1", "Bereavement services", 26, "Continue to deliver a high sta")]


def test_an_ordered_list_under_no_plan_title_is_still_no_plan(generic):
    # Dover's Corporate Plan page prints the same ordered lists (`  1. Support the wider climate change agenda ...`)
    # under `Corporate Objectives` and `We will:`, with no title naming an action or delivery plan: refused
    with pytest.raises(StageError):
        process(DOVER, generic, ReferenceDates(given=None))


def test_items_under_a_heading_naming_the_plans_parts_are_reported_not_read_as_actions(tmp_path, generic):
    """Items under a heading the profile reads as naming the plan's parts (role element: `Sub Objectives`, as
    Derry City and Strabane prints them, refused whole in tests/fixtures/other_councils/refused/) are what the plan
    aims at, no action: no row holds them, and each is reported as text outside the plan, never lost; the items
    under `Actions` beside them are the plan's rows."""
    plan = tmp_path / "mixed.txt"
    plan.write_text("Improvement Action Plan 2025/26\n\nSub Objectives\n\n  • Achieve 7,000 paid gym memberships\n"
                    "  • To protect and enhance our environment\n\nActions\n\n  • Review the leisure pricing policy\n"
                    "  • Publish the litter enforcement plan\n", encoding="utf-8")
    processed = process(plan, generic, ReferenceDates(given=None))
    assert [a.action for a in processed.parsed.actions] == ["Review the leisure pricing policy",
                                                            "Publish the litter enforcement plan"]
    assert _issues(processed, "unplaced_text") == [(5, "  • Achieve 7,000 paid gym memberships"),
                                                   (6, "  • To protect and enhance our environment")]
