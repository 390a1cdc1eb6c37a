"""Benchmark: the whole PDF path, process start to Parquet written, against its peers, as ratios from one run.

Every figure is a whole process (interpreter start, imports, reading, writing),
the median of `--repeat` runs, all measured here, now, on the same plans drawn
by tests/pdf_factory.py (22 pages; and the same plan four times over, 88
pages). Printed:
- `council-actions ingest` with each PDF engine / bare pdfplumber `extract_tables()` on every page;
- the same for tabula-py and Camelot (lattice) when installed (`pip install -c constraints.txt '.[bench]'`);
- 88 pages / 22 pages: time and peak memory (resident set, of the process);
- start-up: the text seed ingested, from process start, / importing spaCy and making `spacy.blank("en")`,
  the floor while owners are matched with spaCy; and which heavy libraries the text run imported.
Run: .venv/bin/python benchmarks/pdf.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
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

from council_actions.profile import load_profile  # noqa: E402
from tests.pdf_factory import FULL_WIDTH, draw_plan  # noqa: E402

PLAN = ROOT / "samples" / "004_d0d661fda207b69c.txt"
COMMITTED = ROOT / "tests" / "fixtures" / "pdf"  # real producers' PDFs, when present
PY = sys.executable
BARE = ("import sys, pdfplumber\nwith pdfplumber.open(sys.argv[1]) as pdf:\n    for page in pdf.pages:\n"
        "        page.extract_tables()")
TABULA = "import sys, tabula\ntabula.read_pdf(sys.argv[1], pages='all', lattice=True, silent=True)"
CAMELOT = "import sys, camelot\ncamelot.read_pdf(sys.argv[1], pages='all', flavor='lattice')"
FLOOR = "import spacy\nspacy.blank('en')"
HEAVY = ("pandas", "pdfplumber", "pypdfium2", "pdfminer", "dateparser", "numpy")


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one whole process; it must succeed."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def median_of(repeat: int, command: list[str]) -> tuple[float, float]:
    runs = [measure(command) for _ in range(repeat)]
    return statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs)


def ingest(path: Path, out: Path, *options: str) -> list[str]:
    return [PY, "-m", "council_actions.cli", "ingest", str(path), "--out", str(out), "--revision", "bench", *options]


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


def against_bare(path: Path, out: Path, repeat: int) -> tuple[float, dict[str, tuple[float, float]]]:
    bare, bare_mib = median_of(repeat, [PY, "-c", BARE, str(path)])
    print(f"  {'bare pdfplumber extract_tables()':34} {bare:6.2f} s {bare_mib:6.0f} MiB")
    timings = {}
    for engine in ("pdfium", "pdfplumber"):
        seconds, mib = median_of(repeat, ingest(path, out, "--pdf-engine", engine))
        timings[engine] = (seconds, mib)
        print(f"  {'council-actions ingest, ' + engine:34} {seconds:6.2f} s {mib:6.0f} MiB   ratio to bare "
              f"{seconds / bare:.2f}")
    return bare, timings


def peers(path: Path, repeat: int, bare: float) -> None:
    for name, module, script in (("tabula-py lattice", "tabula", TABULA), ("Camelot lattice", "camelot", CAMELOT)):
        if importlib.util.find_spec(module) is None:
            print(f"  {name:34} skipped: not installed (pip install -c constraints.txt '.[bench]')")
            continue
        seconds, mib = median_of(repeat, [PY, "-c", script, str(path)])
        print(f"  {name:34} {seconds:6.2f} s {mib:6.0f} MiB   ratio to bare {seconds / bare:.2f}")


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
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        single, quadruple = draw_plans(Path(folder))
        out = Path(folder) / "out"
        n = pages_of(single)
        print(f"whole processes, median of {args.repeat}; plan of {n} pages ({single.stat().st_size // 1024} KiB)")
        bare, timings = against_bare(single, out, args.repeat)
        peers(single, args.repeat, bare)
        for path in sorted(COMMITTED.glob("*.pdf")):
            print(f"{path.name} ({pages_of(path)} pages, {path.stat().st_size // 1024} KiB)")
            against_bare(path, out, args.repeat)
        long_seconds, long_mib = median_of(args.repeat, ingest(quadruple, out))
        long_bare, _ = median_of(args.repeat, [PY, "-c", BARE, str(quadruple)])
        short_seconds, short_mib = timings["pdfium"]
        print(f"{pages_of(quadruple)} pages against {n} (pdfium): time {long_seconds:.2f} s / {short_seconds:.2f} s = "
              f"{long_seconds / short_seconds:.2f}x for 4x the pages; peak memory {long_mib:.0f} / {short_mib:.0f} MiB "
              f"= {long_mib / short_mib:.2f}x; against bare extract_tables() on the {pages_of(quadruple)} pages "
              f"({long_bare:.2f} s): ratio {long_seconds / long_bare:.2f}")
        text = ingest(PLAN, out)
        floor, _ = median_of(args.repeat, [PY, "-c", FLOOR])
        seed, _ = median_of(args.repeat, text)
        nothing, _ = median_of(args.repeat, [PY, "-c", "pass"])
        print(f"start-up: text seed from process start {seed:.2f} s; import spaCy + spacy.blank('en') {floor:.2f} s; "
              f"ratio {seed / floor:.2f} (python -c pass {nothing:.2f} s)")
        heavy = imported_by(text)
        print("  imported by the text run (python -X importtime, cumulative s): "
              + ", ".join(f"{name} {seconds:.2f}" for name, seconds in sorted(heavy.items()))
              + "; not imported: " + ", ".join(name for name in HEAVY if name not in heavy))


if __name__ == "__main__":
    main()
