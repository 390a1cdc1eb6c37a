"""`diff` over real successive publications of one council's plans (samples/other_councils/), read as a data team
reads them: the same actions paired, real changes reported, and another rendering of the same page no change.

Every expected pair and change below was checked by hand against both sources:
- Maidstone's governance action plan, 2014-15 then 2015-16 (`maidstone_ags_2014_15.txt`, `maidstone_ags_2015_16.txt`):
  the two governance issues of 2014-15 are printed word for word in 2015-16. Their `Action Update` cells are
  rewritten (two updates), the first issue's By When moves from "the next eighteen months" (undated: neither page
  prints its date) to "throughout 2015-16" (31 March 2016; "Actions completed as timetabled" is a schedule, not a
  completion), and both are owned in 2015-16 by "Head of Policy and Communications" where 2014-15 printed "Angela Woodhouse,
  Head of Policy and Communications": the same post, the officer's name dropped, so no owner change. A third issue
  is new in 2015-16: one action added, its update's eight paragraphs its progress. Nothing is removed.
- The same plan for 2013/14, then 2014-15 (`maidstone_ags_2013_14.txt`): the governance issue both print pairs, its
  `Action Taken` rewritten as the 2014-15 update (one update); "Angela Woodhouse" becoming "Angela Woodhouse, Head
  of Policy and Communications" is no owner change. 2013/14's other issue, a review of the council's approach to
  information management (completed 30 September 2013), is not 2014-15's implementation of the resulting action
  plan: one removed, one added.
- The browser copies of Maidstone's 2014-15 plan and of Waverley's CPA improvement plan: the same page laid out
  otherwise (tabs, joined paragraphs), with and without the council's profile: no change at all. So too two real
  publications of Maidstone's Strategic Plan 2016-17 action plan, a committee report's Appendix I (cells ending in
  ` |`) and the complete action plan (a cell a paragraph): their four rows are word for word the same.
- Maidstone's SCRAIPs of 2011 (waste contract), 2012 (KPI report) and 2014 (Strategic Plan refresh): three
  committees' recommendations, none carried into the next: three plans, no document paired, nothing to compare.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from council_actions.diff import DiffError, compare_revisions, diff
from council_actions.diff.report import counts, lineage_counts, summary_lines
from council_actions.diff.rules import OWNER_MATCHES, same_owner
from council_actions.normalise import ReferenceDates

from council_actions.batch import run_batch
from council_actions.profile import load_profile
from tests.conftest import ROOT
from tests.diff.real_sources import OTHER, ingest, texts_of

INFORMATION = "Implementation of the Information Management Action Plan"
GOVERNANCE = "Embedding Corporate Governance and Ensuring Best Practice is identified"
PROGRESS_2014 = {
    INFORMATION: "The vision and principles for information management have been agreed\nAn information management "
                 "officer was appointed in September. A number of actions have been completed:\n· New Freedom of "
                 "Information and Data Protection Guidance developed\n· Training Programme for staff under "
                 "development\n· Asset Register creation begun\n· Public Disclosure Log for Freedom of Information "
                 "Requests now on the internet\n· Begun drafting Information Sharing Policy\n· Produced guidance for "
                 "staff on information Sharing\n· Research carried out for Information Management Strategy and "
                 "Information Sharing Policy\n· Identification of approach to the Information Risk Register\n· "
                 "Research into best practice and approach to record retention and disposal",
    GOVERNANCE: "The Corporate Governance Working Group has met twice and will continue to meet quarterly.",
}
PROGRESS_2015 = {
    INFORMATION: "The Information Management Strategy has been to Leadership Team including an action plan and "
                 "resources required.\nThe Information Management Group met in November to consider and agree the "
                 "communications plan for information and any matters relating to information security.\nA training "
                 "programme is being developed with Learning and Development",
    GOVERNANCE: "The Corporate Governance Working Group will continue.\nThe Corporate Governance Working Group has met "
                "as scheduled",
}


@pytest.fixture(scope="module", params=["generic", "council_actions/profiles/maidstone.toml"])
def governance(request, tmp_path_factory):
    out = ingest(tmp_path_factory.mktemp("ags"), request.param,
                 {"ags-2014-15": "maidstone_ags_2014_15.txt", "ags-2015-16": "maidstone_ags_2015_16.txt"})
    return compare_revisions(out, "ags-2014-15", "ags-2015-16")


def test_successive_governance_plans_pair_both_issues_and_report_what_changed(governance):
    (document,) = governance.documents
    texts = texts_of(governance)
    paired = {(texts[row.previous_action_id], row.match) for row in document.lineage if row.previous_action_id}
    assert paired == {(INFORMATION, "same"), (GOVERNANCE, "same")}  # 2/2 in both, nothing removed
    changes = [(c.change, texts[c.action_id], c.before, c.after) for c in document.changes
               if c.change != "action_added"]
    assert sorted(changes) == sorted([
        ("deadline_moved", INFORMATION, None, "2016-03-31"),
        ("update_added", INFORMATION, PROGRESS_2014[INFORMATION], PROGRESS_2015[INFORMATION]),
        ("update_added", GOVERNANCE, PROGRESS_2014[GOVERNANCE], PROGRESS_2015[GOVERNANCE]),
    ])
    added = [texts[c.action_id] for c in document.changes if c.change == "action_added"]
    # row 3, new in 2015-16, one action (its update's list is its progress, not a second row)
    assert added == ["Communication and Engagement of the New Strategic Plan"]
    assert lineage_counts(governance) == {"same": 2, "edited": 0, "added": 1, "removed": 0}
    assert counts(governance)["owners_changed"] == counts(governance)["status_completed"] == 0


def test_the_summary_of_a_plan_without_themes_or_ids_prints_each_change_on_one_line(governance):
    """Most councils' plans name no theme and print no element id: the summary gives them no "theme ?" heading
    and no empty id before the action's, and an update of several paragraphs stays on its change's line. The
    2014-15 page's "next eighteen months", read against no date, has no due date: `(none)`, not a bare `-`."""
    lines = summary_lines(governance)
    changes = lines[lines.index("maidstone_ags_2014_15.txt -> maidstone_ags_2015_16.txt") + 1:]
    assert [line.split()[0] for line in changes] == ["deadline_moved", "update_added", "update_added", "action_added"]
    (moved, _, second, added) = changes
    assert moved.endswith("due_date: (none) -> 2016-03-31") and moved.split()[1] == document_key(governance, INFORMATION)
    assert second.endswith("update: The Corporate Governance Working Group has met twice and will continu… -> "
                           "The Corporate Governance Working Group will continue. The Corporate G…")  # two lines, one here
    assert added.endswith("Communication and Engagement of the New Strategic Plan")


def document_key(result, text: str) -> str:
    """The action id a diff gives the action of these words (a plan without ids: a key from its words)."""
    return next(key for key, words in texts_of(result).items() if words == text)


@pytest.mark.parametrize("profile", ["generic", "council_actions/profiles/maidstone.toml"])
def test_the_revision_before_pairs_the_issue_both_print(tmp_path, profile):
    out = ingest(tmp_path, profile, {"ags-2013-14": "maidstone_ags_2013_14.txt",
                                     "ags-2014-15": "maidstone_ags_2014_15.txt"})
    result = compare_revisions(out, "ags-2013-14", "ags-2014-15")
    texts = texts_of(result)
    (document,) = result.documents
    assert [(texts[r.previous_action_id], r.match) for r in document.lineage if r.match == "same"] == [
        (GOVERNANCE, "same")]
    assert sorted((c.change, texts[c.action_id or c.previous_action_id], c.before, c.after)
                  for c in document.changes) == sorted([
        ("update_added", GOVERNANCE, "A corporate governance working group has been set up to report into the Audit "
         "Committee on governance issues and the progress of the action plan. The group has met once and an "
         "additional meeting is planned to review changes to the constitution and relevant matters from the "
         "information management audit", PROGRESS_2014[GOVERNANCE]),
        # By When reworded, no date either side (2013/14 line 27, 2014-15 line 49): the schedule changed
        ("action_edited", GOVERNANCE, "Quarterly with updates to Audit Committee in October and March",
         "Quarterly meetings with updates to Audit Committee and CLT every six months."),
        ("action_added", INFORMATION, None, INFORMATION),
        ("action_removed", "Corporate Leadership Team have identified a need to Review the Council’s approach to "
         "Information Management", "Corporate Leadership Team have identified a need to Review the Council’s "
         "approach to Information Management", None),
    ])


@pytest.mark.parametrize(("profile", "earlier", "later", "actions"), [
    ("generic", "maidstone_ags_2014_15.txt", "maidstone_ags_2014_15_browser_copy.txt", 2),
    ("council_actions/profiles/maidstone.toml", "maidstone_ags_2014_15.txt",
     "maidstone_ags_2014_15_browser_copy.txt", 2),
    ("generic", "waverley_cpa_improvement_plan_2004.txt", "waverley_cpa_improvement_plan_2004_browser_copy.txt", 8),
    ("council_actions/profiles/waverley.toml", "waverley_cpa_improvement_plan_2004.txt",
     "waverley_cpa_improvement_plan_2004_browser_copy.txt", 8),
    ("generic", "maidstone_strategic_plan_2016_17_appendix_i.txt", "maidstone_strategic_plan_2016_17.txt", 4),
], ids=["ags", "ags-profile", "waverley", "waverley-profile", "strategic-plan-appendix"])
def test_another_rendering_of_the_same_plan_is_no_change(tmp_path, profile, earlier, later, actions):
    out = ingest(tmp_path, profile, {"original": earlier, "copy": later})
    result = diff(out, "original", "copy")
    assert sum(counts(result).values()) == 0
    assert lineage_counts(result) == {"same": actions, "edited": 0, "added": 0, "removed": 0}


def test_three_committees_recommendations_are_three_plans_not_one(tmp_path):
    """They share no action, id or file name: each later one is no rewrite of the one before, nothing to compare
    (two plans of a known council printing no ids are not paired by the empty id, every action removed or added)."""
    out = ingest(tmp_path, "council_actions/profiles/maidstone.toml", {
        "2011-10": "maidstone_scraip_waste_2011.txt", "2012-11": "maidstone_scraip_kpi_2012.txt",
        "2014-01": "maidstone_scraip_2014.txt"})
    for earlier, later in (("2011-10", "2012-11"), ("2012-11", "2014-01")):
        with pytest.raises(DiffError, match="nothing to compare"):
            diff(out, earlier, later)


def test_plans_without_element_ids_pair_by_their_actions_not_their_file_names(tmp_path):
    """Two committee papers saved as appendix_a.txt and appendix_b.txt, their names swapped at the next meeting:
    the governance plans still pair (both issues `same`), not the files of the same name; the two SCRAIPs, sharing
    no action, pair with nothing (the one of 2012 removed, its file name held again; the one of 2014 added)."""
    profile = load_profile(ROOT / "council_actions/profiles/maidstone.toml")
    for revision, names in {"2014-07": ("maidstone_ags_2014_15.txt", "maidstone_scraip_kpi_2012.txt"),
                            "2015-11": ("maidstone_scraip_2014.txt", "maidstone_ags_2015_16.txt")}.items():
        folder = tmp_path / revision
        folder.mkdir()
        paths = [Path(shutil.copy(OTHER / name, folder / f"appendix_{letter}.txt"))
                 for name, letter in zip(names, "ab", strict=True)]
        results, failures = run_batch(paths, tmp_path / "out", profile, revision, ReferenceDates())
        assert failures == 0 and len(results) == 2
    result = diff(tmp_path / "out", "2014-07", "2015-11")
    texts = texts_of(result)
    paired = {(d.earlier.source_name, d.later.source_name): sorted(texts[row.previous_action_id] for row in d.lineage
                                                                   if row.match == "same")
              for d in result.documents if d.earlier and d.later}
    assert paired == {("appendix_a.txt", "appendix_b.txt"): [GOVERNANCE, INFORMATION]}
    assert result.unpaired == ("2014-07/appendix_b.txt", "2015-11/appendix_a.txt") and not result.absent


@pytest.mark.parametrize("match", OWNER_MATCHES, ids=lambda m: m.name)
def test_each_owner_match_reads_its_example_both_ways(match):
    one, other = match.example
    assert match.same(one, other, match.profile) and match.same(other, one, match.profile)
    assert same_owner(one, other, (match.profile,))


def test_one_post_under_two_names_is_either_name_in_another_revision():
    """Hambleton's `Section 151 Officer/Chief Finance Officer` (tests/normalise/test_owner_joins.py's ONE_POST), one
    post under two names, is the same owner as either name printed alone in the next revision: no owner change."""
    assert same_owner("Section 151 Officer/Chief Finance Officer", "Chief Finance Officer")
    assert same_owner("Section 151 Officer", "Section 151 Officer/Chief Finance Officer")
    assert not same_owner("Section 151 Officer/Chief Finance Officer", "Monitoring Officer")


@pytest.mark.parametrize("other", ["Head of Planning", "David Trigwell"])
def test_an_officer_with_the_post_in_brackets_is_the_post_or_the_name_alone_in_another_revision(other):
    """The Royal Borough of Windsor and Maidenhead's development control improvement plan (2004) prints `David
    Trigwell (Head of Planning)` (tests/normalise/test_owner_name_in_brackets.py): a revision printing the post or the
    name alone names the same owner, as with `Angela Woodhouse, Head of Policy and Communications`."""
    assert same_owner("David Trigwell (Head of Planning)", other)
    assert same_owner(other, "David Trigwell (Head of Planning)")


@pytest.mark.parametrize(("one", "other"), [
    ("A. Smith, Head of Policy", "B. Jones, Head of Policy"),  # a handover within one post is a change
    ("David Trigwell (Head of Planning)", "Sheila Holden (Head of Planning)"),  # made up: a handover of his post
    ("Head of Policy and Communications", "Head of Finance"),
    ("Angela Woodhouse", "Head of Policy and Communications"),  # a name and a post alone: nothing ties them
    ("Head of Finance & S151 Officer", "Head of Legal & S151 Officer"),  # one post each of its own: two people
])
def test_different_owners_stay_different(one, other):
    assert not same_owner(one, other)


COMMUNICATION = "Communication and Engagement of the New Strategic Plan"


def _written(out: Path, table: str, revision: str) -> list[dict]:
    return pq.read_table(out / table / revision).to_pylist()


def test_the_governance_series_diffed_in_order_writes_each_change_with_the_lines_of_both_pages(tmp_path):
    """The three governance plans diffed as a user follows them, each against the one before (`diff` writing
    `changes` and `action_lineage`): every change row names the lines of the later page and of the earlier one it
    comes from (checked by hand against both files), and the issue all three print keeps one key."""
    out = ingest(tmp_path, "generic", {"ags-2013-14": "maidstone_ags_2013_14.txt",
                                       "ags-2014-15": "maidstone_ags_2014_15.txt",
                                       "ags-2015-16": "maidstone_ags_2015_16.txt"})
    diff(out, "ags-2013-14", "ags-2014-15")
    diff(out, "ags-2014-15", "ags-2015-16")
    lines = {revision: sorted((c["previous_revision"], c["change"], c["field"] or "", c["line_start"] or 0,
                               c["line_end"] or 0, c["previous_line_start"] or 0, c["previous_line_end"] or 0)
                              for c in _written(out, "changes", revision))
             for revision in ("ags-2014-15", "ags-2015-16")}
    assert lines["ags-2014-15"] == sorted([
        # the governance issue: 2014-15 lines 45-51, 2013/14 lines 23-29 (issue, action, by when, by whom)
        ("ags-2013-14", "action_edited", "timeline", 45, 51, 23, 29),
        ("ags-2013-14", "update_added", "update", 45, 51, 23, 29),
        ("ags-2013-14", "action_added", "", 15, 43, 0, 0),  # the information plan, 2014-15 lines 15-43
        ("ags-2013-14", "action_removed", "", 0, 0, 11, 21),  # the review, 2013/14 lines 11-21
    ])
    assert lines["ags-2015-16"] == sorted([
        ("ags-2014-15", "deadline_moved", "due_date", 11, 23, 15, 43),  # the information plan, 2015-16 lines 11-23
        ("ags-2014-15", "update_added", "update", 11, 23, 15, 43),
        ("ags-2014-15", "update_added", "update", 25, 34, 45, 51),  # the governance issue, 2015-16 lines 25-34
        ("ags-2014-15", "action_added", "", 36, 61, 0, 0),  # the third issue, 2015-16 lines 36-61
    ])
    first = {a["action"]: a["action_id"] for a in _written(out, "actions", "ags-2013-14")}
    second = {a["action"]: a["action_id"] for a in _written(out, "actions", "ags-2014-15")}
    texts = {a["action_id"]: a["action"] for a in _written(out, "actions", "ags-2015-16")}
    lineage = {texts[row["action_id"]]: row for row in _written(out, "action_lineage", "ags-2015-16")}
    assert {text: row["match"] for text, row in lineage.items()} == {GOVERNANCE: "same", INFORMATION: "same",
                                                                    COMMUNICATION: "added"}
    assert lineage[GOVERNANCE]["action_key"] == first[GOVERNANCE]  # followed from 2013/14 through 2014-15
    assert lineage[INFORMATION]["action_key"] == second[INFORMATION]  # first printed in 2014-15
    assert lineage[COMMUNICATION]["action_key"] == lineage[COMMUNICATION]["action_id"]
