"""The synopsis of the commands (docs/cli.md) names every option each command takes, so a reader of it meets them all.

The synopsis (docs/cli.md, "Command line") is the one place a user sees every command's options side by side; an option
added to a command's parser and not to it is one they never learn of but by `--help`. Each command's entry is its
lines from `council-actions NAME` to the next command's; an option counts as named by any of its spellings (`-q` for
`--quiet`).
"""

from __future__ import annotations

import argparse
import re

import pytest

from council_actions.cli import parser
from tests.conftest import ROOT

PAGE = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
SYNOPSIS = PAGE[PAGE.index("council-actions ingest [PATH...]"):PAGE.index("council-actions --version")]


def _commands() -> dict[str, argparse.ArgumentParser]:
    found = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return {name: command for name, command in found.choices.items() if f"council-actions {name} " in SYNOPSIS}


def _entry(name: str) -> str:
    return next(part for part in re.split(r"^council-actions ", SYNOPSIS, flags=re.MULTILINE)
                if part.startswith(f"{name} "))


def test_every_command_has_an_entry():
    assert set(_commands()) == {"ingest", "diff", "issues", "owners", "revisions", "read-table", "review",
                                "timelines", "schema", "upgrade", "completion"}


@pytest.mark.parametrize("name", sorted(_commands()))
def test_the_synopsis_names_every_option(name):
    entry = _entry(name)
    options = [action.option_strings for action in _commands()[name]._actions
               if action.option_strings and "--help" not in action.option_strings]
    assert [spellings for spellings in options
            if not any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", entry) for s in spellings)] == []
