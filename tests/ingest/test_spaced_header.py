"""A header's cells joined by single spaces over numbered rows whose columns ran together (Kensington and Chelsea's
plan pages, tests/fixtures/other_councils/expected/rbkc_*.json; the LGA's corporate peer challenge action plan,
lga_corporate_peer_challenge_action_plan_2023.json; Gravesham's, whose rows are one line each,
gravesham_peer_challenge_action_plan_2020.json): how the header splits, what each line becomes."""

from __future__ import annotations

import pytest
from council_actions.ingest.one_line_rows import row_cells
from council_actions.ingest.spaced_header import NUMBERED, split_header

from council_actions.dating.is_a_time import is_kind_alone, names_a_time
from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

FAIRER = ROOT / "samples" / "other_councils" / "rbkc_council_plan_action_plan_2025_27_fairer.txt"
LGA = ROOT / "samples" / "other_councils" / "lga_corporate_peer_challenge_action_plan_2023.txt"
GRAVESHAM = ROOT / "samples" / "other_councils" / "gravesham_peer_challenge_action_plan_2020.txt"
# (a line under a header of an action, an owner and a timeline, its (action, owner, timeline) as cut, None where it
# ends in no timeline): the first four Gravesham's (a recommendation printed across the table, then rows whose owner
# follows the action's last sentence), then made-up lines: no sentence end before the owner (the owner cannot be told
# from the action: kept in it), a full stop too far from the time to close the action, a date inside the action only.
ONE_LINE_ROWS = [
    ("Embed regular Cabinet and Management Team joint working by creating time and space for discussion on strategy, "
     "expectations and key issues. For example, more joint meetings and away days", None),
    ("Implement a calendar of away days to focus on corporate projects as a Leadership Team (six-monthly). Chief "
     "Executive June 2020 onwards", ("Implement a calendar of away days to focus on corporate projects as a Leadership "
                                     "Team (six-monthly).", "Chief Executive", "June 2020 onwards")),
    ("Complete the internal business process review project that is currently underway within the planning "
     "service. Director (Planning & Regeneration) June 2020", (
         "Complete the internal business process review project that is currently underway within the planning "
         "service.", "Director (Planning & Regeneration)", "June 2020")),
    ("Member Training \u2013 explore the opportunities presented from the Planning Advisory Service in respect of the "
     "training opportunities. Director (Planning & Regeneration) March 2020", (
         "Member Training \u2013 explore the opportunities presented from the Planning Advisory Service in respect of "
         "the training opportunities.", "Director (Planning & Regeneration)", "March 2020")),
    ("Review the scheme of delegation Head of Legal April 2021",
     ("Review the scheme of delegation Head of Legal", None, "April 2021")),
    ("Review the scheme. Then report on the findings to members and to the Cabinet Head of Legal April 2021",
     ("Review the scheme. Then report on the findings to members and to the Cabinet Head of Legal", None,
      "April 2021")),
    ("Report the review of May 2021 to Cabinet.", None),
]
# (a line of the LGA's plan as printed, bullet taken off, whether it is nothing but a timeline's kind): a timescale
# cell's `Ongoing` and `Complete` are its timeline, an action's words holding such a word are not.
KIND_LINES = [
    ("Ongoing", True),
    ("Complete", True),
    ("quarterly review of resource alignment.", False),
    ("continue discussions with CAs, M10 Mayors and Chief Executives", False),
    ("July 2023 and ongoing", False),  # a time with its year: names_a_time takes it
]
# (a line at the margin, the row reference it opens with, or None): the samples' own, and a quarter that is none.
REFERENCES = [
    ("16. Better engagement with local businesses, employers and Council contractors", "16"),
    ("R1: Develop a closer working relationship with the Mayoral Combined Authorities", "R1"),
    ("R3:Tighten the networks around sector support and assurance", "R3"),
    ("  • continue discussions with CAs, M10 Mayors and Chief Executives", None),
    ("2.3 Review of channels", None),
]

# (line as printed, whether it names a time): the sample's own lines, a milestone a line or not.
LINES = [
    ("Implement of a proposal to support the ambitions of the Employment and Skills review by Autumn 2025.", True),
    ("Deliver a remediated depot site by early 2027.", True),
    ("Barlby Road – June 2026 (83)", True),
    ("Enhance our line management learning offer ... (March 2026).", True),
    ("To increase the percentage of the borough received a food waste collection by the end of 2026.", True),
    ("Notting Dale Future Neighbourhood 2030: a transformed exemplary sustainable neighbourhood", False),
    ("Deliver 600 new homes for the borough with a minimum of 300 social rent", False),
    ("This will increase the opportunities for residents to transact with the Council online 24/7.", False),
]
# Made-up lines (no real sample prints them): times the reader's own month/season pattern missed and the timeline
# normaliser dates, and undated or year-less times that stay notes.
MORE_LINES = [
    ("Report the review to Cabinet by Q3 2025/26.", True),
    ("Publish the contract register by 31/03/2026.", True),
    ("Adopt the new scheme in 2026.", True),
    ("Report progress each quarter (Q2).", False),
    ("Review the constitution within six months.", False),
    ("Deliver the Vision 2030 programme with partners.", False),
]


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize(("line", "dated"), LINES + MORE_LINES)
def test_a_line_names_a_time_with_its_year(line, dated):
    """The reader asks the timeline normaliser, which dates what it finds with the same rules (one rule, one place)."""
    assert names_a_time(line) == dated


def test_a_quarter_of_a_financial_year_is_a_milestone(tmp_path, generic):
    """Made-up text in the sample's shape: 'by Q3 2025/26' is a timeline line (Q3 of 2025/26 ends 31 December
    2025), the undated line a note."""
    page = tmp_path / "page.txt"
    page.write_text("Action What we will do and when What residents will see\n\n1. Review the constitution.\n\n"
                    "  • Report the review to Cabinet by Q3 2025/26.\n  • Residents see clearer decisions.\n\n"
                    "2. Refresh the risk strategy.\n\n  • Adopt the strategy (March 2026).\n", encoding="utf-8")
    actions = process(page, generic, None).parsed.actions
    assert [(a.timeline_raw, a.notes) for a in actions] == [
        ("Report the review to Cabinet by Q3 2025/26.", "Residents see clearer decisions."),
        ("Adopt the strategy (March 2026).", None)]


def test_header_splits_into_the_fewest_headings(generic):
    role_of = generic.roles.role_of
    assert split_header("Action What we will do and when What residents will see", role_of) == [
        "Action", "What we will do and when", "What residents will see"]
    assert split_header("Action What residents will see", role_of) is None  # no timeline column
    assert split_header("16. Better engagement with local businesses", role_of) is None
    assert split_header("Our priorities for the next two years", role_of) is None


def test_undated_lines_are_notes_and_the_run_together_columns_reported(generic):
    processed = process(FAIRER, generic, None)
    first = processed.parsed.actions[0]
    assert first.notes.startswith("Develop a multi-strand engagement plan across businesses")
    assert first.notes.endswith("shared with employment support providers.")
    assert [(i.code, i.span.line_start) for i in processed.document.issues] == [("columns_run_together", 7)]


def test_numbered_lines_without_such_a_header_are_no_table(tmp_path, generic):
    """Made-up text: numbered paragraphs under a heading line that does not split into plan headings stay plain
    lines, so the page is refused, not read as a plan."""
    page = tmp_path / "page.txt"
    page.write_text("Our priorities for the next two years\n\n1. Cleaner streets by March 2026.\n\n"
                    "2. Safer parks by June 2026.\n", encoding="utf-8")
    with pytest.raises(StageError, match="not a council action plan"):
        process(page, generic, None)


@pytest.mark.parametrize(("line", "alone"), KIND_LINES)
def test_a_line_is_nothing_but_a_timelines_kind(line, alone):
    assert is_kind_alone(line) == alone


@pytest.mark.parametrize(("line", "ref"), REFERENCES)
def test_a_row_opens_with_its_reference(line, ref):
    found = NUMBERED.match(line)
    assert (found.group("ref") if found else None) == ref


def test_a_reference_that_reads_as_a_time_opens_no_row(tmp_path, generic):
    """Made-up text: `Q3: ...` at the margin is a quarter, not a row's reference, so only R1 and R2 open rows."""
    page = tmp_path / "page.txt"
    page.write_text("Recommendation Action Timescale\nR1: Improve scrutiny.\n  • train members\n  • March 2026\n"
                    "Q3: report to Cabinet\nR2: Publish the plan.\n  • publish it\n  • June 2026\n", encoding="utf-8")
    actions = process(page, generic, None).parsed.actions
    assert [(a.element_id, a.action, a.timeline_raw) for a in actions] == [
        ("R1", "train members Q3: report to Cabinet", "March 2026"), ("R2", "publish it", "June 2026")]


def test_recommendation_beside_an_action_column_is_the_opportunity(generic):
    """The LGA's rows: the referenced line is the recommendation each action answers, the undated lines the Action
    column's bullets (an action each, taking the timescale printed at its place), and R3, whose recommendation prints
    no action of its own (`To be addressed through 2, above.` runs on in its line), is reported, not dropped."""
    assert split_header("Recommendation Action Timescale", generic.roles.role_of) == [
        "Recommendation", "Action", "Timescale"]
    processed = process(LGA, generic, None)
    actions = processed.parsed.actions
    assert [(a.element_id, " ".join(a.opportunity.split()[:4])) for a in actions] == [
        ("R1", "Develop a closer working"), ("R1", "Develop a closer working"), ("R2", "Lead the design of"),
        *[("R4", "Use the Business Plan")] * 5]
    assert {a.notes for a in actions} == {None}
    assert [(i.code, i.element_id, i.span.line_start) for i in processed.parsed.issues
            if i.code.endswith("row_without_action")] == [("keyed_row_without_action", "R3", 22)]
    (r3,) = [i for i in processed.parsed.issues if i.code == "keyed_row_without_action"]
    # the line as printed, for an auditor to find in the source (not `R3 | Tighten ...`, cells joined)
    assert r3.raw_text == LGA.read_text(encoding="utf-8").split("\n")[21]
    assert r3.raw_text.startswith("R3:Tighten the networks")
    assert [(i.code, i.span.line_start) for i in processed.document.issues] == [("columns_run_together", 6)]


@pytest.mark.parametrize(("line", "cut"), ONE_LINE_ROWS)
def test_a_row_of_one_line_is_cut_at_its_actions_last_sentence_and_its_time(line, cut):
    found = row_cells(line)
    if cut is None:
        assert found is None
        return
    assert found is not None
    owner, timeline = found
    assert (line[:owner].strip(), line[owner:timeline].strip() or None, line[timeline:]) == cut


def test_rows_of_one_line_under_an_action_owner_and_timeline(generic):
    """Gravesham's page: the header's three headings, then each recommendation printed across the table (no time
    at its end) heading the rows under it, each row one line; the run-together cells reported once. Under a header
    of other roles (no owner, `Recommendation Action Timescale`) one-line rows are not read: made-up text in the
    sample's shape stays refused."""
    assert split_header("Action Responsible Officer Timeframe", generic.roles.role_of) == [
        "Action", "Responsible Officer", "Timeframe"]
    processed = process(GRAVESHAM, generic, None)
    assert processed.document.rendering == "spaced_header"
    assert [c.heading for c in processed.document.columns] == [
        "(section)", "Action", "Responsible Officer", "Timeframe"]
    assert [(a.span.line_start, a.owner_raw, a.timeline_raw, " ".join(a.element_id.split()[:2]))
            for a in processed.parsed.actions] == [
        (16, "Chief Executive", "April 2020", "Embed regular"), (17, "Chief Executive", "April 2020", "Embed regular"),
        (18, "Chief Executive", "June 2020 onwards", "Embed regular"),
        *[(n, "Director (Planning & Regeneration)", when, "Introduce a")
          for n, when in ((20, "June 2020"), (21, "August 2020"), (22, "March 2020"))]]
    assert [(i.code, i.span.line_start) for i in processed.document.issues] == [("columns_run_together", 14)]


def test_one_line_rows_need_an_owner_heading_between(tmp_path, generic):
    page = tmp_path / "page.txt"
    page.write_text("Recommendation Action Timescale\nImprove scrutiny\nTrain members. March 2026\n"
                    "Publish the plan. June 2026\n", encoding="utf-8")
    with pytest.raises(StageError, match="not a council action plan"):
        process(page, generic, None)
