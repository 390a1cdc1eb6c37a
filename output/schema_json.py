"""The contract as written to OUT/_schema.json: every table's columns with type, nullability and vocabulary.

output/schema.py declares each table's columns (name, Arrow type, description) and output/contract.py what a
type cannot say (the key, which columns may be null, the values a closed vocabulary allows and what each means);
this joins the two into the machine-readable file the writer puts beside the tables, so that a BI tool or a
script can check a column without reading the code. Kept apart from the declarations, which every writer of a
table reads; this only the writer of the file.
"""

from __future__ import annotations

import json

import pyarrow as pa
from council_actions.output.contract import TABLE_KEYS, VALUE_DESCRIPTIONS, allowed_values, nullable
from council_actions.output.diff_columns import DIFF_TABLES
from council_actions.output.schema import SCHEMA_VERSION, TABLES, columns


def describe(scores: tuple[str, ...] = ()) -> dict[str, object]:
    """The machine-readable contract written to OUT/_schema.json; `scores` are the profile's, best first.

    Each table lists its key columns and its columns; each column whether it may be null and, for a
    closed vocabulary, its allowed values and, where a name is not enough, what each means (see contract.py).
    """
    return {
        "schema_version": SCHEMA_VERSION,
        "layout": "<table>/<revision>/<document_id>.parquet",
        "tables": {
            table: [_column(table, n, t, d, scores) for n, t, d in columns(table)]
            for table in [*TABLES, *DIFF_TABLES]
        },
        "keys": {table: list(TABLE_KEYS[table]) for table in [*TABLES, *DIFF_TABLES]},
    }


def to_json(scores: tuple[str, ...] = ()) -> str:
    """The text of OUT/_schema.json for a profile's `scores`: what the writer puts beside the tables and
    `council-actions schema` prints, the same bytes."""
    return json.dumps(describe(scores), indent=2, sort_keys=True) + "\n"


def folder_scores(written: str | None, scores: tuple[str, ...]) -> tuple[str, ...]:
    """The scores a folder's `_schema.json` lists once a batch read under a profile of `scores` is written into it:
    those its file lists already (`written`, each profile's best first, in the order the profiles came), then the
    profile's not among them. A file that is not one this version can read lists none."""
    listed = _listed_scores(written)
    return listed + tuple(score for score in scores if score not in listed)


def _listed_scores(written: str | None) -> tuple[str, ...]:
    """elements.score's values as a `_schema.json` text lists them, or none (no file, or not JSON of that shape)."""
    try:
        tables = json.loads(written or "{}").get("tables", {})
        score = next(c for c in tables["elements"] if isinstance(c, dict) and c.get("name") == "score")
    except (ValueError, AttributeError, KeyError, TypeError, StopIteration):
        return ()
    values = score.get("values")
    return tuple(values) if isinstance(values, list) and all(isinstance(v, str) for v in values) else ()


def _column(table: str, name: str, dtype: pa.DataType, description: str,
            scores: tuple[str, ...]) -> dict[str, object]:
    column = {"name": name, "type": str(dtype), "description": description, "nullable": nullable(table, name)}
    values = allowed_values(table, name, scores)
    if values is None:
        return column
    meanings = VALUE_DESCRIPTIONS.get((table, name))
    return {**column, "values": values, **({"value_descriptions": meanings} if meanings else {})}
