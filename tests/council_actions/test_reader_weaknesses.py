"""The renderings and behaviours the last closing note called weak, each pinned by a fixture named after it.

Expected rows of real samples are in tests/fixtures/other_councils/expected/ (compared by
tests/golden/test_other_councils.py); this module checks what those rows do not show.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import get_args

import pytest
from council_actions.ingest.table_ends import ending_of, table_ends
from council_actions.normalise import ReferenceDates
from council_actions.normalise.owner_shapes import OWNER_SHAPES, ShapeName
from council_actions.normalise.owner_split import owner_pieces

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

WAVERLEY = ROOT / "samples" / "other_councils" / "waverley_cpa_improvement_plan_2004.txt"


def owner_texts(cell: str, known=lambda text: False) -> list[str]:
    """The owners an owner cell splits into, without the shape that read each."""
    return [piece.text for piece in owner_pieces(cell, known)]


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("headings, roles", [
    (["No", "What?", "How?", "Who by?", "When?"], ["element", "opportunity", "action", "owner", "timeline"]),
    (["How?", "Who?", "When?"], ["action", "owner", "timeline"]),
    (["What", "How", "Who", "When"], ["opportunity", "action", "owner", "timeline"]),
    (["How", "What", "Who", "When"], ["action", "opportunity", "owner", "timeline"]),  # precedence, not position
    (["What", "Who", "When"], ["action", "owner", "timeline"]),
    (["What", "Action", "How", "Who"], ["opportunity", "action", "notes", "owner"]),
    # the Isle of Wight's Housing Renewal action plan (tests/fixtures/sections/SOURCES.md)
    (["Number", "Action", "Deadline", "Progress"], ["element", "action", "timeline", "progress"]),
    # the docstoc housing service improvement plan's two columns (tests/fixtures/sections/SOURCES.md), and the labels
    # its cells print (ingest/two_columns.py)
    (["Action & Milestones", "Success Measures & Targets"], ["action", "notes"]),
    (["Milestones", "Success Measures", "Targets"], ["timeline", "notes", "notes"]),
])
def test_what_how_who_when_roles_by_wording(generic, headings, roles):
    assert generic.roles.roles_of(headings) == roles


def test_what_how_who_when_without_profile(generic):
    """Waverley's plan with no profile: each How? bullet is an action, the What? its aim, 'ditto' the owner above; the
    'Para Ref (to CPA Report)' column, a heading no generic rule knows, is kept in the notes under its heading
    (waverley.toml names it notes)."""
    processed = process(WAVERLEY, generic, ReferenceDates(given=dt.date(2005, 3, 1)))
    first = processed.parsed.actions[0]
    assert first.opportunity == "Improve speed with which planning applications are dealt"
    assert first.action.startswith("Address undelivered items")
    assert first.notes == "Para Ref (to CPA Report): 78/91/104"
    owners = [(o.owner_key, o.repair) for o in processed.normalised.owners]
    assert owners == [("John Anderson", None), ("John Anderson", "ditto"), ("John Anderson", "ditto"),
                      ("John Swanton", None), ("Paul Wenham", None), ("Paul Wenham", "ditto"), ("Paul Wenham", "ditto"),
                      ("Peter Maudsley", None)]


# What two shapes' examples are read with: Bracknell's directorate (real) as a glossary would list it, and first
# names the plan prints alone as owners elsewhere (made-up: the Isle of Wight schedule prints Chris, Mike, Malcolm).
KNOWN = {"glossary": {"place, planning and regeneration"}}
ALONE = {"named_alone": {"mike", "malcolm", "sarah"}}


def test_owner_shapes_are_the_shapes_a_piece_can_have():
    assert get_args(ShapeName) == tuple(shape.name for shape in OWNER_SHAPES)


@pytest.mark.parametrize("shape", OWNER_SHAPES, ids=lambda s: s.name)
def test_owner_shapes(shape):
    """The rule table's own examples, one at least for every shape: each cell splits into the owners it names,
    one of them read as that shape."""
    known, alone = KNOWN.get(shape.name, set()), ALONE.get(shape.name, set())
    assert shape.examples
    for cell, owners in shape.examples:
        pieces = owner_pieces(cell, lambda text: text.lower() in known, lambda text: text.lower() in alone)
        assert tuple(p.text for p in pieces) == owners, cell
        assert shape.name in {p.shape for p in pieces}, cell


def test_glossary_name_wins_over_every_shape():
    known = {"place, planning and regeneration", "finance, hr and legal", "mike, malcolm and sarah"}.__contains__
    assert owner_texts("Finance, HR and Legal", lambda t: known(t.lower())) == ["Finance, HR and Legal"]
    assert owner_texts("Finance, HR and Legal") == ["Finance", "HR", "Legal"]
    assert owner_texts("Steve; Mike, Malcolm and Sarah", lambda t: known(t.lower())) == [
        "Steve", "Mike, Malcolm and Sarah"]


def test_directorate_of_commas_and_and_is_one_owner_reported(generic):
    """Bracknell's records (real): 'Directorate: Place, Planning and Regeneration' is one owner, not three, and
    the reading is reported as a guess from the shape."""
    processed = process(ROOT / "samples" / "other_councils" / "bracknell_caring_2023_24_q3.txt", generic,
                        ReferenceDates(given=dt.date(2023, 12, 31)))
    owners = [o.owner_key for o in processed.normalised.owners]
    assert owners == ["Delivery", "Place, Planning and Regeneration", "Chief Executive's Office"]
    listed = [i.raw_text for i in processed.normalised.issues if i.code == "owner_list_read_as_one"]
    assert listed == ["Place, Planning and Regeneration"]


def test_a_word_that_is_no_owner_alone_stays_joined_to_the_post_after_and(generic):
    """Maidstone's transport records (real): 'Transport and Development Team and Strategic Planning.' is two
    owners, not three ('Transport' alone is no owner), the second the team 1.1's cell names before its cost
    ('Strategic planning officer time.': one key, as first printed); a word the plan prints alone as an owner is
    still one."""
    processed = process(ROOT / "samples" / "other_councils" / "maidstone_bccap_2020_transport_records.txt", generic)
    owners = [(o.action_id[:3], o.owner_key) for o in processed.normalised.owners]
    assert owners == [("1.1", "Strategic planning"), ("1.2", "Transport and Development Team"),
                      ("1.2", "Strategic planning")]
    alone = {"mike"}.__contains__
    assert [p.text for p in owner_pieces("Mike and Development Manager", alone=lambda t: alone(t.lower()))] == [
        "Mike", "Development Manager"]
    assert owner_texts("Phil and Nick") == ["Phil", "Nick"]  # no post or body word after 'and'


def _doubts(path, profile) -> list[tuple[str, str]]:
    processed = process(path, profile)
    return [(i.raw_text, i.message) for i in processed.document.issues if i.code == "cell_lines_ambiguous_rows"]


def test_rows_without_markers_report_what_the_shapes_cannot_decide(generic):
    """Real: Maidstone's AGS update prints 'The vision and principles ... have been agreed' after the Governance
    Issue; as a sentence it is as much the issue's second line as the Action Update's first. It reports what has
    been done (shape `report`), which fits a progress column and not an action: decided, not reported."""
    ags = ROOT / "samples" / "other_councils" / "maidstone_ags_2014_15.txt"
    assert _doubts(ags, generic) == []
    assert process(ags, generic).parsed.actions[0].progress.startswith("The vision and principles")
    waste = ROOT / "samples" / "other_councils" / "maidstone_scraip_waste_2011.txt"
    assert _doubts(waste, generic) == []  # Cabinet Member and Response are both notes: no role is in doubt


def test_a_paragraph_of_one_space_is_the_empty_cell_it_shows(tmp_path):
    """Real: Maidstone's waste SCRAIP prints each empty Cabinet Member cell as a paragraph of one space. With the
    Maidstone profile (Cabinet Member and Response play different roles) 'Agreed - this will be provided' reads
    as either by its shape; the empty paragraph before it says the Cabinet Member cell is empty, so no doubt is
    left. With those paragraphs taken out the same lines are a doubt, reported."""
    waste = ROOT / "samples" / "other_councils" / "maidstone_scraip_waste_2011.txt"
    maidstone = load_profile(ROOT / "council_actions" / "profiles" / "maidstone.toml")
    assert _doubts(waste, maidstone) == []
    bare = tmp_path / "waste_without_empty_paragraphs.txt"
    bare.write_text(re.sub(r"(?m)^ +$", "", waste.read_text(encoding="utf-8")), encoding="utf-8")
    assert [text for text, _ in _doubts(bare, maidstone)] == ["Agreed -  this will be provided"]


def test_notes_after_an_unmarked_table_stay_outside_it(generic):
    """Real: the SCRAIP's footnotes after its last row are not read as another row (no owner or date fits): they are
    the form's notes on filling it in (boilerplate form_instruction, parsers/furniture.py), no row's."""
    processed = process(ROOT / "samples" / "other_councils" / "maidstone_scraip_waste_2011.txt", generic)
    notes = [b.text for b in processed.parsed.boilerplate if b.kind == "form_instruction"]
    assert notes[:2] == ["Notes on the completion of SCRAIP", "[i] Report recommendations are listed as found in the "
                                                              "report."]
    assert len(processed.parsed.actions) == 2


def test_posts_with_commas_and_and_are_one_owner_each(generic):
    """Real: the Isle of Wight's select committee page prints portfolio holders whose remits hold commas and
    'and', each one owner (not three); 'X and the Head of Y' is two posts."""
    processed = process(ROOT / "samples" / "other_councils" / "iow_select_committee_recommendations_2004.txt", generic)
    by_action = [[o.owner_key for o in processed.normalised.owners if o.action_id == a.action_id]
                 for a in processed.parsed.actions]
    economic = ["The Portfolio Holder for Economic Development, UK and EU Regional Issues"]
    planning = ["The Portfolio Holder for Sustainable Development, Environment and Planning Policy"]
    assert by_action == [economic, economic, economic, planning, planning,
                         ["The Portfolio Holder for Tourism and Leisure", "the Head of Community Development"]]


def test_immediately_is_due_on_the_plans_date(tmp_path, generic):
    """Made-up text in Southend's shape (its own 'Immediately - ...' bullet is cut off in the stored copy): the
    bullet's timeline is due on the plan's date, the assumption named; with no date it is reported, not guessed."""
    plan = tmp_path / "immediately.txt"
    plan.write_text("FOI Action Plan\n\nSection A\n\nAction Required\n\n  • By 26 January 2024 - Baseline the FOI readiness.\n\n"
                    "  • Immediately - Log every overdue request with the Information Team.\n\n"
                    "This action is continuing.\n", encoding="utf-8")
    processed = process(plan, generic, ReferenceDates(given=dt.date(2024, 1, 10)))
    assert [a.timeline_raw for a in processed.parsed.actions] == ["By 26 January 2024", "Immediately"]
    reading = processed.normalised.timelines[1].reading
    assert (reading.kind, reading.end_date, reading.assumptions) == ("deadline", dt.date(2024, 1, 10),
                                                                     ("immediate_is_document_date",))
    undated = process(plan, generic, None)
    assert [i.raw_text for i in undated.normalised.issues if i.code == "timeline_needs_reference"] == ["Immediately"]


def test_notes_after_a_table_with_a_text_column_last_stay_outside_it(tmp_path, generic):
    """Made-up text in the shape of Maidstone's one-cell-per-line tables, but with a text column last (Progress),
    which took a note after the table as another row: the note, the source and the next heading end the table
    and are reported where they stand."""
    from tests.conftest import FIXTURES

    path = FIXTURES / "cell_lines" / "notes_after_text_column_last.txt"
    processed = process(path, generic, ReferenceDates(given=dt.date(2024, 6, 1)))
    assert [(a.action, a.progress) for a in processed.parsed.actions] == [
        ("Review the contract register and publish it quarterly", "Register reviewed and published in May."),
        ("Refresh the risk strategy", "Draft strategy goes to the Audit Committee in July.")]
    unplaced = [(i.raw_text, i.span.line_start) for i in processed.parsed.issues if i.code == "unplaced_text"]
    assert unplaced[-3:] == [("Note: progress is as reported to Cabinet on 12 June 2024.", 27),
                             ("Source: quarterly performance returns.", 29), ("Appendix B - Performance indicators", 31)]


@pytest.mark.parametrize("rule", table_ends(), ids=lambda r: r.name)
def test_table_end_rules(rule):
    assert ending_of(rule.example) == rule.name


@pytest.mark.parametrize("line", ["Section 4.1 of the Code highlights the clear requirement", "Noted by Cabinet",
                                  "NB see first quarter BVPIs for evidence of improvement.", "Key actions agreed"])
def test_cells_that_only_look_like_an_ending_do_not_end_the_table(line):
    assert ending_of(line) is None


def test_a_list_of_first_names_each_owning_rows_elsewhere_is_split(generic, tmp_path):
    """Made-up (the Isle of Wight schedule prints Chris, Mike, Malcolm as owners one a row): 'Mike, Malcolm and
    Sarah' is three owners where each of them owns a row alone elsewhere in the plan, or the glossary knows each;
    'Place, Planning and Regeneration' stays one body."""
    plan = tmp_path / "names.txt"
    plan.write_text("| Ref | Action | Lead | Target date |\n|---|---|---|---|\n"
                    "| 1 | Publish the register | Mike | 2025/26 |\n| 2 | Train the staff | Malcolm | 2025/26 |\n"
                    "| 3 | Close the old system | Sarah | 2025/26 |\n"
                    "| 4 | Review the scheme of delegation | Mike, Malcolm and Sarah | 2025/26 |\n"
                    "| 5 | Refresh the local plan | Place, Planning and Regeneration | 2025/26 |\n", encoding="utf-8")
    processed = process(plan, generic, ReferenceDates(given=dt.date(2024, 6, 1)))
    by_action = [[o.owner_key for o in processed.normalised.owners if o.action_id == a.action_id]
                 for a in processed.parsed.actions]
    assert by_action[3:] == [["Mike", "Malcolm", "Sarah"], ["Place, Planning and Regeneration"]]
    assert [i.raw_text for i in processed.normalised.issues if i.code == "owner_list_read_as_one"] == [
        "Place, Planning and Regeneration"]
    known = {"mike", "malcolm", "sarah"}.__contains__
    assert owner_texts("Mike, Malcolm and Sarah", lambda t: known(t.lower())) == ["Mike", "Malcolm", "Sarah"]
    assert owner_texts("Mike, Malcolm and Sarah") == ["Mike, Malcolm and Sarah"]


def test_blank_line_runs_decide_a_row_boundary_only_where_they_differ(generic, tmp_path):
    """Real: the Isle of Wight page prints 'To be renegotiated' one blank line after its row's progress and two
    before the next row: the progress's second line, decided by the blank lines, not reported. The same lines with
    one blank line everywhere cannot be told apart by shape or gaps: read the same way, and reported."""
    page = ROOT / "samples" / "other_councils" / "iow_select_committee_recommendations_2004.txt"
    assert _doubts(page, generic) == []
    uniform = tmp_path / "uniform_gaps.txt"
    text = page.read_text(encoding="utf-8")
    uniform.write_text("\n\n".join(line for line in text.splitlines() if line.strip()) + "\n", encoding="utf-8")
    assert [raw for raw, _ in _doubts(uniform, generic)] == ["To be renegotiated", "To be incorporated in Q2."]
    progress = [a.progress for a in process(uniform, generic).parsed.actions]
    assert progress == [a.progress for a in process(page, generic).parsed.actions]
    assert progress[1] == "Action List circulated\nTo be renegotiated"
