"""`council-actions diff` as a user meets it: the summary, --json, and one line for each bad input."""

from __future__ import annotations

import json

import pytest
from council_actions.diff.compare import compare_documents
from council_actions.diff.records import NOWHERE, DocumentSide, ScoredElement

from council_actions.cli import main
from tests.cli.test_cli import snapshot
from tests.conftest import PLAN, THEME_6
from tests.diff.conftest import R1, R2, R3


def test_summary_counts_then_changes_by_theme(revisions_out, capsys):
    out, _, _ = revisions_out
    assert main(["diff", str(out), "--from", R1, "--to", R2]) == 0
    text = capsys.readouterr().out
    assert "changes from 2024-08 to 2025-01: 178 in 1 paired documents" in text
    assert "  status_completed  15" in text and "  update_added      16" in text
    assert " theme 1\n" in text and "CI007" in text and "(dropped)" in text


def test_json(revisions_out, capsys):
    out, _, _ = revisions_out
    assert main(["diff", str(out), "--from", R1, "--to", R2, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["action_added"] == 30 and data["lineage"] == {"same": 55, "edited": 16, "added": 30,
                                                                        "removed": 23}


def test_defaults_compare_the_latest_revision_with_the_one_before(revisions_out, capsys):
    out, _, _ = revisions_out
    assert main(["diff", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["from"], data["to"]) == (R2, R3)
    assert main(["diff", str(out), "--to", R2, "--json"]) == 0
    assert (json.loads(capsys.readouterr().out)["from"]) == R1
    assert main(["diff", str(out), "--to", R1]) == 1
    assert "no revision before '2024-08' to compare it with" in capsys.readouterr().err


@pytest.mark.parametrize(("earlier", "later", "problem"), [
    ("2023-01", R2, "no revision '2023-01'"),
    (R1, "nope", "no revision 'nope'"),
])
def test_unknown_revision(revisions_out, earlier, later, problem, capsys):
    out, _, _ = revisions_out
    before = snapshot(out)
    assert main(["diff", str(out), "--from", earlier, "--to", later]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and problem in err
    assert snapshot(out) == before


def test_same_revision_twice_is_usage(revisions_out, capsys):
    out, _, _ = revisions_out
    assert main(["diff", str(out), "--from", R1, "--to", R1]) == 2
    assert "both name revision" in capsys.readouterr().err


def test_not_an_output_folder(tmp_path, capsys):
    assert main(["diff", str(tmp_path), "--from", "a", "--to", "b"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not an output folder" in err
    assert list(tmp_path.iterdir()) == []


def test_nothing_comparable(tmp_path, capsys):
    other = tmp_path / "out"
    assert main(["ingest", str(THEME_6), "--out", str(other), "--revision", "sa"]) == 0
    assert main(["ingest", str(PLAN), "--out", str(other), "--revision", "plan"]) == 0
    before = snapshot(other)
    assert main(["diff", str(other), "--from", "sa", "--to", "plan"]) == 1
    assert "nothing to compare" in capsys.readouterr().err
    assert snapshot(other) == before


def _page(revision: str, scores: dict[str, str]) -> DocumentSide:
    ranks = {"dark_green": 1, "light_green": 2, "yellow": 3, "amber": 4}
    cells = tuple(ScoredElement(e, 6, s, ranks[s], n, NOWHERE) for n, (e, s) in enumerate(scores.items()))
    return DocumentSide(revision, f"doc-{revision}", "theme6.pdf", "Runnymede Borough Council", "self_assessment",
                        cells, (), {})


def test_heatmap_score_changes_of_self_assessment_pages():
    earlier = _page("a", {"SD001": "yellow", "SD002": "light_green", "SD003": "amber"})
    later = _page("b", {"SD001": "light_green", "SD002": "light_green", "SD003": "amber"})
    changes = compare_documents(earlier, later).changes
    assert [(c.change, c.element_id, c.before, c.after, c.previous_score_rank, c.score_rank) for c in changes] == [
        ("score_changed", "SD001", "yellow", "light_green", 3, 2)]
