"""What the paths given to `ingest` hold that is not read: files of another kind (a .docx beside the plans),
symbolic links whose target is gone, and files of the same bytes as one given before them (read once). Each is
named in the run's report, never left out without a word: a broken link was "no documents found" in a folder
holding nothing else, and skipped in silence in one holding others; a repeated file was counted twice and stored
once, under the later name."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from council_actions.counted import counted
from council_actions.document_files import under
from council_actions.output.table_names import TABLE_NAMES


@dataclass(frozen=True, order=True)
class BrokenLink:
    """A symbolic link with nothing where it points: the link, and its target as the link holds it."""

    path: Path
    target: str

    def __str__(self) -> str:
        return f"{self.path} -> {self.target}"


def broken_link(path: Path) -> BrokenLink | None:
    """`path` as a broken link (a link whose target is not there, or a loop of links), else None."""
    if not path.is_symlink() or path.exists():
        return None
    try:
        return BrokenLink(path, os.readlink(path))
    except OSError:  # removed since it was listed: no link to name
        return None


def loops(path: Path) -> bool:
    """Whether `path` is a link that leads back to itself through links (ELOOP): a loop, not a link to nothing,
    which the user fixes elsewhere (one of the links, not a missing file)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def not_read(paths: list[Path], documents: list[Path],
             out: Path) -> tuple[tuple[Path, ...], tuple[BrokenLink, ...], tuple[Path, ...]]:
    """The files under the folders given that were not read (a .docx, a notes file), the broken links among
    the paths and under the folders, and the special files under the folders (a pipe, a socket, a device: never
    read from a folder, where a pipe with no writer would wait for ever), in one walk: named in the report, so a
    plan saved in another format, or moved from under its link, is never left out without a word (a pipe named
    plan.txt was). The output folder's own files are no such file (`output_own`): with `--out` inside a folder given
    (samples/out), each Parquet file of it would be named, more each run."""
    read = set(documents)
    left = sorted(found for path in paths for found in (under(path) if path.is_dir() else (path,))
                  if found not in read and not output_own(found, out))
    return (tuple(found for found in left if found.is_file()),
            tuple(link for found in left if (link := broken_link(found)) is not None),
            tuple(found for found in left if found.exists() and not (found.is_file() or found.is_dir())))


def links_named(links: tuple[BrokenLink, ...]) -> str:
    """The broken links on one line, each with where it points (`plans/q2.pdf -> /mnt/share/q2.pdf`)."""
    where = "nothing where it points" if len(links) == 1 else "nothing where they point"
    return f"{counted(len(links), 'broken symbolic link')} ({where}): " + ", ".join(map(str, links))


def output_own(path: Path, out: Path) -> bool:
    """Whether `path`, met walking a folder given, is one of the output folder's own files: in `out`, under a table's
    folder (TABLE_NAMES) or an entry whose name opens with `_` (its journal, sources and schema), so neither a
    document nor a file 'not read' (`ingest plans --out plans/out`).

    Not every file in `out`: where the folder given is the output folder or lies in it (`ingest . --out .`,
    `ingest plans --out .`), its documents are the user's, beside the output. Skipped because they were in `out`,
    every one was, and the run said 'no documents found' of a folder full of plans."""
    if not inside(path, out):
        return False
    relative = _resolved(path).relative_to(out.resolve()).parts
    return bool(relative) and (relative[0] in TABLE_NAMES or relative[0].startswith("_"))


def inside(path: Path, folder: Path) -> bool:
    """Whether `path` is in `folder` or below it, however either was spelt (relative, through a link). A loop of
    links resolves to nothing (RuntimeError before Python 3.13): it stands where its folder resolves to."""
    return _resolved(path).is_relative_to(folder.resolve())


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except RuntimeError:
        return path.parent.resolve() / path.name


@dataclass(frozen=True, order=True)
class Repeat:
    """A document file of the same bytes as one given before it: one document (its id is the bytes' digest), read
    once as the first. A plan downloaded twice (`plan.pdf`, `plan (1).pdf`) would otherwise be read twice and
    counted twice, its tables stored once under the later name, the earlier name lost without a word."""

    path: Path
    same_as: Path

    def __str__(self) -> str:
        return f"{self.path} (the same bytes as {self.same_as})"


def read_once(documents: list[Path]) -> tuple[list[Path], tuple[Repeat, ...]]:
    """The documents with each set of files of the same bytes kept once, the first in input order, and the others
    as repeats of it. A path found twice (given twice, or given and in a folder given) is one file, read once and
    named as no repeat. Only files of one size are read to be compared, in chunks (a large PDF is not held whole)."""
    given = list(dict.fromkeys(documents))
    first = same_bytes(given)
    repeats = tuple(Repeat(path, first[path]) for path in given if path in first)
    return [path for path in given if path not in first], repeats


def same_bytes(files: list[Path]) -> dict[Path, Path]:
    """Each file of the same bytes as one before it in `files`, to that first one. A file that cannot be read here
    is taken as unlike any other: its read reports why, as the document's failure."""
    by_size: dict[int, list[Path]] = {}
    for file in dict.fromkeys(files):
        if (size := _size(file)) is not None:
            by_size.setdefault(size, []).append(file)
    repeated: dict[Path, Path] = {}
    for alike in (group for group in by_size.values() if len(group) > 1):
        seen: dict[str, Path] = {}
        for file in alike:
            digest = _digest(file)
            if digest is not None and (earlier := seen.setdefault(digest, file)) != file:
                repeated[file] = earlier
    return repeated


def _size(file: Path) -> int | None:
    """A regular file's size; None for one that cannot be read, and for a pipe or a device given by name, which
    is never compared: read here, its bytes would be gone before its document's read (two `<(...)` given: both
    "empty"), and a device such as /dev/zero has no end to read to."""
    try:
        status = file.stat()
    except OSError:
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _digest(file: Path) -> str | None:
    try:
        with file.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return None
