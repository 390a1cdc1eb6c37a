"""`read-table` on a terminal: the columns that fit, the row's place and what it holds first (cli/table_view.FIRST),
values cut, a note of those left out; `--columns` to choose them in every format, `--columns all` for every one.

On Maidstone's governance action plan for 2015-16 (samples/other_councils/maidstone_ags_2015_16.txt), checked by
hand: three governance issues (lines 11, 25 and 36), each owned by the Head of Policy and Communications, the third
also by the Learning and Development Manager (line 61); the first due `throughout 2015-16` (31 March 2016), the
second `Quarterly ...` (no due date), the third `Action plan covers 2015-16`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys

import pytest
from council_actions.output.schema import columns
from council_actions.output.table_names import TABLE_NAMES

from council_actions.cli import main
from council_actions.cli.table_view import FIRST
from tests.diff.real_sources import OTHER

NAMES = ["Implementation of the Information Management Action Plan",
         "Embedding Corporate Governance and Ensuring Best Practice is identified",
         "Communication and Engagement of the New Strategic Plan"]


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    out = tmp_path_factory.mktemp("view") / "out"
    assert main(["ingest", str(OTHER / "maidstone_ags_2015_16.txt"), "--out", str(out), "--revision", "2016-03",
                 "--jobs", "1", "-q"]) == 0
    return str(out)


def _run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    printed = capsys.readouterr()
    return code, printed.out, printed.err


def _terminal(monkeypatch) -> None:
    """stdout a terminal 100 characters wide, as `read-table` asks it: called in the test, where sys.stdout is
    capsys's."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((100, 24)))


def test_a_terminal_shows_the_columns_that_fit_and_names_the_rest(plan, capsys, monkeypatch):
    _terminal(monkeypatch)
    code, out, err = _run(capsys, "read-table", plan, "actions")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["revision", "document_id", "action_id", "action"]
    assert [line.split("  ")[0] for line in lines[1:]] == ["2016-03"] * 3
    assert [line[-40:] for line in lines[1:]] == [name[:39] + "…" if len(name) > 40 else name.ljust(40)
                                                  for name in NAMES]
    assert max(map(len, lines)) <= 100
    assert len(lines[1].split()[1]) == 12  # the document id as `ingest -v` prints it
    assert err.startswith("council-actions: note: 4 of 32 columns shown, to fit the terminal, values cut to 40 "
                          "characters; --columns all prints every column whole, --columns a,b,... those named (not "
                          "shown: owners, due_date, status, seq, ")
    assert "more; empty in every row: element_id, section, " in err  # the plan prints no element ids, no sections


def test_columns_all_on_a_terminal_prints_every_column_whole(plan, capsys, monkeypatch):
    _terminal(monkeypatch)
    code, out, err = _run(capsys, "read-table", plan, "actions", "--columns", "all")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].split() == [name for name, *_ in columns("actions")]
    assert NAMES[1] in out


def test_columns_chosen_in_every_format(plan, capsys):
    chosen = "action_id,owners,due_date"
    code, out, _ = _run(capsys, "read-table", plan, "actions", "--columns", chosen, "--csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0] == chosen.split(",")
    assert [row[1:] for row in rows[1:]] == [
        ["Head of Policy and Communications", "2016-03-31"], ["Head of Policy and Communications", ""],
        ["Head of Policy and Communications; Learning and Development Manager", "2016-03-31"]]
    _, out, _ = _run(capsys, "read-table", plan, "actions", "--columns", "due_date", "--json")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"due_date": "2016-03-31"}, {"due_date": None}, {"due_date": "2016-03-31"}]
    _, out, _ = _run(capsys, "read-table", plan, "actions", "--columns", "due_date,action")  # piped: whole
    assert out.splitlines()[2].split() == NAMES[1].split()  # no due date: an empty cell, then the whole name


def test_an_unknown_column_is_one_line_naming_the_close_ones(plan, capsys):
    code, out, err = _run(capsys, "read-table", plan, "actions", "--columns", "action_id,owner")
    assert (code, out) == (2, "")
    assert err.startswith("council-actions: error: 'owner' is not a column of actions (did you mean owners, "
                          "owner_raw?); its columns: revision, document_id, action_id, ")


def test_every_table_shows_its_place_first_and_only_its_own_columns():
    assert set(FIRST) == set(TABLE_NAMES)
    for table, first in FIRST.items():
        assert first[:2] == ("revision", "document_id")
        assert set(first) <= {name for name, *_ in columns(table)}, table
