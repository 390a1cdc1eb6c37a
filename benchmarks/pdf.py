"""Benchmark: pages per second for the whole PDF path, against pdfplumber's bare extract_tables() on every page.

Both run in one process on the same generated plan (all seven themes, Word-style).
Run: .venv/bin/python benchmarks/pdf.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from council_actions.ingest import read_document  # noqa: E402
from council_actions.parsers import parse_document  # noqa: E402

from council_actions.pipeline import run  # noqa: E402
from council_actions.profile import load_profile  # noqa: E402
from tests.pdf_factory import BROWSER, WORD, draw_plan  # noqa: E402

PLAN = ROOT / "samples" / "004_d0d661fda207b69c.txt"


def best_of(repeat: int, step) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times)


def bare(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()


def main() -> None:
    profile = load_profile()
    plan = parse_document(read_document(PLAN), profile)
    with tempfile.TemporaryDirectory() as folder:
        for producer in (WORD, BROWSER):
            path = Path(folder) / f"plan_{producer.name}.pdf"
            draw_plan(path, plan, profile, (1, 2, 3, 4, 5, 6, 7), producer)
            with pdfplumber.open(path) as pdf:
                pages = len(pdf.pages)
            run(path, Path(folder) / "warm", profile, "warm")
            ours = best_of(3, lambda path=path: run(path, Path(folder) / "out", profile, "bench"))
            theirs = best_of(3, lambda path=path: bare(path))
            print(f"{producer.name}: {pages} pages; whole path {ours:.2f} s = {pages / ours:.1f} pages/s; "
                  f"bare extract_tables() {theirs:.2f} s = {pages / theirs:.1f} pages/s; "
                  f"cost ratio {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
