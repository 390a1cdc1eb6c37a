"""Which files a run reads: the paths given, and in a folder given, the files whose suffix names a document.

Apart from the pipeline that reads each one, so a command can name what it reads and skips (the API's path
handling, the ingest summary's `not read`) without loading the stages.
"""

from __future__ import annotations

import errno
import os
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
            found += sorted(p for p in under(path) if (p.suffix.lower() in DOCUMENT_SUFFIXES and is_file(p))
                            or too_long(p))
        else:
            found.append(path)
    return found


def under(folder: Path) -> list[Path]:
    """Every path below `folder`, as `rglob("*")` lists them (links to folders not followed, a folder that may not
    be read left out), but a folder nested deeper than a path can name (longer than PATH_MAX) is listed, not
    walked: rglob raised there, a traceback that took the whole run down. Such a path is read as a document, so
    its read fails in one line naming it (`ingest: cannot read file (File name too long)`)."""
    found: list[Path] = []

    def refused(error: OSError) -> None:  # a folder too long to open is listed already, by its parent's walk
        if error.errno != errno.ENAMETOOLONG and not isinstance(error, PermissionError):
            raise error

    for root, folders, files in os.walk(folder, onerror=refused):
        found += [Path(root, name) for name in (*folders, *files)]
    return found


def is_file(path: Path) -> bool:
    """Path.is_file, but False, not OSError, for a path the system will not look up (`too_long`)."""
    try:
        return path.is_file()
    except OSError:
        return False


def there(path: Path) -> bool:
    """Path.exists, but True for a path too long to look up (`too_long`): it is there, and its read names it."""
    try:
        return path.exists()
    except OSError:
        return too_long(path)


def too_long(path: Path) -> bool:
    """Whether the system refuses to look `path` up for its length (ENAMETOOLONG): it is there, but no call by
    its path reaches it."""
    try:
        path.lstat()
    except OSError as exc:
        return exc.errno == errno.ENAMETOOLONG
    return False
