"""A column the contract says is never null is a required field of every Parquet file (output/required.py): BI tools
read the file's schema, not `_schema.json`, so the two must say the same; and a broken row holding a null there fails
its document in one line naming the table, the column and the row, with nothing written."""

from __future__ import annotations

import dataclasses
import io
import json

import duckdb
import pyarrow.parquet as pq
import pytest
from council_actions.output.contract import nullable
from council_actions.output.diff_columns import DIFF_TABLES
from council_actions.output.parquet import encode_rows
from council_actions.output.schema import TABLES

from council_actions.batch import run_batch
from council_actions.issues import StageError
from council_actions.pipeline import process, write
from tests.conftest import GIVEN, PLAN, THEME_7


@pytest.mark.parametrize("table", list(TABLES))
def test_every_files_fields_are_required_where_the_contract_says_never_null(every_sample, table):
    """Over every sample's files: each field's `nullable` is the contract's, as `_schema.json` says, and the files'
    `pandas` metadata names the same columns in the same order."""
    out, _ = every_sample
    described = {c["name"]: c["nullable"] for c in
                 json.loads((out / "_schema.json").read_text(encoding="utf-8"))["tables"][table]}
    files = sorted((out / table).glob("*/*.parquet"))
    assert files
    for path in files:
        found = pq.read_schema(path)
        assert {field.name: field.nullable for field in found} == described, path
        pandas_columns = [column["name"] for column in json.loads(found.metadata[b"pandas"])["columns"]]
        assert pandas_columns == found.names, path
    assert {name: nullable(table, name) for name in described} == described


def test_required_fields_of_real_tables_are_the_keys_and_what_every_row_holds(every_sample):
    """Not every field is left optional: the keys and provenance lines are required, the page and box not."""
    out, _ = every_sample
    actions = pq.read_schema(next((out / "actions").glob("*/*.parquet")))
    required = [field.name for field in actions if not field.nullable]
    assert required == ["revision", "document_id", "action_id", "element_id", "seq", "action", "line_start",
                        "line_end", "char_start", "char_end"]
    documents = pq.read_schema(next((out / "documents").glob("*/*.parquet")))
    assert documents.field("status").nullable is False and documents.field("council").nullable is True
    assert documents.field("source_page").nullable is True and documents.field("x0").nullable is True
    # docs/output.md's DuckDB look at it
    found = duckdb.sql(f"select distinct name, repetition_type from parquet_schema('{out}/actions/*/*.parquet') "
                       "where name in ('action_id', 'owners')").fetchall()
    assert sorted(found) == [("action_id", "REQUIRED"), ("owners", "OPTIONAL")]


def test_a_broken_row_fails_its_document_naming_table_column_and_row(tmp_path, profile):
    """An action whose text is null (the contract: never) fails the write before anything is staged."""
    processed = process(PLAN, profile)
    actions = processed.parsed.actions
    broken = dataclasses.replace(actions[2], action=None)
    processed = dataclasses.replace(processed, parsed=dataclasses.replace(
        processed.parsed, actions=(*actions[:2], broken, *actions[3:])))
    out = tmp_path / "out"
    with pytest.raises(StageError) as raised:
        write(processed, out, profile, "2024-08")
    message = str(raised.value)
    assert message.startswith(f"{PLAN}: output: actions.action is null in the row action_id {broken.action_id!r} "
                              f"at lines {broken.span.line_start}-{broken.span.line_end}, characters "
                              f"{broken.span.char_start}-{broken.span.char_end}, but the contract")
    assert "never null" in message
    assert not list(out.glob("*/*/*.parquet"))


def test_a_broken_diff_row_is_refused_naming_its_file(tmp_path):
    """The diff's rows are held to the contract too: `changes.change` is never null."""
    row = {"revision": "2025-01", "document_id": "d" * 64, "previous_revision": "2024-08",
           "previous_document_id": "e" * 64, "change": None, "element_id": "R011", "line_start": 3,
           "line_end": 4}
    with pytest.raises(StageError, match=r"^d+: output: changes\.change is null in the row previous_document_id "
                                         r"'e+', element_id 'R011' at lines 3-4, but"):
        encode_rows("2025-01", "d" * 64, {"changes": [row], "action_lineage": []})


@pytest.mark.parametrize("table", list(DIFF_TABLES))
def test_diff_tables_are_written_with_the_contracts_required_fields(table):
    encoded = encode_rows("2025-01", "d" * 64, {table: []})
    found = pq.read_schema(io.BytesIO(encoded.tables[table].data))
    assert [field.nullable for field in found] == [nullable(table, name) for name in found.names]


def test_files_with_required_fields_are_the_same_bytes_whatever_the_jobs(tmp_path, profile):
    """One process writing the bytes, or workers staging files for the parent to move in: the same files."""
    written = {}
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        _, failures = run_batch([PLAN, THEME_7], out, profile, "r1", GIVEN, jobs=jobs)
        assert failures == 0
        written[jobs] = {path.relative_to(out): path.read_bytes() for path in sorted(out.glob("*/*/*.parquet"))}
    assert written[1] == written[2] and len(written[1]) == 2 * len(TABLES)
    assert not pq.read_schema(io.BytesIO(next(iter(written[2].values())))).field("revision").nullable
