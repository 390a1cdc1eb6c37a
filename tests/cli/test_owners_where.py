"""`owners` says where each unknown spelling is, page and lines for a PDF (whose lines run on through its pages, so
a line number alone sent a reader paging), as `issues` does; before, it printed `34-36` with no page.

Real PDF: three of Kent County Council's own slides (tests/fixtures/other_councils/SOURCES.md) read with the generic
profile, which has no glossary. Checked by hand against the extracted text, whose pages end at its form feeds (lines
26 and 51): `Head of` / `Business` / `Delivery Unit` is the Led by cell of the Social Prescribing Platform, lines
34-36 of page 2 (Adult Social Care); `Head of` / `Environment` the first GET action's, lines 55-56 of page 3."""

from __future__ import annotations

import json

from council_actions.cli import main
from tests.conftest import FIXTURES

KENT = FIXTURES / "other_councils" / "published" / "kent_ics_priorities_2025_procurement_asc_get.pdf"


def test_each_unknown_spelling_of_a_pdf_with_its_page_and_lines(tmp_path, capsys):
    out = str(tmp_path / "out")
    assert main(["ingest", str(KENT), "--out", out, "--revision", "2025-01", "--profile", "generic", "-q"]) == 0
    capsys.readouterr()
    assert main(["owners", out]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].split()[-1] == "where"
    rows = {(line.split("  ")[1].strip(), line.rsplit("  ", 1)[1].strip()) for line in lines[3:]}
    assert ("Head of Business Delivery Unit", "p2 lines 34-36") in rows
    assert ("Head of Environment", "p3 lines 55-56") in rows
    assert main(["owners", out, "--json"]) == 0
    unknown = json.loads(capsys.readouterr().out)["unknown"]
    business = next(u for u in unknown if u["owner_raw"] == "Head of Business Delivery Unit")
    assert (business["source_page"], business["line_start"], business["line_end"]) == (2, 34, 36)
