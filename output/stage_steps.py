"""The first phase of a commit (output/journal.py): each live folder's change (`Change`) staged in the transaction
folder as one journal step, its new files written or moved in, and, where files are dropped and folders can be
swapped, an image of the live folder after the change beside them.

Apart from output/writer.py, which decides what a commit changes (each document's files, the earlier versions of
its source it replaces, the index, `_schema.json`): this lays any such changes out on disk, whatever they are.
"""

from __future__ import annotations

import errno
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from council_actions.output.journal import Step
from council_actions.output.parquet import STAGED
from council_actions.output.swap import can_exchange

# the errors of a file system that refuses hard links (the step then falls back to renaming files), told from others
LINK_REFUSED = frozenset({errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP})
Content = bytes | Path  # a file's bytes, or a file a worker already wrote (output/staging.py) to move in


@dataclass
class Change:
    """What one live folder (`<table>/<revision>`, `_sources/<revision>`, `.`) gets in a commit."""

    add: dict[str, Content] = field(default_factory=dict)
    drop: set[str] = field(default_factory=set)


def to_steps(out_dir: Path, transaction: Path, changes: dict[str, Change]) -> tuple[list[Step], list[Path]]:
    """One step per live folder changed, in table order; and the new files, written here or moved in from the
    staging area (to flush before the seal).
    Where a change drops files and folders can be swapped, its new files go in an image of the live folder after
    the change, beside hard links to every file it keeps."""
    steps, written = [], []
    for folder, change in changes.items():
        live = out_dir / folder
        drop = tuple(sorted(name for name in change.drop if (live / name).exists()))
        if not (change.add or drop):
            continue
        image = transaction / folder
        if not (drop and can_exchange() and _link_image(live, image, {*change.add, *drop})):
            image = transaction
        added = []
        for name, content in sorted(change.add.items()):
            staged = image / name if image != transaction else transaction / _flat(folder, name)
            if isinstance(content, Path):
                os.replace(content, staged)
            else:
                staged.write_bytes(content)
            written.append(staged)
            added.append((_relative(staged, out_dir), name))
        steps.append(Step(folder, tuple(added), drop, _relative(image, out_dir) if image != transaction else ""))
    return steps, written


def _link_image(live: Path, staged: Path, leave_out: set[str]) -> bool:
    """Hard links to the live folder's files but `leave_out`; False (and no folder) where the file system
    refuses hard links, so the step falls back to renaming files."""
    staged.mkdir(parents=True)
    try:
        for path in sorted(live.iterdir()):
            if path.name not in leave_out and not path.name.startswith(".") and path.is_file():
                os.link(path, staged / path.name)
    except OSError as exc:
        if exc.errno not in LINK_REFUSED:
            raise
        shutil.rmtree(staged)
        return False
    return True


def _flat(folder: str, name: str) -> str:
    """A live folder's file as one name in the transaction folder, ending in STAGED (output/parquet.py)."""
    return (name if folder == "." else f"{folder.replace('/', '.')}.{name}") + STAGED


def _relative(path: Path, out_dir: Path) -> str:
    return path.relative_to(out_dir).as_posix()


def folders_in_place(out_dir: Path, steps: list[Step]) -> None:
    """Raise where a file stands in the way of a folder a step moves files into (a table's folder replaced by a
    file): found before the seal, the commit fails whole. Found while applying, the tables before it in the
    commit were in place and the rest not, a revision with documents but no actions, for ever pending."""
    for step in steps:
        for path in (out_dir / step.live, *(out_dir / step.live).parents):
            if path == out_dir:
                break
            if path.exists() and not path.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, f"{path} is a file, not a folder", str(path))
