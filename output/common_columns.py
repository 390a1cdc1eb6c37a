"""The Arrow types the contract's columns are declared with, and the columns every table has: its keys first, its
provenance (where in the source the row came from) last (output/schema.columns puts a table's own between them).

Apart from output/schema.py's row tables and output/diff_columns.py's diff tables, which both declare with them.
"""

from __future__ import annotations

import pyarrow as pa

TEXT, DATE, COUNT, FLAG, POINTS = pa.string(), pa.date32(), pa.int32(), pa.bool_(), pa.float64()

Column = tuple[str, pa.DataType, str]

KEYS: list[Column] = [
    ("revision", TEXT, "revision label of the ingest run (folder name under the table)"),
    ("document_id", TEXT, "sha256 of the source file's bytes, hex"),
]
PROVENANCE: list[Column] = [
    ("source_page", COUNT, "1-based page of the source PDF; null for text input"),
    ("line_start", COUNT, "first 1-based line of the extracted text (_sources/<revision>/<id>.json) the row came from"),
    ("line_end", COUNT, "last 1-based line of the extracted text the row came from"),
    ("char_start", COUNT, "0-based offset of the first character in the extracted text, counted through every page"),
    ("char_end", COUNT, "offset just past the last character in the extracted text"),
    ("x0", POINTS, "PDF bbox left, in points; null for text input"),
    ("top", POINTS, "PDF bbox top, in points from the page top; null for text input"),
    ("x1", POINTS, "PDF bbox right, in points; null for text input"),
    ("bottom", POINTS, "PDF bbox bottom, in points from the page top; null for text input"),
]
