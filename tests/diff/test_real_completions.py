"""`diff` over a plan's ongoing actions, then its report of the completed ones: Maidstone's Corporate Improvement Plan as
its performance system printed it, Appendix A of a Cabinet update of 2010 (`maidstone_corporate_improvement_plan_2010
.txt`, revision 1), then "Appendix B- CIP completed actions" of 2011 (`maidstone_corporate_improvement_plan_2011_
completed.txt`, revision 2). Each change below was checked by hand against both pages:

- The four actions of 2010 (CIP 002.01, 003.01, 003.02, 003.03) are printed in 2011 under the same codes with their
  titles word for word (2010 lines 73, 117, 127, 137; 2011 lines 58, 87, 97, 106), so each pairs `same` (the action
  id is the code and the title's words: no wording changed, nothing to follow by similarity).
- All four are completed: 2010 prints no status (the report's icons keep none in the text), 2011's title says every
  row is a completed action (line 5 `Appendix B-Corporate Improvement Plan completed actions`): four
  `status_completed`. Their 2010 Due Dates (31 Aug 2010, 31 Jan 2011, 30 Apr 2010, 30 Jun 2011) are not printed in
  2011: part of the completion, no deadline move, no timeline rewording.
- CIP 003.01's officer is Tina Edwards (2011 line 90) where 2010 printed Claire Hayes (line 121): `owners_changed`.
  The other three keep theirs (Steve McGinnes; Claire Hayes twice).
- Latest notes: CIP 002.01's is rewritten (2010 line 79 "A joint report is planned ..." -> 2011 line 63 "Following a
  request from the Audit Committee ..."), CIP 003.01's too (2010 line 123 "Against Indicator 4 ..." -> 2011 line 92
  "Re-accreditation for IIP was gained in March 2011 ..."): two `update_added`. CIP 003.02's note is not printed in
  2011 (a note dropped is no update) and CIP 003.03's is the same words ("Sessions added in quarterly for 2010/11").
- CIP 001.01 and 001.02, the first objective's, are only in 2011 (the 2010 appendix lists the ongoing actions, and
  these were done by then): two `action_added`. Nothing is removed.
"""

from __future__ import annotations

import pytest
from council_actions.diff import compare_revisions
from council_actions.diff.report import counts, lineage_counts, to_json

from tests.diff.real_sources import ingest, texts_of

FRAUD = ("Provide the Cabinet Member for Corporate Services and the Corporate Services Overview and Scrutiny Committee "
         "with an update on the operation of the counter fraud partnership")
LEARNING = "Create action plan of outstanding L&D issues to be implemented before reassessment"
CHILD = "Undertake child protection training"
TRANSGENDER = "Include Transgender training on the new corporate training calendar"
MAPPING = "Resource Mapping exercise undertaken and presented to LSP board"
DECISIONS = "Decisions made by the LSP on the future allocation of resources"
NOTES_2010 = {
    FRAUD: "A joint report is planned for the Overview and Scrutiny Committee for both Maidstone and Tunbridge Wells in "
           "September, with a further report planned for the Audit Committee.",
    LEARNING: "Against Indicator 4 - MKIP Management Development Programme has been devised and delivered through 2010 "
              "with new dates for 2010/11. Indicator 5 - restructures are still taking place, will commence work on "
              "this at a later period. Indicator 10 - Workforce Plan will include skills matrix",
}
NOTES_2011 = {
    FRAUD: "Following a request from the Audit Committee and further to discussion with the Overview and Scrutiny "
           "Manager, it was agreed that an update would be provided to the Audit Committee instead of Overview and "
           "Scrutiny. A presentation was made to the Committee on the 20.09.2010, with agreement for future updated to "
           "be provided annually.",
    LEARNING: "Re-accreditation for IIP was gained in March 2011. Tina is currently on leave- further update awaited",
}


@pytest.fixture(scope="module", params=["generic", "council_actions/profiles/maidstone.toml"])
def completed(request, tmp_path_factory):
    out = ingest(tmp_path_factory.mktemp("cip"), request.param,
                 {"cip-2010": "maidstone_corporate_improvement_plan_2010.txt",
                  "cip-2011": "maidstone_corporate_improvement_plan_2011_completed.txt"})
    return compare_revisions(out, "cip-2010", "cip-2011")


def test_the_ongoing_actions_pair_under_their_codes_and_the_first_objectives_are_added(completed):
    (document,) = completed.documents
    texts = texts_of(completed)
    assert sorted((texts[row.previous_action_id], row.match) for row in document.lineage
                  if row.previous_action_id) == sorted([(FRAUD, "same"), (LEARNING, "same"), (CHILD, "same"),
                                                        (TRANSGENDER, "same")])
    codes = {row.action_id: row.action_id.split("-")[0] for row in document.lineage}
    assert sorted(codes.values()) == ["CIP_001.01", "CIP_001.02", "CIP_002.01", "CIP_003.01", "CIP_003.02",
                                      "CIP_003.03"]  # the code as one word (parsers/action_ids.ELEMENT_IN_ID)
    assert all(row.action_id == row.previous_action_id for row in document.lineage if row.match == "same")
    assert lineage_counts(completed) == {"same": 4, "edited": 0, "added": 2, "removed": 0}


def test_what_a_reader_of_the_two_pages_lists_completed_a_new_owner_and_two_notes(completed):
    (document,) = completed.documents
    texts = texts_of(completed)
    assert sorted((c.change, texts[c.action_id], c.before, c.after) for c in document.changes) == sorted([
        ("status_completed", FRAUD, "open", "complete"),
        ("status_completed", LEARNING, "open", "complete"),
        ("status_completed", CHILD, "open", "complete"),
        ("status_completed", TRANSGENDER, "open", "complete"),
        ("owners_changed", LEARNING, "Claire Hayes", "Tina Edwards"),
        ("update_added", FRAUD, NOTES_2010[FRAUD], NOTES_2011[FRAUD]),
        ("update_added", LEARNING, NOTES_2010[LEARNING], NOTES_2011[LEARNING]),
        ("action_added", MAPPING, None, MAPPING),
        ("action_added", DECISIONS, None, DECISIONS),
    ])
    assert sum(counts(completed).values()) == 9


def test_each_change_points_at_its_lines_on_both_pages(completed):
    """Where each change is printed: the 2011 record (code to last paragraph) and the 2010 row (code to note)."""
    (document,) = completed.documents
    where = sorted((c.change, c.where.line_start, c.where.line_end, c.previous_where.line_start,
                    c.previous_where.line_end) for c in document.changes)
    assert where == sorted([
        ("status_completed", 56, 63, 71, 79), ("update_added", 56, 63, 71, 79),  # CIP 002.01
        ("status_completed", 85, 92, 115, 123), ("owners_changed", 85, 92, 115, 123),  # CIP 003.01
        ("update_added", 85, 92, 115, 123),
        ("status_completed", 95, 100, 125, 133),  # CIP 003.02
        ("status_completed", 104, 111, 135, 143),  # CIP 003.03
        ("action_added", 21, 28, None, None), ("action_added", 30, 35, None, None),  # CIP 001.01, 001.02
    ])


def test_diff_json_lists_what_each_action_was_paired_with(completed):
    """`diff --json` carries each document's action lineage: an action paired `same` with nothing changed is in no
    change row, so without it a scheduler reading the JSON could not tell carried over from left out."""
    (document,) = to_json(completed)["documents"]
    texts = texts_of(completed)
    rows = [(texts.get(row["previous_action_id"] or ""), texts.get(row["action_id"] or ""), row["match"],
             row["element_id"]) for row in document["action_lineage"]]
    assert rows == [(None, MAPPING, "added", "CIP 001.01"), (None, DECISIONS, "added", "CIP 001.02"),
                    (FRAUD, FRAUD, "same", "CIP 002.01"), (LEARNING, LEARNING, "same", "CIP 003.01"),
                    (CHILD, CHILD, "same", "CIP 003.02"), (TRANSGENDER, TRANSGENDER, "same", "CIP 003.03")]
