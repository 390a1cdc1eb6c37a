"""A column the contract says is never null (output/contract.py `nullable`) is a required field of every file.

BI tools take a column's nullability from the Parquet schema, not from `_schema.json`: Power BI, Tableau, pyarrow
and Spark show a required column as such, and a reader may rely on it (a join key that cannot be null). So a row
holding a null there is broken, and it fails the document as one line naming the table, the column and where the
row was read, before anything is written: written, it would be a file whose schema lies.

Arrow's JSON reader, given a required field, refuses a null in it without saying which field or row; so the rows
are read with every field optional, checked here, and only then given the required schema.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pyarrow as pa
from council_actions.output.contract import TABLE_KEYS

from council_actions.issues import StageError

# The row's place in its source, as a reader looks for it: (what, its first column, its last column).
PLACE = (("page", "source_page", "source_page"), ("lines", "line_start", "line_end"),
         ("characters", "char_start", "char_end"))
# the keys by any name: a table reaches `refuse_nulls` as a string
KEYS: dict[str, tuple[str, ...]] = {name: keys for name, keys in TABLE_KEYS.items()}


def optional(table_schema: pa.Schema) -> pa.Schema:
    """The schema with every field optional: what Arrow's JSON reader is given, so a null is left for `refuse_nulls`
    to name."""
    return pa.schema([field.with_nullable(True) for field in table_schema], metadata=table_schema.metadata)


def refuse_nulls(read: pa.Table, rows: Sequence[Mapping[str, object]], table_schema: pa.Schema, table: str,
                 source: str) -> None:
    """A StageError for the first required column holding a null, naming the table, the column and the row (its key
    and place in the source); `rows` are those `read` was made from, in order."""
    for field in table_schema:
        if field.nullable or not read.column(field.name).null_count:
            continue
        row = next(row for row in rows if row.get(field.name) is None)
        raise StageError("output", source, f"{table}.{field.name} is null in the row {_place(table, row)}, but the "
                         "contract (output/contract.py) says it is never null: a broken row, so nothing "
                         "is written")


def _place(table: str, row: Mapping[str, object]) -> str:
    """The row's key values (those it has) and its page, lines and characters, as far as it holds them."""
    keys = [f"{name} {row[name]!r}" for name in KEYS.get(table, ())
            if name not in ("revision", "document_id") and row.get(name) is not None]
    place = [f"{what} {row[first]}" + ("" if first == last else f"-{row.get(last)}")
             for what, first, last in PLACE if row.get(first) is not None]
    return " ".join([", ".join(keys), f"at {', '.join(place)}" if place else "at no place"]).strip()
