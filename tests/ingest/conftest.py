"""A PDF engine's read of a file, made once per test run and shared by the modules that ask for it
(`pdf_read_once_per_run`), whichever xdist worker runs them.

test_pdf_engines.py and test_running_lines.py read the same committed PDFs (the seed plan printed by Chromium,
and again with a running footer) with both engines, and pdfplumber's read of one is some 3 s of CPU; with
`--dist loadfile` the two modules run in two workers, each with its own memory. The first to need a read
makes it and leaves it pickled for this run's other workers (tests/run_once.py), which wait for it and read it
back. Only the engine's read (`ingest/pdf.py`'s `read_pdf`) is shared: what comes after it (the profile's
layout, the parse) runs in every test as before. A read that raises is not kept, so it raises again wherever it is asked for.
"""

from __future__ import annotations

import hashlib
import pickle

import pytest
from council_actions.ingest import DEFAULT_PDF_ENGINE, pdf

from tests.run_once import held, keep, run_folder


@pytest.fixture(scope="module")
def pdf_read_once_per_run(tmp_path_factory, request):
    """For the module's tests, `read_pdf` reads a file with an engine once per run (see the module)."""
    read, pdf_reads = pdf.read_pdf, run_folder(tmp_path_factory, request.config)

    def shared(data, source_name, source, max_pages, engine=DEFAULT_PDF_ENGINE, processes=2):
        # `processes` is left out: a read in two processes is the same read (ingest/pdf_split.py)
        key = hashlib.sha256(repr((source_name, source, max_pages, engine)).encode() + data).hexdigest()
        kept = pdf_reads / f"pdf_{key}.pickle"
        with held(kept.with_suffix(".lock")):
            if kept.exists():
                return pickle.loads(kept.read_bytes())
            document = read(data, source_name, source, max_pages, engine, processes)
            keep(kept, document)
            return document

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf, "read_pdf", shared)
        yield
