"""The `council-actions` command: one module per command, each a thin layer over one API function.

Every command module has `add(commands)`, which declares its arguments and sets
`run`, and `run(args) -> int`, which calls `council_actions.api` and prints the
result. To add a command, write such a module and list it in COMMANDS; shared
options and output helpers are in `common.py`. Exit codes: 0 every document
went through, 1 any failed (the others still written) or nothing to read, 2 on
wrong usage (including a broken profile), 130 interrupted (Ctrl-C), 143 stopped by SIGTERM, as docs/cli.md
says.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
import threading
from typing import NoReturn

from council_actions import __version__
from council_actions.cli import (
    common,
    completion,
    diff,
    ingest,
    issues,
    owners,
    read_table,
    review,
    revisions,
    schema,
    timelines,
    upgrade,
)
from council_actions.cli.common import FAILED, USAGE
from council_actions.cli.examples import add_examples
from council_actions.interrupts import Terminated, interrupts_recorded
from council_actions.issues import OutputError, StageError
from council_actions.profile_fields import ProfileError
from council_actions.start import KEPT

DESCRIPTION = "UK council self-assessments and action plans (PDF, text, CSV or TSV) to clean, auditable Parquet tables."
INTERRUPTED = f"interrupted (Ctrl-C): {KEPT}"
TERMINATED = f"terminated (SIGTERM): {KEPT}"
COMMANDS = (ingest, timelines, owners, issues, revisions, read_table, diff, review, schema, upgrade, completion)


def console() -> NoReturn:
    """The `council-actions` command as a process: its exit code, and no tearing down of the heap on the way out.

    An interpreter's finalisation frees every object one by one (spaCy's vocabulary, Arrow, hundreds of
    modules): tens of milliseconds of CPU after the last line is printed (whole `ingest` processes timed in
    turns for commit 87b4e4d), on the serial tail of every run, which the
    operating system does at once when the process ends. So, once what was printed is flushed and the exit
    functions have run (a caller's `atexit`), the process ends there (`os._exit`), unless a thread that is
    not a daemon is still running, which the interpreter would wait for (`sys.exit` then, after freezing the
    heap so the collector makes no last pass over spaCy's objects). `main` stays free of it for in-process use.

    Before anything loads numpy (spaCy does), its OpenBLAS is held to the calling thread (OPENBLAS_NUM_THREADS,
    unless the caller set it): no step multiplies matrices, yet OpenBLAS starts a thread per extra core on import
    that spins for CPU while waiting for work. Traced with `perf sched` on benchmarks/pdf.py's 22-page plan
    under real-time priority, that thread wanted a core for about a tenth of a second while this process loaded
    spaCy and its child read the PDF, both cores' critical work;
    under ordinary scheduling it takes them from that work."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    code = main()
    if any(thread.is_alive() and not thread.daemon for thread in threading.enumerate()
           if thread is not threading.main_thread()):
        gc.freeze()
        atexit.unregister(gc.unfreeze)  # preload.prepare's: here the heap stays frozen to the end
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # its reader is gone, or it was closed (BrokenPipeError in `main`)
            code = code or FAILED
    atexit._run_exitfuncs()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        with interrupts_recorded():  # a Ctrl-C Python swallows still stops a batch (council_actions.interrupts)
            return int(args.run(args))
    except ProfileError as exc:
        common.error(str(exc))
        return USAGE
    except (OutputError, StageError, FileNotFoundError) as exc:  # StageError: a write refused (diff)
        common.error(str(exc))
        return FAILED
    except Terminated:  # as a Ctrl-C, with its own words and status
        common.error(TERMINATED)
        return common.TERMINATED
    except KeyboardInterrupt:  # Ctrl-C: one line, not a traceback; the journal keeps the folder whole
        common.error(INTERRUPTED)
        return common.INTERRUPTED
    except BrokenPipeError:  # `council-actions issues OUT | head`: the reader has all it wanted
        sys.stderr.close()
        return FAILED


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="council-actions", description=DESCRIPTION)
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = top.add_subparsers(required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add(commands)
    add_examples(commands)
    return top


if __name__ == "__main__":
    sys.exit(main())
