"""A table whose cells are joined by spaced slashes (ingest/slash_rows.py): Stratford-on-Avon's real header and row 1
(tests/fixtures/owner_key/, its golden file in tests/fixtures/other_councils/expected/), and made-up lines for the
shapes no stored plan prints."""

from __future__ import annotations

from council_actions.ingest.slash_rows import read_slash_rows
from council_actions.ingest.text import read_text

from council_actions.profile import load_profile
from tests.conftest import FIXTURES

STRATFORD = FIXTURES / "owner_key" / "stratford_housing_strategy_action_plan_2015_20.txt"


def _read(text: str):
    document = read_text(text.encode(), "plan.txt", text)
    return read_slash_rows(list(document.iter_lines()), load_profile("generic").roles.role_of)


def test_stratford_row_and_the_milestones_under_it():
    layout = _read(STRATFORD.read_text(encoding="utf-8"))
    assert layout is not None and layout.rendering == "slash"
    assert [c.heading for c in layout.columns] == ["(ref)", "Action", "Resources", "Milestones or targets", "Progress"]
    rows = {line.number: [(c.column, c.text) for c in line.cells] for line in layout.lines if line.layout}
    assert [line.layout for line in layout.lines if line.number == 17] == ["header"]
    assert rows[18] == [(0, "1"), (1, "Monitor the success and impact of the Housing Strategy."),
                        (2, "SDC, District Housing Forum, Housing Partnership Meeting.")]
    # the row's last slash opened the milestones: each line under it is one of theirs
    assert [c for n in (19, 20) for c, _ in rows[n]] == [3, 3]
    # the notes above the table print a slash in running text (`milestones / targets`, line 9): no cell of it
    assert not [line for line in layout.lines if line.number < 17 and line.layout]


def test_a_last_cell_the_line_closes_and_a_table_ending_at_a_blank_line():
    """Made up: a row whose last cell runs to the line's end, no slash after it; the line under it goes on that cell;
    the table ends at the blank line, and a line after it is no row."""
    text = ("Action / Lead officer / Target date\n"
            "1. / Review the policy / Head of Housing / March 2025\n"
            "continued\n\nA closing remark / not a row\n")
    layout = _read(text)
    assert layout is not None
    cells = {line.number: [(c.column, c.text) for c in line.cells] for line in layout.lines}
    assert cells[2] == [(0, "1"), (1, "Review the policy"), (2, "Head of Housing"), (3, "March 2025")]
    assert cells[3] == [(3, "continued")]
    assert [line.layout for line in layout.lines if line.number == 5] == [None]  # after the blank line: no row


def test_slashes_in_headings_that_read_as_no_plan_are_no_table():
    assert _read("Apples / Pears / Plums\n1. / one / two / three\n") is None
