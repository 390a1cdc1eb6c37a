"""A date the user gives is YYYY-MM-DD and nothing else, as every message asking for one says
(council_actions.given_dates): `date.fromisoformat` also took `20240729` and week dates (`2024-W30-1`, a Monday read
from a typo of `2024-03-01`'s kind), for `--reference-date`, `--revision-date` and a manifest's `published`."""

import datetime as dt

import pytest

from council_actions.cli import main
from council_actions.given_dates import given_date
from council_actions.limits import Limits
from council_actions.manifest import ManifestError, read_manifest
from tests.conftest import THEME_6

NOT_DAYS = ["20240729", "2024-W30-1", "2024W301", "2024-07-29T00:00", "2024-211", "2023-02-30", "29/07/2024", " 2024-07-29"]


@pytest.mark.parametrize("text", NOT_DAYS)
def test_only_a_day_in_one_form_is_a_given_date(text):
    with pytest.raises(ValueError, match=r"is not a date \(YYYY-MM-DD\)$"):
        given_date(text)


def test_a_day_in_the_form_is_read():
    assert given_date("2024-07-29") == dt.date(2024, 7, 29)


@pytest.mark.parametrize("option", ["--reference-date", "--revision-date"])
@pytest.mark.parametrize("text", ["20240729", "2024-W30-1"])
def test_a_date_option_in_another_form_is_refused(tmp_path, capsys, option, text):
    with pytest.raises(SystemExit) as ended:
        main(["ingest", str(THEME_6), "--out", str(tmp_path / "out"), option, text])
    assert ended.value.code == 2
    assert f"{text!r} is not a date (YYYY-MM-DD)" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("text", ["20240729", "2024-W30-1"])
def test_a_manifest_date_in_another_form_is_a_problem_of_its_line(tmp_path, text):
    (tmp_path / "theme.txt").write_bytes(THEME_6.read_bytes())
    manifest = tmp_path / "national.csv"
    manifest.write_text(f"path,council,published\ntheme.txt,Runnymede Borough Council,{text}\n", encoding="utf-8")
    with pytest.raises(ManifestError) as raised:
        read_manifest(manifest, Limits().max_bytes)
    assert str(raised.value) == f"{manifest} line 2: published {text!r} is not a date (YYYY-MM-DD)"
