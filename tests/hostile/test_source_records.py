"""A corrupt `_sources/` record under `review`: one line naming the record and what is wrong with it."""

from __future__ import annotations

import pytest

from council_actions.cli import main
from tests.conftest import THEME_7

RECORDS = [("no_path_field", b'{"text": "Theme 1"}', "(no field 'path')"),
           ("empty_object", b"{}", "(no field 'path')"),
           ("cut_short", b'{"path": "pl', "(Unterminated string starting at: line 1 column 10 (char 9))")]


@pytest.mark.parametrize("name, record, problem", RECORDS, ids=[case[0] for case in RECORDS])
def test_a_corrupt_source_record_is_named_with_its_problem(tmp_path, capfd, name, record, problem):
    """A record missing its `path` was reported as `unreadable source record ('path')`: the key alone, the
    user left to guess. Now the field is named; a record cut short keeps the JSON reader's words."""
    out = tmp_path / "out"
    assert main(["ingest", str(THEME_7), "--out", str(out), "--revision", "r1", "--jobs", "1", "-q"]) == 0
    [source] = [p for p in (out / "_sources" / "r1").glob("*.json") if p.name != "_index.json"]
    source.write_bytes(record)
    capfd.readouterr()
    assert main(["review", str(out), "--out", str(tmp_path / "site"), "--revision", "r1"]) == 1
    assert capfd.readouterr().err.splitlines() == [
        f"council-actions: error: {source}: unreadable source record {problem}"]
