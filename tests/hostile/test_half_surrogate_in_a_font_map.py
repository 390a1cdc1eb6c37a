"""A font whose ToUnicode map sends a code to half a surrogate pair (<DCDC>: benchmarks/fuzz.py case 7-189, a
content stream edited in the Chromium plan). pdfium gave the half pair as the character, no text can hold it, and
the output step failed on it, "output failed unexpectedly (UnicodeEncodeError ...)". It is read as U+FFFD, the
replacement character, where it stands; pdfminer gives nothing for it."""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document

from tests.hostile import pdfs

LINES = ["Review the plan by March 2025"]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_half_a_surrogate_pair_is_no_character_of_the_text(tmp_path, engine):
    path = tmp_path / "half_pair.pdf"
    path.write_bytes(pdfs.mapped_text(LINES, {"v": "\udcdc"}))
    text = read_document(path, pdf_engine=engine).text
    text.encode("utf-8")  # raises on a lone surrogate, as the output step did
    assert text.startswith("Re\ufffdiew the plan" if engine == "pdfium" else "Re iew the plan")
