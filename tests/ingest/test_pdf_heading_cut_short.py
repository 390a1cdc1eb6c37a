"""Waverley's CPA improvement plan, as LibreOffice and Chromium print it to PDF, has its second column headed whole,
not `Para Ref (to`, cut short. The heading is one ruled cell wrapped over three lines (LibreOffice: `Para Ref (to` /
`CPA` / `Report)`) or two (Chromium: `Para Ref (to` / `CPA Report)`). A line the PDF reader saw its cell wrap onto
(`paragraph_start` False) is the heading's, whatever its column's role: joining a further line only where it prints
under a column some role already names would not join this one (no role names `Para Ref (to` or `Para Ref (to
CPA`), and `CPA` would be taken for the first row, its lines lost (no row, boilerplate or issue holding them). Both
engines, both producers, with no profile and with Waverley's (which names the whole heading).
"""

from __future__ import annotations

import pytest
from council_actions.ingest import PDF_ENGINES, read_document
from council_actions.parsers import parse_document

from council_actions.profile import load_profile
from tests.conftest import FIXTURES

PDFS = FIXTURES / "other_councils" / "pdf"
HEADINGS = ["No", "Para Ref (to CPA Report)", "What?", "How?", "Who by?", "When?"]
HEADING_LINES = {"libreoffice": [["No", "Para Ref (to", "What?", "How?", "Who by?", "When?"], ["CPA"], ["Report)"]],
                 "chromium": [["No", "Para Ref (to", "What?", "How?", "Who by?", "When?"], ["CPA Report)"]]}


@pytest.fixture(scope="module", params=["generic", "waverley"])
def profile(request):
    return load_profile(request.param)


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("producer", sorted(HEADING_LINES))
def test_para_ref_heading_cut_short(producer, engine, profile):
    document = read_document(PDFS / f"waverley_cpa_improvement_plan_2004_{producer}.pdf", pdf_engine=engine,
                             role_of=profile.roles.role_of)
    assert [c.heading for c in document.columns] == HEADINGS
    header = [[c.text for c in line.cells] for line in document.iter_lines() if line.layout == "header"]
    assert header == HEADING_LINES[producer]
    first_row = next(line for line in document.iter_lines() if line.layout == "row_start")
    assert [c.text for c in first_row.cells][:2] == ["1.", "78/91/104"]
    first = parse_document(document, profile).actions[0]
    if profile.name == "generic":  # a heading no generic rule knows: kept in the notes under its whole heading
        assert first.notes == "Para Ref (to CPA Report): 78/91/104"
    else:  # waverley.toml names `Para Ref (to CPA Report)` a notes column, which a cut heading never matched
        assert first.notes == "78/91/104"
