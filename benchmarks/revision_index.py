"""Benchmark: finding the earlier version of a source while a batch of small documents goes into one revision.

Each document written asks "does this revision already hold this source?". Reading every document of the
revision to answer (the control, without `_sources/<revision>/_index.json`) makes a batch
quadratic; the index makes each answer one small file. Both are timed in the same run on the same folder, as
the batch grows, and printed as a ratio; then the whole batch is written and its first and last documents'
write times compared (flat when nothing grows with the revision).

Run: .venv/bin/python benchmarks/revision_index.py [--documents 200]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from council_actions.ingest import read_document
from council_actions.normalise import normalise_document
from council_actions.output import commit
from council_actions.output.parquet import encode
from council_actions.output.sources import SOURCE_IDENTITY, earlier_versions, identity, read_index
from council_actions.output.tables import TableSet, build_tables
from council_actions.parsers import parse_document

from council_actions.profile import load_profile

THEME = Path(__file__).resolve().parent.parent / "samples" / "001_311d08ab6737c7b9.txt"


def small_documents(count: int) -> list[TableSet]:
    """One theme page's tables under `count` source names and document ids (what a batch of pages writes)."""
    profile = load_profile()
    document = read_document(THEME)
    parsed = parse_document(document, profile)
    tables = build_tables(document, parsed, normalise_document(parsed, profile, None), "bench", profile)
    return [_renamed(tables, f"{i:064x}", f"page_{i:03d}.txt") for i in range(count)]


def _renamed(tables: TableSet, document_id: str, source_name: str) -> TableSet:
    renamed = {name: _set(table, "document_id", document_id) for name, table in tables.tables.items()}
    renamed["documents"] = _set(renamed["documents"], "source_name", source_name)
    return TableSet(tables.revision, document_id, renamed, tables.scores)


def _set(table: pa.Table, column: str, value: str) -> pa.Table:
    if column not in table.column_names:
        return table
    index = table.column_names.index(column)
    return table.set_column(index, table.field(index), pa.array([value] * table.num_rows, pa.string()))


def scan(out: Path, table_set: TableSet) -> list[str]:
    """The control: every document of the revision read for its source identity."""
    wanted = identity(table_set)
    found = []
    for path in sorted((out / "documents" / table_set.revision).glob("*.parquet")):
        with pq.ParquetFile(path) as stored:
            row = stored.read(columns=list(SOURCE_IDENTITY)).to_pylist()[0]
        if path.stem != table_set.document_id and [row[name] for name in SOURCE_IDENTITY] == wanted:
            found.append(path.stem)
    return found


def indexed(out: Path, table_set: TableSet) -> list[str]:
    return earlier_versions(read_index(out, table_set.revision), table_set.document_id, identity(table_set))


def write(out: Path, table_set: TableSet) -> None:
    """What the batch's worker and commit do with the document's tables (output.to_tables, output.commit), the
    renamed tables encoded here as the worker encodes its own."""
    commit([encode(table_set)], out, "bench")


def timed(step, *args) -> float:
    start = time.perf_counter()
    step(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=200)
    args = parser.parse_args()
    documents = small_documents(args.documents)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        writes, lookups = [], {"scan (control)": 0.0, "index": 0.0}
        for table_set in documents:
            for name, lookup in (("scan (control)", scan), ("index", indexed)):
                lookups[name] += timed(lookup, out, table_set)
            writes.append(timed(write, out, table_set))
        ratio = lookups["scan (control)"] / lookups["index"]
        print(f"{args.documents} small documents into one revision; finding each one's earlier version, in total:")
        for name, seconds in lookups.items():
            print(f"  {name:15} {seconds:7.3f} s")
        print(f"  index is {ratio:.1f}x faster than the scan")
        tenth = max(1, len(writes) // 10)
        first, last = statistics.median(writes[:tenth]), statistics.median(writes[-tenth:])
        print(f"whole write per document (median): first {tenth} {first * 1000:.1f} ms, last {tenth} "
              f"{last * 1000:.1f} ms (last/first {last / first:.2f}); batch {sum(writes):.2f} s")


if __name__ == "__main__":
    main()
