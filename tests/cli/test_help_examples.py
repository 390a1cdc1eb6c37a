"""Every example in the commands' `--help` runs as printed, in a folder holding the samples, in the order the
table lists them (each reads what the ones before wrote), exits 0 and prints no traceback.

The folder's `samples/` holds the files of samples/ at its top, its folders but other_councils/ (runnymede_web/), and
of other_councils/ the files an example names: `ingest samples` still reads a tree of folders, every example finds
what it names, and the run costs a fraction of reading all the other councils' documents, each of which the
`every_sample` fixture (tests/output/conftest.py) ingests already, failing on any that does not go through.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

import pytest

from council_actions.cli import main, parser
from council_actions.cli.examples import EXAMPLES
from tests.conftest import SAMPLES


def test_every_command_has_examples_and_its_help_prints_them(capsys):
    commands = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(EXAMPLES) == {name for name, p in commands.choices.items() if p.prog.endswith(f" {name}")}
    for name, examples in EXAMPLES.items():
        with pytest.raises(SystemExit):
            main([name, "--help"])
        printed = capsys.readouterr().out
        assert all(f"  {example}\n" in printed for example in examples), name


def samples_the_examples_read(into: Path) -> None:
    """samples/ as above: every top-level entry but other_councils/, and each file under it an example names."""
    named = {word for examples in EXAMPLES.values() for example in examples for word in shlex.split(example)}
    for entry in SAMPLES.iterdir():
        if entry.name != "other_councils":
            (into / entry.name).symlink_to(entry)
    (into / "other_councils").mkdir()
    for entry in (SAMPLES / "other_councils").iterdir():
        if f"samples/other_councils/{entry.name}" in named:
            (into / "other_councils" / entry.name).symlink_to(entry)


def test_every_help_example_runs_as_printed(tmp_path, monkeypatch, capfd):
    (tmp_path / "samples").mkdir()
    samples_the_examples_read(tmp_path / "samples")
    assert list((tmp_path / "samples" / "other_councils").iterdir())  # the generic profile's example reads one
    monkeypatch.chdir(tmp_path)
    for examples in EXAMPLES.values():
        for example in examples:
            words = shlex.split(example)
            target = words[words.index(">") + 1] if ">" in words else None
            assert words[0] == "council-actions"
            code = main(words[1:words.index(">")] if target else words[1:])
            out, err = capfd.readouterr()
            assert code == 0 and "Traceback" not in err, (example, err)
            if target:
                (tmp_path / target).write_text(out, encoding="utf-8")
            assert out.strip(), example
    assert (tmp_path / "site" / "index.html").is_file()
    assert "council-actions" in (tmp_path / "council-actions.bash").read_text(encoding="utf-8")
