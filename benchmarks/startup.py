"""Benchmark: start-up, from process start, against the spaCy floor measured in the same run.

The floor is importing spaCy and making `spacy.blank("en")`: while owners are matched with spaCy, no text
ingest can start faster. Each round runs every command once, in turn, so each ratio compares runs made at
nearly the same moment (the machine is shared); printed are the medians of the per-round ratios, wall clock
and CPU (user + system of the process and its children: steadier on a busy machine). Then which libraries
the text ingest imports beyond the floor (python -X importtime, cumulative milliseconds), and the machine's
load average, for the figures to be read against.

Run: .venv/bin/python benchmarks/startup.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "samples" / "004_d0d661fda207b69c.txt"
PY = sys.executable
FLOOR = "import spacy\nspacy.blank('en')"
TOOL = [PY, "-m", "council_actions.cli"]


def measure(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process (and whatever it forked); it must succeed."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return time.perf_counter() - started, cpu


def commands(out: Path) -> dict[str, list[str]]:
    return {"spaCy floor": [PY, "-c", FLOOR],
            "text seed ingested": [*TOOL, "ingest", str(PLAN), "--out", str(out), "--revision", "bench", "-q"],
            "timeline, a phrase alone": [*TOOL, "timeline", "Q3-Q4 24/25"],
            "timeline, with an owner": [*TOOL, "timeline", "CHoHROD, Q3-Q4 24/25"],
            "python -c pass": [PY, "-c", "pass"]}


def imported_beyond_floor(command: list[str]) -> dict[str, float]:
    """Packages the command's own process imports that the floor does not, each with its import seconds (the
    self times of its modules, summed), council_actions (the project's own code) among them."""
    def lines(run: list[str]) -> list[tuple[str, int, int]]:
        done = subprocess.run([PY, "-X", "importtime", *run[1:]], capture_output=True, text=True, cwd=ROOT)
        parts = [line.split("|") for line in done.stderr.splitlines()]
        return [(p[2].strip(), int(p[0].split(":")[1]), int(p[1])) for p in parts
                if len(p) == 3 and p[1].strip().isdigit()]

    floor = {name.split(".")[0] for name, _, _ in lines([PY, "-c", FLOOR])}
    found: dict[str, float] = {}
    for name, own, _ in lines(command):
        root = name.split(".")[0]
        if root not in floor and root not in sys.stdlib_module_names:
            found[root] = found.get(root, 0.0) + own / 1e6
    return {name: seconds for name, seconds in found.items() if seconds >= 0.002}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        runs = commands(Path(scratch) / "out")
        found: dict[str, list[tuple[float, float]]] = {label: [] for label in runs}
        for _ in range(args.repeat):
            for label, command in runs.items():
                found[label].append(measure(command))
        beyond = imported_beyond_floor(runs["text seed ingested"])
    floor = found["spaCy floor"]
    print(f"start-up from process start, medians of {args.repeat} rounds; ratios to the spaCy floor "
          "(import spacy + spacy.blank('en')) of the same round")
    print(f"  {'':26} {'wall s':>7} {'cpu s':>7} {'wall ratio':>11} {'cpu ratio':>10}")
    for label, times in found.items():
        wall = statistics.median(t for t, _ in times)
        cpu = statistics.median(c for _, c in times)
        wall_ratio = statistics.median(t / f for (t, _), (f, _) in zip(times, floor, strict=True))
        cpu_ratio = statistics.median(c / f for (_, c), (_, f) in zip(times, floor, strict=True))
        print(f"  {label:26} {wall:7.2f} {cpu:7.2f} {wall_ratio:10.2f}x {cpu_ratio:9.2f}x")
    print("  target: the text seed within 1.3x of the floor (wall)")
    print("  imported by the text ingest's own process beyond the floor (cumulative s): "
          + ", ".join(f"{name} {seconds:.3f}" for name, seconds in sorted(beyond.items(), key=lambda i: -i[1])))
    print(f"  load average while measuring: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
