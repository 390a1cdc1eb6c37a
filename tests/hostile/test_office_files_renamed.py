"""An office file under a text or PDF name (a tracker saved as .xlsx and renamed .txt, a plan's .docx renamed .pdf,
an OpenDocument sheet renamed .csv). A folder walk names a `.docx` with what to save it as; renamed, it was read and
refused as a "binary file (contains NUL bytes), neither text nor PDF", which says neither what it is nor what to
do. Each is now named by its container (ingest/sniff.OFFICE_FILES) with what to save it as, and the plan beside
them still lands, the earlier revision whole.
"""

from __future__ import annotations

import io
import zipfile

from council_actions.cli import main
from tests.conftest import THEME_7, snapshot

WORD_SAVE = "save it as PDF (or Text, .txt) from its application and ingest that"
SHEET_SAVE = "save its sheet as CSV (or Text (Tab delimited), .tsv) and ingest that"


def zipped(members: dict[str, str]) -> bytes:
    """A zip container of the members, in order, as an office application writes one: deflated, but an
    OpenDocument's `mimetype` first and stored as it is (the OpenDocument packaging rule)."""
    written = io.BytesIO()
    with zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED) as container:
        for name, text in members.items():
            container.writestr(name, text, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return written.getvalue()


XLSX = zipped({"[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>",
               "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet/>"})
DOCX = zipped({"[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>",
               "word/document.xml": "<w:document/>"})
ODS = zipped({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document/>"})
# file name, bytes, the problem said
RENAMED = [
    ("tracker_xlsx_renamed.txt", XLSX, f"an Excel workbook (.xlsx), not text or PDF, whatever its name: {SHEET_SAVE}"),
    ("plan_docx_renamed.pdf", DOCX, f"a Word document (.docx), not text or PDF, whatever its name: {WORD_SAVE}"),
    ("tracker_ods_renamed.csv", ODS,
     f"an OpenDocument spreadsheet (.ods), not text or PDF, whatever its name: {SHEET_SAVE}"),
]


def test_office_files_under_text_or_pdf_names_are_named_and_the_plan_beside_them_lands(tmp_path, capfd):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "theme_7.txt").write_bytes(THEME_7.read_bytes())
    for name, data, _ in RENAMED:
        (plans / name).write_bytes(data)
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    before = snapshot(out / "documents" / "r1")
    capfd.readouterr()
    assert main(["ingest", str(plans), "--out", str(out), "--revision", "r2", "--jobs", "1", "-q"]) == 1
    said = sorted(capfd.readouterr().err.splitlines())
    assert said == sorted(f"council-actions: error: {plans / name}: ingest: {problem}" for name, _, problem in RENAMED)
    assert snapshot(out / "documents" / "r1") == before
    assert len(list((out / "documents" / "r2").glob("*.parquet"))) == 1
