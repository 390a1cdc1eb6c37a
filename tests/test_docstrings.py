"""Every public function and class of the stage folders says why it exists (developers' guide: why-docstrings).

The stage folders are those pyproject maps into `council_actions.*`; a new module or folder is covered as soon as
it is listed there. Private names (`_x`) are exempt: their module's docstring and their callers explain them.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]
STAGE_FOLDERS = sorted(folder for package, folder in PACKAGES.items() if package != "council_actions")


def undocumented(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.relative_to(ROOT)}:{node.lineno} {node.name}" for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and not node.name.startswith("_") and ast.get_docstring(node) is None]


def test_the_stage_folders_are_found():
    assert {"ingest", "parsers", "normalise", "output"} <= set(STAGE_FOLDERS)


@pytest.mark.parametrize("folder", STAGE_FOLDERS)
def test_every_public_function_and_class_has_a_docstring(folder):
    missing = [name for path in sorted((ROOT / folder).rglob("*.py")) for name in undocumented(path)]
    assert not missing, "public names without a docstring (say why each exists):\n" + "\n".join(missing)
