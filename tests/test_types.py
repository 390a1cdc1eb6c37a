"""The product code stays mypy-clean, checked as the installed package `council_actions`.

The stage folders sit at the top of the repository and are mapped into `council_actions.*` by
`[tool.setuptools.package-dir]`; mypy cannot follow that mapping (nor an editable install's import hook),
so the test lays the same mapping out as a tree of links and checks that.

mypy checks incrementally, its cache in pytest's cache folder (`.pytest_cache`, kept from run to run in a
checkout; in tmp_path with `-p no:cacheprovider`): a module whose file or dependencies changed is checked again,
the rest (spaCy's, numpy's and the other libraries' types most of all) read back, and a module with an error is
never cached, so an error is reported on every run until fixed. A clean clone (CI) checks everything.
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


def product_files() -> int:
    """Every module of the package, the stage folders' too: what mypy must say it checked."""
    folders = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"].values()
    return sum(1 for folder in folders for path in (ROOT / folder).rglob("*.py") if "__pycache__" not in path.parts)


def test_mypy_is_clean(tmp_path, request):
    link_package_tree(tmp_path)
    kept = getattr(request.config, "cache", None)
    cache = kept.mkdir("mypy") if kept is not None else tmp_path / "mypy_cache"
    done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
                           "--cache-dir", str(cache), "council_actions"], cwd=tmp_path, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == f"Success: no issues found in {product_files()} source files"
