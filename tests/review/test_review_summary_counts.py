"""`council-actions review`'s summary: each count agrees with its noun (`1 document`, never `1 documents, 3 rows,
0 crops`). Warwick's complaints record (one action, its two owners; a text file: no crops)."""

from __future__ import annotations

from council_actions.cli import main
from tests.conftest import SAMPLES

WARWICK = SAMPLES / "other_councils" / "warwick_housing_improvement_plan_2024_complaints.txt"


def test_a_one_document_review_says_1_document(tmp_path, capsys):
    out, site = tmp_path / "out", tmp_path / "site"
    assert main(["ingest", str(WARWICK), "--out", str(out), "--revision", "r1", "--profile", "generic", "-q"]) == 0
    capsys.readouterr()
    assert main(["review", str(out), "--out", str(site)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"review of revision r1: 1 document, 3 rows, 0 crops -> {site / 'index.html'}"]
