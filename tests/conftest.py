"""Shared fixtures: the real samples, parsed and ingested once per test session.

The tests of a behaviour are in the folder of the stage whose code it is (tests/ingest, parsers, normalise, output,
diff, review, cli); tests/council_actions holds what pins the package as a whole (the pipeline end to end, the API,
the batch's children, the profiles, the issue catalogue) and tests/golden the readings compared with hand-checked
files. The four repository-wide checks stay here at the top (test_lint, test_types, test_dead_code,
test_docstrings): they pin no stage but every folder at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import pickle
import shutil
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import NoReturn

import pytest
from council_actions.ingest import DEFAULT_PDF_ENGINE, pdf, read_document
from council_actions.normalise import ReferenceDates
from council_actions.parsers import parse_document
from hypothesis import HealthCheck, settings

from council_actions.batch import run_batch
from council_actions.profile import load_profile
from tests.pdf_factory import Producer, draw_plan
from tests.run_once import held, keep, run_folder

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PLAN = SAMPLES / "004_d0d661fda207b69c.txt"
THEME_7 = SAMPLES / "000_b44a3e1025d3f301.txt"
THEME_6 = SAMPLES / "001_311d08ab6737c7b9.txt"
REFERENCE = dt.date(2024, 6, 1)  # a fixed "now": nothing may depend on the day the tests run
GIVEN = ReferenceDates(given=REFERENCE)  # REFERENCE as the user gives it (--reference-date)


def status_of(action, normalised) -> str | None:
    """An action's status as `actions.status` holds it: the one its row prints (parsed), else the one its timelines
    or a heading over it give (normalised.statuses: normalise/done.py)."""
    derived = {s.action_id: s.status for s in normalised.statuses}
    return action.status if action.status is not None else derived.get(action.action_id)


def hold_all_memory_then_raise() -> NoReturn:
    """Fill a limited child's memory cap to its last small block and keep all of it, then raise: a library that
    turns its MemoryError into its own error while its frames, in the traceback, still hold what it had read."""
    held = []
    for size in (64 << 10, 4 << 10, 256):
        try:
            while True:
                held.append(bytearray(size))
        except MemoryError:
            continue
    raise ValueError("corrupt PDF")


def snapshot(folder: Path) -> dict[Path, bytes]:
    """Every file under `folder` by its path there, with its bytes: an output folder to compare before and after a
    run that must leave it whole."""
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# Hypothesis times examples and draws by the wall clock, which on a loaded machine measures the machine: a helper's
# run, niced under the merge train at load 20 on two cores, gets as little as a thousandth of a core. deadline=None
# leaves HealthCheck.too_slow on (30 s of drawing for the first ten inputs): the one way load can fail
# test_timeline_rules' month_day_range gate (0.04 s of CPU drawing), as it did once at load 20. Neither
# clock can catch a wrong reading; each property still runs all its examples.
settings.register_profile("loaded_machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("loaded_machine")


@pytest.fixture(scope="session")
def profile():
    return load_profile()


@pytest.fixture(scope="session")
def plan_document():
    return read_document(PLAN)


@pytest.fixture(scope="session")
def plan(plan_document, profile):
    return parse_document(plan_document, profile)


@pytest.fixture(scope="session")
def ingested(tmp_path_factory, profile):
    """All samples ingested together into one output folder, as the README's first command does."""
    out = tmp_path_factory.mktemp("out")
    paths = sorted(p for p in SAMPLES.iterdir() if p.is_file())  # the Runnymede documents of one revision
    results, failures = run_batch(paths, out, profile, "r1", GIVEN)
    assert failures == 0
    return out, results


@pytest.fixture(scope="module")
def pdf_read_once_per_run(tmp_path_factory, request):
    """For the module's tests, `read_pdf` reads a file with an engine once per test run, whichever xdist worker
    asks (tests/run_once.py): the committed PDFs and the drawn seed plans are read by test_pdf_engines.py,
    test_running_lines.py, test_pdf.py and test_row_words.py (twice there, once a profile), and pdfplumber's read of
    one is some 2 s of CPU. The first to need a read makes it and leaves it pickled for the run's others. Only the
    engine's read (`ingest/pdf.py`'s `read_pdf`, which takes no profile) is shared: what comes after it (the
    profile's layout, the parse) runs in every test. A read that raises is not kept, so it raises again
    wherever it is asked for."""
    read, pdf_reads = pdf.read_pdf, run_folder(tmp_path_factory, request.config)

    def shared(data, source_name, source, max_pages, engine=DEFAULT_PDF_ENGINE, processes=2):
        # `processes` is left out: a read in two processes is the same read (ingest/pdf_split.py)
        key = hashlib.sha256(repr((source_name, source, max_pages, engine)).encode() + data).hexdigest()
        kept = pdf_reads / f"pdf_{key}.pickle"
        with held(kept.with_suffix(".lock")):
            if kept.exists():
                return pickle.loads(kept.read_bytes())
            document = read(data, source_name, source, max_pages, engine, processes)
            keep(kept, document)
            return document

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf, "read_pdf", shared)
        yield


@pytest.fixture(scope="session")
def drawn_seed_plan(tmp_path_factory, request, plan, profile) -> Callable[[Producer], Path]:
    """The seed plan, every theme, as tests/pdf_factory draws it in a producer's style: one file a producer for the
    whole run, at one path, so that `pdf_read_once_per_run` reads it once for every module that asks. Read only."""
    drawn = run_folder(tmp_path_factory, request.config)

    def seed_plan(producer: Producer) -> Path:
        path = drawn / f"seed_plan_{producer.name}.pdf"
        with held(path.with_suffix(".lock")):
            if not path.exists():
                part = path.with_suffix(".part")
                draw_plan(part, plan, profile, tuple(t.theme_no for t in plan.themes), producer)
                os.replace(part, path)  # whole or not at all, as `keep` leaves a pickle
        return path

    return seed_plan


@pytest.fixture(scope="session")
def every_sample_by_the_cli(tmp_path_factory, request) -> tuple[Path, int, str, str]:
    """Every document under samples/ ingested by the command line, in-process (`ingest samples --out OUT --revision
    2024-06 --reference-date 2024-06-01`), once a run by the first worker to need it (tests/run_once.py): the folder, the
    exit code and what it printed to each stream, as capsys captures them. test_commands reads the summary and a
    copy of the folder; test_tables compares its files with the API's run (`every_sample`). Some 7 s of CPU a run
    each, so two runs, not three. Read only: no test writes here."""
    from council_actions.cli import main

    shared = run_folder(tmp_path_factory, request.config)
    out, made = shared / "every_sample_by_the_cli", shared / "every_sample_by_the_cli.pickle"
    with held(shared / "every_sample_by_the_cli.lock"):
        if not made.exists():
            shutil.rmtree(out, ignore_errors=True)  # what a worker's run that failed left
            printed, errors = io.StringIO(), io.StringIO()
            with redirect_stdout(printed), redirect_stderr(errors):
                code = main(["ingest", str(SAMPLES), "--out", str(out), "--revision", "2024-06",
                             "--reference-date", REFERENCE.isoformat()])
            keep(made, (code, printed.getvalue(), errors.getvalue()))
        code, printed_out, printed_err = pickle.loads(made.read_bytes())
        return out, code, printed_out, printed_err
