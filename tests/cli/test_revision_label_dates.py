"""A revision label that starts like a date but is none (`2024-13`, `2024-02-30`) is told what is wrong with it where
the summary says the revision has no date, by the rules that read a good label's date (council_actions.revision).
None of them gets only the general note that a label naming no date at all (`final`) gets: nor does a label naming a
quarter (`Q1-2024`), or one naming a quarter no year has (`Q5-2024`). A financial year's label (`2024-25`) is read
as a year, not told "a year has no month 25"."""

import datetime as dt

import pyarrow.parquet as pq
import pytest

from council_actions.cli import main
from council_actions.revision import label_date, reference_from_revision
from tests.conftest import THEME_6

# A quarter's label does not date its revision: which year it is a quarter of (the financial year starting in its
# year, or the calendar year) and which of its days, its first as `2024-06`'s or its last, the label does not say, and
# the date orders the revisions and dates every year-less quarter of the run's plans, where no reading names a guess.
QUARTER_NO_DAY = "quarter {quarter} of {year} names no one day, its first or last, of the financial or the calendar year"

# label -> its date, and what the note says is wrong with it
LABELS = [
    ("2024-06", dt.date(2024, 6, 1), None),
    ("2024-06-30-draft", dt.date(2024, 6, 30), None),
    ("2024-02-29", dt.date(2024, 2, 29), None),  # a leap year's
    ("final", None, None),  # no date, and nothing shaped like one
    ("2024-13", None, "a year has no month 13"),
    ("2024-00-final", None, "a year has no month 00"),
    ("2024-02-30", None, "February 2024 has no day 30"),
    ("2023-02-29", None, "February 2023 has no day 29"),
    ("2024-06-31-v2", None, "June 2024 has no day 31"),
    ("2024-04-00", None, "April 2024 has no day 00"),
    ("0000-01", None, "year 0000 is before year 1"),
    # a financial year's label (not "a year has no month 25"): a year, not a day, so undated as a quarter is
    ("2024-25", None, "2024-25 reads as the financial year 2024/25, which names no one day"),
    ("2024-25-Q1", None, "2024-25 reads as the financial year 2024/25, which names no one day"),
    ("2099-00", None, "a year has no month 00"),  # the year after's figures `00`: a month's place, and no month
    ("2024-26", None, "a year has no month 26"),  # not the year after: a typo, told as a bad month
    # a quarter's label (more than the general note `final` gets): a quarter that is none says so, and a real one
    # stays undated, saying why (QUARTER_LABEL)
    ("Q5-2024", None, "a year has no quarter 5"),
    ("2024-Q0", None, "a year has no quarter 0"),
    ("Q1-2024", None, QUARTER_NO_DAY.format(quarter=1, year=2024)),
    ("2024-Q4-final", None, QUARTER_NO_DAY.format(quarter=4, year=2024)),
    ("q3_2025", None, QUARTER_NO_DAY.format(quarter=3, year=2025)),
    ("Q1-20245", None, None),  # no year of four figures: no quarter's label
]


@pytest.mark.parametrize(("label", "date", "problem"), LABELS)
def test_a_label_gives_its_date_or_what_is_wrong_with_it(label, date, problem):
    assert (label_date(label).date, label_date(label).problem) == (date, problem)
    assert reference_from_revision(label) == date  # the reference date for quarters without a year, as before


@pytest.mark.parametrize(("label", "date", "problem"),
                         [row for row in LABELS if row[0] in {"2024-06", "final", "2024-13", "2024-02-30", "2024-25", "Q5-2024",
                                                           "Q1-2024"}])
def test_the_summary_says_what_is_wrong_with_a_label_shaped_like_a_date(tmp_path, capsys, label, date, problem):
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_6), "--out", str(out), "--revision", label, "--jobs", "1"]) == 0
    assert pq.read_table(out / "documents").column("revision_date").to_pylist() == [date]
    notes = [line for line in capsys.readouterr().out.splitlines() if "has no date" in line]
    general = ("(give --revision-date, or a label starting with a date, YYYY-MM or YYYY-MM-DD): it sorts before "
               "dated revisions")
    expected = [] if date else [f"revision {label} has no date"
                                + (f": it starts like one, but {problem} " if problem else " ") + general]
    assert notes == expected


def test_a_label_with_a_space_is_refused_before_its_date_is_read(tmp_path, capsys):
    """`Q5 2024` names no folder: refused as a label, one line, nothing written, before any date in it is read."""
    assert main(["ingest", str(THEME_6), "--out", str(tmp_path / "out"), "--revision", "Q5 2024"]) == 2
    assert capsys.readouterr().err.strip().endswith("revision label 'Q5 2024' is not a safe folder name "
                                                    "(use letters, digits, '-', '_', '.')")
    assert not (tmp_path / "out").exists()
