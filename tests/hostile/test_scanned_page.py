"""A scanned page among a PDF's text pages: an image with no text layer. A wholly scanned PDF fails with the OCR
hint (tests/ingest/test_pdf.py); one such page in a plan read whole was lost without a word, its rows missing and
the document `complete`. Now the page is one `page_without_text` error spanning it, and the document incomplete."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from council_actions.cli import main
from tests.conftest import FIXTURES, THEME_6, THEME_7

PLAN_EXTRACT = FIXTURES / "pdf" / "extracts" / "paragraphs_in_one_cell_libreoffice.pdf"  # 3 pages, 15 actions


def with_scanned_page(path: Path, after: int) -> Path:
    """The extract with a page drawing one grey picture and no text put in after its page `after`."""
    source = pdfium.PdfDocument(PLAN_EXTRACT)
    made = pdfium.PdfDocument.new()
    made.import_pages(source, list(range(after)))
    width, height = source[0].get_size()
    page = made.new_page(width, height)
    image = pdfium.PdfImage.new(made)
    image.set_bitmap(pdfium.PdfBitmap.from_pil(Image.new("RGB", (40, 30), (200, 200, 200))))
    image.set_matrix(pdfium.PdfMatrix().scale(width - 100, height - 100).translate(50, 50))
    page.insert_obj(image)
    page.gen_content()
    made.import_pages(source, list(range(after, len(source))))
    buffer = io.BytesIO()
    made.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def snapshot(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file() and "r1" not in p.parts}


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_scanned_page_among_text_pages_is_named_with_its_page(tmp_path, capfd, engine):
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r0", "--jobs", "1", "-q"]) == 0
    before = snapshot(out)
    plans = tmp_path / "plans"
    plans.mkdir()
    with_scanned_page(plans / "plan_with_a_scan.pdf", after=1)
    (plans / "theme.txt").write_bytes(THEME_6.read_bytes())
    capfd.readouterr()
    assert main(["ingest", str(plans), "--out", str(out), "--revision", "r1", "--jobs", "1", "--json",
                 "--pdf-engine", engine]) == 0
    report = json.loads(capfd.readouterr().out)
    plan, theme = report["documents"]
    assert (plan["status"], plan["complete"], plan["status_rule"], plan["rows"]["actions"]) == (
        "written", False, "error", 15)
    assert theme["status"] == "written"
    assert main(["issues", str(out), "--revision", "r1", "--code", "page_without_text", "--json"]) == 0
    issues = json.loads(capfd.readouterr().out)["issues"]
    assert [(i["source_name"], i["severity"], i["source_page"], i["message"]) for i in issues] == [
        ("plan_with_a_scan.pdf", "error", 2, "page 2 is an image with no text layer (a scanned page): its text is "
                                             "not read; run OCR first, e.g. `ocrmypdf in.pdf out.pdf`")]
    assert snapshot(out) == before  # revision r0 whole
