"""The diff writes its tables through the output stage's entry (`output.rows_to_tables`, `output.commit`), the
same commit an ingest's documents go through: no diff module reaches the output's table builder, encoder or writer
itself. It reads the committed tables through output/report.py and takes its vocabularies from the contract."""

from __future__ import annotations

import ast
from pathlib import Path

DIFF = Path(__file__).resolve().parents[2] / "diff"
WRITING = {"council_actions.output.tables", "council_actions.output.schema", "council_actions.output.parquet",
           "council_actions.output.writer", "council_actions.output.journal", "council_actions.output.staging"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return ({node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
            | {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names})


def test_no_diff_module_writes_past_the_output_stages_entry():
    reaching = {path.name: sorted(imported_modules(path) & WRITING) for path in sorted(DIFF.glob("*.py"))}
    assert {name: found for name, found in reaching.items() if found} == {}
    assert "council_actions.output" in imported_modules(DIFF / "tables.py")
