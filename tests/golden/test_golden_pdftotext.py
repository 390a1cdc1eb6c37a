"""`pdftotext -layout` text of the real-producer PDFs against the hand-checked golden file.

The text files are made by tests/fixtures/pdftotext/make_pdftotext.py from the committed PDFs (poppler's
pdftotext 22.12), so CI needs no poppler. Fixed-width text as pdftotext writes it: column positions drift
from page to page, the headings wrap over two lines and are printed again on each page, a full line squeezes
the gap between two columns to one space ("reporting on CLT, Q2 2024."), a row runs on over the page break,
and heatmap cells run together ("See Cl012 G003"). The reader must give back what the PDF itself gives: the
golden file, but for the producers' stated losses.
"""

from __future__ import annotations

import pytest

from council_actions.pipeline import process
from tests.conftest import FIXTURES, GIVEN
from tests.golden.compare import compare, exact_rows, report, to_golden
from tests.golden.producer_pdfs import PRODUCERS
from tests.golden.test_golden_pdf import HYPHEN_AT_WRAP

# Fixed-width text has no trailing spaces: the space LibreOffice prints after CI005's 'day-' at the wrap (which
# the PDF reader keeps) is gone here, so the hyphen loss holds for both producers.
PRODUCER_LOSSES = {producer: (HYPHEN_AT_WRAP,) for producer in PRODUCERS}

TEXTS = FIXTURES / "pdftotext"


@pytest.fixture(scope="module", params=PRODUCERS)
def producer(request):
    return request.param


@pytest.fixture(scope="module")
def from_pdftotext(producer, profile, golden):
    processed = process(TEXTS / f"squeezed_drifting_columns_{producer}.txt", profile, GIVEN)
    assert processed.document.rendering == "fixed_width"
    return to_golden(processed.parsed, processed.normalised, golden["source"])


def test_pdftotext_reproduces_the_golden_file(producer, golden, from_pdftotext):
    differences = compare(golden, from_pdftotext)
    unexplained = [d for d in differences if d not in PRODUCER_LOSSES[producer]]
    assert not unexplained, report(unexplained)
    assert exact_rows(golden, from_pdftotext) == (73, 94)


def test_nothing_lost(producer, profile):
    """Every line is inside a record's span, known boilerplate (the headings printed on each page) or an issue."""
    processed = process(TEXTS / f"squeezed_drifting_columns_{producer}.txt", profile, GIVEN)
    parsed = processed.parsed
    spans = [r.span for r in parsed.themes + parsed.heatmap + parsed.elements + parsed.actions + parsed.boilerplate]
    spans += [i.span for i in parsed.issues]
    covered = {n for span in spans for n in range(span.line_start, span.line_end + 1)}
    assert [line.text for line in processed.document.iter_lines() if line.number not in covered] == []
