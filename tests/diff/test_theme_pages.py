"""Self-assessment theme pages take part in a diff: two revisions of four theme pages, drawn as a browser prints
them (tests/fixtures/revisions/make_theme_pages.py), ingested and diffed through the CLI. Every re-shaded heatmap
cell is one `score_changed` row with its direction and both sides' page and line; reworded narrative is none."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from council_actions.cli import main
from tests.fixtures.revisions import make_theme_pages as script
from tests.pdf_factory import require_fonts

R1, R2 = "2024-08", "2025-01"
# By hand from the script's R2_SCORES: (element, theme, before, after, previous_score_rank, score_rank, page, line,
# previous page, previous line). Ranks in the profile's order, best first: dark green 1, light green 2, yellow 3,
# amber 4, red 5. Each page prints its heatmap as two rows, on page 1: lines 4-5 (themes 3, 6, 7, whose seeds
# open with a "Best Value Duty" line) or 3-4 (theme 4's web page opens with its title).
EXPECTED = [
    ("G001", 3, "yellow", "light_green", 3, 2, 1, 4, 1, 4),
    ("G004", 3, "light_green", "dark_green", 2, 1, 1, 4, 1, 4),
    ("G007", 3, "light_green", "yellow", 2, 3, 1, 5, 1, 5),
    ("G011", 3, "dark_green", "light_green", 1, 2, 1, 5, 1, 5),
    ("C001", 4, "yellow", "light_green", 3, 2, 1, 3, 1, 3),
    ("C005", 4, "light_green", "dark_green", 2, 1, 1, 3, 1, 3),
    ("C008", 4, "yellow", "amber", 3, 4, 1, 4, 1, 4),
    ("C010", 4, "light_green", "yellow", 2, 3, 1, 4, 1, 4),
    ("SD003", 6, "yellow", "light_green", 3, 2, 1, 4, 1, 4),
    ("SD006", 6, "dark_green", "light_green", 1, 2, 1, 4, 1, 4),
    ("SD008", 6, "yellow", "light_green", 3, 2, 1, 5, 1, 5),
    ("SD009", 6, "light_green", "amber", 2, 4, 1, 5, 1, 5),
    ("PCE001", 7, "light_green", "dark_green", 2, 1, 1, 4, 1, 4),
    ("PCE003", 7, "light_green", "yellow", 2, 3, 1, 4, 1, 4),
    ("PCE005", 7, "yellow", "light_green", 3, 2, 1, 4, 1, 4),
    ("PCE007", 7, "light_green", "red", 2, 5, 1, 5, 1, 5),
]
COLUMNS = ("element_id", "theme_no", "before", "after", "previous_score_rank", "score_rank", "source_page",
           "line_start", "previous_source_page", "previous_line_start")


@pytest.fixture(scope="module")
def diffed_report(tmp_path_factory) -> tuple[Path, dict]:
    """Both revisions ingested, then diffed once by the CLI (`--json`): the folder and the report. The diff is the
    fixture's, not a test's, so each test finds `changes` written whichever runs first or alone."""
    require_fonts()
    folder = tmp_path_factory.mktemp("theme_pages")
    drawn = script.make(folder)
    out = folder / "out"
    for revision, label in ((1, R1), (2, R2)):
        assert main(["ingest", *map(str, drawn[revision]), "--out", str(out), "--revision", label]) == 0
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        assert main(["diff", str(out), "--from", R1, "--to", R2, "--json"]) == 0
    return out, json.loads(printed.getvalue())


@pytest.fixture
def diffed(diffed_report) -> Path:
    """The diffed folder alone, for the tests that read its tables."""
    return diffed_report[0]


def test_script_starts_from_the_scores_the_seed_plan_prints(plan):
    printed = {e.element_id: e.score for e in plan.elements}
    assumed = {"See CI012": "CI012", "G0010": None, "G0011": "G011"}  # the plan's OCR lost G010's score
    for cell, score in script.R1_SCORES.items():
        element = assumed.get(cell, cell)
        if element is not None:
            assert printed[element] == score, cell
    assert len(script.R2_SCORES) >= 15


def test_heatmap_score_changes_are_exactly_the_reshaded_cells(diffed_report):
    diffed, data = diffed_report
    assert data["unpaired"] == [] and len(data["documents"]) == 4
    assert {k: n for k, n in data["counts"].items() if n} == {"score_changed": len(EXPECTED)}
    rows = pq.read_table(diffed / "changes" / R2).to_pylist()
    order = {element: n for n, (element, *_) in enumerate(EXPECTED)}
    found = sorted((tuple(r[c] for c in COLUMNS) for r in rows), key=lambda row: order.get(row[0], -1))
    assert found == EXPECTED
    assert pq.read_table(diffed / "action_lineage" / R2).num_rows == 0  # theme pages hold no actions


def test_each_change_points_at_the_cell_on_both_sides(diffed):
    changes = pq.read_table(diffed / "changes" / R2).to_pylist()
    heatmap = {(r["revision"], r["document_id"], r["element_id"]): r
               for revision in (R1, R2) for r in pq.read_table(diffed / "heatmap" / revision).to_pylist()}
    for change in changes:
        later = heatmap[(R2, change["document_id"], change["element_id"])]
        earlier = heatmap[(R1, change["previous_document_id"], change["element_id"])]
        assert (change["char_start"], change["x0"], change["after"]) == (later["char_start"], later["x0"],
                                                                         later["score"])
        assert (change["previous_char_start"], change["before"]) == (earlier["char_start"], earlier["score"])


def test_the_same_two_revisions_give_byte_identical_files(diffed):
    files = sorted((diffed / "changes" / R2).glob("*.parquet")) + sorted((diffed / "action_lineage" / R2).glob("*"))
    before = [f.read_bytes() for f in files]
    assert len(files) >= 2  # the diff's changes and lineage files are there to compare
    assert main(["diff", str(diffed), "--from", R1, "--to", R2]) == 0
    assert [f.read_bytes() for f in files] == before
