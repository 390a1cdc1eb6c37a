"""The `council-actions` process from its first line: the console script's target, and `python -m council_actions`.

A Ctrl-C is a KeyboardInterrupt wherever Python is when it lands. The command's `main` turns one into a line and
exit status 130 (council_actions/interrupts.py records it), but only once its imports are done and its arguments
read: about a third of a second after the process starts, most of it spent importing the command's modules. A
Ctrl-C in that time printed a traceback from whichever module was loading (or, landing in one of the import
system's callbacks, was swallowed and the command ran on), and SIGTERM ended the process with no line at all.

So, until `main` sets its own handlers and again once it has put them back, a signal ends the process where it
lands: one line written straight to the file descriptor (no buffer a half-done write could hold), and the status
a signal gets inside `main`. Nothing raised, so nothing to print a traceback or to swallow. It is safe: before
`main` nothing has been read or written, after it the output folder holds its last commit. This module imports
nothing of the package's and almost nothing of Python's, so it holds from the first line the process runs of it.

What runs before it, it cannot reach: the interpreter's own start (a SIGINT there ends the process by the signal
itself, with no output, status 130 to a shell) and its `site` set-up (Python prints "Fatal Python error:
init_import_site"), a few milliseconds, more with an editable install's path finder.
"""

from __future__ import annotations

import os
import signal

TYPE_CHECKING = False  # typing's own flag costs its import, milliseconds in the window this module closes
if TYPE_CHECKING:
    from types import FrameType
    from typing import NoReturn

KEPT = ("an output folder keeps its last whole commit; the next command on it finishes or undoes a write the "
        "interrupt cut short")
STOPPED = {signal.SIGINT: (130, f"interrupted (Ctrl-C): {KEPT}"),  # 128 + the signal, as a shell reports it
           signal.SIGTERM: (143, f"terminated (SIGTERM): {KEPT}")}


def console() -> NoReturn:
    """Run the command, ended by a signal before or after its `main` as it is inside it. A signal the caller
    ignored (SIG_IGN, as a shell's background job has SIGINT) stays ignored."""
    for number in STOPPED:
        if signal.getsignal(number) in (signal.SIG_DFL, signal.default_int_handler):
            signal.signal(number, _stop)
    from council_actions.cli import console as run

    run()


def _stop(signum: int, frame: FrameType | None) -> NoReturn:
    code, words = STOPPED[signal.Signals(signum)]
    try:
        os.write(2, f"council-actions: error: {words}\n".encode())
    finally:  # stderr closed or its reader gone: the status still says it
        os._exit(code)
