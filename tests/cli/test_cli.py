"""The command line as a user meets it: exit codes, one-line errors, earlier output left whole."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import council_actions
from council_actions.cli import main
from tests.conftest import PLAN, THEME_6, THEME_7, snapshot

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "council_actions.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd or ROOT)


@pytest.fixture(scope="module")
def earlier_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("earlier")
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "r1"]) == 0
    return out


def test_ingest_samples_summary_and_exit_code(tmp_path):
    done = cli("ingest", PLAN, THEME_7, THEME_6, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert "3 documents written, 0 failed" in done.stdout
    assert "total: 94 actions, 74 elements, 91 heatmap cells, 36 statements" in done.stdout
    assert "Traceback" not in done.stderr


def test_default_revision_is_stable(tmp_path):
    cli("ingest", PLAN, "--out", tmp_path / "a")
    cli("ingest", PLAN, "--out", tmp_path / "b")
    assert sorted(os.listdir(tmp_path / "a" / "actions")) == sorted(os.listdir(tmp_path / "b" / "actions"))
    assert os.listdir(tmp_path / "a" / "actions")[0].startswith("rev-")


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "file is empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary file"),
    ("cp1252.txt", "Theme 1 \u2013 Caf\u00e9".encode("cp1252"), "not valid utf-8 text"),
    ("notes.txt", b"Minutes of the meeting\nApologies were received.\n", "not a council action plan or self-assessment"),
])
def test_bad_input_is_one_line_and_leaves_output_whole(tmp_path, earlier_out, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    before = snapshot(earlier_out)
    done = cli("ingest", bad, "--out", earlier_out, "--revision", "r1")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and problem in lines[0] and "Traceback" not in done.stderr
    assert snapshot(earlier_out) == before


def test_one_bad_document_does_not_stop_the_others(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "plan.txt").write_bytes(PLAN.read_bytes())
    done = cli("ingest", tmp_path / "in", "--out", tmp_path / "out")
    assert done.returncode == 1
    assert len(list((tmp_path / "out" / "actions").rglob("*.parquet"))) == 1


def test_folder_with_no_documents(tmp_path):
    (tmp_path / "empty").mkdir()
    done = cli("ingest", tmp_path / "empty")
    assert done.returncode == 1 and "no documents" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_out_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = cli("ingest", PLAN, "--out", blocker / "out")
    assert done.returncode == 1 and "cannot write" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("args", [["ingest"], ["ingest", str(PLAN), "--revision", "../x"], ["frobnicate"],
                                  ["timeline", "Q4", "--reference", "not-a-date"]])
def test_wrong_usage_exits_2(args):
    done = cli(*args)
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_broken_profile_is_one_line(tmp_path):
    profile = tmp_path / "p.toml"
    profile.write_text("[council\n")
    done = cli("ingest", PLAN, "--profile", profile)
    assert done.returncode == 2 and f"{profile}: invalid TOML" in done.stderr


def test_timeline_command_json():
    done = cli("timeline", "CHoHROD, Q3-Q4 24/25. Update Q4 2026", "--json")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["timeline_raw"], r["kind"], r["start_date"], r["end_date"]) for r in rows] == [
        ("Q3-Q4 24/25", "deadline", "2024-10-01", "2025-03-31"), ("Update Q4 2026", "update", "2027-01-01", "2027-03-31")]


def test_timeline_command_text_with_reference():
    done = cli("timeline", "by Q4", "--reference", "2024-06-01")
    assert "kind=deadline  start_date=2025-01-01  end_date=2025-03-31" in done.stdout
    assert "quarter_from_document_year" in done.stdout


def test_owners_command(earlier_out):
    done = cli("owners", earlier_out)
    assert done.returncode == 0
    assert "CHoHROD" in done.stdout and "24" in done.stdout


@pytest.mark.parametrize("command", ["ingest", "timelines"])
def test_profile_help_names_every_shipped_profile(command, capsys):
    """--profile takes any profile shipped in council_actions/profiles/ by name; its help names them all, as the
    folder holds them (it once named two of five). (review's and diff's --profile name the file a document was
    ingested with: by default each document's own, no one profile.)"""
    shipped = sorted(path.stem for path in (ROOT / "council_actions" / "profiles").glob("*.toml"))
    assert {"generic", "maidstone", "runnymede", "tower_hamlets", "waverley"} <= set(shipped)
    with pytest.raises(SystemExit):
        main([command, "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"or a built-in one by name: {', '.join(shipped)} (default: runnymede; generic for a council" in help_text


def test_the_issues_command_the_summary_gives_runs_as_pasted(tmp_path, capsys):
    """The summary's 'list them:' command is for pasting into a shell: an output folder with a space is quoted, so
    pasted it names one folder and runs as printed."""
    import shlex

    out = tmp_path / "council plans"
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "2024-06"]) == 0
    pasted = capsys.readouterr().out.split("list them: ")[1].splitlines()[0]
    assert pasted == f"council-actions issues '{out}' --revision 2024-06"
    assert main(shlex.split(pasted)[1:]) == 0
    assert "extraction issues in revision 2024-06" in capsys.readouterr().out


def test_timelines_reads_piped_bytes_that_are_not_utf8(tmp_path):
    """A column pasted from a cp1252 spreadsheet (`\\x96`, its en dash): the byte reads as U+FFFD, the rest of the
    line and the lines after it as usual. Kept as a lone surrogate, it would end the command in a traceback where the
    owner matcher encodes it."""
    done = subprocess.run([sys.executable, "-m", "council_actions.cli", "timelines", "--json"], capture_output=True,
                          input=b"CHoHROD, Q3-Q4 24/25 \x96 ongoing\nQ2 2024\n", cwd=ROOT)
    assert (done.returncode, done.stderr) == (0, b"")
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert (first["input"], first["start_date"]) == ("CHoHROD, Q3-Q4 24/25 \ufffd ongoing", "2024-10-01")
    assert (second["timeline_raw"], second["end_date"]) == ("Q2 2024", "2024-09-30")


def test_timelines_reads_an_argument_holding_a_byte_that_is_not_utf8():
    done = subprocess.run([sys.executable.encode(), b"-m", b"council_actions.cli", b"timelines", b"\x96Q2 2024",
                           b"--json"], capture_output=True, cwd=ROOT)
    assert (done.returncode, done.stderr) == (0, b"")
    assert json.loads(done.stdout)["end_date"] == "2024-09-30"


def test_a_source_name_holding_a_byte_that_is_not_utf8_is_stored_escaped_as_a_file_name_is(tmp_path):
    """--source-name's undecodable byte is stored escaped, as a file so named is (ingest.read_document): kept as a
    lone surrogate, it would fail the document in its output stage ('surrogates not allowed')."""
    out = tmp_path / "out"
    done = subprocess.run([sys.executable.encode(), b"-m", b"council_actions.cli", b"ingest", bytes(PLAN), b"--out",
                           bytes(out), b"--revision", b"r1", b"--source-name", b"plan\x96.txt", b"-q"],
                          capture_output=True, cwd=ROOT)
    assert (done.returncode, done.stderr) == (0, b"")
    assert list(council_actions.read_table(out, "documents").source_name) == ["plan\\x96.txt"]
