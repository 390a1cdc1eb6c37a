"""_schema.json tells a BI user each table's key, which columns may be null and the closed vocabularies;
the seed's tables are held to what it says."""

import json

import duckdb
import pytest
from council_actions.output.schema import TABLES

pytestmark = pytest.mark.usefixtures("ingested")


@pytest.fixture(scope="module")
def contract(ingested):
    out, _ = ingested
    return json.loads((out / "_schema.json").read_text(encoding="utf-8"))


def test_schema_file_names_keys_nullability_and_vocabularies(contract):
    assert contract["keys"]["actions"] == ["revision", "document_id", "action_id"]
    columns = {c["name"]: c for c in contract["tables"]["elements"]}
    assert columns["score"]["values"] == ["dark_green", "light_green", "yellow", "amber", "red", "grey"]
    assert columns["score"]["nullable"] is True and columns["element_id"]["nullable"] is False
    assert columns["source_page"]["nullable"] is True and "values" not in columns["characteristic"]
    kinds = {c["name"]: c for c in contract["tables"]["action_timelines"]}["kind"]["values"]
    assert kinds[:3] == ["deadline", "period", "recurring"] and "unresolved" in kinds
    match = {c["name"]: c for c in contract["tables"]["action_owners"]}["match"]["values"]
    assert match == ["exact", "repaired", "fuzzy", "document_key", "unknown"]


@pytest.mark.parametrize("table", list(TABLES))
def test_seed_tables_keep_the_declared_contract(ingested, contract, table):
    out, _ = ingested
    check_contract(out, contract, table)


def check_contract(out, contract, table):
    """Every file of the table under `out` keeps its declared key, nullability and vocabularies."""
    db = duckdb.connect()
    db.execute(f"create view rows as select * from read_parquet('{out}/{table}/*/*.parquet')")
    key = contract["keys"][table]
    assert key, f"{table} declares no key"
    total, distinct = db.sql(f"select count(*), count(distinct ({', '.join(key)})) from rows").fetchall()[0]
    assert total == distinct, f"{table}: key {key} repeats"
    for column in contract["tables"][table]:
        name = column["name"]
        if not column["nullable"]:
            nulls = db.sql(f'select count(*) from rows where "{name}" is null').fetchall()[0][0]
            assert nulls == 0, f"{table}.{name} is declared not null but has {nulls} nulls"
        if "values" in column:
            seen = {v for (v,) in db.sql(f'select distinct "{name}" from rows where "{name}" is not null').fetchall()}
            assert seen <= set(column["values"]), f"{table}.{name}: {seen - set(column['values'])} not declared"
