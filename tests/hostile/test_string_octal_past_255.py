"""A PDF whose bytes hold a string with an octal escape past 255 (`\\661`; benchmarks/fuzz.py case 11-25: Maidstone's
AGS 2014/15 printed by Chromium, its cross-reference stripped and its content streams cut) is a corrupt PDF named in
one line by either engine, not 'ingest failed unexpectedly (AssertionError: Invalid octal ...)'.

pdfminer.six (20260107) checks such an escape with an `assert`: the page-tree check (ingest/pdf_tree.py), which
leaves a file pdfminer cannot open to the reader, let the AssertionError through before either engine read it.
"""

from __future__ import annotations

import pytest
from council_actions.ingest.pdf_tree import check_page_tree

from council_actions.cli import main
from tests.conftest import FIXTURES

CASE = FIXTURES / "regressions" / "string_octal_escape_past_255.pdf"


def test_the_page_tree_check_leaves_the_file_to_the_reader():
    assert check_page_tree(CASE.read_bytes(), str(CASE), 1000, 1 << 30) is None


@pytest.mark.parametrize(("engine", "words"), [("pdfium", "(Failed to load document"),
                                               ("pdfplumber", "(AssertionError: Invalid octal b'661' (433))")])
def test_each_engine_names_the_file_corrupt(tmp_path, capfd, engine, words):
    capfd.readouterr()
    code = main(["ingest", str(CASE), "--out", str(tmp_path / "out"), "--revision", "r1", "--jobs", "1",
                 "--pdf-engine", engine])
    lines = capfd.readouterr().err.splitlines()
    assert code == 1
    assert lines == [line for line in lines if line.startswith(f"council-actions: error: {CASE}: ingest: corrupt or "
                                                               f"truncated PDF {words}")]
    assert len(lines) == 1
