"""An action under no element (a plan that prints no ids) as the tables write it: `actions.element_id` is '', never
null, as _schema.json declares it (not nullable: the diff tables key on it and `action_id` is made from it); the issues
of such an action concern no element, so their `element_id` is null, as every other issue's that concerns none."""

from __future__ import annotations

import json

import duckdb
import pytest
from council_actions.ingest.model import Span

from council_actions.issues import warning
from council_actions.pipeline import process, write
from council_actions.profile import load_profile
from tests.conftest import GIVEN, SAMPLES

AGS = SAMPLES / "other_councils" / "maidstone_ags_2014_15.txt"  # a table of actions with no ids, two owners unknown


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("no_element")
    profile = load_profile("generic")
    write(process(AGS, profile, GIVEN), out, profile, "2026-01-01")
    return out


def _rows(out, table, columns):
    return duckdb.sql(f"select {columns} from read_parquet('{out}/{table}/*/*.parquet') order by char_start").fetchall()


def test_an_action_under_no_element_has_the_empty_string_and_the_schema_says_so(written):
    assert [row[0] for row in _rows(written, "actions", "element_id")] == ["", ""]
    actions = {c["name"]: c for c in json.loads((written / "_schema.json").read_text("utf-8"))["tables"]["actions"]}
    assert actions["element_id"]["nullable"] is False and "never null" in actions["element_id"]["description"]


def test_its_issues_concern_no_element(written):
    """Its two `unknown_owner` warnings carry null, as every other code's rows do, not the action's ''."""
    rows = _rows(written, "extraction_issues", "code, element_id")
    assert ("unknown_owner", None) in rows and all(element_id != "" for _, element_id in rows)


def test_the_ledger_keeps_no_empty_element_id():
    span = Span(None, 1, 1, 0, 1)
    assert warning("unknown_owner", "normalise", "m", "x", span, "").element_id is None
    assert warning("unknown_owner", "normalise", "m", "x", span, "CI002").element_id == "CI002"
