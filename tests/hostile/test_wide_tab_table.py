"""A tab-separated table wider than a plan's table may be (ingest/layout.MAX_COLUMNS) is refused at the cost of
reading its lines, not of naming every cell's role on every line.

The hole (hostilesweep7): each line of two or more cells is tried as the table's headings, and a line wider than
MAX_COLUMNS can never be one (layout.is_plan_header), yet every one of its cells was matched against the
profile's role rules first, on every line, in each of the renderings tried: 200 rows of 200 columns took 7.8 s of
CPU to read against 0.35 s for 100 columns, and 400 columns 17 s. Work is counted in role look-ups, blind to load.
"""

from __future__ import annotations

from council_actions.ingest.layout import MAX_COLUMNS
from council_actions.ingest.text import read_text

from council_actions.profile import load_profile


def _table(columns: int, rows: int) -> str:
    head = ["Action", "Responsible officer", "Timescale", *(f"Measure {k}" for k in range(columns - 3))]
    lines = ["Improvement Action Plan 2024/25", "", "\t".join(head)]
    lines += ["\t".join([f"Review the service plan number {r}.", "Head of Finance", "March 2025",
                         *(f"m{r}x{k}" for k in range(columns - 3))]) for r in range(rows)]
    return "\n".join(lines) + "\n"


def test_a_table_wider_than_a_plan_is_read_without_naming_its_cells():
    roles = load_profile("generic").roles
    asked: list[str] = []

    def role_of(heading: str):  # type: ignore[no-untyped-def]
        asked.append(heading)
        return roles.role_of(heading)

    text = _table(2 * MAX_COLUMNS, 100)
    read_text(text.encode(), "wide.txt", text, role_of=role_of)
    assert len(asked) < 1000, f"{len(asked)} role look-ups for 100 lines of {2 * MAX_COLUMNS} cells"
