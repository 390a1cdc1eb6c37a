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
    OWNER,
    PROGRESS,
    SECTION,
    Telling,
    _field,
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


def _texts() -> list[Path]:
    return sorted(path for folder in (SAMPLES, FIXTURES) for path in folder.rglob("*.txt"))


def test_no_other_text_is_read_as_a_code_list():
    """Every text of samples/ and tests/fixtures/ given to the reader on its own: it takes only the Corporate
    Improvement Plan's two pages (the 2010 appendix's rows open with their codes too, and its printed headings are read
    first: `renderings.relayout` tries this reader last)."""
    taken = []
    for path in _texts():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if _read(_lines(text, path.name)) is not None:
            taken.append(path.name)
    assert taken == [CIP_2010.name, CIP_2011.name]


def test_the_2010_appendix_is_still_read_under_its_headings():
    document = read_text(CIP_2010.read_bytes(), CIP_2010.name, CIP_2010.read_text(encoding="utf-8"),
                         GENERIC.roles.role_of, GENERIC.owner_words, GENERIC.document_words, GENERIC.roles.status_of)
    assert [column.heading for column in document.columns] == ["Code", "Title", "Due Date", "Assigned To",
                                                               "Latest Note"]
