"""Stage 4, output: records to typed Parquet tables under the contract, written atomically.

Its names load on first use (PEP 562): the journal, its lock and the batch's staging area need no Arrow, so
the reading commands and a batch's parent start without pyarrow; the pipeline loads the writer
(`council_actions.output.writer`, which brings Arrow) while a child works.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from council_actions.output.journal import reading, recover
    from council_actions.output.sources import SOURCES
    from council_actions.output.tables import TableSet, to_tables
    from council_actions.output.writer import source_record, write_tables

HOMES = {"reading": "journal", "recover": "journal", "SOURCES": "sources", "TableSet": "tables",
         "to_tables": "tables", "source_record": "writer", "write_tables": "writer"}


def __getattr__(name: str) -> object:
    if name not in HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{HOMES[name]}"), name)


__all__ = ["SOURCES", "TableSet", "reading", "recover", "source_record", "to_tables", "write_tables"]
