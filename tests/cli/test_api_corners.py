"""The command and the API at their corners, as a shell user and a notebook user meet them: one rule for both,
one line naming the file and the problem, an exit code that says what happened."""

import pytest

import council_actions
from council_actions.cli import main
from tests.conftest import PLAN


@pytest.mark.parametrize("jobs", [0, -2])
def test_jobs_under_one_is_refused_by_the_api_and_the_command_in_the_same_words(tmp_path, capsys, jobs):
    """Before, the API took jobs=0 (and -2) and read one document at a time without a word, where --jobs 0 was
    refused: one rule now (council_actions.limits.checked_jobs), nothing written."""
    with pytest.raises(ValueError) as raised:
        council_actions.ingest(PLAN, tmp_path / "out", jobs=jobs)
    assert str(raised.value) == f"jobs {jobs}: documents read at once must be a whole number, 1 or more"
    assert not (tmp_path / "out").exists()
    with pytest.raises(SystemExit) as exited:
        main(["ingest", str(PLAN), "--out", str(tmp_path / "out"), f"--jobs={jobs}"])
    assert exited.value.code == 2 and capsys.readouterr().err.splitlines()[-1].endswith(
        f"argument --jobs/-j: {raised.value}")
    assert not (tmp_path / "out").exists()
