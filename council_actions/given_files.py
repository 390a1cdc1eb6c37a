"""Files a user names beside the documents (a manifest, a profile file, the auditor's verdicts), each read whole:
only as far as such a file can go, so that one without end (`/dev/zero`, a pipe whose writer never stops) is
refused at its limit instead of growing memory until the system kills the command. A pipe is read like a file
(`--profile <(git show main:kent.toml)`); as with any command reading one, it waits for a writer. The documents
themselves are read under their own limits instead (council_actions/limits.py)."""

from __future__ import annotations

import stat
from pathlib import Path

READ_PIECE = 1 << 20  # bytes read at a time: a limit may be far more than memory holds


def file_or_pipe(path: Path) -> bool:
    """Whether `path` is a regular file or a pipe, not a folder, socket or device. Raises OSError where it is not
    there or cannot be looked at."""
    mode = path.stat().st_mode
    return stat.S_ISREG(mode) or stat.S_ISFIFO(mode)


def read_within(path: Path, limit: int) -> bytes | None:
    """The bytes of the file at `path`, read a piece at a time until its end; None once past `limit` bytes."""
    pieces, size = [], 0
    with path.open("rb") as stream:
        while piece := stream.read(min(READ_PIECE, limit + 1 - size)):
            pieces.append(piece)
            size += len(piece)
            if size > limit:
                return None
    return b"".join(pieces)
