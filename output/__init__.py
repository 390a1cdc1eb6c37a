"""Stage 4, output: records to typed Parquet tables under the contract, written atomically."""

from council_actions.output.tables import TableSet, to_tables
from council_actions.output.writer import check_revision, write_tables

__all__ = ["TableSet", "check_revision", "to_tables", "write_tables"]
