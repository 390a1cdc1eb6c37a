"""The fast engine (pdfium) against the reference (pdfplumber), page by page, on every committed PDF fixture.

Same pages, lines, cells, text, character spans, paragraph evidence and fill
colours. Boxes agree to within `BBOX_TOLERANCE` points: pdfium keeps glyph
advances as whole thousandths of an em where pdfminer keeps the file's
decimals, so x positions drift by up to about a point across a long line.
"""

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from council_actions.ingest import read_document
from council_actions.ingest.pdf import read_pdf
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tests.pdf_factory import BROWSER, FULL_WIDTH, WORD, require_fonts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"
COMMITTED = sorted(FIXTURES.rglob("*.pdf"))  # the producers' whole plans and the extracts
BBOX_TOLERANCE = 2.0
SIZE_TOLERANCE = 0.001  # pdfium keeps page sizes in single precision


@pytest.fixture(scope="module", params=[WORD, BROWSER, FULL_WIDTH, *COMMITTED],
                ids=lambda p: str(p.relative_to(FIXTURES)) if isinstance(p, Path) else f"factory_{p.name}")
def both(request, drawn_seed_plan, pdf_read_once_per_run):
    """Each file read by both engines, once a run: a committed one's reads are shared with test_running_lines.py
    and test_row_words.py, a drawn seed plan's with test_pdf.py and test_row_words.py (tests/conftest.py)."""
    path = request.param if isinstance(request.param, Path) else drawn_seed_plan(request.param)
    return read_document(path, pdf_engine="pdfplumber"), read_document(path, pdf_engine="pdfium")


def cell_values(cell):
    span = cell.span
    return (cell.column, cell.text, cell.fill, cell.paragraph_start, cell.space_below, cell.across_table, span.page,
            span.line_start, span.line_end, span.char_start, span.char_end)


def test_same_text_and_pages(both):
    reference, fast = both
    assert fast.text == reference.text
    assert fast.document_id == reference.document_id
    assert [p.number for p in fast.pages] == [p.number for p in reference.pages]
    for ours, theirs in zip(fast.pages, reference.pages, strict=True):
        assert ours.width == pytest.approx(theirs.width, abs=SIZE_TOLERANCE)
        assert ours.height == pytest.approx(theirs.height, abs=SIZE_TOLERANCE)


def test_same_cells_spans_and_colours_page_by_page(both):
    reference, fast = both
    for ours, theirs in zip(fast.pages, reference.pages, strict=True):
        assert [(line.number, line.text, line.tabular) for line in ours.lines] == \
            [(line.number, line.text, line.tabular) for line in theirs.lines], f"page {theirs.number}"
        assert [[cell_values(c) for c in line.cells] for line in ours.lines] == \
            [[cell_values(c) for c in line.cells] for line in theirs.lines], f"page {theirs.number}"


def test_boxes_agree_within_tolerance(both):
    reference, fast = both
    shaded = 0
    for ours, theirs in zip(fast.iter_lines(), reference.iter_lines(), strict=True):
        assert ours.span.bbox == pytest.approx(theirs.span.bbox, abs=BBOX_TOLERANCE)
        for mine, yours in zip(ours.cells, theirs.cells, strict=True):
            assert mine.span.bbox == pytest.approx(yours.span.bbox, abs=BBOX_TOLERANCE)
            shaded += mine.fill is not None
    assert shaded > 20  # the heatmap and score cells: colours were compared, not just absences


def test_rotated_pages_are_read_by_the_reference_engine(tmp_path):
    """pdfium does not mirror pdfplumber on rotated pages; such a document goes to pdfplumber whole."""
    require_fonts()
    path = tmp_path / "rotated.pdf"
    canvas = Canvas(str(path), invariant=1)
    canvas.setPageRotation(90)
    canvas.drawString(72, 720, "Action plan, printed sideways")
    canvas.showPage()
    canvas.save()
    data = path.read_bytes()
    fast = read_pdf(data, path.name, str(path), 10, "pdfium")
    assert fast == read_pdf(data, path.name, str(path), 10, "pdfplumber")
    assert "printed sideways" in fast.text


def test_rotated_text_on_an_upright_page_reads_as_pdfplumber_reads_it(tmp_path):
    """Sideways characters (a rotated column heading) leave the fast word rule for pdfplumber's general one."""
    require_fonts()
    path = tmp_path / "sideways_heading.pdf"
    canvas = Canvas(str(path), invariant=1)
    canvas.drawString(72, 720, "Action plan")
    canvas.saveState()
    canvas.translate(300, 500)
    canvas.rotate(90)
    canvas.drawString(0, 0, "Allocated to")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    data = path.read_bytes()
    fast = read_pdf(data, path.name, str(path), 10, "pdfium")
    assert fast.text == read_pdf(data, path.name, str(path), 10, "pdfplumber").text
    assert "Action plan" in fast.text


def test_spaces_drawn_as_objects_of_their_own_on_a_page_pdfium_takes_to_run_down(tmp_path):
    """Chromium prints a glyph per text object, a space as an object without ink, which pdfium's text page leaves
    out; on a page of two narrow columns pdfium takes the lines to run down and puts line breaks, not spaces,
    between the objects. The words must still come apart where the spaces are, as pdfplumber reads them."""
    require_fonts()
    path = tmp_path / "glyph_per_object_in_two_columns.pdf"
    lines = ["Complaints reporting from", "the new system as a", "result of the updated process"] * 4
    canvas = Canvas(str(path), invariant=1)
    canvas.setFont("DejaVuSans", 8)
    for left in (40, 480):
        for row, line in enumerate(lines):
            x = left
            for glyph in line:
                canvas.drawString(x, 800 - 9.5 * row, glyph)
                x += stringWidth(glyph, "DejaVuSans", 8)
    canvas.showPage()
    canvas.save()
    with pdfium.PdfDocument(path) as document:
        textpage = document[0].get_textpage()
        assert "Complaintsreporting" in textpage.get_text_range().replace("\r\n", "")  # pdfium still runs them down
    fast = read_document(path, pdf_engine="pdfium")
    assert fast.text == read_document(path, pdf_engine="pdfplumber").text
    assert fast.text.count("Complaints reporting from") == 8
