"""The `pandas` metadata every file of a table carries: the dtype `pandas.read_parquet` gives each column when the
reader asks for no `dtype_backend`.

Without it pandas chose by the values a folder happens to hold: a count with a null anywhere in the folder read as
float64 (`source_page`, `section_line`, `themes.key_actions`), the same count with none as int32, so one column's
dtype changed from one revision to the next and a dashboard's join on it broke; dates read as objects and a flag
with a null as objects. With it a count is pandas' nullable Int32, a date an Arrow date, a flag a nullable boolean,
in every folder, as `council_actions.read_table` reads them. Written from the declared types by hand (pandas is no
import of a run) and with no version inside, so every file of a table holds the same bytes whoever wrote it.
A required field (output/required.py) keeps its nullable dtype: files written before fields were required (every
one optional) carry the same metadata, so a folder holding both reads each column as one dtype.
"""

from __future__ import annotations

import json

import pyarrow as pa

# Declared type -> (pandas_type, numpy_type) as pandas records a column of the dtype wanted
# (`pyarrow.Table.from_pandas`); pyarrow's `to_pandas` rebuilds numpy_type where it names a pandas extension dtype.
# Text is left to each pandas' default strings (`object`: pandas 3 reads it as `str`, pandas 2 as objects).
PANDAS_TYPES: dict[pa.DataType, tuple[str, str]] = {
    pa.string(): ("unicode", "object"),
    pa.date32(): ("date", "date32[day][pyarrow]"),
    pa.int32(): ("int32", "Int32"),
    pa.bool_(): ("bool", "boolean"),
    pa.float64(): ("float64", "float64"),
}


def with_pandas_metadata(declared: pa.Schema) -> pa.Schema:
    """The schema with its `pandas` metadata: no index, each column's dtype from PANDAS_TYPES."""
    columns = [{"name": field.name, "field_name": field.name, "pandas_type": PANDAS_TYPES[field.type][0],
                "numpy_type": PANDAS_TYPES[field.type][1], "metadata": None} for field in declared]
    return declared.with_metadata({"pandas": json.dumps({"index_columns": [], "column_indexes": [], "columns": columns},
                                                        separators=(",", ":"))})
