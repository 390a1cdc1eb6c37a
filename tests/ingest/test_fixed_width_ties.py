"""A squeezed fixed-width line whose run could start the next column at either of two words (ingest/fixed_columns._tie).

The Use of Resources action plan 2005/06 (tests/fixtures/other_councils/refused/, address in samples/other_councils/
SOURCES.md) prints each row's Level, Evidence, Contact and Assessment one space apart on its first line. Row 2's line
24 prints them a character further right than row 1's line 10: its `2` stands a character before the Evidence
heading's start and `Statement` a character after it, so either could open the Evidence column. The line below,
`of 29 June 2006`, starts under `Statement`."""

from __future__ import annotations

import pytest
from council_actions.ingest import fixed_width, read_document

from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

PLAN = FIXTURES / "other_councils" / "refused" / "use_of_resources_2005_06.txt"
PROFILE = ROOT / "tests" / "fixtures" / "profiles" / "use_of_resources.toml"


def _cells(number: int) -> list[tuple[str, str]]:
    document = read_document(PLAN, role_of=load_profile(PROFILE).roles.role_of)
    line = next(ln for ln in document.iter_lines() if ln.number == number)
    return [(document.columns[c.column].heading, c.text) for c in line.cells]


def test_the_tie_is_real():
    lines = PLAN.read_text(encoding="utf-8").split("\n")
    evidence = lines[6].index("Evidence")
    level = lines[23].index("Level 2 Statement")
    two, statement = level + len("Level "), level + len("Level 2 ")
    assert evidence - two == statement - evidence == 1
    assert lines[24].index("of 29 June 2006") == statement  # the line below starts the column under the later word


def test_the_line_below_breaks_the_tie():
    assert _cells(24)[1:3] == [("Level", "Level 2"), ("Evidence", "Statement of Accounts - Council Minutes")]
    assert _cells(10)[3:5] == [("Level", "Level 2"), ("Evidence", "Statement of Accounts - Council Minutes")]


def test_without_the_lines_beside_the_first_word_takes_the_column(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fixed_width, "starts_beside", lambda data, at: frozenset())
    assert _cells(24)[1:3] == [("Level", "Level"), ("Evidence", "2 Statement of Accounts - Council Minutes")]
