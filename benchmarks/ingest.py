"""Benchmark: ingest the seed action plan, split by stage, and documents per second over many copies.

Run: .venv/bin/python benchmarks/ingest.py [--copies N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from council_actions.ingest import read_document
from council_actions.normalise import normalise_document
from council_actions.output import commit, to_tables
from council_actions.parsers import parse_document

from council_actions.pipeline import run
from council_actions.profile import load_profile

PLAN = Path(__file__).resolve().parent.parent / "samples" / "004_d0d661fda207b69c.txt"


def timed(step, *args):
    start = time.perf_counter()
    result = step(*args)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    profile = load_profile()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        run(PLAN, Path(out), profile, "warm")  # first run pays for imports and the spaCy matcher
        cold = time.perf_counter() - started
        stages: dict[str, list[float]] = {"ingest": [], "parse": [], "normalise": [], "output": []}
        for _ in range(args.repeat):
            document, t = timed(read_document, PLAN)
            stages["ingest"].append(t)
            parsed, t = timed(parse_document, document, profile)
            stages["parse"].append(t)
            normalised, t = timed(normalise_document, parsed, profile, None)
            stages["normalise"].append(t)
            tables, t1 = timed(to_tables, PLAN, document, parsed, normalised, "bench", profile)
            _, t2 = timed(commit, [tables], Path(out), str(PLAN))
            stages["output"].append(t1 + t2)
        print(f"seed action plan ({PLAN.stat().st_size} bytes), median of {args.repeat} warm runs:")
        total = 0.0
        for stage, times in stages.items():
            median = statistics.median(times)
            total += median
            print(f"  {stage:10} {median * 1000:8.1f} ms")
        print(f"  {'total':10} {total * 1000:8.1f} ms   (first run incl. imports and start-up: {cold:.2f} s)")
        copies = Path(out) / "copies"
        copies.mkdir()
        text = PLAN.read_bytes()
        for i in range(args.copies):
            (copies / f"plan_{i:03d}.txt").write_bytes(text + f"\n{i}\n".encode())
        start = time.perf_counter()
        for path in sorted(copies.iterdir()):
            run(path, Path(out) / "many", profile, "bench")
        elapsed = time.perf_counter() - start
        print(f"{args.copies} copies in one process: {elapsed:.2f} s = {args.copies / elapsed:.1f} documents/s")


if __name__ == "__main__":
    main()
