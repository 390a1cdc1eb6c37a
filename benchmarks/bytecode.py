"""The package's modules compiled to bytecode before a benchmark times anything, as installing a package does.

A checkout installed editable and run with PYTHONDONTWRITEBYTECODE=1 (as on this project's machines) would
otherwise compile its modules from source in every process it starts, which a package installed in
site-packages, with its bytecode, never does: the benchmarks would time the machine's setting, not the
product. Shared by benchmarks/pdf.py and benchmarks/jobs.py.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

PACKAGES = ("council_actions", "council_actions.ingest", "council_actions.parsers", "council_actions.normalise",
            "council_actions.output", "council_actions.diff", "council_actions.review")  # pyproject's folders


def compile_bytecode() -> int:
    """Compile the package's modules to bytecode (`__pycache__`, which git ignores); the number of modules
    compiled. Measured on the 22-page plan, compiling from source in every run cost 0.17 CPU-s, a tenth of the
    process tree's CPU time; on 16 copies of the seed plan, --jobs 1, 0.3 s of the parent's own serial CPU."""
    folders = [Path(next(iter(importlib.import_module(name).__path__))) for name in PACKAGES]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *map(str, folders)], check=True,
                   stdout=subprocess.DEVNULL)
    return sum(1 for folder in folders for _ in folder.rglob("*.py"))
