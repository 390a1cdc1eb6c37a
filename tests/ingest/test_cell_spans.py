"""A first cell printed once over the rows under it (ingest/cell_spans.py), and a header that ends before the lone
period under its time heading (ingest/cell_header.py): the Isle of Wight's change plan timeline, 2005-06, whose
`Month` cell spans the month's rows, a paragraph a cell, each empty `Responsibilty` cell a paragraph of one space.

The sample's 26 rows are compared value by value in tests/golden/test_other_councils.py.
"""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document
from council_actions.ingest.cell_header import header
from council_actions.ingest.cell_spans import rows_under_spans

from council_actions.profile import load_profile
from tests.conftest import SAMPLES
from tests.ingest.test_pipe_header import lines_of

CHANGE_PLAN = SAMPLES / "other_councils" / "iow_change_plan_timeline_2005_06.txt"


def _rows(path) -> tuple[list[str], list[list[list[str]]]]:
    """The document's column headings and its rows, each a list of cells, each the texts of its lines."""
    document = read_document(path, role_of=load_profile("generic").roles.role_of)
    headings = [c.heading for c in document.columns]
    rows: list[list[list[str]]] = []
    for line in document.iter_lines():
        if line.layout == "row_start":
            rows.append([[] for _ in headings])
        if line.layout in ("row_start", "row"):
            for cell in line.cells:
                rows[-1][cell.column].append(cell.text)
    return headings, rows


def test_each_month_heads_the_rows_it_spans_and_each_row_is_one_action():
    """September 2005 (line 14) over three rows, then October's ten, November's eleven, December's two: each month
    a row of the section column alone, each action (one paragraph, its empty Responsibilty cell after it) a row."""
    headings, rows = _rows(CHANGE_PLAN)
    assert headings == ["(section)", "Month", "Action", "Responsibilty"]
    months = [row[0][0] for row in rows if row[0]]
    assert months == ["September 2005", "October 2005", "November 2005", "December 2005"]
    actions = [row[2] for row in rows if not row[0]]
    assert len(actions) == 26 and all(len(cell) == 1 for cell in actions)
    assert actions[:3] == [["Have identified and published our expectations of individual schools’ performance for "
                            "2005/06"], ["Staff Focus group commences"],
                           ["Launch the plan with a middle managers’ conference"]]
    assert all(not row[1] and not row[3] for row in rows)  # no Month cell in a row; every Responsibilty empty


def _slots(pattern: str) -> list[list[int]]:
    """Slots from a pattern: `t` a text paragraph (a line index of its own), `_` an empty-cell paragraph."""
    return [[k] if c == "t" else [] for k, c in enumerate(pattern)]


ROLES = ["timeline", "action", "owner"]


@pytest.mark.parametrize("pattern, row, rows", [
    # the month, three actions each followed by its empty owner cell: read by the search as one row
    ("tt_t_t_", ((0,), (1, 2, 3, 4, 5), (6,)), [((), (1,), (2,)), ((), (3,), (4,)), ((), (5,), (6,))]),
    # the owner cell holds text: the row's own, nothing to cut
    ("tt_tt", ((0,), (1, 2, 3), (4,)), None),
    # two empty paragraphs between the action's paragraphs, where a row under the month prints one: a cell's own
    ("tt__t_", ((0,), (1, 2, 3, 4), (5,)), None),
    # one paragraph: one row
    ("tt_", ((0,), (1,), (2,)), None),
])
def test_a_cell_is_cut_into_rows_only_where_its_paragraphs_are_parted_as_rows_are(pattern, row, rows):
    found, spanned = rows_under_spans([row], _slots(pattern), ROLES)
    assert found == (rows if rows is not None else [row])
    assert spanned == (frozenset({0}) if rows is not None else frozenset())


@pytest.mark.parametrize("texts, headings", [
    # a time heading, then a lone period: the first row's time cell, printed under the header
    (["Month", "Action", "Responsibilty", "September 2005", "Staff Focus group commences"],
     ["Month", "Action", "Responsibilty"]),
    # no time heading before it: a column headed by a period stays a heading
    (["Action", "Lead", "2025/26", "Review the fleet"], ["Action", "Lead", "2025/26"]),
    # several periods after a time heading: a grid's columns, kept
    (["Action", "Target date", "2024/25", "2025/26", "Review the fleet"],
     ["Action", "Target date", "2024/25", "2025/26"]),
])
def test_a_header_ends_before_a_lone_period_under_its_time_heading(texts, headings):
    found = header(lines_of(*texts), load_profile("generic").roles.role_of)
    assert found is not None and found[2] == headings
