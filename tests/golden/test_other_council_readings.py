"""Other councils' published plans read as a data team meets them: owners as printed (a person with a post, a
ditto), the shapes other councils print their plans in (tab-separated, copied from a browser, a PDF table read by
its headings' roles), and what a heading's words make of a column; each value checked by hand against its sample.
The samples' whole expected actions are compared in tests/golden/test_other_councils.py.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT
from tests.golden.test_other_councils import ANSWERED, GIVEN, _found


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize(("cell", "owners"), [
    ("Angela Woodhouse, Head of Policy and Communications", ["Angela Woodhouse, Head of Policy and Communications"]),
    ("Councillor Moss/ The Leader", ["Councillor Moss", "The Leader"]),
    ("Phil/Nick", ["Phil", "Nick"]),
    ("A. Smith, Head of Policy; B. Jones", ["A. Smith, Head of Policy", "B. Jones"]),
    ("Anna Collier, Project Manager", ["Anna Collier, Project Manager"]),  # Maidstone AGS 2013/14 line 17
    ("Housing Manager, Finance Manager", ["Housing Manager", "Finance Manager"]),
])
def test_person_with_post_is_one_owner_and_slash_splits(cell, owners):
    from council_actions.normalise.owner_split import owner_pieces

    assert [piece.text for piece in owner_pieces(cell)] == owners


def test_body_named_with_ampersand_is_one_owner():
    """Maidstone's Strategic Plan action plan (2012), lines 17 and 26 (its golden file pins what comes out): the team
    and the officer assigned, parted by a semicolon; the '&' is inside the directorate's name, which `&` read as 'and'
    keeps whole (not 'Planning' and 'Environment Directorate Change', as a hard `&` separator would part it)."""
    from council_actions.normalise.owner_split import owner_pieces

    pieces = [piece.text for piece in owner_pieces("Planning & Environment Directorate Change; Sue Whiteside")]
    assert pieces[0].startswith("Planning & Environment Directorate") and pieces[-1] == "Sue Whiteside"


def test_written_profile_makes_the_sample_exact():
    """The Maidstone profile: the same hand-checked actions, every owner resolved, its own council named."""
    profile = load_profile(ROOT / "council_actions" / "profiles" / "maidstone.toml")
    expected = json.loads((FIXTURES / "other_councils" / "expected" / "maidstone_scraip_2014.json").read_text("utf-8"))
    processed = process(ROOT / expected["sample"], profile, GIVEN)
    # read against the date the golden file was checked at (the meeting's, 7 January 2014): against a later one,
    # `Meeting held by 28 February 2014` is done before it (done_before_document_date) and the action complete
    _, _, found = _found(ROOT / expected["sample"], profile, dt.date.fromisoformat(expected["reference_date"]),
                         answered=("section_path",))
    # the generic file's values but the fields the profile reads otherwise (ANSWERED: Response is its progress)
    assert found == [{field: value for field, value in action.items()
                      if field not in ANSWERED or field == "section_path"} for action in expected["actions"]]
    assert profile.council == "Maidstone Borough Council"
    assert {(o.owner_key, o.repair) for o in processed.normalised.owners} == {("HoPC", "alias")}
    assert not [i for i in processed.normalised.issues if i.code == "unknown_owner"]
    assert [a.progress for a in processed.parsed.actions] == [
        "Agreed dates have been circulated", "Agreed. Strategic Plan has been changed to reflect this.", "Agreed",
        "Agreed"]


def test_ditto_owner_and_timeline_heading(tmp_path, generic):
    """Made-up text (not a sample): an owner cell 'ditto' stays as printed and takes the owner above; a list
    heading that reads as a period is its items' timeline."""
    table = tmp_path / "ditto.txt"
    table.write_text("| Action | Lead officer | Target date |\n|---|---|---|\n"
                     "| Publish the register | A. Smith, Head of Policy | 2025/26 |\n"
                     "| Train the staff | ditto | By end 2005/06 |\n"
                     "| Close the old system | Head of IT | 31 March 2025 extended from 31 March 2024 |\n",
                     encoding="utf-8")
    processed = process(table, generic, GIVEN)
    second = processed.parsed.actions[1]
    assert (second.owner_raw, second.owner_repair, second.owner_named) == ("ditto", "ditto", "A. Smith, Head of Policy")
    assert [i.code for i in processed.parsed.issues] == ["owner_ditto", "council_not_printed"]
    readings = [(t.timeline_raw, t.reading.kind, t.reading.end_date) for t in processed.normalised.timelines]
    assert readings == [("2025/26", "deadline", dt.date(2026, 3, 31)), ("By end 2005/06", "deadline", dt.date(2006, 3, 31)),
                        ("31 March 2025", "deadline", dt.date(2025, 3, 31)),
                        ("extended from 31 March 2024", "superseded", dt.date(2024, 3, 31))]
    listed = tmp_path / "list.txt"
    listed.write_text("Improvement action plan\n\nUp to six months\n\n- Review the constitution\n"
                      "- Refresh the risk register\n\nUp to 12 months\n\n- Adopt a new scheme of delegation\n"
                      "- Train every councillor\n", encoding="utf-8")
    processed = process(listed, generic, ReferenceDates(given=dt.date(2024, 9, 1)))
    assert [a.timeline_raw for a in processed.parsed.actions] == ["Up to six months"] * 2 + ["Up to 12 months"] * 2
    ends = {t.timeline_raw: t.reading.end_date for t in processed.normalised.timelines}
    assert ends == {"Up to six months": dt.date(2025, 2, 28), "Up to 12 months": dt.date(2025, 8, 31)}


CONTRACT_AND_RISK = [
    ("1", "Review the contract register and publish it quarterly", "Head of Procurement", None,
     "Head of Procurement", "31 March 2026", "on_track"),
    ("2", "Refresh the risk strategy", "ditto", "ditto", "Head of Procurement", "Q2 2025/26", "at_risk")]


def _two_actions(processed) -> list[tuple]:
    """Owner as printed, its repair, and the owner read (a ditto's: the owner above)."""
    return [(a.element_id, a.action, a.owner_raw, a.owner_repair, a.owner_named, a.timeline_raw, a.status)
            for a in processed.parsed.actions]


def test_tab_separated_plan_of_another_council(tmp_path, generic):
    """Made-up text (no tab-separated plan of another council was found): headings by role, wrapped rows."""
    plan = tmp_path / "tabs.txt"
    plan.write_text("Key actions 2025/26\n"
                    "Ref\tAction\tLead officer\tTarget date\tRAG\n"
                    "1\tReview the contract register\tHead of Procurement\t31 March 2026\tGreen\n"
                    "\tand publish it quarterly\n"
                    "2\tRefresh the risk strategy\tditto\tQ2 2025/26\tAmber\n", encoding="utf-8")
    processed = process(plan, generic, GIVEN)
    assert processed.document.rendering == "tab"
    assert _two_actions(processed) == CONTRACT_AND_RISK


def test_table_copied_from_a_browser_ends_at_a_blank_line(tmp_path, generic):
    """Made-up text in a browser's copy of a web table (one tab between cells, a cell's own line breaks kept): a
    row's lines run until its tabs are used up; a line with no tab after a full row is its last cell's next line;
    past a blank line it is text after the table, reported with its line, not read into the last row. The line
    over the table, opening with a phrase of the profile's plan titles (`Key actions`), is the document's title
    (parsers/furniture.py; its caption, parsers/captions.py, before newplan25 read plan titles as names)."""
    plan = tmp_path / "copied.txt"
    plan.write_text("Key actions 2025/26\n\nRef\tAction\tLead officer\tTarget date\n"
                    "1\tReview the contract register\nand publish it quarterly\tHead of Procurement\t31 March 2026\n"
                    "2\tRefresh the risk strategy\tHead of Risk\tQ2 2025/26\nthen yearly\n"
                    "\nNote: dates agreed by Cabinet.\n", encoding="utf-8")
    processed = process(plan, generic, GIVEN)
    assert processed.document.rendering == "tab"
    assert [(a.element_id, a.action, a.owner_raw, a.timeline_raw, a.span.line_start, a.span.line_end)
            for a in processed.parsed.actions] == [
        ("1", "Review the contract register and publish it quarterly", "Head of Procurement", "31 March 2026", 4, 5),
        ("2", "Refresh the risk strategy", "Head of Risk", "Q2 2025/26 then yearly", 6, 7)]  # 'then' carries on
    assert [(i.raw_text, i.span.line_start) for i in processed.parsed.issues if i.code == "unplaced_text"] == [
        ("Note: dates agreed by Cabinet.", 9)]
    assert [(b.text, b.span.line_start) for b in processed.parsed.boilerplate if b.kind == "title"] == [
        ("Key actions 2025/26", 1)]
    assert processed.parsed.title == "Key actions 2025/26"


def test_copied_line_between_rows_is_reported_where_the_first_column_is_text(tmp_path, generic):
    """Made-up text: a browser's copy whose first column is the action, not a reference. A line with no tab
    between two rows is read as the row above's last cell, and reported, since it could open the next row's
    first cell too; a reference first column ('Ref') leaves no such doubt (the test above)."""
    plan = tmp_path / "copied.txt"
    plan.write_text("Action\tLead officer\tTarget date\n"
                    "Review the contract register\tHead of Procurement\t31 March 2026\nthen yearly\n"
                    "Refresh the risk strategy\tHead of Risk\nHead of Audit\tQ2 2025/26\n", encoding="utf-8")
    processed = process(plan, generic, GIVEN)
    assert [(a.action, a.owner_raw, a.timeline_raw) for a in processed.parsed.actions] == [
        ("Review the contract register", "Head of Procurement", "31 March 2026 then yearly"),
        ("Refresh the risk strategy", "Head of Risk\nHead of Audit", "Q2 2025/26")]
    assert [(i.code, i.raw_text, i.span.line_start) for i in processed.document.issues] == [
        ("copied_row_line_unsure", "then yearly", 3)]


def test_browser_copies_are_what_chromium_gives():
    """The two tab-separated samples (real cells, our rendering) are the text Debian's chromium gives for their
    tables today, so anyone can make them again (`tests/fixtures/pdf/producers/copy_web_tables.py`)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    from tests.fixtures.pdf.producers.copy_web_tables import ARGS, CHROMIUM, PLANS, SAMPLES, copied_text

    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page()
        for plan in (build() for build in PLANS):
            committed = (SAMPLES / f"{plan.name}_browser_copy.txt").read_text(encoding="utf-8")
            assert copied_text(page, plan) == committed, plan.name
        browser.close()


def test_pdf_table_of_another_council_is_read_by_role(tmp_path, generic):
    """Made-up PDF (reportlab): PDF tables come in cells; the same heading roles apply to them."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    normal = getSampleStyleSheet()["Normal"]
    rows = [["Ref", "Action", "Lead officer", "Target date", "RAG"],
            ["1", Paragraph("Review the contract register and publish it quarterly", normal), "Head of Procurement",
             "31 March 2026", "Green"],
            ["2", Paragraph("Refresh the risk strategy", normal), "ditto", "Q2 2025/26", "Amber"]]
    table = Table(rows, colWidths=[40, 260, 140, 100, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    pdf = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(pdf), pagesize=landscape(A4)).build([Paragraph("Key actions 2025/26", normal), table])
    processed = process(pdf, generic, GIVEN)
    assert processed.document.rendering == "pdf_table"
    assert _two_actions(processed) == CONTRACT_AND_RISK
    assert all(a.span.page == 1 and a.span.bbox for a in processed.parsed.actions)


def test_background_label_beside_the_action_is_notes_not_action(generic):
    """Tower Hamlets with no profile: 'Action Plan' (the council's background) and 'Actions' both read as the action;
    where a record has both, the background is the record's notes. The ICO target printed under it has a label of
    its own ('Information Commissioner's Office's (ICO) Target', then 'ICO Target': a target the generic rules read
    as notes), so it is a second note, its label not run into the text: the notes the Tower Hamlets profile gives.
    Two notes labels, so each note keeps its label as printed, before a colon (parsers/table_rows.LABELLED_ROLES)."""
    sample = ROOT / "samples/other_councils/tower_hamlets_foi_action_plan_2023.txt"
    processed = process(sample, generic, None)
    first = processed.parsed.actions[0]
    assert first.action.startswith("Information Governance Service creating Action Plan")
    background = ("Action Plan: For the year March 2022 to March 2023, the council responded to 79.7% of FOIA requests "
                  "within the statutory time limits. As of March 2023, the council was only operating at 81% compliance.")
    assert first.notes == (f"{background}; Information Commissioner's Office's (ICO) Target: The council should "
                           "create an action plan, with appropriate processes put intoplace to ensure 90% timeliness is "
                           "achieved by the end of 10 October 2023.")
    assert processed.parsed.actions[1].notes.startswith(f"{background}; ICO Target: The council should ensure")
    profiled = process(sample, load_profile("tower_hamlets"), None)
    assert [a.notes for a in processed.parsed.actions] == [a.notes for a in profiled.parsed.actions]


# heading, its role under the generic rules: a target named by who sets it or what it is is notes; a bare target,
# or one of a date, stays a timeline (a revised one the revised timeline), and being on target a status
TARGET_HEADINGS = [("ICO Target", "notes"), ("Information Commissioner's Office's (ICO) Target", "notes"),
                   ("Annual target", "notes"), ("Target", "timeline"), ("Target date", "timeline"),
                   ("Revised target date", "revised"), ("On target", "status"), ("Targets / outcomes", "notes")]


@pytest.mark.parametrize(("heading", "role"), TARGET_HEADINGS, ids=[h for h, _ in TARGET_HEADINGS])
def test_a_named_target_is_notes_a_bare_target_a_date(generic, heading, role):
    assert generic.roles.role_of(heading) == role


def test_recommendation_above_a_list_is_what_its_actions_answer(generic):
    """Southend: the ICO's recommendation printed under 'Section A', above 'Action Required', is the opportunity of
    both actions under it, and its own status sentence their notes, not their status (each item's own sentence is
    its status); the first action's span holds those lines, so nothing is lost and none is reported unplaced, and
    'Action Required' is the list's column heading. The recommendation is never part of an action's text."""
    processed = process(ROOT / "samples/other_councils/southend_foi_practice_recommendation_2024.txt", generic, None)
    recommendation = ("The Council should use the Commissioner's FOIA self-assessment toolkit to improve its "
                      "timeliness compliance.")
    actions = processed.parsed.actions
    assert [(a.opportunity, a.notes, a.status_raw) for a in actions] == [
        (recommendation, "This action has been completed.", "This action has been completed."),
        (recommendation, "This action has been completed.", "This action is continuing.")]
    assert [(a.span.line_start, a.span.line_end) for a in actions] == [(21, 29), (31, 33)]
    assert [i.span.line_start for i in processed.parsed.issues if i.code == "unplaced_text"] == [
        1, 5, 7, 9, 11, 13, 15, 17]  # the page's heading and preamble, above the plan
    assert sorted((b.span.line_start, b.kind, b.text) for b in processed.parsed.boilerplate) == [
        (3, "title", "Freedom of Information Practice Recommendation Action Plan"),  # its own title
        (19, "section_heading", "Section A"), (25, "column_header", "Action Required")]
    assert not any("toolkit to improve" in a.action for a in actions)


def test_council_named_in_a_title_line_and_section_headings_kept(generic):
    """Forest of Dean with no profile: the council is the name its title line prints (`FOREST OF DEAN DISTRICT
    COUNCIL`, title-cased), and the capitals lines heading its bulleted rows are kept as section headings."""
    processed = process(ROOT / "samples/other_councils/forest_of_dean_improvement_plan_2004.txt", generic, None)
    assert (processed.parsed.council, processed.parsed.council_from) == ("Forest of Dean District Council", "document")
    assert [b.text for b in processed.parsed.boilerplate if b.kind == "section_heading"] == [
        "VISION AND AMBITION", "CORPORATE PLAN - BUILDING BLOCKS"]
    assert [b.text.split() for b in processed.parsed.boilerplate if b.kind == "column_header"] == [
        ["Action", "Lead", "Target", "Outcome", "Theme"], ["Officer(s)", "Date", "Ref"]]
