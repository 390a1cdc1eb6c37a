"""Records opened by their codes under no column headings (ingest/code_list.py): Maidstone's Corporate Improvement
Plan's "completed actions" appendix of 2011, which prints per objective its numbered heading, then per action its code,
its title, the officer and the latest note, a paragraph each, and no header. Each line's column below was checked by
hand against the sample (the golden file holds the actions read from it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.ingest.cell_shapes import line_shapes
from council_actions.ingest.code_list import (
    ACTION,
    CODE,
    COLUMNS,
    FIELDS,
    HEADS,
    OWNER,
    PROGRESS,
    SECTION,
    STATUS,
    Telling,
    _field,
    _title_slot,
    read_code_list,
)
from council_actions.ingest.model import Line
from council_actions.ingest.text import read_text

from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

GENERIC = load_profile("generic")
TELLING = Telling(GENERIC.roles.status_of, line_shapes(GENERIC.owner_words))
CIP_2010 = SAMPLES / "other_councils" / "maidstone_corporate_improvement_plan_2010.txt"
CIP_2011 = SAMPLES / "other_councils" / "maidstone_corporate_improvement_plan_2011_completed.txt"
OUT_2012 = SAMPLES / "other_councils" / "maidstone_strategic_plan_action_plan_2012_objective_1.txt"


def _lines(text: str, name: str = "made_up.txt") -> list[Line]:
    return list(read_text(text.encode(), name, text).iter_lines())


def _read(lines: list[Line]):
    return read_code_list(lines, GENERIC.roles.status_of, GENERIC.owner_words, GENERIC.document_words)


def _columns(layout) -> dict[int, list[int]]:
    """Each line the reader placed (by number) and the columns of its cells."""
    return {line.number: [cell.column for cell in line.cells] for line in layout.lines if line.layout is not None}


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.name)
def test_each_field_tells_its_example(field):
    assert _field(field.example, TELLING) == field.column


def test_the_completed_actions_appendix_is_read_line_by_line():
    layout = _read(_lines(CIP_2011.read_text(encoding="utf-8"), CIP_2011.name))
    assert layout is not None and layout.columns == COLUMNS
    assert _columns(layout) == {
        17: [SECTION], 21: [CODE], 23: [ACTION], 26: [OWNER], 28: [PROGRESS], 30: [CODE], 32: [ACTION], 35: [OWNER],
        52: [SECTION], 56: [CODE], 58: [ACTION], 61: [OWNER], 63: [PROGRESS],
        80: [SECTION], 85: [CODE], 87: [ACTION], 90: [OWNER], 92: [PROGRESS], 95: [CODE], 97: [ACTION], 100: [OWNER],
        104: [CODE], 106: [ACTION], 109: [OWNER], 111: [PROGRESS]}  # lines 1 and 5 (its caption and title) stay text
    starts = [line.number for line in layout.lines if line.layout == "row_start"]
    assert starts == [17, 21, 30, 52, 56, 80, 85, 95, 104]


def test_a_note_naming_a_period_is_progress_not_a_timeline():
    """CIP 003.03's latest note (line 111) names 2010/11, which the timeline rules read, but reports what was done and
    does not open as a time does; the 2010 appendix's Due Date cell (line 139) opens with its day."""
    assert "Sessions added in quarterly for 2010/11" in CIP_2011.read_text(encoding="utf-8").splitlines()
    assert "30 Jun 2011" in CIP_2010.read_text(encoding="utf-8").splitlines()
    assert _field("Sessions added in quarterly for 2010/11", TELLING) is None
    assert COLUMNS[_field("30 Jun 2011", TELLING) or 0].role == "timeline"


def _joined(text: str) -> str:
    """The page with each code printed at the start of its title's line (`CIP 001.01 Resource Mapping ...`), the
    blank lines between them dropped: the form a list opening each record with its code on the text's line takes."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if lines[k].startswith("CIP ") and k + 2 < len(lines) and not lines[k + 1]:
            out.append(f"{lines[k]} {lines[k + 2]}")
            k += 3
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)


def test_a_code_opening_its_titles_line_is_read_as_code_and_action():
    text = _joined(CIP_2011.read_text(encoding="utf-8"))
    layout = _read(_lines(text))
    assert layout is not None
    opening = next(line for line in layout.lines if line.text.startswith("CIP 003.01"))
    assert [(cell.column, cell.text) for cell in opening.cells] == [
        (CODE, "CIP 003.01"), (ACTION, "Create action plan of outstanding L&D issues to be implemented before "
                                       "reassessment")]
    assert opening.cells[1].span.char_start == text.index("Create action plan")
    rows = [[cell.column for line in layout.lines if line.layout == "row" and line.number > opening.number
             for cell in line.cells][:2]]
    assert rows == [[OWNER, PROGRESS]]  # Tina Edwards, then the latest note


@pytest.mark.parametrize(("why", "keep"), [
    ("two records are no list: prose may print two codes", lambda code: code in ("CIP 001.01", "CIP 001.02")),
    ("one code of each record kept, but of two schemes", None),
])
def test_too_few_records_or_two_schemes_are_no_list(why, keep):
    text = CIP_2011.read_text(encoding="utf-8")
    if keep is None:
        text = text.replace("CIP 003.", "OUT 003.")
    else:
        text = "\n".join(line for line in text.split("\n") if not line.startswith("CIP ") or keep(line))
    assert _read(_lines(text)) is None, why


def test_a_record_printing_no_action_leaves_the_list_unread():
    """CIP 001.02 printed with its officer alone (its title dropped): no paragraph is its action, so the text is not
    read as a list of actions at all rather than as one with an action made up."""
    text = CIP_2011.read_text(encoding="utf-8").replace(
        "Decisions made by the LSP on the future allocation of resources\n", "")
    assert _read(_lines(text)) is None


def _sections(layout) -> list[int]:
    return [number for number, columns in _columns(layout).items() if columns == [SECTION]]


def _texts() -> list[Path]:
    return sorted(path for folder in (SAMPLES, FIXTURES) for path in folder.rglob("*.txt"))


def test_no_other_text_is_read_as_a_code_list():
    """Every text of samples/ and tests/fixtures/ given to the reader on its own: it takes only the Corporate
    Improvement Plan's two pages and the Strategic Plan action plan's (the 2010 appendix's rows open with their codes too, and its printed headings are read
    first: `renderings.relayout` tries this reader last)."""
    taken = []
    for path in _texts():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if _read(_lines(text, path.name)) is not None:
            taken.append(path.name)
    assert taken == [CIP_2010.name, CIP_2011.name, OUT_2012.name]


def test_the_2010_appendix_is_still_read_under_its_headings():
    document = read_text(CIP_2010.read_bytes(), CIP_2010.name, CIP_2010.read_text(encoding="utf-8"),
                         GENERIC.roles.role_of, GENERIC.owner_words, GENERIC.document_words, GENERIC.roles.status_of)
    assert [column.heading for column in document.columns] == ["Code", "Title", "Due Date", "Assigned To",
                                                               "Latest Note"]


# Lines heading a group of records, as real pages print them: Maidstone's numbered objective (the 2011 appendix,
# line 52), its Strategic Plan action plan's objective with a section word (line 1), and a theme in capitals
# (the Isle of Wight's CPA housing improvement plan, 2004: `IMPROVE ACCESS TO SERVICES AND HELP FOR HOMELESS
# APPLICANTS`, a heading over its numbered actions).
@pytest.mark.parametrize("head", HEADS, ids=lambda h: h.name)
def test_each_head_tells_its_example(head):
    assert head.is_one(head.example, "CIP 002.01", GENERIC.document_words)


def test_an_objective_heading_by_its_section_word_heads_two_records():
    """Maidstone's Strategic Plan action plan (January 2012): `Objective 1. ...` above two records, their owner a
    team and an officer parted by a semicolon. Two codes alone are no list; two under a heading naming a part of
    the plan are (HEADED_RECORDS). Each line's column checked by hand against the sample."""
    text = OUT_2012.read_text(encoding="utf-8")
    layout = _read(_lines(text, OUT_2012.name))
    assert layout is not None
    assert _columns(layout) == {1: [SECTION], 12: [CODE], 14: [ACTION], 17: [OWNER], 19: [PROGRESS],
                                21: [CODE], 23: [ACTION], 26: [OWNER], 28: [PROGRESS]}
    assert _read(_lines(text.replace("Objective 1. A transport network that supports the local economy", ""))) is None


@pytest.mark.parametrize("heading", [
    "IMPROVE ACCESS TO SERVICES AND HELP FOR HOMELESS APPLICANTS",  # Isle of Wight, CPA housing improvement plan
    "Objective: To lead by example, to ensure every individual resident is connected and supported",  # Maidstone EDI
])
def test_an_unnumbered_heading_above_a_code_heads_its_group(heading):
    """The 2011 appendix with its third objective's numbered heading (line 80) printed as other real plans head a
    group: the line right above the group's first code is its section; the records above keep theirs."""
    text = CIP_2011.read_text(encoding="utf-8").replace(
        "003 Addressing the outstanding learning and development issues from the IIP reassessment and equality impact "
        "assessments", heading)
    layout = _read(_lines(text))
    assert layout is not None
    sections = {number: next(line.text for line in layout.lines if line.number == number)
                for number, columns in _columns(layout).items() if columns == [SECTION]}
    assert sections[80] == heading and set(sections) == {17, 52, 80}


def test_a_status_in_capitals_heads_nothing():
    """A line the status rules read (`NOT STARTED`) above a code is a record's paragraph, never a group's name."""
    text = CIP_2011.read_text(encoding="utf-8").replace(
        "Phase two of the resource mapping exercise was presented to the LSP Board and Delivery Group at the LSP Away "
        "Day on 1 April 2011.", "NOT STARTED")
    layout = _read(_lines(text))
    assert layout is not None
    assert _columns(layout)[28] == [STATUS] and 28 not in _sections(layout)


@pytest.mark.parametrize(("title", "why"), [
    ("Recruit Tree Enforcement Officer", "names a post (Brighton & Hove's tree action plan, line 27)"),
    ("2012/13 Refresh of the Strategic Plan", "opens with a year (a Maidstone decision's title, 21 December 2011)"),
])
def test_a_title_naming_a_post_or_a_time_is_the_action(title, why):
    """CIP 001.01's title replaced by a real title that FIELDS alone tell as an owner or a timeline: where the
    list's records open with their title, the first paragraph is the action (`_title_slot`), and the officer the
    owner, not the title's post."""
    assert _field(title, TELLING) is not None, why
    text = CIP_2011.read_text(encoding="utf-8").replace(
        "Resource Mapping exercise undertaken and presented to LSP board", title)
    layout = _read(_lines(text))
    assert layout is not None
    columns = _columns(layout)
    assert (columns[23], columns[26], columns[28]) == ([ACTION], [OWNER], [PROGRESS])
    assert next(line for line in layout.lines if line.number == 23).text == title


@pytest.mark.parametrize(("text", "is_title"), [
    ("Recruit Tree Enforcement Officer", True),  # a post's words in a title
    ("2012/13 Refresh of the Strategic Plan", True),  # a year opening a title
    ("Sarah Robson", False),  # a person: a record printing no title (CIP 001.02's officer)
    ("31 Aug 2010", False),  # a time alone: the 2010 appendix's due date (line 139 of it: `30 Jun 2011`)
    ("Completed", False),  # a status
])
def test_what_the_title_slot_takes(text, is_title):
    assert _title_slot(text, TELLING) is is_title


@pytest.mark.parametrize(("line", "column"), [
    ("Planning & Environment Directorate Change; Sue Whiteside", OWNER),  # the 2012 action plan, line 17
    ("Unassigned; Not Started; Check Progress", None),  # the 2010 appendix's key to the statuses, line 14
    ("Tour to MBT plant organised; report on MBT considered; Joint Municipal Waste Strategy to be considered in "
     "September 2004.", None),  # Waverley's CPA improvement plan: progress, not owners
])
def test_a_team_and_an_officer_parted_by_a_semicolon_is_the_owner(line, column):
    assert _field(line, TELLING) == column


THIRD_OBJECTIVE = ("003 Addressing the outstanding learning and development issues from the IIP reassessment and "
                   "equality impact assessments")


@pytest.mark.parametrize("line", [
    "TREE ACTION PLAN",  # Brighton & Hove's tree action plan's title: a document's name, not a group's
    "SEBASTIAN DUNCAN",  # an officer in capitals (the Use of Resources action plan 2005/06, a refused fixture)
])
def test_a_document_or_a_person_in_capitals_heads_nothing(line):
    layout = _read(_lines(CIP_2011.read_text(encoding="utf-8").replace(THIRD_OBJECTIVE, line)))
    assert layout is not None and _sections(layout) == [17, 52]


def test_a_heading_in_capitals_needs_the_first_record_headed_too():
    """With the first objective's heading dropped, the list heads no group from its start: a line in capitals
    above a later code is a record's paragraph (the numbered heading of the second objective still heads it)."""
    text = CIP_2011.read_text(encoding="utf-8").replace(
        "001 Developing a clear view of where partnership resources can be focused to improve service outcomes "
        "(LINKED TO AGS 2)", "").replace(THIRD_OBJECTIVE, "IMPROVE ACCESS TO SERVICES AND HELP FOR HOMELESS APPLICANTS")
    layout = _read(_lines(text))
    assert layout is not None and _sections(layout) == [52]
