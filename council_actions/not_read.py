"""What the paths given to `ingest` hold that is not read: files of another kind (a .docx beside the plans) and
symbolic links whose target is gone. Each is named in the run's report, never left out without a word: a broken
link was "no documents found" in a folder holding nothing else, and skipped in silence in one holding others."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


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


def not_read(paths: list[Path], documents: list[Path], out: Path) -> tuple[tuple[Path, ...], tuple[BrokenLink, ...]]:
    """The files under the folders given that were not read (a .docx, a notes file), and the broken links among
    the paths and under the folders, in one walk: named in the report, so a plan saved in another format, or moved
    from under its link, is never left out without a word. The output folder's own files are no such file: with
    `--out` inside a folder given (samples/out), each Parquet file of it would be named, more each run."""
    read = set(documents)
    left = sorted(found for path in paths for found in (path.rglob("*") if path.is_dir() else (path,))
                  if found not in read and not inside(found, out))
    return (tuple(found for found in left if found.is_file()),
            tuple(link for found in left if (link := broken_link(found)) is not None))


def links_named(links: tuple[BrokenLink, ...]) -> str:
    """The broken links on one line, each with where it points (`plans/q2.pdf -> /mnt/share/q2.pdf`)."""
    where = "nothing where it points" if len(links) == 1 else "nothing where they point"
    return f"{len(links)} broken symbolic link{'' if len(links) == 1 else 's'} ({where}): " + ", ".join(map(str, links))


def inside(path: Path, folder: Path) -> bool:
    """Whether `path` is in `folder` or below it, however either was spelt (relative, through a link). A loop of
    links resolves to nothing (RuntimeError before Python 3.13): it stands where its folder resolves to."""
    try:
        where = path.resolve()
    except RuntimeError:
        where = path.parent.resolve() / path.name
    return where.is_relative_to(folder.resolve())
