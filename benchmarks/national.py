"""Benchmark: what one council's revision costs, for docs/limits.md's estimate of a national run.

Whole processes, CPU seconds of the process tree (user + system: on a shared machine steadier than the wall
clock), medians of `--repeat` rounds, all measured in the same run: importing spaCy and making its blank English
pipeline (the floor of every start-up); one `ingest --jobs 1` of the 22-page plan that benchmarks/pdf.py draws
(pdfium engine); of the theme pages in samples/; and of both together, as a council's revision is ingested.
From these it prints the start-up, the cost of a plan page and of a theme page, and the estimate for ~320
English councils (22 plan pages and 7 theme pages each) as one `ingest` per council, and with the start-up paid
once per run or worker (one `ingest` of a manifest naming each council's profile, or a long-lived Dask worker). It
also measures that directly on a small scale: the theme pages of six councils, each read with a profile of its own
(the built-in ones), as six `ingest`s and as one `ingest --manifest`. Run the measuring process at real-time priority
on a shared machine (`chrt -r 10 .venv/bin/python benchmarks/national.py`) for figures other work inflates little.

Run: .venv/bin/python benchmarks/national.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from council_actions.ingest import read_document  # noqa: E402
from council_actions.parsers import parse_document  # noqa: E402

from council_actions.profile import built_in_names, load_profile  # noqa: E402
from tests.pdf_factory import FULL_WIDTH, draw_plan  # noqa: E402

PY = sys.executable
THEME_PAGES = [ROOT / "samples" / name for name in (
    "000_b44a3e1025d3f301.txt", "001_311d08ab6737c7b9.txt", "runnymede_web/theme1_pipe.txt",
    "runnymede_web/theme3_governance_plain.txt", "runnymede_web/theme4_culture_pipe.txt")]
COUNCILS, PLAN_PAGES, THEMES_EACH = 320, 22, 7
MATCHER = 0.08  # core-seconds to build a council's owner matcher (docs/limits.md): a warm worker pays it per council


def cpu_seconds(command: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def ingest(paths: list[Path], out: Path) -> list[str]:
    return [PY, "-m", "council_actions.cli", "ingest", *map(str, paths), "--out", str(out), "--revision", "bench",
            "-q", "--jobs", "1"]


def councils(folder: Path) -> list[tuple[str, list[Path]]]:
    """Each built-in profile as a council of its own, with its own copies of the theme pages (a trailing blank line
    more for each council, so that each copy is a document of its own bytes)."""
    found = []
    for n, profile in enumerate(built_in_names(), start=1):
        copies = []
        for page in THEME_PAGES:
            copy = folder / profile / page.name
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(page.read_bytes() + b"\n" * n)
            copies.append(copy)
        found.append((profile, copies))
    return found


def separately(found: list[tuple[str, list[Path]]], out: Path) -> float:
    """Core-seconds of one `ingest` per council, each with its profile."""
    return sum(cpu_seconds([*ingest(paths, out / profile), "--profile", profile]) for profile, paths in found)


def together(found: list[tuple[str, list[Path]]], out: Path) -> float:
    """Core-seconds of one `ingest` of them all, a manifest naming each file's council and profile."""
    listed = out.with_suffix(".csv")
    listed.write_text("path,council,profile\n" + "".join(f"{path},{profile} council,{profile}\n"
                                                          for profile, paths in found for path in paths))
    return cpu_seconds([PY, "-m", "council_actions.cli", "ingest", "--manifest", str(listed), "--out", str(out),
                        "--revision", "bench", "-q", "--jobs", "1"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        plan = Path(scratch) / "plan.pdf"
        profile = load_profile(None)
        draw_plan(plan, parse_document(read_document(ROOT / "samples" / "004_d0d661fda207b69c.txt"), profile),
                  profile, (1, 2, 3, 4, 5, 6, 7), FULL_WIDTH)
        runs = {"floor": lambda out: [PY, "-c", "import spacy; spacy.blank('en')"],
                "plan": lambda out: ingest([plan], out), "themes": lambda out: ingest(THEME_PAGES, out),
                "council": lambda out: ingest([plan, *THEME_PAGES], out)}
        seconds: dict[str, list[float]] = {name: [] for name in runs}
        found = councils(Path(scratch) / "councils")
        apart: list[float] = []
        one: list[float] = []
        for round_no in range(args.repeat):
            for name, command in runs.items():
                seconds[name].append(cpu_seconds(command(Path(scratch) / f"out_{name}_{round_no}")))
            apart.append(separately(found, Path(scratch) / f"apart_{round_no}"))
            one.append(together(found, Path(scratch) / f"together_{round_no}"))
    floor, plan_run, themes_run, council = (statistics.median(seconds[name]) for name in runs)
    theme_page = (council - plan_run) / len(THEME_PAGES)
    start_up = themes_run - theme_page * len(THEME_PAGES)
    plan_page = (plan_run - start_up) / PLAN_PAGES
    warm = plan_page * PLAN_PAGES + theme_page * THEMES_EACH + MATCHER
    each = start_up + warm - MATCHER
    print(f"CPU seconds of the process tree, median of {args.repeat}: spaCy floor {floor:.2f}; plan ({PLAN_PAGES} "
          f"pages) {plan_run:.2f}; {len(THEME_PAGES)} theme pages {themes_run:.2f}; both {council:.2f}")
    print(f"  start-up {start_up:.2f}, a plan page {plan_page:.3f}, a theme page {theme_page:.3f}")
    print(f"  a council ({PLAN_PAGES} plan pages, {THEMES_EACH} theme pages): {each:.2f} core-seconds; "
          f"{COUNCILS} councils: {COUNCILS * each:.0f} core-seconds as one ingest each, {COUNCILS * warm:.0f} with "
          "the start-up paid once per worker")
    print(f"  {len(found)} councils' theme pages ({len(THEME_PAGES)} each), each council with its own profile: "
          f"{statistics.median(apart):.2f} core-seconds as one ingest each, {statistics.median(one):.2f} as one "
          "ingest --manifest")
    print(f"  load average: {load:.2f} at the start, {os.getloadavg()[0]:.2f} at the end, on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
