"""Benchmark: the whole PDF path, process start to Parquet written, against its peers, as ratios from one run.

Every figure is a whole process (interpreter start, imports, reading, writing),
the median of `--repeat` rounds, all measured here, now, on the same plans drawn
by tests/pdf_factory.py (22 pages; and the same plan four times over, 88
pages). Printed:
- `council-actions ingest` with each PDF engine / bare pdfplumber `extract_tables()` on every page, and the
  spaCy floor (import spaCy + `spacy.blank("en")`) on the same scale: the one cost no overlap can hide;
- the same for tabula-py and Camelot (lattice) when installed (`pip install -c constraints.txt '.[bench]'`);
- 88 pages / 22 pages: time and peak memory (resident set, of the process); and 88 pages read by one process
  against the default, which reads a long document's second half in a second process (ingest/pdf_split.py);
- start-up: the text seed ingested, from process start, / importing spaCy and making `spacy.blank("en")`,
  the floor while owners are matched with spaCy; and which heavy libraries the text run imported.
- the machine's load average at the start and the end: on a shared machine the ratios move with it.
Each round runs every command once, in turn (bare, ours, bare, ours ...); a ratio is the median of the
per-round ratios, printed with each round's and their spread, so that one slow bare run does not decide it.
The package's modules are compiled to bytecode first (`compile_bytecode`), as an installed package has them.
Run: .venv/bin/python benchmarks/pdf.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from council_actions.ingest import read_document  # noqa: E402
from council_actions.parsers import parse_document  # noqa: E402

from benchmarks.bytecode import compile_bytecode  # noqa: E402
from council_actions.profile import load_profile  # noqa: E402
from tests.pdf_factory import FULL_WIDTH, draw_plan  # noqa: E402

PLAN = ROOT / "samples" / "004_d0d661fda207b69c.txt"
COMMITTED = ROOT / "tests" / "fixtures" / "pdf"  # real producers' PDFs, when present
PY = sys.executable
TIME = "/usr/bin/time"  # GNU time (Debian package `time`), for each process's own peak memory
BARE = ("import sys, pdfplumber\nwith pdfplumber.open(sys.argv[1]) as pdf:\n    for page in pdf.pages:\n"
        "        page.extract_tables()")
TABULA = "import sys, tabula\ntabula.read_pdf(sys.argv[1], pages='all', lattice=True, silent=True)"
CAMELOT = "import sys, camelot\ncamelot.read_pdf(sys.argv[1], pages='all', flavor='lattice')"
FLOOR = "import spacy\nspacy.blank('en')"
ONE_READER = ("import sys\nfrom council_actions.ingest import pdf_split\npdf_split.SPLIT_PAGES = sys.maxsize\n"
              "from council_actions.cli import console\nsys.argv[0] = 'council-actions'\nconsole()")
HEAVY = ("pandas", "pdfplumber", "pypdfium2", "pdfminer", "dateparser", "numpy")


Run = tuple[float, float, float]  # wall seconds, peak MiB, CPU seconds


def measure(command: list[str]) -> Run:
    """Wall seconds, peak resident memory (MiB) and CPU seconds (user + system, the process and its children) of
    one whole process; it must succeed. Memory comes from GNU time, a small parent: a child forked from this
    process would report this process's size as its own peak (the largest of the process and its own children:
    the PDF path reads and parses in children). CPU seconds move less with the machine's load than the wall
    clock, but count work done in parallel in full."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        done = subprocess.run([TIME, "-f", "%M %U %S", "-o", report.name, *command], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, cwd=ROOT)
        elapsed = time.perf_counter() - start
        if done.returncode:
            raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr.decode()[-2000:]}")
        kib, user, system = report.read().split()[-3:]
        return elapsed, int(kib) / 1024, float(user) + float(system)


def load() -> str:
    """The machine's load: wall-clock ratios mean little when other processes hold the cores."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


# median wall seconds, peak MiB, median of the per-round wall ratios, CPU seconds, each round's wall ratio and
# each round's CPU ratio
Summary = tuple[float, float, float, float, list[float], list[float]]


def compare(repeat: int, commands: dict[str, list[str]], reference: str) -> dict[str, Summary]:
    """Each command once per round, in turn (bare, ours, bare, ours ...), so that every ratio compares runs made
    at nearly the same moment (the machine is shared): per command the median seconds, median peak MiB, the
    median of its per-round ratios to `reference` (one slow reference run moves one round's ratio, not the
    figure), median CPU seconds, and the per-round ratios themselves, of wall and of CPU seconds."""
    runs: dict[str, list[Run]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, command in commands.items():
            runs[label].append(measure(command))
    summaries: dict[str, Summary] = {}
    for label, found in runs.items():
        ratios = [t / r[0] for (t, _, _), r in zip(found, runs[reference], strict=True)]
        cpu = [c / r[2] for (_, _, c), r in zip(found, runs[reference], strict=True)]
        summaries[label] = (statistics.median(t for t, _, _ in found), statistics.median(m for _, m, _ in found),
                            statistics.median(ratios), statistics.median(c for _, _, c in found), ratios, cpu)
    return summaries


def show(results: dict[str, Summary], reference: str) -> None:
    """A line per command; under each but the reference, its wall ratio to the reference round by round, their
    median and their spread (lowest to highest), the figure to read a target against; then the same of CPU
    seconds, which other processes on the machine move less (but which count work done in parallel in full)."""
    for label, (seconds, mib, ratio, cpu, ratios, cpu_ratios) in results.items():
        print(f"  {label:34} {seconds:6.2f} s {mib:6.0f} MiB {cpu:6.2f} CPU s")
        if label != reference:
            for kind, median, found in (("wall", ratio, ratios), ("CPU", statistics.median(cpu_ratios), cpu_ratios)):
                print(f"  {'':34} {kind} ratio to {reference}: median {median:.2f} (spread {min(found):.2f}-"
                      f"{max(found):.2f}; rounds {' '.join(f'{r:.2f}' for r in found)})")


def ingest(path: Path, out: Path, *options: str) -> list[str]:
    """The ingest command, its per-document deadline (60 s by default) lifted: on a loaded machine the reference
    engine's read of a 14-page plan took longer, and a run that stops measures nothing."""
    return [PY, "-m", "council_actions.cli", "ingest", str(path), "--out", str(out), "--revision", "bench",
            "--timeout", "3600", *options]


def draw_plans(folder: Path) -> tuple[Path, Path]:
    import pypdfium2 as pdfium

    profile = load_profile()
    single = folder / "plan_22.pdf"
    draw_plan(single, parse_document(read_document(PLAN), profile), profile, (1, 2, 3, 4, 5, 6, 7), FULL_WIDTH)
    quadruple = folder / "plan_88.pdf"
    merged, source = pdfium.PdfDocument.new(), pdfium.PdfDocument(single)
    for _ in range(4):
        merged.import_pages(source)
    merged.save(quadruple)
    return single, quadruple


def pages_of(path: Path) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(path))


def engines(path: Path, out: Path) -> dict[str, list[str]]:
    return {"bare": [PY, "-c", BARE, str(path)],
            "council-actions ingest, pdfium": ingest(path, out, "--pdf-engine", "pdfium"),
            "council-actions ingest, pdfplumber": ingest(path, out, "--pdf-engine", "pdfplumber")}


def peers(path: Path) -> dict[str, list[str]]:
    found = {}
    for name, module, script in (("tabula-py lattice", "tabula", TABULA), ("Camelot lattice", "camelot", CAMELOT)):
        if importlib.util.find_spec(module) is None:
            print(f"  {name:34} skipped: not installed (pip install -c constraints.txt '.[bench]')")
        elif module == "tabula" and shutil.which("java") is None:
            print(f"  {name:34} skipped: tabula-java needs a Java runtime (apt-get install default-jre-headless)")
        else:
            found[name] = [PY, "-c", script, str(path)]
    return found


def imported_by(command: list[str]) -> dict[str, float]:
    """Cumulative import seconds of the heavy libraries a run imported (python -X importtime)."""
    done = subprocess.run([PY, "-X", "importtime", *command[1:]], capture_output=True, text=True, cwd=ROOT)
    found: dict[str, float] = {}
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() in (*HEAVY, "spacy", "pyarrow"):
            found[parts[2].strip()] = int(parts[1]) / 1e6
    return found


def main() -> None:
    if not Path(TIME).is_file():
        raise SystemExit(f"{TIME} (GNU time, Debian package `time`) is needed to measure each process's memory")
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        single, quadruple = draw_plans(Path(folder))
        out = Path(folder) / "out"
        n, long = pages_of(single), pages_of(quadruple)
        print(f"whole processes, medians of {args.repeat} rounds in turns; 'bare': pdfplumber's extract_tables() on"
              f" each page; the package's {compile_bytecode()} modules compiled to bytecode first, as installed")
        print(f"at the start: {load()}")
        print(f"plan of {n} pages ({single.stat().st_size // 1024} KiB); the spaCy floor (import spaCy + "
              "spacy.blank('en'), which every run that matches owners pays) for scale")
        main_run = compare(args.repeat, {**engines(single, out), "spaCy floor": [PY, "-c", FLOOR], **peers(single)},
                           "bare")
        show(main_run, "bare")
        ratios = main_run["council-actions ingest, pdfium"][4]
        print(f"  target (issue 15): the pdfium ingest at most 0.5x bare; median {statistics.median(ratios):.2f}, "
              f"{sum(r <= 0.5 for r in ratios)} of {len(ratios)} rounds at or under it")
        for path in sorted(COMMITTED.glob("*.pdf")):
            print(f"{path.name} ({pages_of(path)} pages, {path.stat().st_size // 1024} KiB)")
            show(compare(args.repeat, engines(path, out), "bare"), "bare")
        one_reader = [PY, "-c", ONE_READER, *ingest(quadruple, out)[3:]]
        sizes = compare(args.repeat, {f"{n} pages": ingest(single, out), f"{long} pages": ingest(quadruple, out),
                                      f"bare, {long} pages": [PY, "-c", BARE, str(quadruple)],
                                      f"{long} pages, one reader": one_reader}, f"{n} pages")
        (short_s, short_mib, *_), (long_s, long_mib, time_ratio, *_) = sizes[f"{n} pages"], sizes[f"{long} pages"]
        print(f"{long} pages against {n} (pdfium): time {long_s:.2f} s / {short_s:.2f} s = {time_ratio:.2f}x for "
              f"{long // n}x the pages; peak memory {long_mib:.0f} / {short_mib:.0f} MiB = "
              f"{long_mib / short_mib:.2f}x; "
              f"{long} pages against bare extract_tables() ({sizes[f'bare, {long} pages'][0]:.2f} s): "
              f"{long_s / sizes[f'bare, {long} pages'][0]:.2f}")
        alone_s, alone_mib, *_ = sizes[f"{long} pages, one reader"]
        print(f"{long} pages read by one process instead of two (ingest/pdf_split.py): {alone_s:.2f} s, "
              f"{alone_mib:.0f} MiB; two readers take {long_s / alone_s:.2f}x its time")
        text = ingest(PLAN, out)
        start = compare(args.repeat, {"spaCy floor": [PY, "-c", FLOOR], "text seed": text,
                                      "python -c pass": [PY, "-c", "pass"]}, "spaCy floor")
        print("start-up, from process start: the text seed ingested against import spaCy + spacy.blank('en')")
        show(start, "spaCy floor")
        heavy = imported_by(text)
        print("  imported by the text run (python -X importtime, cumulative s): "
              + ", ".join(f"{name} {seconds:.2f}" for name, seconds in sorted(heavy.items()))
              + "; not imported: " + ", ".join(name for name in HEAVY if name not in heavy))
        print(f"at the end: {load()}")


if __name__ == "__main__":
    main()
