"""The written tables, read back as BI tools read them."""

import json

import duckdb
import pandas
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from council_actions.output.diff_columns import DIFF_TABLES
from council_actions.output.record_rows import ROW_BUILDERS
from council_actions.output.schema import TABLES, columns
from council_actions.review.load import load_documents
from council_actions.review.source import SourceText

from tests.conftest import SAMPLES

CONTRACT_TYPES = {"string": pa.string(), "date32[day]": pa.date32(), "int32": pa.int32(), "bool": pa.bool_(),
                  "double": pa.float64()}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_pyarrow_reads_every_table_with_contract_types(ingested, table):
    out, _ = ingested
    data = pq.read_table(out / table)
    assert data.schema.names == [name for name, _, _ in columns(table)]
    for field in data.schema:
        assert field.type in CONTRACT_TYPES.values(), (table, field)
        assert not pa.types.is_large_string(field.type) and not pa.types.is_dictionary(field.type)


def test_every_table_but_span_pages_has_one_row_builder_in_the_contract_order():
    """span_pages is built from the other tables' spans, so it alone has no builder of its own."""
    assert [*ROW_BUILDERS, "span_pages"] == list(TABLES)


def test_duckdb_reads_with_contract_types(ingested):
    out, _ = ingested
    types = dict(duckdb.sql(f"select column_name, column_type from (describe select * from "
                            f"read_parquet('{out}/actions/*/*.parquet'))").fetchall())
    assert types["action_id"] == "VARCHAR" and types["due_date"] == "DATE" and types["seq"] == "INTEGER"
    counts = duckdb.sql(f"select count(*), count(distinct action_id) from read_parquet('{out}/actions/*/*.parquet')")
    assert counts.fetchall() == [(94, 94)]
    elements = duckdb.sql(f"select element_id, printed_id, score from read_parquet('{out}/elements/*/*.parquet') "
                          f"where element_id in ('CI002', 'CI008') order by 1").fetchall()
    assert elements == [("CI002", "Cl002", "light_green"), ("CI008", "cloos", "dark_green")]


def test_pandas_reads_the_folder(ingested):
    out, _ = ingested
    frame = pandas.read_parquet(out / "actions")
    assert len(frame) == 94 and set(frame["revision"]) == {"r1"}
    due = frame.set_index("allocated_raw").loc["CHoHROD, Q3-Q4 24/25"]
    assert str(due["due_date"])[:10] == "2025-03-31" and due["timeline_kind"] == "deadline"


def test_layout_and_provenance(ingested):
    out, results = ingested
    plan = next(r for r in results if r.kind == "action_plan")
    assert (out / "elements" / "r1" / f"{plan.document_id}.parquet").is_file()
    rows = duckdb.sql(f"select line_start, line_end, char_start, char_end, source_page, x0 "
                      f"from read_parquet('{out}/*/*/*.parquet', union_by_name=true)").fetchall()
    assert rows and all(r[0] >= 1 and r[1] >= r[0] and r[3] >= r[2] and r[4] is None and r[5] is None for r in rows)


def test_documents_table(ingested):
    out, _ = ingested
    docs = duckdb.sql(f"select source_name, media_type, kind, council, pages from "
                      f"read_parquet('{out}/documents/*/*.parquet') order by 1").fetchall()
    assert docs == [("000_b44a3e1025d3f301.txt", "text", "self_assessment", "Runnymede Borough Council", 1),
                    ("001_311d08ab6737c7b9.txt", "text", "self_assessment", "Runnymede Borough Council", 1),
                    ("004_d0d661fda207b69c.txt", "text", "action_plan", "Runnymede Borough Council", 1)]


def test_nothing_lost_from_the_parquet_alone(ingested):
    """Every non-blank source line is inside some row's span, boilerplate, or an issue; the documents row spans the
    whole text, so it is left out (counted, it would make this test pass whatever was lost)."""
    out, results = ingested
    for result in results:
        lines = (SAMPLES / result.source.split("/")[-1]).read_text(encoding="utf-8").split("\n")
        wanted = {n for n, line in enumerate(lines, 1) if line.strip()}
        spans = duckdb.sql(f"select line_start, line_end from read_parquet('{out}/*/*/*.parquet', union_by_name=true, "
                           f"filename=true) where document_id = '{result.document_id}' "
                           f"and filename not like '%/documents/%'").fetchall()
        covered = {n for start, end in spans for n in range(start, end + 1)}
        assert sorted(wanted - covered) == [], result.source


def test_nothing_lost_in_any_sample(every_sample):
    """Every sample (samples/ and samples/other_councils, text and theme pages), read back from the Parquet as an
    auditor reads it (`_sources/` text and every table's provenance, the review's ledger): each non-blank line is in
    a row's span, boilerplate or an issue quoting its text. The Isle of Wight's design award sheet ends on a row of
    eleven bare `|` cells (lines 81-91) no row kind took: in nothing, until an empty row became boilerplate `rule`."""
    out, _ = every_sample
    lost = {}
    for document in load_documents(out, "2024-06"):
        assert document.source is not None
        uncovered = SourceText(document.source.text).ledger(document.tables).uncovered
        if uncovered:
            lost[document.info["source_name"]] = [number for number, _ in uncovered]
    assert lost == {}


def test_same_input_gives_byte_identical_files(every_sample, every_sample_by_the_cli):
    """Every sample, the other councils' plans too, ingested twice: by the API's batch and by the command line
    (tests/conftest.py), which test_commands reads too. The same files, byte for byte, whichever ran them."""
    first, second = every_sample[0], every_sample_by_the_cli[0]
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_schema_file_describes_every_table(ingested):
    out, _ = ingested
    described = json.loads((out / "_schema.json").read_text(encoding="utf-8"))
    assert set(described["tables"]) == set(TABLES) | set(DIFF_TABLES)
    assert {"name": "due_date", "type": "date32[day]", "description": "latest end_date of the action's timelines, "
            "those of kind update, superseded and unresolved aside (a progress update's date, or one the plan moved "
            "from, is no due date); null if none is left", "nullable": True} in described["tables"]["actions"]


def test_owner_titles_the_profile_only_guesses_are_marked_unconfirmed(ingested):
    """The Runnymede profile marks four expansions `confirmed = false` (titles the council's documents never print):
    an auditor filtering on the flag must find exactly those, and no unknown owner may claim a title."""
    out, _ = ingested
    rows = duckdb.sql(f"select owner_key, owner_title, bool_and(owner_title_confirmed) from "
                      f"read_parquet('{out}/action_owners/*/*.parquet') where owner_title_confirmed is not null "
                      f"and not owner_title_confirmed group by all order by 1").fetchall()
    assert rows == [("CHoAR", "Corporate Head of Assets and Regeneration", False),
                    ("CHoCSDCS", "Corporate Head of Customer, Digital and Collection Services", False),
                    ("HoBPPP", "Head of Business Planning, Projects and Performance", False),
                    ("HoMPR", "Head of Marketing and Public Relations", False)]
    untitled = duckdb.sql(f"select count(*) from read_parquet('{out}/action_owners/*/*.parquet') "
                          f"where owner_title is null and owner_title_confirmed is not null").fetchall()
    assert untitled == [(0,)]
