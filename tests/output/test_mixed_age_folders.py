"""An output folder keeps the revisions earlier versions wrote: files from before required fields (output/required.py),
every field optional, beside files with some required, in one table and even in one revision's folder. Every reader
must still read it whole: the reading commands, the API, pandas, pyarrow's datasets in either order of files, and
DuckDB's glob over the whole folder as docs/revisions.md reads it.

The older files are made here by the writer's rules before the change: the same rows and options
(output/parquet.py `parquet_bytes`), every field optional. Over samples/ and tests/fixtures that gives, byte for
byte, what the code before the change wrote (checked when the change was made)."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from council_actions.output.diff_columns import DIFF_TABLES
from council_actions.output.parquet import parquet_bytes
from council_actions.output.required import optional
from council_actions.output.schema import TABLES, columns

from council_actions import api
from council_actions.batch import run_batch
from council_actions.cli import main
from tests.conftest import GIVEN, PLAN, ROOT, THEME_7
from tests.output.test_bi_readers import PANDAS_DTYPES

OLD, NEW = "2024-08", "2025-01"
PLAN_R2 = ROOT / "tests" / "fixtures" / "revisions" / "plan_r2.txt"


def written_before_required_fields(out) -> list:
    """Every table file under `out` rewritten as the writer before required fields wrote it: every field optional."""
    files = sorted(out.glob("*/*/*.parquet"))
    for path in files:
        table = pq.read_table(path)
        path.write_bytes(parquet_bytes(table.cast(optional(table.schema))))
    return files


def _ingest(out, profile, paths, revision) -> None:
    _, failures = run_batch(paths, out, profile, revision, GIVEN, revision_date=dt.date.fromisoformat(f"{revision}-01"))
    assert failures == 0


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, profile):
    """The plan's revision written before the change; then a theme page into the same revision and the plan's second
    revision after it, and the two revisions diffed: OLD's folders hold old and new files, NEW's only new ones."""
    out = tmp_path_factory.mktemp("mixed") / "out"
    _ingest(out, profile, [PLAN], OLD)
    plan_actions = _rows(out, "actions", OLD)
    old_files = written_before_required_fields(out)
    _ingest(out, profile, [THEME_7], OLD)
    _ingest(out, profile, [PLAN_R2], NEW)
    assert main(["diff", str(out), "--from", OLD, "--to", NEW]) == 0
    return out, old_files, plan_actions


def _rows(out, table, revision):
    return duckdb.sql(f"select * from read_parquet('{out}/{table}/{revision}/*.parquet') "
                      "order by all").fetchall()


def _counts(out) -> dict[str, int]:
    found = duckdb.sql(f"select regexp_extract(filename, '^{out}/([^/]+)/', 1), count(*) from read_parquet("
                       f"'{out}/*/*/*.parquet', union_by_name=true, filename=true) group by 1").fetchall()
    return dict(found)


def test_the_folder_holds_old_files_and_new_files_side_by_side(mixed):
    out, old_files, _ = mixed
    assert all(all(field.nullable for field in pq.read_schema(path)) for path in old_files)
    new = next((out / "actions" / OLD).glob("*.parquet"), None)
    mixes = {path: pq.read_schema(path).field("action_id").nullable for path in (out / "actions").glob("*/*.parquet")}
    assert set(mixes.values()) == {True, False}, mixes
    assert new is not None and len(list((out / "documents" / OLD).glob("*.parquet"))) == 2
    assert not pq.read_schema(next((out / "changes" / NEW).glob("*.parquet"))).field("change").nullable


def test_duckdb_reads_every_table_of_the_folder_at_once(mixed):
    """docs/revisions.md's glob over the whole folder (`OUT/*/*/*.parquet`, `union_by_name`) reads every file's rows."""
    out, _, _ = mixed
    in_files: dict[str, int] = {}
    for path in out.glob("*/*/*.parquet"):
        table = path.parent.parent.name
        in_files[table] = in_files.get(table, 0) + pq.read_metadata(path).num_rows
    assert _counts(out) == {table: rows for table, rows in in_files.items() if rows}
    assert _counts(out)["documents"] == 3 and _counts(out)["changes"] > 0


def test_the_readme_overdue_query_reads_the_old_revision(mixed):
    """docs/output.md, "What is overdue?": 13 actions of the sample plan, R011 first, from files written before the change."""
    out, _, _ = mixed
    overdue = duckdb.sql(f"""
        SELECT a.element_id, a.due_date FROM read_parquet('{out}/actions/*/*.parquet') a
        WHERE a.revision = '{OLD}' AND a.due_date < DATE '2024-10-01' AND a.status IS DISTINCT FROM 'complete'
          AND NOT EXISTS (SELECT 1 FROM read_parquet('{out}/action_timelines/*/*.parquet') t
                          WHERE t.revision = a.revision AND t.document_id = a.document_id
                            AND t.action_id = a.action_id AND t.kind = 'complete')
        ORDER BY a.due_date, a.element_id""").fetchall()
    assert len(overdue) == 13 and overdue[0] == ("R011", dt.date(2024, 7, 31))


def test_the_old_files_values_read_back_unchanged(mixed):
    out, _, plan_actions = mixed
    assert [row for row in _rows(out, "actions", OLD) if row in plan_actions] == plan_actions


@pytest.mark.parametrize("table", [*TABLES, *DIFF_TABLES])
def test_every_table_reads_whole_through_the_api_pandas_and_pyarrow(mixed, table):
    out, _, _ = mixed
    expected = _counts(out).get(table, 0)
    assert len(api.read_table(out, table, "*")) == expected
    plain = pd.read_parquet(out / table)
    assert len(plain) == expected
    assert {name: plain.dtypes[name] for name in plain.columns} == {
        name: PANDAS_DTYPES[dtype] for name, dtype, _ in columns(table)}  # one dtype a column, old files or new
    assert len(pd.read_parquet(out / table, dtype_backend="pyarrow")) == expected
    assert pq.read_table(out / table).num_rows == expected
    files = sorted((out / table).glob("*/*.parquet"))
    # a dataset takes its schema from the first file: an old file first and a new one first both read
    by_age = sorted(files, key=lambda path: all(field.nullable for field in pq.read_schema(path)))
    for ordered in (by_age, by_age[::-1]):
        assert ds.dataset([str(path) for path in ordered], format="parquet").to_table().num_rows == expected


@pytest.mark.parametrize("table", list(TABLES))
def test_read_table_reads_every_revision_of_a_table(mixed, table, capsys):
    out, _, _ = mixed
    capsys.readouterr()
    assert main(["read-table", str(out), table, "--revision", "*", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == _counts(out).get(table, 0)
    assert all(json.loads(line)["revision"] in (OLD, NEW) for line in lines)


@pytest.mark.parametrize("command", [["revisions", "{out}"], ["issues", "{out}", "--revision", OLD],
                                     ["issues", "{out}", "--revision", NEW], ["owners", "{out}", "--revision", OLD],
                                     ["read-table", "{out}", "actions", "--revision", OLD]])
def test_reading_commands_read_the_mixed_folder(mixed, command, capsys):
    out, _, _ = mixed
    capsys.readouterr()
    assert main([arg.format(out=out) for arg in command]) == 0
    assert capsys.readouterr().out


def test_review_and_diff_read_the_old_revision(mixed, tmp_path, capsys):
    out, _, _ = mixed
    assert main(["review", str(out), "--out", str(tmp_path / "site"), "--revision", OLD]) == 0
    assert (tmp_path / "site" / "index.html").exists()
    capsys.readouterr()
    assert main(["diff", str(out), "--from", OLD, "--to", NEW, "--json"]) == 0
    assert capsys.readouterr().out
