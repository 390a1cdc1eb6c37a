"""`diff` over a council's plan followed by a later page of another shape, checked by hand against both sources:
a timeline page revised, and a status report on the plan as adopted.

- East Cambridgeshire's local government reorganisation timeline, two revisions of one page
  (`east_cambridgeshire_lgr_timeline_bullets.txt`, then `..._dashes.txt`): another council, another rendering (a list
  under year headings). Read side by side, the later page keeps all 14 items word for word (bullets become dashes,
  the title line and the blank lines go), adds one under 2025 ("Full Council meeting to finalise which proposal will
  be submitted to national government", its fifth item) and dates the final proposal's submission to the day:
  "(November 2025)" becomes "(28 November 2025)", so it is due two days earlier. Nothing else changes: the same
  headings, no item removed or reworded; neither page prints an owner or a status.
- Maidstone's Biodiversity and Climate Change Action Plan as adopted in October 2020 (`maidstone_bccap_2020_transport_
  records.txt`, as mySociety's CAPE keeps it), then its status report to the Policy and Resources Committee of
  9 February 2022 (`maidstone_bccap_status_rag_2022.txt`, Appendix 3 "... Status and RAG"): a progress report on the
  same actions. Action 1.1 ("Draft Local Plan to:" and its two bullets) is printed word for word in both, the 2020
  plan numbering it as the record's reference (`1.1` above `Action`), the 2022 table as a paragraph of its own above
  the Action text (`1.1` / `Draft Local Plan to:`, under the theme row `1.0 Transport`): one action, ref 1.1 in both.
  Its timescale is `2020-22` in both (no deadline move); its `Cost and Whom` ("Strategic planning officer time.":
  the strategic planning team, owner `Strategic planning`, and its cost) becomes three named officers (Claire Weeks, Mark Egerton, Helen Garnett); 2020 prints no status, 2022 rates it
  Green (`on_track`, by the page's own key) and says how it stands in its Status column ("Started - Incorporated as
  part of local Plan review POLICY LPRSP14(C) ..."), its progress. Action 1.2 is in the 2022 appendix too, but the
  stored copy is cut off within its Status cell and the sample leaves it out, so it reads as removed: a limit of the
  stored copy, not of the council's report.
"""

from __future__ import annotations

import pytest
from council_actions.diff import compare_revisions
from council_actions.diff.report import lineage_counts
from council_actions.diff.rules import ACTION_RULES

from tests.diff.real_sources import ingest, texts_of

LGR_2025 = ["data teams set up to support development of proposals",
            "emerging proposals outlining the potential geographic make-up of the new unitary authorities developed and "
            "shared", "engagement with residents and stakeholders", "engagement with staff",
            "final preferred proposal(s) submitted to national government"]
LGR_LATER = ["national government consults the public on its preferred proposal(s)",
             "national government decides which proposal will be taken forward",
             "transition teams begin work to start shaping the new unitary authority", "informal staff engagement",
             "transition teams continue to develop programme for transition",
             "elections take place to elect councillors to the new 'shadow' unitary authority",
             "informal and formal engagement in readiness for new unitary authority to go live on 1 April 2028",
             "vesting day for new unitary authority", "structures continue to be developed"]
FULL_COUNCIL = "Full Council meeting to finalise which proposal will be submitted to national government"


@pytest.mark.parametrize("profile", ["generic", "council_actions/profiles/runnymede.toml"])
def test_a_timeline_page_revised_adds_one_step_and_dates_another_to_the_day(tmp_path, profile):
    """The pages print no date of their own, so the revisions are labelled in the order their content shows
    (the later one names the day the earlier one gave only the month of)."""
    out = ingest(tmp_path, profile, {"lgr-earlier": "east_cambridgeshire_lgr_timeline_bullets.txt",
                                     "lgr-later": "east_cambridgeshire_lgr_timeline_dashes.txt"})
    result = compare_revisions(out, "lgr-earlier", "lgr-later")
    texts = texts_of(result)
    (document,) = result.documents
    assert (document.earlier.source_name, document.later.source_name) == (
        "east_cambridgeshire_lgr_timeline_bullets.txt", "east_cambridgeshire_lgr_timeline_dashes.txt")
    same = sorted(texts[row.previous_action_id] for row in document.lineage if row.match == "same")
    assert same == sorted(LGR_2025 + LGR_LATER)  # all 14, each under the same year heading
    assert all(row.element_id == row.previous_element_id for row in document.lineage if row.match == "same")
    assert [(c.change, c.element_id, texts[c.action_id], c.field, c.before, c.after) for c in document.changes] == [
        ("deadline_moved", "2025", "final preferred proposal(s) submitted to national government", "due_date",
         "2025-11-30", "2025-11-28"),
        ("action_added", "2025", FULL_COUNCIL, None, None, FULL_COUNCIL),
    ]
    assert lineage_counts(result) == {"same": 14, "edited": 0, "added": 1, "removed": 0}
    # each change points at its item on both pages: the final proposal is line 11 of the earlier page (under its
    # title and blank lines), line 8 of the later; the added item line 7 of the later, nothing of the earlier
    assert [(c.where.line_start, c.where.line_end, c.previous_where.line_start, c.previous_where.line_end)
            for c in document.changes] == [(8, 8, 11, 11), (7, 7, None, None)]


KCC_STRATEGY = ("Work with KCC to develop Maidstone Integrated Transport Strategy, and Local Cycling and Walking "
                "Infrastructure Plan, as part of the Local Plan review to promote and support a modal shift to walking, "
                "cycling, public transport, and electric vehicles.")
STARTED = ("Started – Incorporated as part of local Plan review POLICY LPRSP14(C) – CLIMATE CHANGE includes "
           "prioritising active travel by ensuring good provision and connectivity of walking and cycling routes.")


@pytest.mark.parametrize("profile", ["generic", "council_actions/profiles/maidstone.toml"])
def test_a_status_report_on_the_adopted_plan_reports_its_rating_officers_and_progress(tmp_path, profile):
    out = ingest(tmp_path, profile, {"2020-10": "maidstone_bccap_2020_transport_records.txt",
                                     "2022-02": "maidstone_bccap_status_rag_2022.txt"})
    result = compare_revisions(out, "2020-10", "2022-02")
    (document,) = result.documents
    texts = texts_of(result)
    assert [(texts[r.previous_action_id][:21], texts[r.action_id][:25], r.previous_element_id, r.element_id, r.match)
            for r in document.lineage if r.match != "removed"] == [
        ("Draft Local Plan to: ", "Draft Local Plan to: · Es", "1.1", "1.1", "same")]  # the same ref in both
    assert [(c.change, c.field, c.before, c.after) for c in document.changes] == [
        ("status_changed", "status", None, "on_track"),
        ("owners_changed", "owners", "Strategic planning", "Claire Weeks; Mark Egerton; Helen Garnett"),
        ("update_added", "update", None, STARTED),
        ("action_removed", None, KCC_STRATEGY, None),
    ]


@pytest.fixture(scope="module")
def climate_actions(tmp_path_factory):
    """Both revisions' actions of Maidstone's climate plan, as the diff reads them back."""
    out = ingest(tmp_path_factory.mktemp("climate"), "generic", {
        "2020-10": "maidstone_bccap_2020_transport_records.txt", "2022-02": "maidstone_bccap_status_rag_2022.txt"})
    (document,) = compare_revisions(out, "2020-10", "2022-02").documents
    return document.earlier.actions + document.later.actions


@pytest.mark.parametrize("rule", ACTION_RULES, ids=lambda rule: f"{rule.change}-{rule.field}")
def test_no_rule_finds_a_change_between_an_action_and_itself(climate_actions, rule):
    """Each rule of the table reads a real action (rated, owned, dated, with progress, or none of these) against
    itself as no change: a kind is a difference between two revisions, never a property of one."""
    assert [rule.finds(action, action) for action in climate_actions] == [None] * 3
