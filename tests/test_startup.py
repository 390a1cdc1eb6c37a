"""Start-up: a document imports only what it needs, and the owner matcher is built once per process.

Timing lives in benchmarks/pdf.py (ratios against the spaCy floor); these are
the facts behind it that can fail deterministically.
"""

import json
import subprocess
import sys

from council_actions.ingest import read_document
from council_actions.normalise import glossary_for, normalise_document
from council_actions.parsers import parse_document

from tests.conftest import PLAN, REFERENCE, ROOT, THEME_7
from tests.pdf_factory import WORD, draw_plan

HEAVY = ("pandas", "pdfplumber", "pdfminer", "pypdfium2", "dateparser")
PROBE = """
import json, sys
from pathlib import Path
from council_actions.pipeline import process, write
from council_actions.profile import load_profile
# in-process: `run` reads in a child process (council_actions.limits), whose imports this one cannot see
for path in sys.argv[2:]:
    write(process(Path(path), load_profile()), Path(sys.argv[1]), load_profile(), "r1")
print(json.dumps(sorted(name for name in {heavy} if name in sys.modules)))
"""


def imported_by_a_run(out, *paths) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), str(out), *map(str, paths)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def test_text_input_imports_no_pdf_library_and_no_pandas(tmp_path):
    """Two documents into one revision: the second reads what the first wrote, still without pandas."""
    assert imported_by_a_run(tmp_path, PLAN, THEME_7) == []


def test_pdf_input_reads_with_pdfium_and_imports_no_pandas(tmp_path, plan, profile):
    path = tmp_path / "plan.pdf"
    draw_plan(path, plan, profile, (7,), WORD)
    assert imported_by_a_run(tmp_path / "out", path) == ["pdfminer", "pdfplumber", "pypdfium2"]  # the table finder


def test_owner_matcher_built_once_for_many_documents(profile):
    glossary_for.cache_clear()
    for path in (PLAN, THEME_7, PLAN):
        normalise_document(parse_document(read_document(path), profile), profile, REFERENCE)
    assert glossary_for.cache_info().misses == 1
