"""Columns headed by periods: each cell with text under `2025` is an action due in 2025 (issue 11).

North Tyneside's real waste plan (samples/other_councils/north_tyneside_waste_plan_2025_30.txt) prints its
"Key milestones and actions" as a grid of years, one cell a line; read with no profile through the CLI and back
with duckdb, against the hand-checked golden file (tests/fixtures/other_councils/expected/). The heading rule
itself is a table the tests iterate over.
"""

from __future__ import annotations

import json

import duckdb
import pytest

from council_actions.cli import main
from council_actions.dating.is_a_time import is_period
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

GOLDEN = FIXTURES / "other_councils" / "expected" / "north_tyneside_waste_plan_2025_30.json"
# heading, whether it is a period a column gathers actions under (roles.PERIOD), why
PERIOD_HEADINGS = [
    ("2025", True, "a calendar year"),
    ("2024/25", True, "a financial year"),
    ("Q3 2025", True, "a quarter"),
    ("March 2026", True, "a month"),
    ("10 October 2023", False, "a day is a date a cell or record prints (Tower Hamlets' 'Deadline' value)"),
    ("2 September 2004", False, "a day (the Isle of Wight's meeting date, printed as a record's label)"),
    ("Up to six months", False, "counted from the plan's date: a list's heading, times its items there"),
    ("Target 2025", False, "a period and more words"),
    ("| 2025 |", False, "the pipes are the rendering's, not the heading's: the reader strips them"),
    ("Drivers", False, "no period (North Tyneside's other table)"),
]


@pytest.mark.parametrize("heading, period, why", PERIOD_HEADINGS, ids=[h for h, _, _ in PERIOD_HEADINGS])
def test_a_heading_that_is_one_period_makes_a_period_column(heading, period, why):
    assert is_period(heading) is period, why
    assert load_profile("generic").roles.role_of(heading) == ("period" if period else None)


def test_a_heading_a_rule_knows_keeps_its_role():
    """The period rule is for headings no rule knows: a status column headed `2024/25 Assessment` stays status."""
    assert load_profile("generic").roles.role_of("2024/25 Assessment") == "status"


def test_north_tyneside_grid_read_without_profile(tmp_path, capsys):
    """No --profile (the default): the 16 hand-checked actions, each timed by its year heading, each action's span
    its own cell and its timeline's span the heading; the text around the grid reported, not lost, and the bare `|`
    lines, of the table above it and the grid's empty cells, kept as its markup."""
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    sample = ROOT / expected["sample"]
    out = tmp_path / "out"
    assert main(["ingest", str(sample), "--out", str(out), "-q"]) == 0
    capsys.readouterr()
    con = duckdb.connect()
    rows = con.sql(f"select action, owner_raw, timeline_raw, cast(due_date as varchar), status, char_start, char_end "
                   f"from read_parquet('{out}/actions/*/*.parquet') order by char_start").fetchall()
    assert [(a, o, t, d, s) for a, o, t, d, s, _, _ in rows] == [
        (e["action"], e["owner"], e["timeline"], e["due_date"], e["status"]) for e in expected["actions"]]
    text = sample.read_text(encoding="utf-8")
    assert [text[start:end] for *_, start, end in rows] == [e["action"] for e in expected["actions"]]
    spans = con.sql(f"select timeline_raw, char_start, char_end from read_parquet('{out}/action_timelines/*/*.parquet')"
                    ).fetchall()
    assert sorted((raw, text[start:end]) for raw, start, end in spans) == sorted(
        (e["timeline"], e["timeline"]) for e in expected["actions"])  # each at its year heading as printed
    unplaced = con.sql(f"select line_start from read_parquet('{out}/extraction_issues/*/*.parquet') "
                       "where code = 'unplaced_text' order by line_start").fetchall()
    # Drivers/Outcomes and the note under the grid; the bare `|` closing a cell of Drivers/Outcomes (lines 7 and
    # 12) holds no words: the table's markup, kept as boilerplate; the grid's caption (13) is its actions' section
    assert [line for (line,) in unplaced] == [*range(1, 7), *range(8, 12), 56]
    assert con.sql(f"select distinct section, section_path, section_line from read_parquet('{out}/actions/*/*.parquet')"
                   ).fetchall() == [("Key milestones and actions", "Key milestones and actions", 13)]
    closers = con.sql(f"select line_start, kind, text from read_parquet('{out}/boilerplate/*/*.parquet') "
                      "where text = '|' order by line_start").fetchall()
    printed = text.split("\n")
    assert closers == [(n, "rule", "|") for n, line in enumerate(printed, 1) if line.strip() == "|"]
    assert [n for n, *_ in closers][:4] == [7, 12, 30, 33]  # the grid's empty cells too: no action's span holds them
    spans = con.sql(f"select line_start, line_end from read_parquet('{out}/*/*/*.parquet', union_by_name=true, "
                    "filename=true) where filename not like '%/documents/%'").fetchall()
    covered = {n for start, end in spans for n in range(start, end + 1)}
    assert [n for n, line in enumerate(printed, 1) if line.strip() and n not in covered] == []  # nothing lost
