"""The committed real-producer PDFs, each read once per test session (tests/fixtures/pdf/producers/make_pdfs.py)."""

from __future__ import annotations

from functools import cache

from council_actions.ingest.pdf_layout import DEFAULT_PDF_ENGINE, PdfEngine

from council_actions.pipeline import Processed, process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, GIVEN

PDFS = FIXTURES / "pdf"
PRODUCERS = ("chromium", "libreoffice")


@cache
def processed_pdf(name: str, engine: PdfEngine = DEFAULT_PDF_ENGINE) -> Processed:
    """`name`: a PDF's path under tests/fixtures/pdf without `.pdf`, e.g. `runnymede_plan_chromium`."""
    return process(PDFS / f"{name}.pdf", load_profile(), GIVEN, pdf_engine=engine)
