"""The command and the API at their corners, as a shell user and a notebook user meet them: one rule for both,
one line naming the file and the problem, an exit code that says what happened."""

import inspect
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import council_actions
from council_actions.cli import main
from council_actions.issues import OutputError
from tests.conftest import PLAN, ROOT, THEME_6


@pytest.mark.parametrize("jobs", [0, -2])
def test_jobs_under_one_is_refused_by_the_api_and_the_command_in_the_same_words(tmp_path, capsys, jobs):
    """One rule for the API and the command (council_actions.limits.checked_jobs): jobs=0 (or -2) is refused in
    --jobs 0's words and nothing is written, never taken as one document at a time without a word."""
    with pytest.raises(ValueError) as raised:
        council_actions.ingest(PLAN, tmp_path / "out", jobs=jobs)
    assert str(raised.value) == f"jobs {jobs}: documents read at once must be a whole number, 1 or more"
    assert not (tmp_path / "out").exists()
    with pytest.raises(SystemExit) as exited:
        main(["ingest", str(PLAN), "--out", str(tmp_path / "out"), f"--jobs={jobs}"])
    assert exited.value.code == 2 and capsys.readouterr().err.splitlines()[-1].endswith(
        f"argument --jobs/-j: {raised.value}")
    assert not (tmp_path / "out").exists()


def test_the_table_names_are_the_schemas_spelt_once():
    """TableName (read_table's `table`) is the contract's tables, the ones output/schema.py declares, in order."""
    from council_actions.output.diff_columns import DIFF_TABLES
    from council_actions.output.schema import TABLES
    from council_actions.output.table_names import TABLE_NAMES

    assert TABLE_NAMES == (*TABLES, *DIFF_TABLES) and "action_lineage" in TABLE_NAMES
    assert inspect.signature(council_actions.read_table).parameters["table"].annotation == "TableName"


@pytest.mark.parametrize("name, close", [("acions", "actions"), ("extraction_issue", "extraction_issues"),
                                          ("owners", "action_owners"), ("Lineage", "action_lineage")])
def test_a_misspelt_table_is_refused_with_the_names_close_to_it(tmp_path, capsys, name, close):
    """The table's name is checked before the folder is read, as wrong usage (exit 2), naming the tables close to
    it: a typo is told as a typo, not as 'no output here' for a folder not yet written, nor with every table."""
    problem = f"{name!r} is not a table (did you mean {close}?); the tables: documents, themes,"
    with pytest.raises(OutputError) as raised:
        council_actions.read_table(tmp_path, name)
    assert str(raised.value).startswith(f"{tmp_path}: {problem}")
    with pytest.raises(SystemExit) as exited:
        main(["read-table", str(tmp_path), name])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and f"argument TABLE: {problem}" in err and "action_lineage" in err


NOT_UTF8 = b"plan_\x96_v2.txt"  # a cp1252 en dash in a file name saved on Windows, copied as bytes


def _council_actions(*args: bytes) -> subprocess.CompletedProcess[bytes]:
    strict = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}  # as under en_GB.UTF-8: no surrogate escapes
    return subprocess.run([sys.executable.encode(), b"-m", b"council_actions.cli", *args], capture_output=True,
                          cwd=ROOT, env=strict)


def test_a_file_name_that_is_not_utf8_is_printed_and_taken_as_the_tables_store_it(tmp_path):
    """The summary and --json print such a name as the tables store it, escaped (plan_\\x96_v2.txt), with no
    traceback (UnicodeEncodeError: surrogates not allowed) after the revision is written; `issues --document` given
    the file's own name finds its document."""
    folder, out = os.fsencode(tmp_path / "plans"), os.fsencode(tmp_path / "out")
    os.mkdir(folder)
    with open(os.path.join(folder, NOT_UTF8), "wb") as copy:
        copy.write(THEME_6.read_bytes())
    done = _council_actions(b"ingest", folder, b"--out", out, b"--revision", b"2024-06")
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"  plan_\\x96_v2.txt  self_assessment" in done.stdout
    done = _council_actions(b"ingest", folder, b"--out", out, b"--revision", b"2024-06", b"--json")
    assert done.returncode == 0 and json.loads(done.stdout)["documents"][0]["source"].endswith("/plan_\\x96_v2.txt")
    done = _council_actions(b"issues", out, b"--document", NOT_UTF8)
    assert (done.returncode, done.stderr) == (0, b"") and b"extraction issues in revision 2024-06" in done.stdout


def test_an_empty_path_is_refused_not_read_as_the_current_folder(tmp_path, capsys, monkeypatch):
    """`ingest ""` (a shell variable left unset) is refused, never read as the current folder and all under it."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(THEME_6, tmp_path)
    with pytest.raises(FileNotFoundError, match=r"^'': an empty path names no file or folder"):
        council_actions.ingest("", tmp_path / "out")
    assert main(["ingest", "", "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == ("council-actions: error: '': an empty path names no file or folder (an unset "
                                       "shell variable?)\n")
    assert not (tmp_path / "out").exists()


def test_an_output_folder_inside_the_folder_given_is_no_input(tmp_path):
    """`ingest plans --out plans/out` skips its own output: plans/out's files are never listed as not read (more
    of them each run)."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(THEME_6, folder)
    (folder / "notes.docx").write_bytes(b"PK")
    assert council_actions.ingest(folder, folder / "out", revision="2024-06").ok
    again = council_actions.ingest(folder, folder / "out", revision="2024-09")
    assert [Path(result.source).name for result in again.documents] == [THEME_6.name]
    assert again.skipped == (folder / "notes.docx",)
