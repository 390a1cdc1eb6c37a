"""One cell a paragraph (ingest/cell_lines.py, cell_rows.py, cell_shapes.py): the shape rules on their examples,
the paragraphs holding only whitespace that are empty cells, and the lines one cell may stack.

Whole documents in this rendering are compared with their hand-checked rows in tests/golden/test_other_councils.py
(Maidstone's SCRAIPs and plans, Brighton & Hove's tree action plan).
"""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.cell_lines import CARRIES_ON, _is_marker, _row_numbers, empty_paragraphs
from council_actions.ingest.cell_shapes import EMPTY_CELL, line_shapes, shape_of, stack

from council_actions.profile import load_profile
from tests.conftest import SAMPLES

DISTRICT_AUDIT = SAMPLES / "other_councils" / "iow_district_audit_letter_recommendations_2002.txt"


@pytest.mark.parametrize("rule", line_shapes(), ids=lambda r: r.name)
def test_each_shape_reads_its_example(rule):
    assert shape_of(rule.example) == rule.name


@pytest.mark.parametrize("line, shape", [
    ("December 2022", "time_phrase"),
    ("Replanting completed within the next five years[1]", "time_phrase"),
    ("Tender for surveying of trees in parks to be issued in 2022", "date"),  # nine words and more: about a date
    ("Workshops with every service held in July.", "date"),  # a sentence, not a phrase
    ("Recruit Tree Surveyor to survey trees on HRA land", "short"),
    ("This action is linked to the procurement of a new tree management system", "statement"),
    ("Ensure the register is published", "short"),  # a task, its subject no determiner or single word
    ("Learning and Development Manager", "post"),  # Maidstone's AGS 2015-16: words joined by 'and' before the post
    ("Head of Policy and Communications", "post"),
    ("Action plan:", "lead_in"),  # the same page's update: a label above the list it leads into
    ("A number of actions have been completed:", "report"),  # a sentence closed by a colon stays what it says
])
def test_real_lines_and_their_shapes(line, shape):
    """Lines of Brighton & Hove's tree action plan and Maidstone-shaped text, with the shape a reader would give."""
    assert shape_of(line) == shape


@pytest.mark.parametrize("line, sample", [
    ("End June", DISTRICT_AUDIT),  # the District Audit letter's Target Date, line 76
    ("Mid July", SAMPLES / "other_councils" / "iow_bv_schedule_2002.txt"),  # the BV schedule's dates, a cell each
    ("Early June", SAMPLES / "other_councils" / "iow_bv_schedule_2002.txt"),
])
def test_a_month_after_a_word_that_times_it_is_a_time_not_a_name(line, sample):
    """Two capitalised words read as a person's name, unless the first times the month after it (period_words'
    deadline, span and part-of-year words: `End`, `Mid`, `Early`); a name that is a month's stays a name."""
    assert line in sample.read_text(encoding="utf-8")
    assert shape_of(line) == "time_phrase"
    assert shape_of(f"{line.split()[1]} Goulette") == "person"


@pytest.mark.parametrize("line, marker", [
    ("4.01.01 Increase participation in sports, leisure and cultural activities", True),  # Bracknell: a figures date
    ("2028 onwards", False),  # East Cambridgeshire's heading: a year, not row 2028
    ("2026 |", False),  # North Tyneside's milestone year
    ("Q3 2024/25", False),  # a quarter with its financial year, as samples print it
    ("Q3 review of the scheme", False),  # a quarter with no year is still a time, not a marker `Q3`
    ("3 months in:", True),  # counted from the plan's date, as before the timeline rules were asked
    ("2.3 Review the scheme of delegation", True),
])
def test_a_line_opening_with_a_date_by_the_timeline_rules_is_no_row_marker(line, marker):
    """Whether a line is a row's marker asks the timeline rules whether it opens with a date (ingest/cell_lines)."""
    assert _is_marker(line) is marker


def test_empty_cell_paragraphs_hold_only_whitespace_between_blank_lines():
    text = "What\n\nWho\n\n \n\nDone\n   \nno blank line above\n\n\t\n\n\f\n"
    assert empty_paragraphs(text) == [5, 11]  # line 8 has text above; a page break is not whitespace here


@pytest.mark.parametrize("shapes, kind, lines", [
    (["time_phrase", "time_phrase", "short"], "timeline", 2),  # two target dates, a line each
    (["milestone", EMPTY_CELL, "milestone", EMPTY_CELL, "milestone", "time_phrase"], "timeline", 5),  # spaced alike
    (["time_phrase", EMPTY_CELL, "time_phrase", "time_phrase"], "timeline", 3),  # the last is spaced otherwise
    (["milestone", "time_phrase"], "timeline", 1),  # one kind of line a stack
    (["post", "post", "time_phrase"], "owner", 2),  # two owners, a line each
    (["post", "milestone"], "timeline", 1),
    (["short", "short"], "short", 1),
])
def test_a_cell_stacks_lines_of_one_family_spaced_alike(shapes, kind, lines):
    assert stack(shapes, 0, kind) == lines


@pytest.mark.parametrize("line, carries", [("And ongoing", True), ("and reviewed yearly", True), ("& after", True),
                                           ("Andover depot", False), ("Ongoing", False)])
def test_a_line_opening_with_a_conjunction_carries_on_the_cell_above(line, carries):
    assert bool(CARRIES_ON.match(line)) is carries


def test_wrapped_headings_numbered_rows_and_lettered_items_of_the_district_audit_table():
    """The Isle of Wight's District Audit table: `Who` / `by?` and `Target` / `Date` are one heading each (`Who`
    alone and `Target` alone would be headings too, but `by?` and `Date` are none); each row opens at its number
    alone on its line; row 2's five lettered recommendations take the first cell, the next five lines the Who by?
    cell, the last five the Target Date cell, a line per recommendation."""
    document = read_document(DISTRICT_AUDIT, role_of=load_profile("generic").roles.role_of)
    assert document.rendering == "cell_lines"
    assert [c.heading for c in document.columns] == ["Recommendations", "Who by?", "Target Date"]
    rows: list[list[list[str]]] = []
    for line in document.iter_lines():
        if line.layout == "row_start":
            rows.append([[], [], []])
        if line.layout in ("row_start", "row"):
            for cell in line.cells:
                rows[-1][cell.column].append(cell.text)
    assert [row[0][0] for row in rows] == ["1", "2"]
    assert rows[0][1:] == [["All"], ["End June"]]
    assert [text[:3] for text in rows[1][0][1:]] == ["(a)", "(b)", "(c)", "(d)", "(e)"]
    assert rows[1][1:] == [["All", "All", "All", "All", "AK"], ["Done", "In hand", "In hand", "September", "End May"]]


@pytest.mark.parametrize("texts, numbers", [
    (["1", "Ensure that ...", "All", "End June", "2", "(a)Continue ...", "All"], {0, 4}),  # counting 1, 2: rows
    (["2", "Ensure that ...", "1", "Continue ..."], set()),  # a priority column's 2 then 1: no count
    (["1", "Ensure that ...", "All"], set()),  # one number counts nothing
    (["2024", "Ensure that ...", "2025", "Continue ..."], set()),  # years are no row numbers
])
def test_numbers_alone_number_rows_only_where_they_count_up(texts, numbers):
    assert _row_numbers(texts, ["action", "owner", "timeline"]) == numbers
    assert _row_numbers(texts, ["element", "action", "owner"]) == set()  # a reference column would hold them
