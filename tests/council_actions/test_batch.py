"""The batch on any executor: the same bytes whatever the workers, failures one line each, the unit picklable,
and the same run on a Dask distributed cluster (skipped only where the `[dask]` extra is not installed)."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import council_actions.output.writer as writer
import pyarrow.parquet as pq
import pytest
from council_actions.output import recover
from council_actions.output.lock import JOURNAL, LOCK
from council_actions.output.staging import HELD, STAGE_PREFIX, staging_area

from council_actions.batch import DocumentJob, read_processes, run_batch
from council_actions.issues import StageError
from council_actions.limits import Limits
from council_actions.read_ahead import READ_AHEAD
from tests.conftest import FIXTURES, GIVEN, PLAN, SAMPLES

PDF_PLAN = FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf"


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The samples, a second copy of the plan, and a file that fails: a batch with every outcome in it."""
    folder = tmp_path_factory.mktemp("inputs")
    for sample in sorted(p for p in SAMPLES.iterdir() if p.is_file()):
        (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "plan_copy.txt").write_bytes((SAMPLES / "004_d0d661fda207b69c.txt").read_bytes() + b"\n")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def one_at_a_time(tmp_path_factory, inputs, profile):
    out = tmp_path_factory.mktemp("serial")
    errors: list[StageError] = []
    results, failures = run_batch(inputs, out, profile, "r1", GIVEN, on_error=errors.append)
    return snapshot(out), results, failures, [str(e) for e in errors]


def broken(inputs):
    return next(p for p in inputs if p.name == "broken.pdf")


def run_on(executor, inputs, profile, out):
    errors: list[StageError] = []
    with executor:
        results, failures = run_batch(inputs, out, profile, "r1", GIVEN, on_error=errors.append,
                                      executor=executor)
    return snapshot(out), results, failures, [str(e) for e in errors]


def test_serial_batch_writes_the_good_and_names_the_bad(one_at_a_time, inputs):
    _, results, failures, errors = one_at_a_time
    assert failures == 1 and [r.kind for r in results] == ["self_assessment", "self_assessment", "action_plan",
                                                           "action_plan"]
    assert len(errors) == 1 and errors[0].startswith(f"{broken(inputs)}: ingest: corrupt or truncated PDF")


@pytest.mark.parametrize("make", [lambda: ThreadPoolExecutor(2), lambda: ProcessPoolExecutor(2)],
                         ids=["threads_forking_children", "process_pool"])
def test_output_identical_whatever_the_executor(tmp_path, one_at_a_time, inputs, profile, make):
    assert run_on(make(), inputs, profile, tmp_path)[::2] == one_at_a_time[::2]
    assert run_on(make(), inputs, profile, tmp_path / "again")[2:] == one_at_a_time[2:]


def test_workers_send_back_tables_not_documents_and_the_parent_adds_the_cross_check(one_at_a_time, inputs, profile,
                                                                                   tmp_path):
    """A worker builds the tables; what comes back is a fraction of the document and its parse, and the parent's
    cross-check warnings still reach the self-assessment's extraction_issues table."""
    job = DocumentJob(tmp_path, "r1", profile, GIVEN)
    staged = job(next(p for p in inputs if p.name.startswith("004_"))).unwrap()
    assert staged.tables.tables["actions"].rows == 94 and not list(tmp_path.rglob("*.parquet"))
    _, results, _, _ = one_at_a_time
    page = next(r for r in results if r.kind == "self_assessment" and r.issues.get("warning"))
    codes = pq.read_table(next(f for f in page.files if f.parent.parent.name == "extraction_issues")).column("code")
    assert "key_actions_mismatch" in codes.to_pylist() or "heatmap_mismatch" in codes.to_pylist()
    assert set(page.seconds) == {"read", "parse", "normalise", "write"}


def test_per_document_unit_and_its_failure_survive_pickling(tmp_path, profile, inputs):
    job = DocumentJob(tmp_path, "r1", profile, GIVEN, None, Limits(timeout=30))
    assert pickle.loads(pickle.dumps(job)) == job
    error = StageError("ingest", "a\nb.pdf", "took longer than 1 s (--timeout)")
    back = pickle.loads(pickle.dumps(error))
    assert (back.stage, back.source, back.problem, str(back)) == (error.stage, error.source, error.problem,
                                                                   "a\\x0ab.pdf: ingest: took longer than 1 s (--timeout)")
    outcome = job(broken(inputs))
    assert pickle.loads(pickle.dumps(outcome)).error.problem == outcome.error.problem


@pytest.mark.filterwarnings("error::UserWarning")  # distributed's warning that the port it wanted was taken
def test_dask_distributed_cluster_runs_the_batch(tmp_path, one_at_a_time, inputs, profile):
    distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")
    # no dashboard, and the scheduler's HTTP server (which it starts even without one) on a free port, not 8787: a
    # cluster another process runs on this machine (a second test run, a user's) must not matter to this one
    unused_port = {"dashboard": False, "dashboard_address": "127.0.0.1:0"}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  scheduler_kwargs=unused_port) as cluster, distributed.Client(cluster) as client:
        files, _, failures, errors = run_on(client.get_executor(), inputs, profile, tmp_path)
    assert (files, failures, errors) == (one_at_a_time[0], one_at_a_time[2], one_at_a_time[3])


class Killed(BaseException):
    """Not an Exception: nothing in the batch may catch it, as nothing runs after a SIGKILL."""


def plan_copies(folder, count):
    folder.mkdir()
    for i in range(count):
        (folder / f"plan_{i}.txt").write_bytes(PLAN.read_bytes() + b"\n" * (i + 1))
    return sorted(folder.iterdir())


@pytest.mark.parametrize("step", ["seal", "finish"])
def test_a_batch_is_one_commit_whole_or_not_at_all(tmp_path, profile, monkeypatch, step):
    """Workers stage their files on this machine; the parent commits the batch at once. Killed before the record,
    no document of it is there, the staging is gone, and the batch's own staging area is removed; killed after,
    the next command puts every document in place."""
    out, paths = tmp_path / "out", plan_copies(tmp_path / "in", 3)

    def killed(*args) -> None:
        raise Killed

    monkeypatch.setattr(writer, step, killed)
    with pytest.raises(Killed):
        run_batch(paths, out, profile, "r1", GIVEN, executor=ThreadPoolExecutor(2))
    monkeypatch.undo()
    assert not list(out.glob("actions/r1/*.parquet"))
    recover(out)  # what every command does first
    assert len(list(out.glob("actions/r1/*.parquet"))) == (3 if step == "finish" else 0)
    assert [p.name for p in (out / JOURNAL).iterdir()] == [LOCK]


def test_a_staging_area_stays_while_its_batch_lives_and_goes_after(tmp_path):
    """Another process's recovery leaves a held staging area alone; one whose batch died is litter it removes."""
    out = tmp_path / "out"
    recover_elsewhere = [sys.executable, "-c", "import sys; from pathlib import Path; "
                         "from council_actions.output import recover; recover(Path(sys.argv[1]), exclusive=True)",
                         str(out)]
    (out / JOURNAL).mkdir(parents=True)  # a folder already written: a batch that commits nothing keeps its journal
    with staging_area(out) as area:
        (area / "x.parquet").write_bytes(b"staged")
        subprocess.run(recover_elsewhere, check=True)
        assert (area / "x.parquet").read_bytes() == b"staged"
    dead = out / JOURNAL / f"{STAGE_PREFIX}dead"
    dead.mkdir()
    (dead / HELD).touch()
    (dead / "y.parquet").write_bytes(b"litter")
    subprocess.run(recover_elsewhere, check=True)
    assert [p.name for p in (out / JOURNAL).iterdir()] == [LOCK]



READ_AHEAD_PROBE = """
import json, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import council_actions.batch as batch
from council_actions.profile import load_profile
read = batch.read
def read_and_say(*args, **kwargs):  # runs in the reading child: what it prints comes back as details
    print(f"spaCy loaded when forked: {'spacy' in sys.modules}", file=sys.stderr)
    return read(*args, **kwargs)
batch.read = read_and_say
paths, said = [Path(p) for p in sys.argv[3:]], {}
with ThreadPoolExecutor(2) as pool:
    results, failed = batch.run_batch(paths, Path(sys.argv[1]), load_profile(), "r1", jobs=2,
                                      executor=pool if sys.argv[2] == "pool" else None,
                                      on_details=lambda path, details: said.update({path.name: list(details)}))
ahead = [said[p.name] == ["spaCy loaded when forked: False"] for p in paths]
print(json.dumps({"read ahead": ahead, "written": len(results), "failed": failed}))
"""


@pytest.mark.parametrize("executor", ["pool", "own"])
def test_the_last_documents_are_read_while_spacy_loads(tmp_path, executor):
    """spaCy's load holds FORK_LOCK: a worker arriving after it began would wait ~1 s to fork its first reader
    (issue 15's --jobs 2 start-up race). The batch forks readers itself before spaCy loads, one per worker at
    once, whether it made the thread pool (--jobs) or was given one and told its size; more are read in turns
    while the load lasts (how many depends on the machine), the rest after it. They read the last documents,
    last first: the workers take the documents in order, so what is left of those read ahead (normalising,
    the tables) is the batch's last work, small pieces on which both workers end together."""
    paths = []
    for i in range(READ_AHEAD + 4):  # more than are ever read ahead (READ_AHEAD a spare core, one a worker)
        paths.append(tmp_path / f"plan_{i}.txt")
        paths[-1].write_bytes(PLAN.read_bytes() + b"\n" * (i + 1))
    done = subprocess.run([sys.executable, "-c", READ_AHEAD_PROBE, str(tmp_path / "out"), executor, *map(str, paths)],
                          capture_output=True, text=True, check=True)
    found = json.loads(done.stdout)
    ahead = found["read ahead"]
    assert ahead[-2:] == [True, True] and ahead[:2] == [False, False]
    assert ahead == sorted(ahead), "read ahead from the last document back, with no gap"
    assert (found["written"], found["failed"]) == (len(paths), 0)


RUNAWAY_PROBE = """
import json, sys, time
from pathlib import Path
import council_actions.batch as batch
from council_actions.limits import Limits
from council_actions.profile import load_profile
read = batch.read
def read_or_hang(path, *args, **kwargs):  # runs in the reading child
    if path.name == "plan_3.txt":
        time.sleep(60)
    return read(path, *args, **kwargs)
batch.read = read_or_hang
paths, errors = [Path(p) for p in sys.argv[2:]], []
results, failed = batch.run_batch(paths, Path(sys.argv[1]), load_profile(), "r1", jobs=2, limits=Limits(timeout=10),
                                  on_error=lambda e: errors.append(str(e)))
print(json.dumps({"written": sorted(Path(r.source).name for r in results), "failed": failed, "errors": errors}))
"""


def test_a_runaway_read_ahead_holds_up_no_other_document(tmp_path):
    """The last document but one heads the turns of reading ahead (the last is read at once, beside them) and
    never ends: the readers queued behind it are stopped once spaCy has loaded and go the usual way, the last
    goes on, and the runaway alone fails, at its own deadline. The deadline leaves a plan's read (a fifth of a
    second, quiet) room on a loaded machine: at 4 s, four reads ran past it at a load average of 11."""
    paths = plan_copies(tmp_path / "in", 5)
    done = subprocess.run([sys.executable, "-c", RUNAWAY_PROBE, str(tmp_path / "out"), *map(str, paths)],
                          capture_output=True, text=True, check=True, timeout=90)
    assert json.loads(done.stdout) == {"written": ["plan_0.txt", "plan_1.txt", "plan_2.txt", "plan_4.txt"],
                                       "failed": 1, "errors": [f"{paths[3]}: ingest: took longer than 10 s (--timeout)"]}


SPLIT_PROBE = """
import importlib, json, sys
from pathlib import Path
import council_actions.batch as batch
from council_actions.profile import load_profile
pdf = importlib.import_module("council_actions.ingest.pdf")
read_in_halves = pdf.read_in_halves
def read_and_say(read_pages, count, source, processes=2):  # runs in the reading child
    print(f"read in {min(processes, 2)} processes at most", file=sys.stderr)
    return read_in_halves(read_pages, count, source, processes)
pdf.read_in_halves = read_and_say
from council_actions import api
out, jobs, via, paths, said = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], [Path(p) for p in sys.argv[4:]], {}
heard = {"on_details": lambda path, details: said.update({path.name: details})}
if via == "api":  # as `council-actions ingest` calls it
    api.ingest(paths, out, revision="r1", jobs=jobs, **heard)
else:
    batch.run_batch(paths, out, load_profile(), "r1", jobs=jobs, **heard)
print(json.dumps(sorted(line for lines in said.values() for line in lines if line.startswith("read in"))))
"""


@pytest.mark.parametrize("via", ["batch", "api"])
@pytest.mark.parametrize(("jobs", "count", "said"), [(1, 1, ["read in 1 processes at most"]),
                                                      (2, 1, ["read in 2 processes at most"]),
                                                      (2, 2, ["read in 1 processes at most"] * 2)])
def test_jobs_bounds_the_cores_a_long_pdf_is_read_on(tmp_path, jobs, count, said, via):
    """--jobs 1 reads on one core, a long PDF too; --jobs 2 lends a lone document's read the second core (its
    pages in halves, ingest/pdf_split.py), but not two documents', each of which keeps a core busy already. The
    same through the API the CLI calls, which once passed on `--jobs` cut to the number of documents, so a lone
    PDF never had its second core (`benchmarks/pdf.py`: two readers took 1.09x one reader's time)."""
    paths = []
    for i in range(count):
        paths.append(tmp_path / f"plan_{i}.pdf")
        paths[-1].write_bytes(PDF_PLAN.read_bytes() + b"\n" * i)  # other bytes: two of the same are one document
    done = subprocess.run([sys.executable, "-c", SPLIT_PROBE, str(tmp_path / "out"), str(jobs), via,
                           *map(str, paths)], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == said


def test_a_documents_read_takes_the_cores_no_other_document_runs_on():
    assert [read_processes(jobs, documents) for jobs, documents in [(1, 1), (1, 5), (2, 1), (2, 2), (2, 16),
                                                                    (4, 1), (4, 2), (4, 3), (4, 9)]] == \
        [1, 1, 2, 1, 1, 4, 2, 1, 1]
