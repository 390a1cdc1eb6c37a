"""A PDF engine's read of a file, made once per test run and shared by the modules that ask for it
(`pdf_read_once_per_run`), whichever xdist worker runs them.

test_pdf_engines.py and test_running_lines.py read the same committed PDFs (the seed plan printed by Chromium,
and again with a running footer) with both engines, and pdfplumber's read of one is some 3 s of CPU; with
`--dist loadfile` the two modules run in two workers, each with its own memory. The first to need a read
makes it under a lock and leaves it pickled in a folder of this run's temporary root, which all its workers
share (pytest-xdist's way to run a session fixture once); the others wait for it and read it back. Only the
engine's read (`ingest/pdf.py`'s `read_pdf`) is shared: what comes after it (the profile's layout, the parse)
runs in every test as before. A read that raises is not kept, so it raises again wherever it is asked for.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import pickle

import pytest
from council_actions.ingest import DEFAULT_PDF_ENGINE, pdf


@pytest.fixture(scope="session")
def pdf_reads(tmp_path_factory, request):
    """This run's folder of reads: beside the workers' own temporary folders under xdist, else in this one's."""
    root = tmp_path_factory.getbasetemp()
    folder = (root.parent if hasattr(request.config, "workerinput") else root) / "pdf_reads"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def pdf_read_once_per_run(pdf_reads):
    """For the module's tests, `read_pdf` reads a file with an engine once per run (see the module)."""
    read = pdf.read_pdf

    def shared(data, source_name, source, max_pages, engine=DEFAULT_PDF_ENGINE, processes=2):
        # `processes` is left out: a read in two processes is the same read (ingest/pdf_split.py)
        key = hashlib.sha256(repr((source_name, source, max_pages, engine)).encode() + data).hexdigest()
        kept = pdf_reads / f"{key}.pickle"
        with (pdf_reads / f"{key}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if kept.exists():
                return pickle.loads(kept.read_bytes())
            document = read(data, source_name, source, max_pages, engine, processes)
            part = kept.with_suffix(".part")
            part.write_bytes(pickle.dumps(document))
            os.replace(part, kept)
            return document

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf, "read_pdf", shared)
        yield
