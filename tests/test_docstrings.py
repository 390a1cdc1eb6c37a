"""Every public function, class and method of the stage folders says why it exists (developers' guide: why-docstrings).

The stage folders are those pyproject maps into `council_actions.*`; a new module or folder is covered as soon as
it is listed there. So are the modules of `council_actions` itself (the pipeline, batch, API, profile, issues) and its `dating/`, but
not its `cli/`, whose modules all share one documented shape (`add`, `run`: see cli/__init__.py). Private names (`_x`) are exempt: their module's docstring and their callers explain them.
A public class's public methods and properties are checked as its functions are.
A docstring that adds fewer than MIN_OWN_WORDS words to the name's own restates it and fails too; whether the
words that remain say why is left to review.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]
STAGE_FOLDERS = sorted(folder for package, folder in PACKAGES.items() if package != "council_actions")
CHECKED = [(folder, "**/*.py") for folder in STAGE_FOLDERS] + [(PACKAGES["council_actions"], "*.py"),
                                                                (PACKAGES["council_actions"], "dating/*.py")]
FILLER = {"a", "an", "and", "for", "from", "in", "is", "it", "its", "of", "or", "the", "to", "with"}
MIN_OWN_WORDS = 4  # fewer words than this beyond the name's own restate the name ("Read the records.")
Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def public_definitions(path: Path) -> list[Definition]:
    """The module's public functions and classes, and its public classes' public methods and properties: what
    another module calls, so what a reader needs told why."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = [node for node in tree.body if isinstance(node, Definition) and not node.name.startswith("_")]
    methods = [node for cls in top if isinstance(cls, ast.ClassDef) for node in cls.body
               if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_")]
    return top + methods


def undocumented(path: Path) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{node.lineno} {node.name}" for node in public_definitions(path)
            if ast.get_docstring(node) is None]


def restating(path: Path) -> list[str]:
    """Public docstrings that add fewer than MIN_OWN_WORDS words to the name's own (split at _ and capitals)."""
    found = []
    for node in public_definitions(path):
        docstring = ast.get_docstring(node)
        if docstring is None:
            continue
        named = set(re.findall(r"[a-z]+", re.sub(r"([A-Z])", r" \1", node.name).lower()))
        own = [w for w in re.findall(r"[a-z]+", docstring.lower()) if w not in named | FILLER]
        if len(own) < MIN_OWN_WORDS:
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
            found.append(f"{where}:{node.lineno} {node.name}: {docstring!r}")
    return found


def test_the_stage_folders_are_found():
    assert {"ingest", "parsers", "normalise", "output"} <= set(STAGE_FOLDERS)


@pytest.mark.parametrize(("folder", "pattern"), CHECKED)
def test_every_public_function_and_class_says_why(folder, pattern):
    paths = sorted((ROOT / folder).glob(pattern))
    missing = [name for path in paths for name in undocumented(path)]
    assert not missing, "public names without a docstring (say why each exists):\n" + "\n".join(missing)
    restated = [name for path in paths for name in restating(path)]
    assert not restated, "docstrings that restate the name (say why, or what case it handles):\n" + "\n".join(restated)


def test_a_restating_docstring_is_caught(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('def read_records(lines):\n    """Read the records."""\n\n\nclass Layout:\n    """What a text '
                     'reader returns, every line kept."""\n\n    def line_count(self):\n        """The line count."""\n',
                     encoding="utf-8")
    assert [r.split(": ")[0] for r in restating(probe)] == ["probe.py:1 read_records", "probe.py:8 line_count"]
