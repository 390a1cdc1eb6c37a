"""A PDF whose text layer maps every glyph to a private-use code (a symbol font, or a subset font whose ToUnicode
map sends its glyphs there): the page prints Runnymede's plan, the text layer holds no letter of it. It failed as
"not a council action plan or self-assessment", which a data team reads as a wrong file. The failure now says why
no heading was found, how many of its characters map to no letter, and what to do (OCR), with both engines; the
plan beside it lands and the earlier revision is whole.
"""

from __future__ import annotations

import importlib

import pytest

from council_actions.cli import main
from tests.conftest import PLAN, THEME_7, snapshot
from tests.hostile import pdfs

PARSERS = importlib.import_module("council_actions.parsers")
# the plan's first 50 printable lines, as printed, each cut to 80 characters to stay within the page's width
LINES = [line.replace("\t", "   ")[:80] for line in PLAN.read_text(encoding="utf-8").splitlines()
         if line.strip() and line.isascii()][:50]
PRINTED = sum(len(line) for line in LINES)  # every code the lines show, a space's too, is mapped to a private-use one


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_text_layer_of_private_use_codes_fails_saying_so(tmp_path, capfd, engine):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "theme_7.txt").write_bytes(THEME_7.read_bytes())
    unmapped = plans / "plan_private_use_glyphs.pdf"
    unmapped.write_bytes(pdfs.private_use_text(LINES))
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    before = snapshot(out / "documents" / "r1")
    capfd.readouterr()
    assert main(["ingest", str(plans), "--out", str(out), "--revision", "r2", "--jobs", "1", "-q",
                 "--pdf-engine", engine]) == 1
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {unmapped}: parse: not a council action plan or self-assessment (no plan column "
        f"headings, heatmap or theme pages found); {PRINTED} of its {PRINTED} characters are glyphs its fonts map to "
        "no letter (private-use codes or (cid:N)), so its text cannot be read as printed: OCR it, e.g. `ocrmypdf "
        "--force-ocr in.pdf out.pdf`"]
    assert snapshot(out / "documents" / "r1") == before
    assert len(list((out / "documents" / "r2").glob("*.parquet"))) == 1


def test_a_text_of_letters_with_some_unmapped_glyphs_says_nothing_more():
    """Half or fewer of the glyphs unmapped (a Symbol bullet, a `(cid:3)` among words): the text is read as any."""
    assert PARSERS._unreadable("\uf0b7 Review the policy (cid:3)") == ""
    assert PARSERS._unreadable("\ue041\ue042 (cid:3)(cid:4) ab") == (
        "; 4 of its 6 characters are glyphs its fonts map to no letter (private-use codes or (cid:N)), so its text "
        "cannot be read as printed: OCR it, e.g. `ocrmypdf --force-ocr in.pdf out.pdf`")
