"""A spreadsheet export with a quoted field of a million line breaks (more characters than csv's field limit,
131,072, and than any spreadsheet cell holds). csv stops at its record: the records before it are read and the text
from it on is reported whole. That text was a warning, so the document said `complete` with its later rows missing
(Waverley's plan: 4 actions of 8 read); and where the field stood in the first row, the document failed as "no row has
an action", naming no cause. The text csv could not parse is now an error (the document `incomplete`, rule `error`),
in words a data team reads, and a failure for want of any row names it.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from council_actions.cli import main
from tests.conftest import FIXTURES

WAVERLEY_CSV = FIXTURES / "other_councils" / "csv" / "waverley_cpa_improvement_plan_2004_spreadsheet.csv"
LINE_BREAKS = 1_000_000
WHY = "a field of more than 131072 characters, more than a spreadsheet's cell holds"


def with_long_field(record: int) -> str:
    """The Waverley export with a million line breaks in the `How?` field of its record `record` (from 0; the heading
    record is 2, its rows 3 to 6)."""
    records = list(csv.reader(io.StringIO(WAVERLEY_CSV.read_text(encoding="utf-8"), newline="")))
    records[record][3] += "\n" * LINE_BREAKS + "end"
    written = io.StringIO()
    csv.writer(written, lineterminator="\n").writerows(records)
    return written.getvalue()


def table(out: Path, name: str, capfd) -> list[dict[str, str]]:
    capfd.readouterr()
    assert main(["read-table", str(out), name, "--csv"]) == 0
    return list(csv.DictReader(io.StringIO(capfd.readouterr().out)))


def test_rows_after_a_field_past_csvs_limit_are_an_error_and_the_document_is_incomplete(tmp_path, capfd):
    path = tmp_path / "waverley_long_field_in_row_3.csv"
    path.write_text(with_long_field(5), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", str(path), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    [document] = table(out, "documents", capfd)
    assert (document["status"], document["status_rule"]) == ("incomplete", "error")
    assert [a["action"][:30] for a in table(out, "actions", capfd)] == [  # rows 1 and 2's items, of the plan's 8
        "Address undelivered items in t", "Address the measures required ", "Develop a more formal approach",
        "Continue with stock options ap"]
    assert main(["read-table", str(out), "extraction_issues", "--json"]) == 0  # raw_text: past csv's limit too
    [lost] = [i for i in map(json.loads, capfd.readouterr().out.splitlines()) if i["code"] == "unplaced_text"]
    assert (lost["severity"], lost["line_start"], len(lost["raw_text"]) > LINE_BREAKS) == ("error", 13, True)
    assert lost["message"] == (f"text outside the plan table: csv could not parse the record opening at line 13 ({WHY}), "
                               "so it and every line after it are not read")


def test_a_field_past_csvs_limit_in_the_first_row_fails_naming_it(tmp_path, capfd):
    path = tmp_path / "waverley_long_field_in_row_1.csv"
    path.write_text(with_long_field(3), encoding="utf-8")
    capfd.readouterr()
    assert main(["ingest", str(path), "--out", str(tmp_path / "out"), "--revision", "r1", "--jobs", "1", "-q"]) == 1
    [line] = capfd.readouterr().err.splitlines()
    assert line == (f"council-actions: error: {path}: parse: looks like a plan table (csv: No, Para Ref (to CPA "
                    "Report), What?, How?, Who by?, When?) but no row has an action; text outside the plan table: csv "
                    f"could not parse the record opening at line 4 ({WHY}), so it and every line after it are not read")
