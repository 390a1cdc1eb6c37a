"""Benchmark: `ingest --jobs 1` against `--jobs 2` on 16 copies of the seed plan, whole processes from start.

Each copy differs by a trailing blank-line count, so each is its own document (own digest, own files); the
output of the two runs is compared byte for byte. Prints the wall times, their ratio (target: at least 1.6x on
2 cores) and the per-document and per-page figures the README's estimate for a national run uses.

A control is measured in the same run: the same number of pure-CPU processes, one at a time and `--jobs` at
once. On a machine that other work shares it shows the ceiling any parallel run can reach at that moment.

Run: .venv/bin/python benchmarks/jobs.py [--copies 16] [--jobs 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import filecmp
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PLAN = Path(__file__).resolve().parent.parent / "samples" / "004_d0d661fda207b69c.txt"


def ingest(folder: Path, out: Path, jobs: int) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "council_actions.cli", "ingest", str(folder), "--out", str(out),
                    "--revision", "bench", "--jobs", str(jobs)], check=True, capture_output=True)
    return time.perf_counter() - started


def burn(_: int) -> int:
    return sum(range(15_000_000))


def control(jobs: int, tasks: int) -> float:
    """Pure CPU work: `tasks` items one at a time, then on `jobs` processes; the ratio is the machine's ceiling."""
    started = time.perf_counter()
    with ProcessPoolExecutor(1) as pool:
        list(pool.map(burn, range(tasks)))
    one = time.perf_counter() - started
    started = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(burn, range(tasks)))
    return one / (time.perf_counter() - started)


def same_tree(a: Path, b: Path) -> bool:
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    return files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file()) and all(
        filecmp.cmp(a / f, b / f, shallow=False) for f in files)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=16)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        copies = root / "copies"
        copies.mkdir()
        for i in range(args.copies):
            (copies / f"plan_{i:03d}.txt").write_bytes(PLAN.read_bytes() + b"\n" * (i + 1))
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        ceilings = []
        for run in range(args.repeat):
            for jobs in times:
                times[jobs].append(ingest(copies, root / f"out_{jobs}_{run}", jobs))
            ceilings.append(control(args.jobs, 2 * args.jobs))
        one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
        identical = same_tree(root / "out_1_0", root / f"out_{args.jobs}_0")
    pages = PLAN.read_bytes().count(b"\f") + 1
    print(f"{args.copies} copies of the seed plan, whole CLI processes, median of {args.repeat}:")
    print(f"  --jobs 1: {one:6.2f} s   --jobs {args.jobs}: {many:6.2f} s   ratio {one / many:.2f}x (target >= 1.6x)")
    print(f"  control, pure CPU in {args.jobs} processes at the same time: {statistics.median(ceilings):.2f}x "
          "(the machine's ceiling now; other work shares these cores)")
    print(f"  output identical whatever --jobs: {identical}")
    print(f"  per document at --jobs {args.jobs}: {many / args.copies:.2f} s ({pages} text page(s) each)")


if __name__ == "__main__":
    main()
