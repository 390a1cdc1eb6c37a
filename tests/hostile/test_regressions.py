"""Every input that ever failed, kept as a file named after what it tests (tests/fixtures/regressions/), with
the start of the one line it must print (expected.json): parametrised over the folder, so adding a case is adding a file."""

from __future__ import annotations

import json

import pytest

from council_actions.cli import main
from tests.conftest import FIXTURES

CORPUS = FIXTURES / "regressions"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def test_every_corpus_file_has_an_expectation():
    assert sorted(p.name for p in CORPUS.iterdir() if p.name != "expected.json") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_kept_input_prints_its_one_expected_line(tmp_path, capfd, name):
    case = EXPECTED[name]
    path = CORPUS / name
    capfd.readouterr()
    code = main(["ingest", str(path), "--out", str(tmp_path / "out"), "--revision", "r1", "--jobs", "1",
                 *case["options"]])
    err = capfd.readouterr().err
    assert code == case["exit"]
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"council-actions: error: {path}: {case['stderr']}"), lines
