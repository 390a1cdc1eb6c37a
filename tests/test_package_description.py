"""The package's description (pyproject's `readme`, the page a package index shows) stands on its own.

An index shows the file alone, away from the repository: a relative link (`docs/revisions.md`, as the README's
handbook links are) leads nowhere there, and a command it names that the tool does not have would be a reader's
first error. So the description links to nothing relative, and every `council-actions COMMAND` of its example is one
of the CLI's commands.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from markdown_it import MarkdownIt

from council_actions.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent


def _description() -> str:
    readme = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["readme"]
    return (ROOT / readme).read_text(encoding="utf-8")


def test_the_description_links_nowhere_relative():
    tokens = MarkdownIt("commonmark").parse(_description())
    targets = [child.attrs.get("href") or child.attrs.get("src") for token in tokens for child in token.children or []
               if child.type in ("link_open", "image")]
    assert [t for t in targets if not re.match(r"https?://", str(t))] == []


def test_the_commands_it_shows_are_the_tools():
    commands = {module.__name__.rsplit(".", 1)[1].replace("_", "-") for module in COMMANDS}
    shown = set(re.findall(r"^ {4}council-actions ([a-z][a-z-]*)", _description(), re.MULTILINE))  # its example
    assert shown and shown <= commands
