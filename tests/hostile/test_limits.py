"""Hostile input, one class a test: the limit that stops it, the one line it prints, the output it leaves whole.

Each PDF is built byte by byte (tests/hostile/pdfs.py); the limits are tight so that each test is quick:
what they show is that the stop comes from the limit, in the user's words, and that the batch goes on.
"""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest

from council_actions.cli import main
from council_actions.limited_step import Running, StageTracker
from council_actions.limits import MB, Limits
from tests.conftest import PLAN, THEME_7
from tests.hostile import pdfs


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def earlier_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("earlier")
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 0
    return out


def ingest_one(path: Path, out: Path, capfd, *options: str) -> list[str]:
    """Run the CLI on one bad file into `out`; return its stderr lines after checking exit code 1."""
    capfd.readouterr()
    assert main(["ingest", str(path), "--out", str(out), "--revision", "r1", "--jobs", "1", *options]) == 1
    err = capfd.readouterr().err
    assert "Traceback" not in err
    return err.splitlines()


HOSTILE_PDFS = [
    ("self_referencing_mediabox", pdfs.self_referencing_mediabox, (), "object 6 leads back to itself"),
    ("contents_reference_loop", pdfs.contents_reference_loop, (), "leads back to itself (a reference loop)"),
    ("contents_array_loop", pdfs.contents_array_loop, (), "/Contents refers back to object 6"),
    ("flate_bomb", lambda: pdfs.flate_bomb(64 << 20), ("--max-memory", "200M"),
     "a compressed stream (object 4) inflates to more than 50 MB"),
    ("sixty_thousand_pages", lambda: pdfs.many_pages(60_000), (), "60000 pages, more than the limit of 1000"),
    ("page_count_that_lies", lambda: pdfs.many_pages(300, declared=1), ("--max-pages", "5"),
     "more than 5 pages, the limit (--max-pages)"),
    ("million_drawing_ops", pdfs.million_drawing_ops, ("--timeout", "3"), "took longer than 3 s (--timeout)"),
    ("whole_range_tounicode", pdfs.whole_range_tounicode, (),
     "a font's ToUnicode map (object 6) covers 4294967296 codes, more than any font has"),
]


@pytest.mark.parametrize("name, build, options, problem", HOSTILE_PDFS, ids=[case[0] for case in HOSTILE_PDFS])
def test_hostile_pdf_stopped_by_its_limit_in_one_line(tmp_path, earlier_out, capfd, name, build, options, problem):
    bad = tmp_path / f"{name}.pdf"
    bad.write_bytes(build())
    before = snapshot(earlier_out)
    lines = ingest_one(bad, earlier_out, capfd, *options)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"council-actions: error: {bad}: ") and problem in lines[0]
    assert snapshot(earlier_out) == before


def test_endless_device_read_no_further_than_max_bytes(earlier_out, capfd):
    before = snapshot(earlier_out)
    lines = ingest_one(Path("/dev/zero"), earlier_out, capfd, "--max-bytes", "1M")
    assert lines == ["council-actions: error: /dev/zero: ingest: larger than the limit of 1 MB (--max-bytes)"]
    assert snapshot(earlier_out) == before


def test_huge_one_line_text_stopped_by_memory_limit(tmp_path, earlier_out, capfd):
    big = tmp_path / "one_line.txt"
    big.write_bytes(b"Theme 1\t" + b"cell\t" * (2 << 20))  # one line, two million cells
    before = snapshot(earlier_out)
    lines = ingest_one(big, earlier_out, capfd, "--max-memory", "100M")
    assert len(lines) == 1 and "needed more than 100 MB of memory (--max-memory)" in lines[0], lines
    assert snapshot(earlier_out) == before


def test_batch_goes_on_past_a_runaway_document(tmp_path, capfd):
    hang = tmp_path / "a_hang.pdf"
    hang.write_bytes(pdfs.million_drawing_ops())
    good = tmp_path / "b_theme.txt"
    good.write_bytes(THEME_7.read_bytes())  # small: quick to read even on a busy machine
    out = tmp_path / "out"
    capfd.readouterr()
    assert main(["ingest", str(hang), str(good), "--out", str(out), "--revision", "r1", "--jobs", "2",
                 "--timeout", "6"]) == 1
    captured = capfd.readouterr()
    assert captured.err.splitlines() == [f"council-actions: error: {hang}: ingest: took longer than 6 s (--timeout)"]
    assert "1 document written, 1 failed" in " ".join(captured.out.split())
    assert len(list((out / "statements" / "r1").glob("*.parquet"))) == 1


def test_file_names_with_control_characters_are_escaped(tmp_path, earlier_out, capfd):
    bad = tmp_path / "evil\nname\x1b[31m.txt"
    bad.write_bytes(b"")
    lines = ingest_one(bad, earlier_out, capfd)
    assert lines == [f"council-actions: error: {tmp_path}/evil\\x0aname\\x1b[31m.txt: ingest: file is empty"]


def test_file_names_with_invisible_characters_are_escaped(tmp_path, earlier_out, capfd):
    """A name holding characters that print nothing, or reorder what follows, is shown with them escaped, by
    ingest/invisible.py's table: an Arabic letter mark (a bidi mark) and a word joiner, which a shorter list of
    the terminal's own misses (printed raw, the name shown is not the name to type)."""
    bad = tmp_path / "plan\u061c\u2060.txt"
    bad.write_bytes(b"")
    lines = ingest_one(bad, earlier_out, capfd)
    assert lines == [f"council-actions: error: {tmp_path}/plan\\u061c\\u2060.txt: ingest: file is empty"]


def test_any_file_name_the_file_system_allows_is_ingested(tmp_path, capfd):
    folder = os.fsencode(tmp_path)
    odd = folder + b"/plan \xe9\xff.txt"  # not UTF-8
    with open(odd, "wb") as stream:
        stream.write(PLAN.read_bytes())
    out = tmp_path / "out"
    assert main(["ingest", os.fsdecode(odd), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 0
    import duckdb

    names = duckdb.sql(f"select source_name from '{out}/documents/r1/*.parquet'").fetchall()
    assert names == [("plan \\xe9\\xff.txt",)]


def test_stale_temporary_files_of_a_killed_run_are_removed(tmp_path):
    """A run killed while staging leaves a transaction folder with no commit record (output/journal.py)."""
    out = tmp_path / "out"
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 0
    document_id = next((out / "actions" / "r1").glob("*.parquet")).stem
    stale = out / "_journal" / "txn-killed" / "actions" / f"{document_id}.parquet"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"half a table")
    assert main(["ingest", str(PLAN), "--out", str(out), "--revision", "r1", "--jobs", "1"]) == 0
    assert not stale.parent.parent.exists()


@pytest.mark.parametrize("label", ["abc\n", "", "../up", "a b"])
def test_unsafe_or_empty_revision_label_is_a_usage_error(tmp_path, capfd, label):
    capfd.readouterr()
    assert main(["ingest", str(PLAN), "--out", str(tmp_path / "out"), "--revision", label]) == 2
    [line] = capfd.readouterr().err.splitlines()
    assert line.startswith("council-actions: error: revision label ") and "is not a safe folder name" in line
    assert not (tmp_path / "out").exists()


def test_library_warnings_stay_off_the_terminal_unless_verbose(tmp_path, capfd):
    """pdfminer logs "Invalid MediaBox" itself; it is the reader's detail, not a second line of the failure."""
    bad = tmp_path / "odd_mediabox.pdf"
    bad.write_bytes(pdfs.one_page(b"/MediaBox [0 0 612 792 9] /Contents 4 0 R"))
    out = tmp_path / "out"
    options = ["--out", str(out), "--revision", "r1", "--jobs", "1", "--pdf-engine", "pdfplumber"]
    capfd.readouterr()
    assert main(["ingest", str(bad), *options]) == 1
    quiet = capfd.readouterr().err.splitlines()
    assert main(["ingest", str(bad), *options, "--verbose"]) == 1
    verbose = capfd.readouterr().err.splitlines()
    assert len(quiet) == 1 and quiet[0].startswith(f"council-actions: error: {bad}: parse: ")
    assert verbose == [f"council-actions: detail: {bad}: Invalid MediaBox in /Page, defaulting to US Letter (x2)",
                       quiet[0]]


def _raises_a_bug(stages: StageTracker) -> None:
    raise RuntimeError("a bug in the step")


def _exits(stages: StageTracker) -> None:
    raise SystemExit(3)


@pytest.mark.parametrize(("step", "printed"), [(_raises_a_bug, "RuntimeError: a bug in the step"), (_exits, None)],
                         ids=["exception", "system_exit"])
def test_the_child_is_a_process_boundary(step, printed):
    """Whatever the step raises, the child ends in `_child` (its exit status 70) and the parent reports one line
    naming the stage; an exception's traceback goes to the details, never to this process's stderr."""
    outcome = Running(step, "plan.txt", Limits()).finish()
    assert outcome.value is None and outcome.error is not None
    assert (outcome.error.stage, outcome.error.problem) == (
        "ingest", "the reader stopped unexpectedly (exit status 70); --verbose shows why")
    assert (printed in outcome.details[-1]) if printed else not outcome.details


def _holds_then_killed(stages: StageTracker) -> None:
    held = b"x" * (80 << 20)  # written, so resident: 80 MB more than the child began with
    os.kill(os.getpid(), signal.SIGKILL)
    assert held


def _killed_at_once(stages: StageTracker) -> None:
    os.kill(os.getpid(), signal.SIGTERM)  # not SIGSEGV: pytest's faulthandler would print the child's stack


def test_a_child_ended_by_a_signal_is_reported_by_what_is_known():
    """A reader SIGKILLed (by the system's out-of-memory killer, a user, anything) was reported as "it may have needed
    more than 1 GB of memory", a guess, even where it held a few megabytes. Now the line names the signal and how much
    more memory the child held at its peak than as it began (the kernel's count), beside the --max-memory it may add."""
    outcome = Running(_holds_then_killed, "plan.txt", Limits(max_memory=512 * MB)).finish()
    assert outcome.error is not None and outcome.error.stage == "ingest"
    said = re.fullmatch(r"the reader was ended by signal SIGKILL \(Killed\); at its peak it held ([\d.]+) MB more "
                        r"memory than as it began, of the 512 MB it may add \(--max-memory\); --verbose shows its last "
                        r"words", outcome.error.problem)
    assert said is not None, outcome.error.problem
    assert 75 <= float(said[1]) < 200  # the kernel counts pages; the bytes object's header and the interpreter's
    quick = Running(_killed_at_once, "plan.txt", Limits()).finish().error
    assert quick is not None and quick.problem.startswith(
        "the reader was ended by signal SIGTERM (Terminated); at its peak it held ")
    assert float(quick.problem.split(" held ")[1].split()[0]) < 75 or " KB more" in quick.problem
