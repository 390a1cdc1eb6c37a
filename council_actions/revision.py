"""A revision's label: checked as the folder name it becomes, made from the documents when none is given, and
read for the date it may start with."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

REVISION_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # fullmatch: `$` alone lets a final newline in
ISO_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def revision_label(given: str | None, documents: Iterable[Path]) -> str:
    """The label a run writes under: the one given, checked, else one made from the documents."""
    return check_revision(given) if given is not None else default_revision(documents)


def check_revision(label: str) -> str:
    """A revision label names a folder under every table: letters, digits, '-', '_', '.' and nothing else."""
    if not REVISION_LABEL.fullmatch(label) or label in {".", ".."}:
        raise ValueError(f"revision label {label!r} is not a safe folder name (use letters, digits, '-', '_', '.')")
    return label


def default_revision(paths: Iterable[Path]) -> str:
    """Stable for the same input: a digest of the documents' bytes, never a date."""
    digest = hashlib.sha256()
    for content in sorted(_file_digest(p) for p in paths if p.is_file()):
        digest.update(content.encode("ascii"))
    return f"rev-{digest.hexdigest()[:12]}"


def _file_digest(path: Path) -> str:
    """Read in chunks: a file too large to ingest must still not be held whole in memory to be named."""
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:  # unreadable: its own run reports it
        return ""


def reference_from_revision(revision: str) -> dt.date | None:
    """A revision labelled with its date (`2024-06`, `2024-06-30-draft`) dates its quarters without a year."""
    match = ISO_DATE_PREFIX.match(revision)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        return None

