"""The table of tables in docs/output.md names every table of the contract, in the schema's order, each with the
key _schema.json gives it: a table added, renamed or re-keyed cannot leave a new user's map of the output behind."""

from __future__ import annotations

import re

from council_actions.output.contract import TABLE_KEYS
from council_actions.output.table_names import TABLE_NAMES

from tests.conftest import ROOT

HEADER = "| table | one row per | its key beside `revision` and `document_id` |"


def _rows() -> list[list[str]]:
    """The page's table's rows, each a list of its cells, from the line after the header's rule to the first line
    that is no row."""
    lines = (ROOT / "docs" / "output.md").read_text(encoding="utf-8").splitlines()
    rows = []
    for line in lines[lines.index(HEADER) + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_the_readme_names_every_table_once_in_the_schemas_order():
    assert [row[0].strip("`") for row in _rows()] == list(TABLE_NAMES)


def test_each_tables_key_in_the_readme_is_the_one_schema_json_gives():
    for table, _, key in _rows():
        named = tuple(re.findall(r"`(\w+)`", key))
        assert ("revision", "document_id", *named) == TABLE_KEYS[table.strip("`")], table
