"""A spreadsheet export whose heading record runs past the columns a table's headings may number
(ingest/layout.MAX_COLUMNS): Waverley's CPA plan exported as CSV, its heading record widened to 5,000 fields by
headings no rule knows. No record then reads as a plan's headings, and the file was read as plain text, its commas
words: 2 actions of the plan's 8 (the rest unplaced) and the document `complete`. It is now refused in one line
naming the record and the limit, and the good plan beside it lands.
"""

from __future__ import annotations

import csv
import io

from council_actions.ingest.layout import MAX_COLUMNS

from council_actions.cli import main
from tests.conftest import FIXTURES, THEME_7, snapshot

WAVERLEY_CSV = FIXTURES / "other_councils" / "csv" / "waverley_cpa_improvement_plan_2004_spreadsheet.csv"
WIDTH = 5000
HEADING_RECORD = 2  # from 0: `No,Para Ref (to CPA Report),What?,How?,Who by?,When?`, the file's line 3


def widened() -> str:
    """The Waverley export with headings no rule knows (`Zork6`...) after its own, to WIDTH fields, its rows as
    exported."""
    records = list(csv.reader(io.StringIO(WAVERLEY_CSV.read_text(encoding="utf-8"), newline="")))
    assert records[HEADING_RECORD][:3] == ["No", "Para Ref (to CPA Report)", "What?"]
    written = io.StringIO()
    writer = csv.writer(written, lineterminator="\n")
    for index, record in enumerate(records):
        more = range(len(record), WIDTH) if index == HEADING_RECORD else range(0)
        writer.writerow([*record, *(f"Zork{k}" for k in more)])
    return written.getvalue()


def test_a_5000_field_heading_record_is_refused_in_one_line_and_the_plan_beside_it_lands(tmp_path, capfd):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "theme_7.txt").write_bytes(THEME_7.read_bytes())
    wide = plans / "waverley_5000_columns.csv"
    wide.write_text(widened(), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    before = snapshot(out / "revision=r1")
    capfd.readouterr()
    assert main(["ingest", str(plans), "--out", str(out), "--revision", "r2", "--jobs", "1", "-q"]) == 1
    err = capfd.readouterr().err
    assert err.splitlines() == [
        f"council-actions: error: {wide}: ingest: line 3 is a record of {WIDTH} fields, more than the {MAX_COLUMNS} "
        "columns a plan table may have, and no record reads as a plan's headings: a spreadsheet export too wide to "
        "read"]
    assert snapshot(out / "revision=r1") == before
    assert main(["read-table", str(out), "documents", "--revision", "r2", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capfd.readouterr().out)))
    assert [(row["source_name"], row["status"]) for row in rows] == [("theme_7.txt", "complete")]


def test_a_wide_record_under_a_plan_heading_is_still_read_as_rows(tmp_path, capfd):
    """The limit is the heading's, not a row's: the same export with its own 6 headings and one row of WIDTH fields
    is read, the fields past its headings reported, as any record past the heading's columns is."""
    records = list(csv.reader(io.StringIO(WAVERLEY_CSV.read_text(encoding="utf-8"), newline="")))
    records[HEADING_RECORD + 1] = [*records[HEADING_RECORD + 1], *(f"d{k}" for k in range(WIDTH))]
    written = io.StringIO()
    csv.writer(written, lineterminator="\n").writerows(records)
    wide = tmp_path / "wide_row.csv"
    wide.write_text(written.getvalue(), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", str(wide), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    capfd.readouterr()
    assert main(["read-table", str(out), "actions", "--csv"]) == 0
    assert len(list(csv.DictReader(io.StringIO(capfd.readouterr().out)))) == 8
