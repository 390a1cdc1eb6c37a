"""Swap two folders in one step, where the system can: Linux `renameat2(RENAME_EXCHANGE)`, called through ctypes.

Python has no binding for it. A table's revision folder swapped with a fully prepared copy changes from the
old set of files to the new set at one instant for every reader, whatever it globs; without the call (another
system, a C library before glibc 2.28, a file system that refuses the flag) `exchange` says so and the caller
falls back to renaming single files (output/journal.py says what a reader sees then).
"""

from __future__ import annotations

import ctypes
import errno
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

AT_FDCWD = -100
RENAME_EXCHANGE = 2
UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM})


@cache
def _renameat2() -> Callable[..., int] | None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:  # no C library to ask (not a POSIX system)
        return None
    try:
        function = libc.renameat2
    except AttributeError:  # a C library before glibc 2.28, or not glibc
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def can_exchange() -> bool:
    """Whether this system has the call at all (a file system may still refuse it: see `exchange`)."""
    return _renameat2() is not None


def exchange(first: Path, second: Path) -> bool:
    """Swap two existing folders atomically. False when the system or the file system cannot (nothing moved);
    any other failure raises OSError."""
    function = _renameat2()
    if function is None:
        return False
    if function(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))
