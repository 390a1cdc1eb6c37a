"""An output folder holds the tables of one layout: its files' columns are this version's.

A reader takes a table folder as one table with the columns of the first file it opens (pandas, pyarrow,
`read-table`): were a folder written by an older council-actions (fewer columns) to get this version's files
beside its own, the new columns of every revision would be dropped, without a word, whenever the older file
came first. So a write into such a folder is refused before anything is staged, naming a file and its columns.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from council_actions.output.schema import schema

from council_actions.issues import StageError


def refuse_other_layouts(out_dir: Path, tables: Iterable[str], source: str) -> None:
    """A StageError if a file already in one of these tables has other columns than this version writes; one file
    per revision folder is read (its footer only): a folder is only ever written whole by one version."""
    for table in sorted(set(tables)):
        wanted = schema(table).names
        for folder in sorted(p for p in (out_dir / table).glob("*") if p.is_dir()):
            first = next(iter(sorted(folder.glob("*.parquet"))), None)
            if first is None:
                continue
            try:
                found = pq.read_schema(first).names
            except (OSError, pa.ArrowException) as exc:
                raise StageError("output", source, f"cannot read {first} ({exc}): move it away or write to a new "
                                 "--out folder") from None
            if found != wanted:  # the way out first: a long path may clip the line's middle (issues.clipped)
                named = shlex.quote(str(out_dir))
                raise StageError("output", source, f"{out_dir} holds another council-actions version's tables: run "
                                 f"`council-actions upgrade {named}` to read its revisions again with this one, or "
                                 f"write to a new --out folder; nothing written ({first.relative_to(out_dir)}: "
                                 f"{_difference(found, wanted)}; read as one table, the folder would lose columns)")


def _difference(found: list[str], wanted: list[str]) -> str:
    missing = [name for name in wanted if name not in found]
    extra = [name for name in found if name not in wanted]
    parts = [f"lacks {', '.join(missing)}" if missing else "", f"has {', '.join(extra)}" if extra else ""]
    return "; ".join(p for p in parts if p) or "columns in another order"
