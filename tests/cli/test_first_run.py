"""A new user's first run, from the ingest summary on: it names the commands to go on with, each runs as printed, and
a plan filed under the default profile's council says once how to give it its own. The date options' help shows the
form a date takes.

The seed plan (samples/004_d0d661fda207b69c.txt) prints no council's name: read with the default profile (Runnymede's),
it is given Runnymede's, which for a plan of another council would be wrong without a word of what to do.
"""

from __future__ import annotations

import shlex

import pytest

from council_actions.cli import main
from tests.conftest import PLAN


@pytest.fixture
def summary(tmp_path, capsys, monkeypatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(PLAN), "--out", "out", "--revision", "2024-06", "--jobs", "1"]) == 0
    return capsys.readouterr().out.splitlines()


def test_the_summary_names_the_next_commands_and_each_runs_as_printed(summary, capsys, tmp_path):
    [line] = [line for line in summary if line.startswith("read a table: ")]
    assert line == ("read a table: council-actions read-table out actions --revision 2024-06 (every table and column: "
                    "out/_schema.json); check each row beside its source: council-actions review out --out site "
                    "--revision 2024-06")
    read, review = line.split(": ", 1)[1].split(" (")[0], line.rsplit(": ", 1)[1]
    assert main(shlex.split(read)[1:]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 1 + 94 and rows[1].startswith("2024-06 ")  # a header, then the plan's 94 actions
    assert (tmp_path / "out" / "_schema.json").is_file()
    assert main(shlex.split(review)[1:]) == 0
    assert (tmp_path / "site" / "index.html").is_file()


def test_a_council_from_the_default_profile_says_once_how_to_give_another(summary):
    assert [line for line in summary if "default profile" in line] == [
        "004_d0d661fda207b69c.txt: council Runnymede Borough Council assumed from the default profile (not printed in "
        "the document)",
        "1 document given the default profile's council: for another council's plan, ingest it again with that "
        "council's profile, --profile FILE or a built-in NAME, or name its council in --manifest FILE.csv"]


@pytest.mark.parametrize("command, option", [("ingest", "--reference-date"), ("ingest", "--revision-date"),
                                             ("timelines", "--reference")])
def test_a_date_option_shows_the_form_of_its_date(capsys, command, option):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert f"{option} YYYY-MM-DD" in " ".join(capsys.readouterr().out.split())
