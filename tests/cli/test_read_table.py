"""`council-actions read-table`: the command of `read_table`, its rows the same as the function's in every format."""

import csv
import io
import json
import re

import pytest

import council_actions
from council_actions.cli import main
from council_actions.issues import OutputError


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_rows_are_the_functions_rows(ingested, capsys):
    out_dir, _ = ingested
    code, out, err = run(capsys, "read-table", out_dir, "actions", "--csv")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    frame = council_actions.read_table(out_dir, "actions")
    assert list(rows[0]) == list(frame.columns)
    assert len(rows) == len(frame) == 94
    assert [r["action_id"] for r in rows] == list(frame["action_id"])
    dated = next(r for r in rows if r["due_date"])
    assert len(dated["due_date"]) == 10 and dated["due_date"][4] == "-"  # a date, not a timestamp
    assert any(r["percent_complete"] == "" for r in rows)  # a null is empty, not <NA> or nan


def test_json_lines_one_object_a_row_with_nulls_and_iso_dates(ingested, capsys):
    out_dir, _ = ingested
    code, out, _ = run(capsys, "read-table", out_dir, "action_timelines", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == len(council_actions.read_table(out_dir, "action_timelines"))
    quarter = next(r for r in rows if r["timeline_raw"] == "Q2 2024")
    assert (quarter["start_date"], quarter["end_date"], quarter["condition"]) == ("2024-07-01", "2024-09-30", None)


def test_text_columns_and_a_missing_table_in_one_line(ingested, capsys):
    out_dir, _ = ingested
    code, out, _ = run(capsys, "read-table", out_dir, "themes", "--revision", "r1")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["revision", "document_id", "theme_no"]
    with pytest.raises(SystemExit) as stopped:  # wrong usage, refused as the arguments are read
        run(capsys, "read-table", out_dir, "nonesuch")
    out, err = capsys.readouterr()
    assert (stopped.value.code, out) == (2, "")
    assert err.splitlines()[-1] == ("council-actions read-table: error: argument TABLE: 'nonesuch' is not a table; "
                                    "the tables: documents, themes, heatmap, elements, actions, action_owners, "
                                    "action_timelines, action_spans, element_spans, statements, extraction_issues, "
                                    "boilerplate, "
                                    "span_pages, "
                                    "changes, action_lineage")


def test_json_and_csv_together_are_refused_not_one_chosen(ingested, capsys):
    """Both formats asked for is a usage error: printing one of them, a script reading CSV would get JSON."""
    out_dir, _ = ingested
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "read-table", out_dir, "actions", "--json", "--csv")
    out, err = capsys.readouterr()
    assert (stopped.value.code, out) == (2, "")
    assert "argument --csv: not allowed with argument --json" in err


@pytest.mark.parametrize("name", ["", ".", "..", "_sources", "_journal", "actions/r1", "ABSOLUTE"])
def test_a_name_that_is_no_table_is_one_line_never_another_folder(ingested, capsys, name):
    """Every name outside the schema's tables is refused as the command's arguments are read (exit 2, its error one
    line), and by the function before the folder is read: TABLE made a path as given, `.`, `_sources` and the like
    would end in a StopIteration traceback, and an absolute path would read the Parquet of any folder."""
    out_dir, _ = ingested
    table = str(out_dir / "actions") if name == "ABSOLUTE" else name
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "read-table", out_dir, table)
    out, err = capsys.readouterr()
    assert (stopped.value.code, out) == (2, "") and "Traceback" not in err
    assert err.splitlines()[-1].startswith(f"council-actions read-table: error: argument TABLE: {table!r} is not a table")
    with pytest.raises(OutputError, match="^" + re.escape(f"{out_dir}: {table!r} is not a table")):
        council_actions.read_table(out_dir, table)


def test_a_table_folder_holding_no_file_is_one_line(ingested, capsys, tmp_path):
    """A table's folder emptied by hand: one line, not a traceback from reading the schema of a first file that is
    not there."""
    import shutil

    out_dir, _ = ingested
    copy = tmp_path / "out"
    shutil.copytree(out_dir, copy)
    for stored in (copy / "statements").glob("*/*.parquet"):
        stored.unlink()
    code, out, err = run(capsys, "read-table", copy, "statements")
    assert (code, out) == (1, "")
    assert err == f"council-actions: error: {copy / 'statements'}: no Parquet file in this table's folder (written " \
        "by hand, or emptied?)\n"


def test_excel_is_the_csv_after_a_byte_order_mark(ingested, capsys):
    """Excel opens a CSV file as the system's code page unless it starts with UTF-8's byte-order mark, so a council
    officer double-clicking `read-table --csv > actions.csv` saw `â€™` for a plan's curly apostrophe; `--excel` is
    the same rows after the mark, as Excel's own "CSV UTF-8" is saved."""
    out_dir, _ = ingested
    _, plain, _ = run(capsys, "read-table", out_dir, "actions", "--csv")
    code, excel, err = run(capsys, "read-table", out_dir, "actions", "--excel")
    assert (code, err) == (0, "")
    assert excel == "\ufeff" + plain
    assert excel.encode("utf-8").startswith(b"\xef\xbb\xbfrevision,document_id,action_id,")
    rows = list(csv.DictReader(io.StringIO(excel.encode("utf-8").decode("utf-8-sig"))))
    assert len(rows) == 94 and "revision" in rows[0]  # the mark is no part of the first heading
