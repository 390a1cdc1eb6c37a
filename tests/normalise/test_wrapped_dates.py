"""A month over a year in a timeline cell is one date that wrapped (normalise/columns.WRAPPED_DATE), where the reader
could not tell the wrap from a writer's break: Kent's `Mar` / `2026` printed by a producer that leaves the wrap's space
out, or a text rendering of it. The PDF reader now reads Kent's own slide as `Mar 2026` (its space is printed), so the
rule is held here to the cells it reads and the ones it leaves alone (`_unwrapped`: a space for the break)."""

from __future__ import annotations

import pytest
from council_actions.normalise.columns import _unwrapped


@pytest.mark.parametrize(("cell", "read"), [
    ("Mar\n2026", "Mar 2026"),
    ("Sept.\n2024", "Sept. 2024"),
    ("Ongoing\nMar\n2026", "Ongoing\nMar 2026"),
    ("Mar\n2026 onwards", "Mar\n2026 onwards"),  # the year is no line alone: two phrases
    ("2025\n2026", "2025\n2026"),  # two years, no month
    ("Review\n2026", "Review\n2026"),  # no month word
])
def test_a_month_alone_over_a_year_alone_is_one_date(cell, read):
    assert _unwrapped(cell) == read
