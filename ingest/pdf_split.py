"""Read a long PDF in two processes at once: the second half of its pages in a fork of the reader, bound to it.

A page costs the same wherever it is read, so on two free cores a long document is read in about half the
time. The fork inherits what the reader holds (the file's bytes, the engine already imported, the reader's
memory cap) and is bound to it: it is killed when the reader ends (Linux's parent-death signal), so the
deadline that stops the reader stops both, and no reader is left behind. What it read comes back pickled
through a pipe, or the exception it raised, raised again here: the pages are the same as read in one process,
in the same order.

A short document is read in one process: a fork, the pickling and the cores' sharing cost more than they save.
So is any document whose read may use one process only (`processes`, from council_actions.limits.Limits): a
batch lends a document's read a second core only where no other document of the batch would run on it, so
`--jobs 1` reads on one core, and `--jobs 2` with two documents or more reads each in one process, since the
other core is busy with the other documents and a second reader would only add its fork and pickling.
On the first document of a run the other core is loading spaCy meanwhile (council_actions.pipeline): a second
reader then takes a share of the cores from that load, and only pays when reading one process alone would
take longer than the load: some 60 pages with pdfium, from the spaCy floor and the cost of a page that
benchmarks/pdf.py prints (`SPLIT_PAGES`).
"""

from __future__ import annotations

import ctypes
import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from council_actions.child import cap_reached, end_child, free_room
from council_actions.issues import StageError
from council_actions.limited_step import FORK_LOCK

T = TypeVar("T")
SPLIT_PAGES = 64  # pages: from this many on, a second process reads the second half
PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): the signal a process gets when its parent ends


def read_in_halves(read_pages: Callable[[slice], list[T]], count: int, source: str, processes: int = 2) -> list[T]:
    """`read_pages(pages)` reads the document's `pages` (a slice of its `count`): all of them, in order, in two
    processes when the document is long enough, the read may use two (`processes`: see the module) and the
    machine has a second core."""
    if count < SPLIT_PAGES or processes < 2 or not _can_fork_bound():
        return read_pages(slice(None))
    half = count // 2
    pid, read_end = _fork_second_half(read_pages, half)
    try:
        first = read_pages(slice(0, half))
    except BaseException:  # whatever stops this half (an interrupt too) stops the fork's, which would read on
        os.kill(pid, signal.SIGKILL)
        _reap(pid, read_end)
        raise
    return first + _second_half(pid, read_end, source, half, count)


def _fork_second_half(read_pages: Callable[[slice], list[T]], half: int) -> tuple[int, int]:
    """A fork reading the pages from `half` on and sending them down a pipe: its pid and the pipe's read end (the
    fork itself never returns from here)."""
    reader = os.getpid()
    with FORK_LOCK:  # as council_actions.limited_step forks: no other thread's child may hold the pipe open
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid != 0:
            os.close(write_end)
    if pid == 0:  # the fork: reads the second half, sends it and exits, never returns
        os.close(read_end)
        _send_pages(read_pages, slice(half, None), reader, write_end)
    return pid, read_end


def _second_half(pid: int, read_end: int, source: str, half: int, count: int) -> list[Any]:
    """The pages the fork read, once it has sent them and exited; its error raised here as it was raised there, or
    a StageError naming the pages where it died before sending."""
    with os.fdopen(read_end, "rb") as stream:
        payload = stream.read()
    _, status = os.waitpid(pid, 0)
    try:
        read, value = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, ValueError):  # nothing came, or the fork died while sending
        raise StageError("ingest", source, f"the reader of pages {half + 1}-{count} stopped unexpectedly (exit "
                         f"status {os.waitstatus_to_exitcode(status)}); --verbose shows why") from None
    if not read:
        raise value
    rest: list[Any] = value  # the pages as read_pages gave them, whatever they are
    return rest


def _can_fork_bound() -> bool:
    """Fork, a second core this process may run on, and the parent-death signal (Linux) to bind the fork."""
    return sys.platform == "linux" and hasattr(os, "fork") and len(os.sched_getaffinity(0)) > 1


def _send_pages(read_pages: Callable[[slice], list[T]], pages: slice, reader: int, pipe: int) -> NoReturn:
    """The fork's whole life: bound to the reader, it reads its pages and sends them (or the exception the read
    raised) down the pipe; then it exits, whatever happened (council_actions.child.end_child).

    Why every Exception is sent back, not a list of them: the callers up the stack tell apart what a read raises,
    and each must arrive as if the reader had read these pages itself. StageError (corrupt, encrypted, too many
    pages: both engines turn their libraries' errors on opening a document or a page, pdfplumber's PdfminerException
    and pypdfium2's PdfiumError, into these) is reported as it is; EngineCannotRead makes read_pdf read again with
    pdfplumber; MemoryError (the fork inherits the reader's memory cap), or any error raised as the fork came near
    that cap (`cap_reached`), is named as the --max-memory limit (council_actions.child); anything else (a bug, an
    input nobody foresaw) is named with its type by the stage boundary (council_actions.pipeline.run_stage). A
    narrower catch would turn what it left out into the fork's crash ('stopped unexpectedly'), for a long document
    only. Nothing is lost: the exception is raised again in the reader. What is not sent: KeyboardInterrupt and
    SystemExit (end_child ends the fork on them; the reader finds no pages and names the pages' reader), and an
    exception that does not pickle (end_child prints its traceback, which --verbose shows)."""

    def work() -> None:
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != reader:  # the reader ended before the binding took: nobody waits for these pages
            os._exit(0)
        try:
            outcome: tuple[bool, object] = (True, read_pages(pages))
        except Exception as exc:  # raised again in the reader: see the docstring
            free_room()  # the limited child's, inherited: room to report in, whatever the read left
            outcome = (False, cap_reached(exc) or exc)
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(pipe, "wb") as stream:
            stream.write(data)

    end_child(work)


def _reap(pid: int, pipe: int) -> None:
    os.close(pipe)
    os.waitpid(pid, 0)
