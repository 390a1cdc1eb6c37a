"""`council-actions diff` as a user meets it: the summary, --json, and one line for each bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from council_actions.diff.compare import compare_documents
from council_actions.diff.records import NOWHERE, DocumentSide, ScoredElement

from council_actions.cli import main
from tests.cli.test_cli import snapshot
from tests.conftest import PLAN, ROOT, THEME_6
from tests.diff.conftest import R1, R2, R3


def test_summary_counts_then_changes_by_theme(revisions_out, capsys):
    out, _, _ = revisions_out
    assert main(["diff", str(out), "--from", R1, "--to", R2]) == 0
    text = capsys.readouterr().out
    assert "changes from 2024-08 to 2025-01: 178 in 1 paired document" in text
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


# Bad input (issue 10): one line naming the folder and the problem, exit 1 (2 for usage), nothing written.
# (arguments after OUT, exit code, words of the message)
BAD_REVISIONS = [
    (["--from", "2023-01", "--to", R2], 1, "no revision '2023-01' (revisions there: 2024-08, 2025-01, 2025-06)"),
    (["--from", R1, "--to", "nope"], 1, "no revision 'nope'"),
    (["--from", "nope"], 1, "no revision 'nope'"),
    (["--to", R1], 1, "no revision before '2024-08' to compare it with"),
    (["--from", R1, "--to", R1], 2, "--from and --to both name revision '2024-08'"),
    (["--from", R3], 2, "--from and --to both name revision '2025-06'"),  # --to defaults to the latest, R3
    (["--from", R3, "--to", R2], 2, "--from '2025-06' (2025-06-01) is dated after --to '2025-01' (2025-01-01)"),
]


def one_line(capsys, code: int, args: list[str], words: str) -> None:
    assert main(["diff", *args]) == code
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and words in captured.err, captured.err


@pytest.mark.parametrize(("args", "code", "words"), BAD_REVISIONS)
def test_bad_revisions(revisions_out, args, code, words, capsys):
    out, _, _ = revisions_out
    before = snapshot(out)
    one_line(capsys, code, [str(out), *args], words)
    assert snapshot(out) == before


def test_a_diff_the_wrong_way_round_leaves_the_later_revisions_lineage_whole(tmp_path, capsys):
    """Maidstone's governance plan 2013/14, 2014-15, 2015-16, each a revision of its month, 2014-15 diffed against
    2013/14: its lineage (checked by hand) pairs the governance issue, adds the information management plan and
    removes 2013/14's review. `--from 2016-03 --to 2014-11`, the two swapped, is refused; run, it would replace
    that lineage with one running back from 2015-16 (2015-16's engagement plan `removed`, 2013/14's review gone)."""
    other = ROOT / "samples" / "other_councils"
    for revision, name in (("2014-03", "maidstone_ags_2013_14.txt"), ("2014-11", "maidstone_ags_2014_15.txt"),
                           ("2016-03", "maidstone_ags_2015_16.txt")):
        assert main(["ingest", str(other / name), "--out", str(tmp_path), "--revision", revision, "--jobs", "1",
                     "-q", "--profile", "maidstone"]) == 0
    assert main(["diff", str(tmp_path), "--from", "2014-03", "--to", "2014-11"]) == 0
    capsys.readouterr()
    before = snapshot(tmp_path)
    one_line(capsys, 2, [str(tmp_path), "--from", "2016-03", "--to", "2014-11"],
             "--from '2016-03' (2016-03-01) is dated after --to '2014-11' (2014-11-01); diff writes under --to what "
             "changed since --from: give the earlier revision as --from")
    assert snapshot(tmp_path) == before
    assert main(["read-table", str(tmp_path), "action_lineage", "--revision", "2014-11", "--json"]) == 0
    lineage = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["previous_revision"], r["action_id"], r["previous_action_id"], r["match"]) for r in lineage] == [
        ("2014-03", "action-2dec3e71d7f5", None, "added"),
        ("2014-03", "action-4e76377c907d", "action-4e76377c907d", "same"),
        ("2014-03", None, "action-b1f36e236305", "removed")]


@pytest.mark.parametrize("what", ["empty folder", "no such folder", "a file", "another tool's folder"])
@pytest.mark.parametrize("args", [["--from", "a", "--to", "b"], []])
def test_not_an_output_folder(tmp_path, what, args, capsys):
    out = tmp_path / "out"
    if what == "empty folder":
        out.mkdir()
    elif what == "a file":
        out.write_text("not a folder", encoding="utf-8")
    elif what == "another tool's folder":
        (out / "documents").mkdir(parents=True)
        (out / "documents" / "notes.txt").write_text("x", encoding="utf-8")
    before = snapshot(tmp_path)
    one_line(capsys, 1, [str(out), *args], f"{out}: no")  # "no output here" / "not an output folder"
    assert snapshot(tmp_path) == before


def test_nothing_comparable(tmp_path, capsys):
    other = tmp_path / "out"
    assert main(["ingest", str(THEME_6), "--out", str(other), "--revision", "sa"]) == 0
    assert main(["ingest", str(PLAN), "--out", str(other), "--revision", "plan"]) == 0
    capsys.readouterr()
    before = snapshot(other)
    one_line(capsys, 1, [str(other), "--from", "sa", "--to", "plan"], "nothing to compare")
    assert snapshot(other) == before


def test_an_unreadable_table_is_one_line(revisions_out, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(revisions_out[0], out)
    broken = next((out / "actions" / R2).glob("*.parquet"))
    broken.write_bytes(broken.read_bytes()[:100])
    before = snapshot(out)
    one_line(capsys, 1, [str(out), "--from", R1, "--to", R2], f"{broken.parent}: cannot read the actions table")
    assert snapshot(out) == before


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


DIFF_PROBE = """
import json, sys
from pathlib import Path
from council_actions.api import diff
diff(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
print(json.dumps(sorted(name for name in ("spacy", "pandas", "dateparser", "pdfplumber") if name in sys.modules)))
"""


def test_diff_imports_no_spacy_and_no_pandas(revisions_out):
    """A diff reads tables back: the parsers' and normaliser's libraries are seconds of start-up it never uses."""
    out, _, _ = revisions_out
    done = subprocess.run([sys.executable, "-c", DIFF_PROBE, str(out), R1, R2], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert json.loads(done.stdout) == []


def test_deadlines_moved_only_by_the_reference_date_are_said_so(tmp_path, capsys):
    """Rotherham's unchanged delivery plan re-ingested under the label 2026-04 after 2026-01: each revision reads
    `Quarter 2` against its own label's date, so its six actions' deadlines move by a year (P1 `Quarter 2`:
    2025-09-30 -> 2026-09-30) though the plan prints the same words. The summary counts such deadline_moved and names
    the option that reads both against one date, so a national run does not report them as the council's moves."""
    plan = str(ROOT / "samples" / "other_councils" / "rotherham_year_ahead_delivery_plan_2024_25.txt")
    for revision in ("2026-01", "2026-04"):
        assert main(["ingest", plan, "--out", str(tmp_path), "--revision", revision, "--jobs", "1", "-q",
                     "--profile", "generic"]) == 0
    assert main(["diff", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "  deadline_moved    6" in printed
    assert ("  (6 deadline_moved print the same timeline in both revisions: a date printed without its year, read "
            "against each revision's reference date; ingest both with --reference-date set to the plan's own date, or "
            "a manifest giving each file's published date, to compare one reading)") in printed
    assert ("  deadline_moved    P1 P1-99d6de931fe0  Launch the Street Safe Team, providing …  due_date: 2025-09-30 "
            "-> 2026-09-30") in printed


def test_json_gives_the_summarys_fields_and_deadlines_moved_only_by_the_reading(tmp_path, capsys):
    """`diff --json`, as a team's script reads it, says what the summary says: of Rotherham's unchanged plan
    re-ingested under a later label (as above), that its six deadline_moved print the same timelines
    (`reread_deadlines`); of Maidstone's governance plan 2013/14 then 2014-15, that its one action_edited is its By
    When reworded, not its words (`fields`: `Quarterly with updates to Audit Committee in October and March` ->
    `Quarterly meetings with updates to Audit Committee and CLT every six months.`, checked by hand)."""
    other = ROOT / "samples" / "other_councils"
    for revision in ("2026-01", "2026-04"):
        assert main(["ingest", str(other / "rotherham_year_ahead_delivery_plan_2024_25.txt"), "--out",
                     str(tmp_path / "rotherham"), "--revision", revision, "--jobs", "1", "-q", "--profile",
                     "generic"]) == 0
    for revision, name in (("2014-03", "maidstone_ags_2013_14.txt"), ("2014-11", "maidstone_ags_2014_15.txt")):
        assert main(["ingest", str(other / name), "--out", str(tmp_path / "maidstone"), "--revision", revision,
                     "--jobs", "1", "-q", "--profile", "maidstone"]) == 0
    capsys.readouterr()
    reports = []
    for folder in ("rotherham", "maidstone"):
        assert main(["diff", str(tmp_path / folder), "--json"]) == 0
        reports.append(json.loads(capsys.readouterr().out))
    rotherham, maidstone = reports
    assert (rotherham["counts"]["deadline_moved"], rotherham["reread_deadlines"]) == (6, 6)
    assert (maidstone["counts"]["deadline_moved"], maidstone["reread_deadlines"]) == (0, 0)
    assert maidstone["fields"] == {"action_edited": {"action": 0, "timeline": 1}}
    assert [(c["change"], c["field"]) for c in maidstone["documents"][0]["changes"]] == [
        ("action_edited", "timeline"), ("update_added", "update"), ("action_added", None), ("action_removed", None)]


def test_paired_documents_with_no_change_are_counted_not_listed(tmp_path, capsys):
    """The documents with no change are one line with their count; a changed one keeps its heading and rows, and
    --json still lists every document. Why: a national run's diff of two revisions of 112 plans, a `name -> name`
    heading for each of the 94 with no change, would bury the 17 that changed."""
    other = ROOT / "samples" / "other_councils"
    plans = [str(other / name) for name in ("rotherham_year_ahead_delivery_plan_2024_25.txt",
                                            "tower_hamlets_foi_action_plan_2023.txt")]
    for revision in ("2026-01", "2026-04"):
        assert main(["ingest", *plans, "--out", str(tmp_path), "--revision", revision, "--jobs", "1", "-q",
                     "--profile", "generic"]) == 0
    assert main(["diff", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "1 paired document with no change, not listed (--json lists every document)" in printed
    assert [line for line in printed if " -> " in line and not line.startswith(" ")] == [
        "rotherham_year_ahead_delivery_plan_2024_25.txt -> rotherham_year_ahead_delivery_plan_2024_25.txt"]
    assert main(["diff", str(tmp_path), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["documents"]) == 2
