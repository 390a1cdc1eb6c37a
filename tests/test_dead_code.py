"""No dead code: every function, class, method and property is used somewhere (product code, tests, templates).

vulture reads the package, the tests and the benchmarks together, so a helper the tests call counts as used;
a second run reads the package alone, so a function of the package that only tests call is reported too.
What only a library or a template calls (an HTMLParser hook, a Jinja filter) is named in
tests/dead_code_allowlist.py, each with the reason: vulture counts a name used there.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("council_actions", "ingest", "parsers", "normalise", "output", "diff", "review")
FOLDERS = (*PRODUCT, "tests", "benchmarks")
KINDS = ("unused function", "unused class", "unused method", "unused property")
# Used by name where vulture does not look: a fixture is asked for as a test's parameter, and Python itself calls a
# module's __getattr__ and __dir__ (PEP 562, names loaded on first use).
CALLED_BY_PYTHON_OR_PYTEST = ("--ignore-decorators", "@pytest.fixture", "--ignore-names", "__getattr__,__dir__")


def _unused(folders: tuple[str, ...]) -> list[str]:
    done = subprocess.run([sys.executable, "-m", "vulture", *folders, "tests/dead_code_allowlist.py",
                           "--min-confidence", "60", *CALLED_BY_PYTHON_OR_PYTEST], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    return [line for line in done.stdout.splitlines() if any(kind in line for kind in KINDS)]


def test_nothing_defined_is_left_unused():
    unused = _unused(FOLDERS)
    assert not unused, "\n".join(unused) + "\n(used only by a library or a template? name it in " \
        "tests/dead_code_allowlist.py with the reason)"


def test_no_product_code_is_there_only_for_the_tests():
    """A function of the package that only tests call is dead code the tests keep alive: the product never runs
    it, so the tests pass on behaviour no user gets. Such a helper belongs in the tests."""
    unused = _unused(PRODUCT)
    assert not unused, "\n".join(unused) + "\n(called only by tests: move it into the tests, or test what the " \
        "package itself calls)"
