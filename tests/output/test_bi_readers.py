"""The tables as BI tools and notebooks read them, beside DuckDB: plain `pandas.read_parquet` (no `dtype_backend`),
whose dtypes come from the files' `pandas` metadata (output/pandas_metadata.py), the same in every file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat

import duckdb
import pandas as pd
import pyarrow as pa
import pytest
from council_actions.output.parquet import encode
from council_actions.output.schema import TABLES, columns
from council_actions.output.tables import build_tables

from council_actions.cli import main
from council_actions.pipeline import process, write
from tests.conftest import GIVEN, PLAN, THEME_7
from tests.diff.test_killed_writes import kill_at, killed_write

pytestmark = pytest.mark.usefixtures("ingested")

# the dtype plain pandas should give each declared type, whatever values a folder holds
PANDAS_DTYPES = {pa.string(): pd.StringDtype(na_value=float("nan")), pa.date32(): pd.ArrowDtype(pa.date32()),
                 pa.int32(): pd.Int32Dtype(), pa.bool_(): pd.BooleanDtype(), pa.float64(): "float64"}


def test_every_file_of_a_table_holds_the_same_pandas_metadata(ingested):
    """Every file holds the same pandas metadata: without it pandas guesses each column's dtype from the values, so
    the dtypes change with the folder."""
    out, results = ingested
    found = duckdb.sql(f"select regexp_extract(file_name, '.*/([a-z_]+)/[^/]+/[^/]+$', 1) as table_name, "
                       f"count(*), count(distinct value) from parquet_kv_metadata('{out}/*/*/*.parquet') "
                       f"where decode(key) = 'pandas' group by 1 order by 1").fetchall()
    assert found == [(table, len(results), 1) for table in sorted(TABLES)]


@pytest.mark.parametrize("table", list(TABLES))
def test_plain_pandas_reads_each_column_as_its_declared_type(ingested, table):
    """Plain `pd.read_parquet` gives each column its declared type: left to guess, a count with a null in the folder
    reads as float64 (text input: every source_page), without one as int32, and dates and flags with a null as
    objects."""
    out, _ = ingested
    read = pd.read_parquet(out / table)
    assert {name: read.dtypes[name] for name in read.columns} == {
        name: PANDAS_DTYPES[dtype] for name, dtype, _ in columns(table)}


def test_plain_pandas_reads_the_values_duckdb_reads(ingested):
    out, _ = ingested
    actions = pd.read_parquet(out / "actions").set_index("element_id")
    assert actions.loc["R011", "due_date"] == dt.date(2024, 7, 31)
    assert actions.loc["R011", "seq"] == 1 and pd.isna(actions.loc["R011", "source_page"])
    sql = f"select due_date, seq from read_parquet('{out}/actions/*/*.parquet') where element_id = 'R011'"
    assert duckdb.sql(sql).fetchall() == [(dt.date(2024, 7, 31), 1)]


def test_table_files_are_as_readable_as_the_schema_file(tmp_path):
    """Every table file is readable by another user (a Power BI gateway's account), as `_schema.json`, `_sources/`
    and a rebuilt extraction_issues file (written from bytes) are: a file staged with `tempfile.mkstemp` (0600) and
    renamed into place as it is would refuse that reader every table file."""
    out = tmp_path / "out"
    previous = os.umask(0o022)
    try:
        assert main(["ingest", str(THEME_7), str(PLAN), "--out", str(out), "--revision", "2024-08", "--jobs", "1",
                     "-q"]) == 0
    finally:
        os.umask(previous)
    found = {(path.relative_to(out).parts[0], stat.S_IMODE(path.stat().st_mode)) for path in out.glob("*/*/*")}
    assert found == {(table, 0o644) for table in [*TABLES, "_sources"]}
    assert stat.S_IMODE((out / "_schema.json").stat().st_mode) == 0o644


def whole_folder_rows(out) -> dict[str, int]:
    """Rows per top folder, as DuckDB reads every table of the folder at once (`OUT/*/*/*.parquet`)."""
    return dict(duckdb.sql(f"select regexp_extract(filename, '^{out}/([^/]+)/', 1), count(*) from read_parquet("
                           f"'{out}/*/*/*.parquet', union_by_name=true, filename=true) group by 1").fetchall())


def test_a_glob_over_the_whole_folder_reads_no_file_a_write_stages(tmp_path, profile):
    """`read_parquet('OUT/*/*/*.parquet')` reads no staged file: staged under `_journal/` as
    `<table>.<revision>.<document_id>.parquet` (a batch's workers as `<document_id>.<table>.<random>.parquet`), the
    glob would read the rows of a write killed before its commit record, and, while an ingest runs, of files not
    yet whole: at 12 of the 27 steps of writing the plan beside a theme page, the plan's rows of up to 11 tables."""
    out = tmp_path / "base"
    write(process(THEME_7, profile, GIVEN), out, profile, "r1")
    plan = process(PLAN, profile, GIVEN)
    shutil.copytree(out, tmp_path / "clean")
    with pytest.MonkeyPatch.context() as patch:
        steps = kill_at(patch, 0, lambda: None)
        write(plan, tmp_path / "clean", profile, "r1")
    for step in range(1, steps[0] + 1):
        killed = tmp_path / f"killed-{step}"
        shutil.copytree(out, killed)
        assert killed_write(killed, plan, profile, "r1", step), step
        assert set(whole_folder_rows(killed)) <= set(TABLES), step
    staging = tmp_path / "base" / "_journal" / "stage-running"
    staging.mkdir()
    encode(build_tables(plan.document, plan.parsed, plan.normalised, "r1", profile), staging)
    assert whole_folder_rows(out) == whole_folder_rows(tmp_path / "killed-1")
