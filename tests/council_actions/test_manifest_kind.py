"""ingest --manifest's `kind` column: what a file is, as the user states it, taken as a council given is.

The readers tell a document's kind from its content; a national body's list may say it instead. The kind given is
read where the content tells the same (nothing said); where the content tells another kind, or none, the given kind's
reader reads it and the issue (kind_differs, kind_given) names the manifest's line; where that reader reads nothing
the document fails naming the line and what the content tells, never an empty success. On real samples: Croydon's FOI
plan and Runnymede's theme pages (samples/), and York's key actions (tests/fixtures/two_columns), no reader's kind."""

from __future__ import annotations

import json

import pytest
from council_actions.ingest.model import GivenKind
from council_actions.parsers import parse_document, readers, recognising
from council_actions.parsers.given_kind import kind_issues

from council_actions import api
from council_actions.cli import main
from council_actions.issues import StageError
from council_actions.pipeline import read
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES, THEME_6, THEME_7

CROYDON = SAMPLES / "other_councils" / "croydon_foi_improvement_plan_2023.txt"
YORK = FIXTURES / "two_columns" / "york_improvement_plan_key_actions_decision_2009.txt"


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.fixture
def given(generic):
    """The document read as ingest reads it, with a manifest's kind for it on `line`."""
    return lambda path, kind, line=2: read(path, generic, kind_given=GivenKind(kind, f"national.csv line {line}"))


@pytest.mark.parametrize(("path", "kind", "counts"), [
    (CROYDON, "action_plan", (2, 0, 0)),  # an action plan under no template: its table's actions
    (THEME_6, "self_assessment", (0, 10, 22)),  # a theme page: its heatmap and statements
])
def test_a_kind_given_that_the_content_tells_is_read_so_and_nothing_is_said(generic, given, path, kind, counts):
    parsed = parse_document(given(path, kind), generic)
    assert parsed.kind == kind
    assert (len(parsed.actions), len(parsed.heatmap), len(parsed.statements)) == counts
    assert [issue.code for issue in parsed.issues if issue.code.startswith("kind")] == []


def test_a_kind_given_that_the_content_contradicts_fails_naming_the_line_and_what_the_content_tells(generic, given):
    with pytest.raises(StageError) as failed:
        parse_document(given(THEME_7, "action_plan", 4), generic)
    assert failed.value.problem == ("national.csv line 4 gives the kind action_plan (its content reads as "
                                    "self_assessment): looks like a plan table (lines: no column headings) but no "
                                    "row has an action")


def test_a_kind_given_where_the_content_tells_none_fails_naming_the_line(generic, given):
    with pytest.raises(StageError) as failed:
        parse_document(given(YORK, "action_plan"), generic)
    assert failed.value.problem.startswith("national.csv line 2 gives the kind action_plan (its content tells no "
                                           "kind): looks like a plan table")


@pytest.mark.parametrize(("path", "code", "message"), [
    (THEME_7, "kind_differs", "the document reads as self_assessment (a self-assessment page) but national.csv "
                              "line 2 gives 'action_plan'; read as the kind given"),
    (YORK, "kind_given", "documents.kind 'action_plan' is given by national.csv line 2; the document's content "
                         "tells no kind (no plan column headings, heatmap or theme pages found)"),
    (CROYDON, None, None),
])
def test_what_the_auditor_is_told_of_a_kind_given(generic, given, path, code, message):
    document = given(path, "action_plan")
    issues = kind_issues(document, recognising(document, generic, readers()))
    assert [(issue.code, issue.message) for issue in issues] == ([(code, message)] if code else [])
    assert all(issue.span == document.span() for issue in issues)  # of the whole document: no line tells its kind


def test_a_manifest_kind_column_is_read_file_by_file(tmp_path, capsys):
    listed = tmp_path / "national.csv"
    listed.write_text("path,council,kind\n"
                      f"{CROYDON},London Borough of Croydon,action_plan\n"
                      f"{THEME_6},Runnymede Borough Council,self_assessment\n"
                      f"{THEME_7},Runnymede Borough Council,action_plan\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", "--manifest", str(listed), "--out", str(out), "--revision", "2026-04", "--jobs", "1",
                 "--profile", "generic", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(d["source"].rsplit("/", 1)[1], d["kind"]) for d in report["documents"] if d["status"] == "written"] == [
        (CROYDON.name, "action_plan"), (THEME_6.name, "self_assessment")]
    assert [f["problem"] for f in report["failures"]] == [
        "national.csv line 4 gives the kind action_plan (its content reads as self_assessment): looks like a plan "
        "table (lines: no column headings) but no row has an action"]
    assert sorted(api.read_table(out, "documents", "2026-04")["kind"]) == ["action_plan", "self_assessment"]
