"""Stage 4, output: records to typed Parquet tables under the contract, written atomically."""

from council_actions.output.journal import reading, recover
from council_actions.output.sources import SOURCES
from council_actions.output.tables import TableSet, to_tables
from council_actions.output.writer import source_record, write_tables

__all__ = ["SOURCES", "TableSet", "reading", "recover", "source_record", "to_tables", "write_tables"]
