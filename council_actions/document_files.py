"""Which files a run reads: the paths given, and in a folder given, the files whose suffix names a document.

Apart from the pipeline that reads each one, so a command can name what it reads and skips (the API's path
handling, the ingest summary's `not read`) without loading the stages.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

DOCUMENT_SUFFIXES = (".txt", ".text", ".pdf", ".csv", ".tsv")  # the last two: ingest/csv_table.DELIMITED's names
# as messages name them, so that a suffix added above is named there too: ".txt, .text, .pdf, .csv or .tsv"
SUFFIXES_NAMED = f"{', '.join(DOCUMENT_SUFFIXES[:-1])} or {DOCUMENT_SUFFIXES[-1]}"


def find_documents(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders give their documents (by suffix), sorted for a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            found.append(path)
    return found
