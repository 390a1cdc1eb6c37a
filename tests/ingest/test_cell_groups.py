"""A one-cell-a-line table printed in groups, each under its heading with the header printed again
(ingest/cell_groups.py), on Maidstone's Corporate Improvement Plan appendix of 2010 (a performance system's report:
`Objective 003 ...` / `Code` / `Title` / `Due Date` / `Assigned To` / `Latest Note`, each row opening with its code
`CIP 003.01`), and the rules it needed: its headings' roles, the code alone marking a row, the zero-padded section
code, the key to the status icons, the appendix's reference before its title. Every value checked by hand against
the sample (the whole reading: tests/fixtures/other_councils/expected/maidstone_corporate_improvement_plan_2010.json).
"""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.cell_groups import groups
from council_actions.ingest.cell_lines import _is_marker
from council_actions.ingest.document_names import names_document
from council_actions.parsers.section_lines import UnplacedLine, form_of

from council_actions.profile import load_profile
from tests.conftest import SAMPLES

PLAN = SAMPLES / "other_councils" / "maidstone_corporate_improvement_plan_2010.txt"
GENERIC = load_profile("generic")
HEADINGS = ["Code", "Title", "Due Date", "Assigned To", "Latest Note"]


def test_the_reports_headings_play_their_roles():
    """The code is the row's reference, the title its action, the latest note its progress (lines 59-69)."""
    assert [GENERIC.roles.role_of(h) for h in HEADINGS] == ["element", "action", "timeline", "owner", "progress"]


@pytest.mark.parametrize(("line", "marks"), [
    ("CIP 002.01", True), ("CIP 003.03", True), ("OUT 001.01", True),  # Maidstone's codes, alone on their line
    ("CIP 2", False),  # a number of one level: a code needs two
    ("Claire Hayes", False), ("31 Jan 2011", False), ("Q3 2024.25", False),
])
def test_a_code_alone_marks_a_row(line, marks):
    assert _is_marker(line) == marks


def test_the_header_printed_again_and_the_heading_over_it_are_no_cells():
    document = read_document(PLAN, role_of=GENERIC.roles.role_of, owner_words=GENERIC.owner_words,
                             document_words=GENERIC.document_words, status_of=GENERIC.roles.status_of)
    lines = {line.number: line for line in document.iter_lines()}
    assert document.rendering == "cell_lines" and [c.heading for c in document.columns] == HEADINGS
    assert [n for n, line in lines.items() if line.layout == "header"] == [59, 61, 63, 67, 69, 103, 105, 107, 111, 113]
    assert lines[86].layout == "text"  # `Objective 003 ...`, above the header printed again
    assert [n for n, line in lines.items() if line.layout == "row_start"] == [71, 115, 125, 135]
    assert [(c.column, c.text) for c in lines[79].cells] == [(4, lines[79].text)]  # the first row's note, alone


def _units(texts: list[str]) -> list[list[int]]:
    return [[i] for i in range(len(texts))]


def test_a_heading_heads_the_group_below_only_where_the_row_above_is_whole_without_it():
    texts = ["CIP 002.01", "Provide ...", "31 Aug 2010", "Steve McGinnes", "A joint report is planned ...",
             "Objective 003 Addressing ...", *HEADINGS, "CIP 003.01"]
    parted = [False] * len(texts)
    parted[5] = parted[6] = True  # empty cells above the heading and between it and the header (lines 82-101)
    found = groups(_units(texts), texts, HEADINGS, [0, 12], parted)
    assert found.headers == frozenset(range(6, 11)) and found.headings == frozenset({5})
    # the same line right above the header printed again, but the row above needs it for its last cell: a page
    # break's header, the row's own cell above it, stays the row's
    short = [text for k, text in enumerate(texts) if k != 4]
    found = groups(_units(short), short, HEADINGS, [0, 11], [k in (4, 5) for k in range(len(short))])
    assert found.headings == frozenset()
    # no empty cell parting it from the row above: a cell of that row
    assert groups(_units(texts), texts, HEADINGS, [0, 12], [False] * len(texts)).headings == frozenset()


WORDS = GENERIC.document_words
STATUS = GENERIC.roles.status_of


@pytest.mark.parametrize(("line", "form"), [
    ("Objective 002 Monitoring effectiveness of counter fraud partnership with Tunbridge Wells", "coded objective"),
    ("Objective 003 Addressing the outstanding learning and development issues from the IIP reassessment and "
     "equality impact assessments", "coded objective"),  # 16 words: a code's name may be long
    ("Objective 3 addressing the issues", None),  # no zero: a count in prose
])
def test_a_section_word_and_its_zero_padded_code_open_a_heading(line, form):
    assert form_of(UnplacedLine(line, "other", WORDS, status_of=STATUS)) == form


# The key to the status icons (lines 8-18), each line right above a heading: a status, or entries one of which is a
# status, is never the level over it.
@pytest.mark.parametrize("line", ["Completed", "Resuming; In Progress; Assigned",
                                  "Unassigned; Not Started; Check Progress"])
def test_a_status_key_is_no_heading(line):
    assert form_of(UnplacedLine(line, "section", WORDS, status_of=STATUS)) is None


def test_without_the_status_rules_a_status_over_a_heading_reads_as_a_heading():
    """What the status rules change: without them `Completed` right above a heading reads as the level over it."""
    assert form_of(UnplacedLine("Completed", "section", WORDS)) == "plain"


@pytest.mark.parametrize(("line", "names"), [
    ("Appendix A Corporate Improvement Plan", True),  # the appendix's letter is no article (lines 4 and 6)
    ("Annex 2 Action Plan", True),
    ("Appendix A", False),  # a reference alone names no document: front matter
    ("Appendix a plan for the year", False),
])
def test_a_papers_reference_before_a_title(line, names):
    assert names_document(line, WORDS) == names
