"""Benchmark: the reading commands and `diff` on a national body's folder, many councils times many revisions,
against the old path of finding the revisions (each documents file opened for its date) in the same run.

The folder: COUNCILS copies of the seed plan (samples/004_...txt, 94 actions) and its revisions 2 and 3
(tests/fixtures/revisions/), each copy its own council through `ingest --manifest` (a trailing blank line per
council makes each file's bytes its own), REVISIONS quarterly revisions cycling through the three texts, each pair
diffed in order. Then, whole processes, CPU seconds (user + system of the process; steadier than the wall clock on
a shared machine), median of `--repeat`: `revisions`, `issues` (the latest revision), `diff` of the last pair,
`read-table OUT action_lineage --revision '*' --csv` and the latest revision's, and in-process how often each
`documents` file is opened by `read-table`.

The old path is the same folder copied without its revisions' indexes (`_sources/<revision>/_index.json`): a
folder an earlier version wrote, which every command reads as it did before the index held the dates, opening each
documents file of every revision for its date (three times over in a `diff`). Each command runs on the two in
turns, round by round, and the ratio (index / old path, under 1 is faster) is printed beside it.

The lineage checks once read every revision's documents for their dates per revision asked about (14 reads of each
file with six revisions, 8 with three: the square of the revisions) and each checked revision's six tables whole;
a figure that stays the same as revisions are added is a cost linear in the folder.

Building the folder costs far more than reading it (about 0.2 core-seconds a document): give `--out` to keep it
and measure it again (the copy is made afresh each run, beside it).

Run: .venv/bin/python benchmarks/lineage.py [--councils 300] [--revisions 6] [--out FOLDER] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TEXTS = (ROOT / "samples" / "004_d0d661fda207b69c.txt", ROOT / "tests" / "fixtures" / "revisions" / "plan_r2.txt",
         ROOT / "tests" / "fixtures" / "revisions" / "plan_r3.txt")


def labels(count: int) -> list[str]:
    """Quarterly revision labels from 2024-06: each label's date orders it."""
    return [f"{2024 + (5 + 3 * k) // 12}-{(5 + 3 * k) % 12 + 1:02d}" for k in range(count)]


def cli(*args: str) -> list[str]:
    return [PY, "-m", "council_actions.cli", *args]


def build(out: Path, councils: int, revisions: int, scratch: Path) -> None:
    """Each revision one `ingest --manifest` of every council's copy, then each pair diffed in order."""
    for k, label in enumerate(labels(revisions)):
        folder = scratch / label
        rows = [("path", "council", "published")]
        text = TEXTS[k % len(TEXTS)].read_bytes()
        for i in range(councils):
            (folder / f"c{i:03d}").mkdir(parents=True)
            (folder / f"c{i:03d}" / "plan.txt").write_bytes(text + b"\n" * (i + 1))
            rows.append((f"c{i:03d}/plan.txt", f"Council {i:03d}", f"{label}-01"))
        with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as manifest:
            csv.writer(manifest).writerows(rows)
        subprocess.run(cli("ingest", "--manifest", str(folder / "manifest.csv"), "--out", str(out), "--revision",
                           label, "-q"), check=True, cwd=ROOT)
        if k:
            subprocess.run(cli("diff", str(out), "--to", label), check=True, cwd=ROOT, capture_output=True)


def cpu_seconds(command: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def documents_reads(out: Path, revision: str) -> int:
    """The most times one `documents` file is opened by `read-table action_lineage`, in this process."""
    from council_actions.cli import main

    opened: Counter[str] = Counter()
    real = pq.ParquetFile

    def counting(source: object, *args: object, **kwargs: object) -> pq.ParquetFile:
        opened[str(source)] += 1
        return real(source, *args, **kwargs)

    pq.ParquetFile = counting
    try:
        with open("/dev/null", "w", encoding="utf-8") as sink:
            saved, sys.stdout = sys.stdout, sink
            try:
                main(["read-table", str(out), "action_lineage", "--revision", revision, "--csv"])
            finally:
                sys.stdout = saved
    finally:
        pq.ParquetFile = real
    return max((n for path, n in opened.items() if "/documents/" in path), default=0)


def without_index(out: Path, copy: Path) -> None:
    """The folder as an earlier version left it: the same tables, no revision index (the old path)."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(out, copy)
    for index in copy.glob("_sources/*/_index.json"):
        index.unlink()


def commands(out: Path, ordered: list[str]) -> dict[str, list[str]]:
    """Each command measured, by its name in the printout."""
    return {
        "revisions": cli("revisions", str(out)),
        f"issues --revision {ordered[-1]}": cli("issues", str(out), "--revision", ordered[-1], "--json"),
        f"diff --from {ordered[-2]} --to {ordered[-1]}": cli("diff", str(out), "--from", ordered[-2], "--to",
                                                             ordered[-1]),
        "read-table action_lineage --revision '*'": cli("read-table", str(out), "action_lineage", "--revision", "*",
                                                        "--csv"),
        f"read-table action_lineage --revision {ordered[-1]}": cli("read-table", str(out), "action_lineage",
                                                                   "--revision", ordered[-1], "--csv"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--councils", type=int, default=300)
    parser.add_argument("--revisions", type=int, default=6)
    parser.add_argument("--out", type=Path, help="the folder: built there if it does not exist, else measured as is")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch) / "out"
        if not out.exists():
            build(out, args.councils, args.revisions, Path(scratch) / "sources")
        from council_actions.api import revisions

        ordered = revisions(out)
        old = out.with_name(out.name + "-without-index")
        without_index(out, old)
        documents = sum(1 for _ in (out / "documents").glob("*/*.parquet"))
        timed: dict[str, tuple[list[float], list[float]]] = {}
        for name in commands(out, ordered):
            timed[name] = ([], [])
            for _ in range(args.repeat):  # in turns, so a burst of load falls on both
                timed[name][0].append(cpu_seconds(commands(out, ordered)[name]))
                timed[name][1].append(cpu_seconds(commands(old, ordered)[name]))
        reads_every, reads_latest = documents_reads(out, "*"), documents_reads(out, ordered[-1])
        old_every, old_latest = documents_reads(old, "*"), documents_reads(old, ordered[-1])
        shutil.rmtree(old)
    print(f"{len(ordered)} revisions, {documents} documents; CPU seconds, median of {args.repeat}, in turns:")
    print(f"  {'command':<48} {'index':>7} {'old path':>9} {'ratio':>6}")
    for name, (new, before) in timed.items():
        now, then = statistics.median(new), statistics.median(before)
        print(f"  {name:<48} {now:>7.2f} {then:>9.2f} {now / then:>6.2f}x")
    print(f"  each documents file opened by read-table action_lineage at most {reads_every} times ('*') and "
          f"{reads_latest} (one revision); on the old path {old_every} and {old_latest}")


if __name__ == "__main__":
    main()
