"""A fixed-width table whose headings stand right of their columns (ingest/fixed_columns.starts_in_gaps).

Copeland's Strategic Housing Improvement Plan on docstoc (samples/other_councils/, address in SOURCES.md) prints its
header `Line    Audit Commission Recommendation                   Action                    By When` over columns whose
text starts left of each heading: `a) Carry out` nine characters before `Action`, `Completed by officers` seven
before `By When`. Each word goes to the last column starting at or before it, so before the rule every Action word
went to the recommendation and every By When word to the action, and the two rows read as one."""

from __future__ import annotations

from council_actions.ingest import read_document
from council_actions.ingest.fixed_columns import DRIFT, SEEN_MIN, starts_in_gaps
from council_actions.ingest.model import Line, Span

from council_actions.profile import load_profile
from tests.conftest import SAMPLES

PLAN = SAMPLES / "other_councils" / "copeland_strategic_housing_improvement_plan_completed_2009.txt"
HEADER = "Line    Audit Commission Recommendation                   Action                    By When"


def _line(number: int, text: str) -> Line:
    return Line(number, text, Span(None, number, number, 0, len(text)), (), True)


def _rows() -> list[list[tuple[str, str]]]:
    """Each row of the sample as the reader cuts it: (heading, cell text) per cell, the row's lines joined."""
    document = read_document(PLAN, role_of=load_profile("generic").roles.role_of)
    rows: list[list[tuple[str, str]]] = []
    for line in document.iter_lines():
        if line.layout == "row_start":
            rows.append([])
        if line.layout in ("row_start", "row"):
            rows[-1].extend((document.columns[c.column].heading, c.text) for c in line.cells)
    return [[(heading, " ".join(text for h, text in row if h == heading))
             for heading in dict.fromkeys(h for h, _ in row)] for row in rows]


def test_the_headings_stand_right_of_the_text():
    lines = PLAN.read_text(encoding="utf-8").split("\n")
    assert lines[7] == HEADER
    assert HEADER.index("Action") - lines[8].index("a) Carry out") == 9
    assert HEADER.index("By When") - lines[8].index("Completed by officers") == 7


def test_each_row_its_own_and_each_word_in_its_column():
    """The expected rows, checked by hand against the stored text: two rows (lines 9-12 and 13-16), row 2's
    recommendation cell empty as printed (the recommendation is printed once, on row 1)."""
    assert _rows() == [
        [("Line", "1"),
         ("Audit Commission Recommendation", "1) Develop CBC-specific policies & plans to implement sub-regional "
                                             "strategies and meet local need"),
         ("Action", "a) Carry out Homelessness Review & Strategy"),
         ("By When", "Completed by officers in August 2008 and approved by Council in September 2008.")],
        [("Line", "2"),
         ("Action", "b) Review allocations scheme & housing register"),
         ("By When", "Reported to Strategic Housing Panel in April 2009. Recommended to Executive in July")],
    ]


HEAD = "Ref   Action taken                  Owner"
SHIFTED = " 1    Review the policy       Head of Finance"  # Owner's text starts six characters left of its heading


def test_a_column_moves_to_where_its_text_starts_in_the_gap():
    data = [_line(n, SHIFTED) for n in range(2, 2 + SEEN_MIN)]
    assert starts_in_gaps([0, 6, 36], [_line(1, HEAD)], data) == [0, 6, SHIFTED.index("Head")]


def test_too_few_runs_in_the_gap_leave_the_heading_s_start():
    data = [_line(n, SHIFTED) for n in range(2, 1 + SEEN_MIN)]
    assert starts_in_gaps([0, 6, 36], [_line(1, HEAD)], data) == [0, 6, 36]


def test_text_under_the_heading_keeps_the_column_there():
    """Where the column's text is seen under its heading too, runs in the gap are no start of it."""
    under = " 2    Train staff                   Chief Executive"
    data = [_line(n, SHIFTED) for n in range(2, 2 + SEEN_MIN)] + [_line(n, under) for n in range(9, 9 + SEEN_MIN)]
    assert starts_in_gaps([0, 6, 36], [_line(1, HEAD)], data) == [0, 6, 36]


def test_a_run_within_the_converter_s_drift_is_left_to_the_grid():
    """A column's text up to 2 * DRIFT left of its heading is the drift `grid_of` already sees: not moved here."""
    near = " 1    Review the policy" + " " * 9 + "Head of Finance"
    assert near.index("Head") == 36 - 2 * DRIFT
    assert starts_in_gaps([0, 6, 36], [_line(1, HEAD)], [_line(n, near) for n in range(2, 2 + SEEN_MIN)]) == [0, 6, 36]
