"""Benchmark: the command's start-up (`--help`, one timeline) and `timeline` over 1,000 distinct phrases from stdin.

The peer is the bare interpreter started the same way (`python -c pass`), measured in
the same run: start-up figures are printed as a ratio to it, and phrases/s is the
1,000-phrase run minus the one-phrase run (what a phrase costs once started).
Each figure is the best of REPEATS runs, wall clock and the child's CPU time (user +
system) both: on a shared machine the CPU time is the steadier measure.

Run: .venv/bin/python benchmarks/cli.py
"""

from __future__ import annotations

import itertools
import resource
import subprocess
import sys
import time

REPEATS = 5
OWNERS = ("CHoHROD", "HoBPPP", "ACE (S151)", "CLT", "SLT")
MONTHS = ("January", "March", "June", "September", "December")


def phrases(count: int = 1000) -> list[str]:
    """Distinct allocation cells of the shapes the seed prints, so the memo never answers twice."""
    shapes = itertools.chain(
        (f"{o}, Q{q} {y}/{y + 1 - 2000}" for o in OWNERS for q in range(1, 5) for y in range(2020, 2030)),
        (f"{o}, by {m} {y}" for o in OWNERS for m in MONTHS for y in range(2020, 2030)),
        (f"{o}, {d}/{m}/{y % 100}. Update Q{q} {y}" for o in OWNERS for d, m in ((1, 4), (30, 9), (15, 12))
         for q in range(1, 5) for y in range(2022, 2030)),
        (f"{o}, ongoing from {m} {y}" for o in OWNERS for m in MONTHS for y in range(2020, 2030)),
    )
    found = list(dict.fromkeys(shapes))[:count]
    assert len(found) == count, f"only {len(found)} distinct phrases"
    return found


def best(command: list[str], stdin: str = "") -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of REPEATS runs."""
    walls, cpus = [], []
    for _ in range(REPEATS):
        before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(command, input=stdin, capture_output=True, text=True, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(time.perf_counter() - started)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return min(walls), min(cpus)


def main() -> None:
    tool = [sys.executable, "-m", "council_actions.cli"]
    runs = {"python -c pass": best([sys.executable, "-c", "pass"]),
            "council-actions --help": best([*tool, "--help"]),
            "timeline, 1 phrase": best([*tool, "timeline", "--json", "-"], "CHoHROD, Q3-Q4 24/25\n"),
            "timeline, 1,000 phrases": best([*tool, "timeline", "--json", "-"], "\n".join(phrases()) + "\n")}
    bare_wall, bare_cpu = runs["python -c pass"]
    print(f"{'':24} {'wall ms':>8} {'cpu ms':>8}  ratio to the bare interpreter (wall, cpu)")
    for name, (wall, cpu) in runs.items():
        print(f"{name:24} {wall * 1000:8.0f} {cpu * 1000:8.0f}  {wall / bare_wall:5.1f}x {cpu / bare_cpu:5.1f}x")
    for label, index in (("wall", 0), ("cpu", 1)):
        spent = runs["timeline, 1,000 phrases"][index] - runs["timeline, 1 phrase"][index]
        print(f"timeline after start-up ({label}): "
              + (f"{999 / spent:,.0f} phrases/s" if spent > 0.01 else "within the noise of start-up"))

if __name__ == "__main__":
    main()
