"""The product code stays mypy-clean, checked as the installed package `council_actions`.

The stage folders sit at the top of the repository and are mapped into `council_actions.*` by
`[tool.setuptools.package-dir]`; mypy cannot follow that mapping (nor an editable install's import hook),
so the test lays the same mapping out as a tree of links and checks that.
"""

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def link_package_tree(into: Path) -> Path:
    mapping = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    top = into / "council_actions"
    top.mkdir()
    for entry in (ROOT / mapping["council_actions"]).iterdir():
        if entry.name != "__pycache__":
            (top / entry.name).symlink_to(entry)
    for package, folder in mapping.items():
        if package != "council_actions":
            (top / package.split(".", 1)[1]).symlink_to(ROOT / folder)
    return top


def test_mypy_is_clean(tmp_path):
    link_package_tree(tmp_path)
    done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
                           "--no-incremental", "council_actions"], cwd=tmp_path, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
