"""Work counted in lines of the repository's own code run, for the hostile tests that pin a cost's growth with the
input's size: a count does not move with the machine's load, as a time limit does (tests/hostile/test_huge_timeline_
cell.py, test_long_text_table.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import council_actions

PACKAGE = str(Path(council_actions.__file__).resolve().parents[1])  # the checkout: the stage folders sit beside it


def lines_run(work: Callable[[], object]) -> int:
    """Lines of the repository's own code that `work` runs (the standard library's and the regex engine's not)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        count += event == "line"
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(calls)
    try:
        work()
    finally:
        sys.settrace(None)
    return count
