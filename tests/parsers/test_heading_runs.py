"""A section heading printed over several lines (parsers/heading_runs.py) and a numbered heading over the rows it
numbers (parsers/section_lines.SECTION_LINES `numbering_rows`), on the Isle of Wight's Housing Renewal action plan
(tests/fixtures/sections/SOURCES.md), checked against its text by hand."""

from __future__ import annotations

import pytest
from council_actions.parsers.section_lines import UnplacedLine, form_of

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES

WORDS = load_profile("generic").document_words
IOW_ANNEXE_B = FIXTURES / "sections" / "iow_housing_renewal_action_plan_2003_annexe_b.txt"


@pytest.fixture(scope="module")
def parsed():
    return process(IOW_ANNEXE_B, load_profile("generic"), None).parsed


def test_a_heading_printed_over_several_lines_is_one_heading_numbering_its_rows(parsed):
    """`1.` / `Publication of Policies,` / `Procedures and Application Forms` over rows 1.1 to 1.3, `2.` / `Data
    Collection and Monitoring` over row 2.1. No line alone is the heading (a bare number; a line naming a document
    kind, `Policies`); joined, the number is the one its rows' references open with. The numbered paragraphs of
    prose above the tables (`1.` / `In preparing the` / ...) head no rows and stay reported."""
    first, second = "1. Publication of Policies, Procedures and Application Forms", "2. Data Collection and Monitoring"
    assert [(a.element_id, [(h.text, h.span.line_start) for h in a.sections]) for a in parsed.actions] == [
        ("1.1", [(first, 18)]), ("1.2", [(first, 18)]), ("1.3", [(first, 18)]), ("2.1", [(second, 40)])]
    headings = [(b.text, b.span.line_start, b.span.line_end) for b in parsed.boilerplate if b.kind == "section_heading"]
    assert headings == [("1.\nPublication of Policies,\nProcedures and Application Forms", 18, 20),
                        ("2.\nData Collection and Monitoring", 40, 41)]
    unplaced = [i.span.line_start for i in parsed.issues if i.code == "unplaced_text"]
    assert unplaced == [1, *range(3, 18)]


def test_a_numbered_heading_numbers_the_rows_right_under_it_only():
    heading = "1. Publication of Policies, Procedures and Application Forms"
    assert form_of(UnplacedLine(heading, "header", WORDS, "1.1")) == "numbered"
    assert form_of(UnplacedLine(heading, "row", WORDS, "1.1")) == "numbered"
    assert form_of(UnplacedLine(heading, "header", WORDS, "2.1")) is None  # another number's rows: a title (`Policies`)
    assert form_of(UnplacedLine(heading, "other", WORDS, "1.1")) is None  # prose or another line between
