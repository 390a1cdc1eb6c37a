"""Each command as a script or a person meets it: piped summaries, --json parsed and checked, failures named, exit codes.

Every sample is ingested once (tests/conftest.py's `every_sample_by_the_cli`: its summary is the piped summary's test)
and a copy given the seed as a second revision; commands run in-process (`main`) with their output captured, which
is not a terminal, exactly as in a pipe or a scheduler's log.
"""

import hashlib
import json
import shutil

import pytest

from council_actions.cli import main
from tests.conftest import PLAN, SAMPLES, THEME_6

BOX_DRAWING = set("┃│━─┏┓┗┛┡┩╇")


def run(capsys, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def samples_ingested(every_sample_by_the_cli):
    """Every sample ingested once, as revision 2024-06, and what the command returned and printed to each stream
    (captured as capsys does: sys.stdout and sys.stderr swapped), for the summary's test and the reading commands'.
    The run is shared with test_tables (tests/conftest.py). Read only."""
    return every_sample_by_the_cli


@pytest.fixture(scope="module")
def two_revisions(samples_ingested, tmp_path_factory):
    shared, code, _, _ = samples_ingested
    assert code == 0
    out = tmp_path_factory.mktemp("two") / "out"
    shutil.copytree(shared, out)  # the shared folder stays as the command wrote it
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "2024-09", "-q"]) == 0
    return out


def test_piped_summary_names_every_document_and_its_real_yield(samples_ingested):
    folder, code, out, err = samples_ingested
    assert code == 0 and err == ""
    assert not BOX_DRAWING & set(out)
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith("  0")}
    # kind, actions, elements, heatmap cells, statements, errors, warnings, status
    assert rows["000_b44a3e1025d3f301.txt"] == ["self_assessment", "0", "0", "7", "14", "0", "0", "complete"]
    assert rows["004_d0d661fda207b69c.txt"][:4] == ["action_plan", "94", "74", "74"]
    assert f"council-actions issues {folder} --revision 2024-06" in out


def test_json_is_one_object_with_counts_failures_files_and_timings(capsys, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "plan.txt").write_bytes(PLAN.read_bytes())
    code, out, err = run(capsys, "ingest", tmp_path / "in", "--out", tmp_path / "out", "--json", "--revision", "r1")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False and report["revision"] == "r1"
    assert report["failures"] == [{"source": str(tmp_path / "in" / "empty.txt"), "status": "failed",
                                   "stage": "ingest", "problem": "file is empty"}]
    (plan,) = [d for d in report["documents"] if d["status"] == "written"]
    assert plan["kind"] == "action_plan" and plan["rows"]["actions"] == 94 and plan["rows"]["elements"] == 74
    assert plan["issues"]["error"] == 0 and plan["issues"]["warning"] == report["totals"]["issues"]["warning"]
    assert len(plan["files"]) == len(plan["rows"]) and all(map(lambda f: (tmp_path / f).exists(), plan["files"]))
    assert report["totals"]["documents"] == 2 and report["totals"]["failed"] == 1 and report["seconds"] > 0
    assert list(plan["seconds"]) == ["read", "parse", "normalise", "write"]  # per stage, never in the tables
    assert all(isinstance(t, float) and t >= 0 for t in plan["seconds"].values()) and plan["seconds"]["parse"] > 0
    assert err.strip() == f"council-actions: error: {tmp_path / 'in' / 'empty.txt'}: ingest: file is empty"


def test_failures_are_named_again_at_the_end_of_the_summary(capsys, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("Minutes of the meeting\nApologies were received.\n")
    code, out, _ = run(capsys, "ingest", bad, THEME_6, "--out", tmp_path / "out")
    assert code == 1
    tail = out.splitlines()[-2:]
    assert tail[0] == "failed (1):"
    assert tail[1].startswith(f"  {bad}: not a council action plan or self-assessment") and tail[1].endswith("[parse]")


def test_a_plan_that_yields_no_actions_fails_with_its_reason(capsys, tmp_path):
    headings_only = tmp_path / "plan_headings.txt"
    headings_only.write_text("".join(PLAN.read_text(encoding="utf-8").splitlines(keepends=True)[:27]))
    code, _, err = run(capsys, "ingest", headings_only, "--out", tmp_path / "out")
    assert code == 1
    assert "looks like an action plan (its column headings are printed) but no actions could be read" in err
    assert not (tmp_path / "out" / "actions").exists()


def test_quiet_prints_nothing_and_verbose_names_files_and_codes(capsys, tmp_path):
    assert run(capsys, "ingest", THEME_6, "--out", tmp_path, "-q")[1:] == ("", "")
    code, out, _ = run(capsys, "ingest", PLAN, "--out", tmp_path, "-v", "--revision", "r2")
    assert code == 0
    assert f"  wrote {tmp_path}/actions/r2/" in out
    assert any(line.split()[1:] == ["warning", "garbled_duplicate"] for line in out.splitlines())


def test_glob_patterns_and_paths_from_stdin(capsys, monkeypatch, tmp_path):
    code, out, _ = run(capsys, "ingest", f"{SAMPLES}/00[01]_*.txt", "--out", tmp_path, "--json")
    assert code == 0 and [d["kind"] for d in json.loads(out)["documents"]] == ["self_assessment"] * 2
    code, out, _ = run(capsys, "ingest", "-", "--out", tmp_path, "--json", stdin=f"{PLAN}\n\n{THEME_6}\n",
                       monkeypatch=monkeypatch)
    assert code == 0 and [d["source"] for d in json.loads(out)["documents"]] == [str(PLAN), str(THEME_6)]
    code, _, err = run(capsys, "ingest", f"{SAMPLES}/*.pdf", "--out", tmp_path)
    assert code == 1 and err.strip().endswith("no such file or folder (the pattern matches nothing)")


@pytest.mark.parametrize("manifest", [False, True])
def test_no_paths_on_stdin_reads_nothing_even_with_a_manifest(capsys, monkeypatch, tmp_path, manifest):
    """`find … | council-actions ingest - --manifest m.csv` where find found nothing: no documents, exit 2, nothing
    written. It read the manifest's whole list, as `ingest --manifest m.csv` with no path does."""
    listed = tmp_path / "m.csv"
    listed.write_text(f"path,council\n{THEME_6},Runnymede Borough Council\n", encoding="utf-8")
    code, _, err = run(capsys, "ingest", "-", "--out", tmp_path / "out", *(["--manifest", listed] if manifest else []),
                       stdin="\n", monkeypatch=monkeypatch)
    assert (code, err.strip()) == (2, "council-actions: error: ingest: no paths on stdin (-): nothing to read")
    assert not (tmp_path / "out").exists()


def test_issues_lists_every_warning_with_its_location(capsys, two_revisions):
    code, out, _ = run(capsys, "issues", two_revisions, "--json")
    report = json.loads(out)
    assert code == 0 and report["revision"] == "2024-09" and report["count"] == len(report["issues"]) > 100
    repaired = next(r for r in report["issues"] if r["raw_text"] == "C1002")
    assert (repaired["source_name"], repaired["code"], repaired["element_id"], repaired["line_start"]) == (
        "004_d0d661fda207b69c.txt", "heatmap_id_repaired", "CI002", 6)
    code, out, _ = run(capsys, "issues", two_revisions, "--code", "garbled_duplicate", "--json")
    garbled = json.loads(out)["issues"]
    assert garbled and {r["code"] for r in garbled} == {"garbled_duplicate"}
    code, out, _ = run(capsys, "issues", two_revisions, "--revision", "2024-06", "--document", THEME_6.name)
    assert out.splitlines()[0].startswith("1 extraction issue in revision 2024-06")
    assert "001_311d08ab6737c7b9.txt  lines 3-37" in out and "key_actions_mismatch" in out


def test_issues_shortens_a_long_element_as_it_shortens_the_text(capsys, tmp_path):
    """Gravesham's plan names each action's element by its recommendation (328 characters): printed whole, it made
    the element column that wide on every row of the listing. The text listing shortens it; --json keeps it whole."""
    plan = SAMPLES / "other_councils" / "gravesham_peer_challenge_action_plan_2020.txt"
    assert main(["ingest", str(plan), "--out", str(tmp_path), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "issues", tmp_path, "--code", "unknown_owner")
    rows = out.splitlines()[1:]
    assert code == 0 and rows and max(map(len, rows)) < 250
    assert "  Introduce a clear improvement plan for …  " in out
    code, out, _ = run(capsys, "issues", tmp_path, "--code", "unknown_owner", "--json")
    assert max(len(r["element_id"] or "") for r in json.loads(out)["issues"]) == 328


def _printed_id(path):
    """A document's id as the ingest summary prints it (`ingest -v`: its first 12 characters)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def test_issues_takes_a_document_by_the_id_the_summary_prints(capsys, two_revisions):
    code, out, _ = run(capsys, "issues", two_revisions, "--revision", "2024-06", "--document", _printed_id(THEME_6))
    assert code == 0 and out.splitlines()[0].startswith("1 extraction issue in revision 2024-06")
    assert "001_311d08ab6737c7b9.txt  lines 3-37" in out


def test_issues_refuses_a_shorter_id_prefix_and_names_what_it_matches(capsys, two_revisions):
    """A prefix shorter than the 12 characters printed is refused, naming what it matches: `--document 4` would
    list whichever documents' ids start with 4, one today and another (or two) once the folder holds more."""
    prefix = _printed_id(THEME_6)[:1]
    code, out, err = run(capsys, "issues", two_revisions, "--revision", "2024-06", "--document", prefix)
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert f"document id prefix '{prefix}' is shorter than the 12 characters of an id the commands print" in err
    assert f"{_printed_id(THEME_6)} 001_311d08ab6737c7b9.txt" in err


def test_owners_counts_one_revision_not_all(capsys, two_revisions):
    code, out, _ = run(capsys, "owners", two_revisions, "--json")
    report = json.loads(out)
    assert code == 0 and report["revision"] == "2024-09"
    assert next(o for o in report["owners"] if o["owner_key"] == "CHoHROD")["actions"] == 24
    code, out, _ = run(capsys, "owners", two_revisions, "--revision", "2024-06")
    assert "owner keys in revision 2024-06" in out
    assert next(line for line in out.splitlines() if line.startswith("  CHoHROD")).split()[-1] == "24"


@pytest.mark.parametrize("args, message", [
    (["owners", "{out}", "--revision", "2023-01"], "no revision '2023-01' (revisions: 2024-06, 2024-09)"),
    (["issues", "{out}/nowhere"], "no output here"),
    # a misspelt document (THEME_6's name without its suffix): named as missing, never "0 extraction issues", exit 0
    (["issues", "{out}", "--revision", "2024-06", "--document", "001_311d08ab6737c7b9"],
     "no document '001_311d08ab6737c7b9' in revision '2024-06'"),
])
def test_reading_what_is_not_there_is_one_line_exit_1(capsys, two_revisions, args, message):
    code, out, err = run(capsys, *[a.format(out=two_revisions) for a in args])
    assert code == 1 and out == "" and message in err and len(err.splitlines()) == 1


def test_revisions_oldest_first(capsys, two_revisions):
    assert run(capsys, "revisions", two_revisions)[1].splitlines() == [
        "revision  revision_date  diffed_from", "2024-06   2024-06-01", "2024-09   2024-09-01"]
    assert json.loads(run(capsys, "revisions", two_revisions, "--json")[1])["latest"] == "2024-09"


def test_timeline_reads_phrases_from_stdin_as_json_lines(capsys, monkeypatch):
    code, out, _ = run(capsys, "timeline", "--json", stdin="Q3-Q4 24/25\n\nCHoHROD, by March 2025. Update Q4 2026\n",
                       monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["input"], r["timeline_raw"], r["kind"], r["end_date"]) for r in rows] == [
        ("Q3-Q4 24/25", "Q3-Q4 24/25", "deadline", "2025-03-31"),
        ("CHoHROD, by March 2025. Update Q4 2026", "by March 2025", "deadline", "2025-03-31"),
        ("CHoHROD, by March 2025. Update Q4 2026", "Update Q4 2026", "update", "2027-03-31")]


def test_version_and_completion(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("council-actions 0.")
    for shell, marker in (("bash", "complete -o"), ("zsh", "#compdef council-actions")):
        code, out, _ = run(capsys, "completion", shell)
        assert code == 0 and marker in out and "issues" in out and "--revision" in out
