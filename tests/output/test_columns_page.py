"""docs/columns.md is the contract as a page, and says what `_schema.json` says (output/columns_page.py).

The page is printed by `council-actions schema --markdown`; these tests hold the committed page to that printing,
so a column added, retyped or redescribed in output/schema.py without the page fails here, and check that the
page carries what a reader looks for in it: each table's key, a column's type and null, a vocabulary's values, what
an issue code means. `schema`'s JSON is the bytes the writer puts in `OUT/_schema.json`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from council_actions.output.columns_page import shared_columns

import council_actions
from tests.test_readme import ROOT

PAGE = ROOT / "docs" / "columns.md"


def test_the_page_is_the_contract_printed() -> None:
    """Regenerate with: council-actions schema --markdown > docs/columns.md"""
    assert PAGE.read_text(encoding="utf-8") == council_actions.schema_page(), \
        "docs/columns.md is stale: council-actions schema --markdown > docs/columns.md"


def test_every_column_of_every_table_is_on_the_page() -> None:
    """Each table is a section naming its key, and each of its columns is a row of it or of the shared section."""
    page, contract = PAGE.read_text(encoding="utf-8"), council_actions.schema()
    sections = {part.split("\n", 1)[0]: part for part in page.split("\n## ")[1:]}
    shared = {column["name"] for column in shared_columns(contract["tables"])}
    for table, columns in contract["tables"].items():
        assert f"Key: {', '.join(f'`{key}`' for key in contract['keys'][table])}." in sections[table]
        for column in columns:
            if column["name"] not in shared:
                assert f"| `{column['name']}` | {column['type']} |" in sections[table], (table, column["name"])


@pytest.mark.parametrize(("row", "why"), [
    ("| `action_id` | string | no |", "a key column may not be null"),
    ("| `owner_title` | string | yes | full title from the profile, or null. |", "a null column says so"),
    ("| `source_page` | int32 | yes |", "the provenance columns, once, in the shared section"),
    ("Values: `exact`, `repaired`, `fuzzy`, `document_key`, `unknown`.", "action_owners.match's vocabulary"),
    ("- `garbled_duplicate`: ", "the issue codes' catalogue, each with its meaning"),
    ("Values of `code`:", "the catalogue under extraction_issues"),
    ("Every table but `changes` and `action_lineage` ends with these columns", "the diff's tables are not rows of a source"),
])
def test_the_page_holds(row: str, why: str) -> None:
    assert row in PAGE.read_text(encoding="utf-8"), why


def test_provenance_is_listed_once_not_per_table() -> None:
    page = PAGE.read_text(encoding="utf-8")
    assert page.count("| `char_start` | int32 | no |") == 1
    assert page.count("| `x0` | double | yes | PDF bbox left") == 3  # once shared; the diff's two tables list theirs


def test_schema_prints_what_an_ingest_writes(tmp_path: Path) -> None:
    """`council-actions schema`'s JSON is, byte for byte, the `_schema.json` an ingest of the seed writes, and
    `--profile generic` gives the generic profile's (open) scores."""
    out = tmp_path / "out"
    council_actions.ingest([ROOT / "samples" / "004_d0d661fda207b69c.txt"], out, revision="2024-06")
    command = [sys.executable, "-m", "council_actions.cli", "schema"]
    printed = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert printed == (out / "_schema.json").read_text(encoding="utf-8")
    scores = {c["name"]: c for c in json.loads(printed)["tables"]["elements"]}["score"]["values"]
    assert scores[:3] == ["dark_green", "light_green", "yellow"]  # runnymede.toml's [[scores]], best first
    generic = subprocess.run([*command, "--profile", "generic"], capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(generic.stdout) == council_actions.schema("generic")


def test_descriptions_name_what_the_code_does() -> None:
    """Two descriptions a reader of the page found short of the code (goldcheck24): the due date leaves out
    every kind output/tables.py leaves out, and the stage names every stage that reports an issue."""
    from council_actions.output.record_rows import DUE_KINDS_EXCLUDED

    from council_actions.issues import ISSUE_STAGES

    tables = council_actions.schema()["tables"]
    due = next(c["description"] for c in tables["actions"] if c["name"] == "due_date")
    stage = next(c["description"] for c in tables["extraction_issues"] if c["name"] == "stage")
    assert all(kind in due for kind in DUE_KINDS_EXCLUDED), due
    assert all(name in stage for name in ISSUE_STAGES), stage
