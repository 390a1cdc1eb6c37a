"""PDF input: generated plans give back what the text parser reads from the same content."""

import io

import duckdb
import pdfplumber
import pytest
from council_actions.ingest import read_document
from council_actions.ingest.pdf import TABLE_SETTINGS, find_tables
from council_actions.parsers import parse_document
from reportlab.pdfgen.canvas import Canvas

from council_actions.issues import StageError
from council_actions.pipeline import run
from tests.pdf_factory import BROWSER, FULL_WIDTH, WORD, draw_plan, heatmap_score, require_fonts

# A PDF's read by an engine is made once a run (tests/conftest.py): the drawn seed plans' reads are the ones
# test_pdf_engines.py and test_row_words.py make of the same files; a read that raises is not kept.
pytestmark = pytest.mark.usefixtures("pdf_read_once_per_run")


def element_values(e):
    return (e.element_id, e.printed_id, e.theme_no, e.score, e.characteristic, e.status_note, e.no_gaps, e.alias_of,
            e.notes)


def action_values(a):
    return (a.action_id, a.element_id, a.seq, a.opportunity, a.action, a.allocated_raw)


@pytest.fixture(scope="module", params=[WORD, BROWSER, FULL_WIDTH], ids=lambda p: p.name)
def generated(request, drawn_seed_plan):
    """The seed plan, every theme, drawn once a run in each producer's style (tests/conftest.py)."""
    return drawn_seed_plan(request.param), request.param


@pytest.fixture(scope="module")
def pdf_plan(generated, profile):
    return parse_document(read_document(generated[0]), profile)


def test_elements_equal_the_text_parser(pdf_plan, plan):
    assert [element_values(e) for e in pdf_plan.elements] == [element_values(e) for e in plan.elements]


def test_actions_equal_the_text_parser(pdf_plan, plan):
    assert [action_values(a) for a in pdf_plan.actions] == [action_values(a) for a in plan.actions]


def test_theme_headings_and_introductions_become_themes(pdf_plan, plan):
    assert [(t.theme_no, t.theme_name) for t in pdf_plan.themes] == [(t.theme_no, t.theme_name) for t in plan.themes]
    for got, want in zip(pdf_plan.themes, plan.themes, strict=True):
        assert got.description == want.description.split("\n\n")[0]


def test_heatmap_scores_from_colour_are_exact(pdf_plan, plan):
    scores = {e.element_id: e.score for e in plan.elements}
    assert len(pdf_plan.heatmap) == 74
    assert [(c.element_id, c.score) for c in pdf_plan.heatmap] == [(c.element_id, heatmap_score(c, scores))
                                                                   for c in plan.heatmap]


def test_every_word_in_a_table_area_is_in_some_cell(generated):
    path, producer = generated
    lost_by_default = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            found = find_tables(page)  # once a page: finding tables is the slow part, and it reads only the page
            for settings, tables in ((None, found), (TABLE_SETTINGS, page.find_tables(TABLE_SETTINGS))):
                missing = [w for w in words if _in_area(w, tables) and not _in_cell(w, tables)]
                if settings is None:
                    assert missing == [], (page.page_number, [w["text"] for w in missing])
                else:
                    lost_by_default += len(missing) + sum(_in_area(w, found) and not _in_area(w, tables)
                                                          for w in words)
    if producer is BROWSER:  # no bottom border at page breaks: pdfplumber alone leaves those cells open
        assert lost_by_default > 0


def _centre(word):
    return (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2


def _in_area(word, tables):
    x, y = _centre(word)
    return any(t.bbox[0] <= x <= t.bbox[2] and t.bbox[1] <= y <= t.bbox[3] for t in tables)


def _in_cell(word, tables):
    x, y = _centre(word)
    return any(c[0] <= x <= c[2] and c[1] <= y <= c[3] for t in tables for c in t.cells)


def test_every_row_has_a_page_and_a_box_inside_it(generated, tmp_path, profile):
    path, _ = generated
    result = run(path, tmp_path, profile, "r1")
    with pdfplumber.open(path) as pdf:
        sizes = {p.page_number: (p.width, p.height) for p in pdf.pages}
    rows = duckdb.sql(f"select source_page, x0, top, x1, bottom from read_parquet('{tmp_path}/*/*/*.parquet', "
                      f"union_by_name=true) where document_id = '{result.document_id}'").fetchall()
    assert len(rows) > 300
    for page, x0, top, x1, bottom in rows:
        width, height = sizes[page]
        assert 0 <= x0 <= x1 <= width and 0 <= top <= bottom <= height


def test_repeated_headers_are_boilerplate(pdf_plan, generated):
    with pdfplumber.open(generated[0]) as pdf:
        table_pages = len(pdf.pages) - 1  # the first page holds the heatmap and key
    headers = [b for b in pdf_plan.boilerplate if b.kind == "column_header"]
    assert len(headers) >= table_pages


# --- bad and hostile PDFs ----------------------------------------------------------------------------------

def _pdf(path, draw=None, **canvas_options):
    require_fonts()
    canvas = Canvas(str(path), invariant=1, **canvas_options)
    (draw or (lambda c: c.drawString(72, 720, "Action plan")))(canvas)
    canvas.showPage()
    canvas.save()
    return path


def _image_only(canvas):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("RGB", (200, 100), "white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 72, 600, 200, 100)


def _expect(path, problem, **options):
    with pytest.raises(StageError) as caught:
        read_document(path, **options)
    message = str(caught.value)
    assert problem in message and str(path) in message and "\n" not in message
    return caught.value


def test_encrypted_pdf(tmp_path):
    path = _pdf(tmp_path / "locked.pdf", encrypt="secret")
    _expect(path, "encrypted PDF")


def test_image_only_pdf_suggests_ocr(tmp_path):
    path = _pdf(tmp_path / "scan.pdf", draw=_image_only)
    _expect(path, "ocrmypdf")


def test_truncated_pdf(tmp_path, plan, profile):
    whole = tmp_path / "whole.pdf"
    draw_plan(whole, plan, profile, (7,), WORD)
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole.read_bytes()[:2000])
    _expect(path, "corrupt or truncated PDF")


def test_not_a_pdf_despite_the_name(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_text("<!DOCTYPE html><html><body>Action plan</body></html>")
    _expect(path, "named .pdf but not a PDF")


def test_pdf_with_no_tables_is_not_a_plan(tmp_path, profile):
    path = _pdf(tmp_path / "letter.pdf")
    with pytest.raises(StageError, match="not a council action plan"):
        parse_document(read_document(path), profile)


def test_page_limit(tmp_path, plan, profile):
    path = tmp_path / "long.pdf"
    draw_plan(path, plan, profile, (7,), WORD)
    _expect(path, "more than the limit of 1 (--max-pages)", max_pages=1)


def test_printed_score_wins_over_a_disagreeing_colour(tmp_path, plan, profile):
    path = tmp_path / "mismatch.pdf"
    draw_plan(path, plan, profile, (7,), WORD, shade_as={"PCE005": "red", "PCE001": None})
    parsed = parse_document(read_document(path), profile)
    scores = {e.element_id: e.score for e in parsed.elements}
    assert scores["PCE005"] == "yellow" and scores["PCE001"] == "light_green"
    mismatches = [(i.element_id, i.message) for i in parsed.issues if i.code == "score_colour_mismatch"]
    assert mismatches == [("PCE005", "printed score yellow but the cell is shaded red; kept the printed word")]


@pytest.mark.parametrize("kind", ["encrypted", "image_only", "truncated"])
def test_bad_pdf_through_the_cli(tmp_path, plan, profile, kind):
    import subprocess
    import sys

    from tests.cli.test_cli import ROOT, snapshot

    out = tmp_path / "out"
    good = tmp_path / "good.pdf"
    draw_plan(good, plan, profile, (7,), WORD)
    run(good, out, profile, "r1")
    bad = tmp_path / f"{kind}.pdf"
    if kind == "encrypted":
        _pdf(bad, encrypt="secret")
    elif kind == "image_only":
        _pdf(bad, draw=_image_only)
    else:
        bad.write_bytes(good.read_bytes()[:3000])
    before = snapshot(out)
    done = subprocess.run([sys.executable, "-m", "council_actions.cli", "ingest", str(bad), "--out", str(out),
                           "--revision", "r1"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and str(bad) in done.stderr and "Traceback" not in done.stderr
    assert snapshot(out) == before
