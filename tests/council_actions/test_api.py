"""The Python API an analyst uses from a notebook: the seed's tables into pandas with the right dtypes."""

import datetime as dt
import pickle
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pytest

import council_actions
from council_actions.issues import FAILURE_STAGES, ISSUE_STAGES, StageError
from tests.conftest import PLAN, SAMPLES


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("api")
    runnymede = [p for p in sorted(SAMPLES.iterdir()) if p.is_file()]  # one council's revision, not other_councils/
    first = council_actions.ingest(runnymede, folder, revision="2024-06")
    second = council_actions.ingest([str(PLAN)], folder, revision="2024-09")
    assert first.ok and second.ok and len(first.documents) == 3
    return folder


def test_ingest_reports_each_documents_yield(out):
    report = council_actions.ingest([PLAN], out, revision="2024-09")
    (plan,) = report.documents
    assert (plan.kind, plan.rows["actions"], plan.rows["elements"], plan.rows["heatmap"]) == (
        "action_plan", 94, 74, 74)
    assert report.revision == "2024-09" and report.failures == () and report.seconds > 0


def test_ingest_reports_failures_instead_of_raising(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    report = council_actions.ingest([empty, PLAN], tmp_path / "out")
    assert not report.ok and len(report.documents) == 1
    assert report.failures == (council_actions.Failure(str(empty), "ingest", "file is empty"),)


def test_a_failure_names_its_stage_in_the_stage_vocabulary():
    """Failure.stage is a FailureStage: a pipeline stage (the extraction_issues vocabulary) or the batch's own; a
    StageError names one of them, kept across a process boundary, and a name outside them is refused, not reported."""
    assert FAILURE_STAGES == (*ISSUE_STAGES, "batch")
    error = pickle.loads(pickle.dumps(StageError("normalise", "plan.txt", "normalise failed unexpectedly")))
    assert (error.stage, str(error)) == ("normalise", "plan.txt: normalise: normalise failed unexpectedly")
    with pytest.raises(ValueError, match="'read' is not a stage a document can fail in"):
        StageError("read", "plan.txt", "no such stage")


def test_the_functions_are_not_replaced_by_the_modules_of_the_same_name():
    from council_actions.ingest import read_document  # the stage, imported the usual way

    from council_actions.issues import StageError

    for function in (council_actions.ingest, council_actions.issues):
        assert callable(function) and function.__module__ == "council_actions.api"
    assert read_document.__module__.startswith("council_actions.ingest") and StageError.__module__ == "council_actions.issues"


def test_read_table_gives_arrow_backed_dtypes(out):
    actions = council_actions.read_table(out, "actions")
    assert len(actions) == 94 and set(actions["revision"]) == {"2024-09"}
    assert actions["due_date"].dtype == pd.ArrowDtype(pa.date32())
    assert actions["seq"].dtype == pd.ArrowDtype(pa.int32())
    assert actions["action"].dtype == pd.ArrowDtype(pa.string())
    assert actions["source_page"].isna().all()  # text input: a nullable int, not a float column of NaN
    assert isinstance(actions["due_date"].dropna().iloc[0], dt.date)
    ci002 = actions[actions["element_id"] == "CI002"].sort_values("seq")
    assert ci002["allocated_raw"].iloc[0] is not None


def test_read_table_one_revision_or_all(out):
    assert len(council_actions.read_table(out, "heatmap", revision="2024-06")) == 91
    both = council_actions.read_table(out, "actions", revision="*")
    assert both.groupby("revision").size().to_dict() == {"2024-06": 94, "2024-09": 94}
    with pytest.raises(council_actions.OutputError, match="no revision 'nope'"):
        council_actions.read_table(out, "actions", revision="nope")
    with pytest.raises(council_actions.OutputError, match="no changes table"):
        council_actions.read_table(out, "changes")


def test_revisions_owners_issues_timelines(out):
    assert council_actions.revisions(out) == ["2024-06", "2024-09"]
    known, _ = council_actions.owners(out)
    assert known[0] == {"owner_key": "CHoHROD", "actions": 24,
                        "owner_title": "Corporate Head of Human Resources and Organisational Development"}
    warnings = council_actions.issues(out, severity="warning")
    assert warnings and all(w["revision"] == "2024-09" for w in warnings)
    (reading,) = council_actions.timelines(["CHoHROD, Q3-Q4 24/25"])
    assert (reading["timeline_raw"], reading["start_date"], reading["end_date"]) == (
        "Q3-Q4 24/25", "2024-10-01", "2025-03-31")


def test_a_notebook_with_duckdb_exits_without_nanobind_leak_notices(tmp_path):
    """The ingest freezes the heap before it forks (council_actions.preload.prepare); DuckDB's objects, imported
    first as an analyst's notebook does, must not be frozen with it: never freed at exit, nanobind would print a page
    of "leaked" lines as the interpreter ends."""
    notebook = ("import sys, duckdb, council_actions; "
                "result = council_actions.ingest([sys.argv[1]], sys.argv[2], revision='r'); "
                "assert result.ok; duckdb.sql('select 1').fetchall()")
    done = subprocess.run([sys.executable, "-c", notebook, str(PLAN), str(tmp_path / "out")],
                          capture_output=True, text=True, check=True)
    assert "leaked" not in done.stderr


def test_a_functions_flags_are_keyword_only():
    """A bare True in a call says nothing (`diff("out", "a", "b", True)`): every bool parameter of a public function
    is keyword-only, so a notebook's call names what it turns on."""
    import inspect

    for name in council_actions.__all__:
        function = getattr(council_actions, name)
        if not inspect.isfunction(function):
            continue
        for parameter in inspect.signature(function).parameters.values():
            if parameter.annotation in ("bool", bool):
                assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, f"{name}({parameter.name})"


def test_issues_refuses_a_code_or_severity_outside_their_vocabularies(out):
    """A misspelt code or severity listed nothing, and a notebook read the revision as clean; the command refused
    them as it parsed, the function did not. Now OutputError names the close codes, as the command does."""
    assert council_actions.issues(out, revision="2024-06", code="garbled_duplicate")  # one it has: no empty test
    with pytest.raises(council_actions.OutputError, match=r"'garbled_dupe' is not an issue code \(did you mean "
                       r"garbled_duplicate"):
        council_actions.issues(out, code="garbled_dupe")
    with pytest.raises(council_actions.OutputError, match=r"'Warning' is not a severity \(error or warning\)"):
        council_actions.issues(out, severity="Warning")  # type: ignore[arg-type]  # a notebook's call is not checked


def test_one_phrase_or_one_path_alone_is_one_not_its_characters(tmp_path):
    """A str is an iterable of str: `timelines("Q2 2024")` read 'Q', '2', ' ', ... each as a phrase, and
    `ingest("samples/...")` looked for a file named by its first character ('s: no such file or folder')."""
    (reading,) = council_actions.timelines("Q2 2024")
    assert (reading["input"], reading["end_date"]) == ("Q2 2024", "2024-09-30")
    for given in (str(PLAN), PLAN):
        report = council_actions.ingest(given, tmp_path / type(given).__name__, revision="r1")
        assert report.ok and [d.source for d in report.documents] == [str(PLAN)]
