"""No module of the package is over MAX_LINES lines, as the developers' guide asks: past it, a module is split along
a seam (ingest/list_headings.py out of headed_list.py, dating/fiscal_quarters.py out of dating/periods.py), never
squeezed. Checked here, with every other module's, so a change that passes it fails the suite, not a reviewer."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ("council_actions", "ingest", "parsers", "normalise", "output", "diff", "review")  # the installed package
MAX_LINES = 300


def test_no_module_of_the_package_is_over_the_limit():
    long = {str(path.relative_to(ROOT)): lines for folder in PACKAGE for path in sorted((ROOT / folder).rglob("*.py"))
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
