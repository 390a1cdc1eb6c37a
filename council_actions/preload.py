"""What a process loads before it forks, so that its children inherit it instead of each loading it again.

The stage packages import their modules lazily, so that the parent of the first documents' children loads no
reader or parser: those children import them for themselves while the parent loads spaCy (`prepare`).
Everything is loaded under FORK_LOCK: a child forked while another thread is half-way through an import
would inherit that module's lock, held for ever (council_actions.limited_step).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from council_actions.document_files import is_file
from council_actions.limited_step import FORK_LOCK
from council_actions.normalise import glossary_for
from council_actions.parsers import build_patterns
from council_actions.profile import Profile

# How a PDF opens, as the reader tells one (ingest/sniff.PDF_MAGIC, the rule): spelt again here rather than
# imported, so that this module adds nothing of the reader to a command's start-up.
PDF_MAGIC = b"%PDF-"
# What the stages import when they first run; later documents' children inherit them from `prepare`.
NORMALISERS = ("council_actions.normalise.allocation", "council_actions.normalise.columns",
               "council_actions.dating.timelines", "council_actions.normalise.reference",
               "council_actions.normalise.document_key", "council_actions.normalise.support")
STAGE_MODULES = ("council_actions.ingest.sniff", "council_actions.ingest.text", "council_actions.ingest.renderings",
                 "council_actions.ingest.pipe_tables", "council_actions.ingest.pipe_lines",
                 "council_actions.ingest.two_columns", "council_actions.ingest.records",
                 "council_actions.ingest.cell_lines", "council_actions.ingest.fixed_width",
                 "council_actions.ingest.headed_list", "council_actions.ingest.spaced_header",
                 "council_actions.ingest.code_list", "council_actions.ingest.spaced_rows",
                 "council_actions.ingest.timed_paragraphs", "council_actions.ingest.slash_rows",
                 "council_actions.parsers.title_status",
                 "council_actions.parsers.plan_layout", "council_actions.parsers.action_plan",
                 "council_actions.parsers.self_assessment", "council_actions.parsers.table_plan",
                 "council_actions.parsers.council", "council_actions.parsers.plan_date",
                 "council_actions.parsers.status_totals", "council_actions.parsers.furniture",
                 "council_actions.parsers.captions", "council_actions.parsers.rating_tables",
                 "council_actions.parsers.part_ratings", "council_actions.parsers.read_around",
                 "council_actions.parsers.owner_key", "council_actions.parsers.placed_lines", *NORMALISERS)
WRITER = "council_actions.output.writer"  # Arrow and Parquet: a fifth of a second


def prepare(profile: Profile, path: Path | None = None) -> None:
    """Build in this process what every child would otherwise build again: the owner matcher (spaCy's import is
    most of a small document's time), and, given the `path` of a later document, the readers, parsers and
    normalisers (`reader_modules`) and the parse's patterns built from the profile's words. Children forked
    afterwards inherit them (never half-built: FORK_LOCK keeps forks out while they load). A fresh process leaves
    those modules to its first child, which imports them while spaCy loads here.

    The first time, the cyclic garbage collector is paused while spaCy loads and what loaded is then frozen
    (`gc.freeze`, as Python's documentation advises before forking): loading makes hundreds of thousands of
    objects that live as long as the process, and the collector would otherwise walk them again and again,
    during the load, in this process afterwards and in every child (whose copies each walk would also touch).
    The freeze is undone when the process exits (`atexit`): a caller's own extension objects frozen with it
    (DuckDB's, in a test or a notebook) would otherwise never be freed, and nanobind prints a page of "leaked"
    lines at exit. The CLI ends with `os._exit` after the exit functions, so it pays nothing for it."""
    with FORK_LOCK:
        first = not started_up()
        collecting = gc.isenabled()
        if first:
            gc.disable()
        try:
            glossary_for(profile).load()
            if path is not None:
                _load_readers(profile, path)
        finally:
            if first:
                gc.freeze()
                atexit.register(gc.unfreeze)
            if collecting:
                gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a document is read and parsed, if it was running. The read
    makes and drops hundreds of thousands of objects (a PDF page is thousands of characters, words and cells),
    all freed by reference counting; the collector would walk the live ones again and again, in a forked child
    the heap it inherited too (copying every page of it that the walk writes to). Measured on the 22-page plan,
    a reading child forked as the CLI forks it: 5% of its CPU time. What a read leaves in cycles is little (a
    few hundred objects for 22 pages with pdfium, a few thousand with pdfplumber), and is collected afterwards."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def reader_modules(path: Path) -> tuple[str, ...]:
    """The readers, parsers and normalisers a document at `path` needs (the PDF reader too for a PDF)."""
    return STAGE_MODULES + (("council_actions.ingest.pdf",) if looks_like_pdf(path) else ())


def prepare_readers(profile: Profile, path: Path) -> None:
    """What readers forked afterwards inherit rather than build each: the profile's owner glossary and the spellings
    it is built on (the parse asks which paragraphs open with an owner: council_actions/owner_spellings.py), the
    modules a document at `path` needs and the patterns its parse builds from the profile's words
    (parsers.build_patterns)."""
    with FORK_LOCK:
        glossary_for(profile)
        _load_readers(profile, path)


def _load_readers(profile: Profile, path: Path) -> None:
    """The modules a document at `path` needs, the patterns its parse builds from the profile's words, and the
    timeline rules' patterns, which a process compiles on first use (council_actions/dating/periods.py)."""
    for name in reader_modules(path):
        importlib.import_module(name)
    build_patterns(profile)
    from council_actions.dating.periods import rule_patterns  # loaded by now, with the normalisers

    rule_patterns()


def load(*modules: str) -> None:
    """Import in this process (never half-way through while another thread forks: FORK_LOCK)."""
    with FORK_LOCK:
        for name in modules:
            importlib.import_module(name)


def load_writer(*also: str) -> None:
    """The writer (Arrow and Parquet) and the modules `also`, with Arrow's first arena reserved here so that
    children forked afterwards, their address space capped, can build tables (output.tables.reserve_arrow_memory)."""
    load(*also, WRITER)
    from council_actions.output.tables import reserve_arrow_memory

    reserve_arrow_memory()


def load_normalisers() -> None:
    """What a first document's normalising child needs besides spaCy, loaded here while its read goes on, so that
    the child inherits it: the normalisers, the writer, and the timeline rules' patterns, which a process compiles
    on first use (council_actions/dating/periods.py). Compiling them here took about 11 ms off the 22-page plan's
    normalising child (0.034 s to 0.023 s, forked as the CLI forks it) for some 17 ms of this process's wait."""
    load_writer(*NORMALISERS)
    from council_actions.dating.periods import rule_patterns  # loaded by now, with the normalisers

    rule_patterns()


def started_up() -> bool:
    """Whether this process has loaded spaCy already: the first documents' readers start before that."""
    return "spacy" in sys.modules


def looks_like_pdf(path: Path) -> bool:
    """By content, as the reader decides: whether to import the PDF reader before forking (no, if unreadable). A
    regular file only: a peek at a pipe would take its first bytes from the document's read, and one with no
    writer would hold this process for ever, outside the document's time limit (its child imports the reader)."""
    if not is_file(path):
        return False
    try:
        with path.open("rb") as stream:
            return stream.read(1024).lstrip().startswith(PDF_MAGIC)
    except OSError:
        return False
