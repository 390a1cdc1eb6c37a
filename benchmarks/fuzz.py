"""Fuzzing sweep: real inputs mutated (tests/hostile/mutations.py), each batch of mutants ingested by the command
with both PDF engines, every run checked against the hostile-input rule.

The rule checked on each run: exit status 0 or 1; on stderr no traceback and no "Exception ignored", only
`council-actions: error: FILE: ...` lines, one for each failed document and none for a written one, none saying
a stage failed or a reader stopped "unexpectedly" (the words of an error no check foresaw); the output folder
whole: an earlier revision committed before the run is byte for byte as it was, no commit is left in `_journal/`,
every Parquet file reads; and the run within its time (each document under --timeout, the batch under the sum).

A case is its seed alone (`SEED-INDEX`): the source file and the mutations are drawn from a `random.Random` seeded
by it, so `--replay SEED-INDEX` makes the same bytes and runs them alone. Batches run in a process pool, each
ingest in a process of its own (the command as a user runs it). A failing batch is run again one mutant at a time,
so each failure is pinned to the case that made it. Failures are printed grouped by kind: the problem with the
file name, numbers and quoted text taken out.

Run: .venv/bin/python benchmarks/fuzz.py [--cases 2000] [--seed 1] [--batch 12] [--workers 2]
     .venv/bin/python benchmarks/fuzz.py --replay 1-417 [--source FILE] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import cache
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.hostile.mutations import mutate  # noqa: E402  (the repository's own tests package, from its root)

ENGINES = ("pdfium", "pdfplumber")
TIMEOUT = 120  # seconds a mutant's document may take (--timeout): a mutant of a file read in ~1 s, on a busy host
PREFIX = "council-actions: error: "


@cache
def sources() -> tuple[Path, ...]:
    """The real inputs: every sample and every fixture PDF or text, sorted so a seed means the same file."""
    found = [path for folder in ("samples", "tests/fixtures") for path in (ROOT / folder).rglob("*")
             if path.suffix in (".txt", ".pdf", ".csv", ".tsv") and path.is_file()]
    return tuple(sorted(found))


def make_case(case: str, keep: Path, source: Path | None = None) -> tuple[Path, str, list[str]]:
    """The mutant `case` names (SEED-INDEX), written under `keep`: its path, its source and its mutations. The
    source is drawn from `sources()`, which grows as files are added to the repository: `source` (the one a
    failure printed) makes the same mutant on a later commit, the draw still taken so the mutations are the same."""
    rng = random.Random(case)
    drawn = rng.choice(sources())
    source = ROOT / source if source is not None else drawn
    data, names = mutate(source.read_bytes(), source.suffix == ".pdf", rng)
    path = keep / f"c{case}_{source.stem[:40]}{source.suffix}"
    path.write_bytes(data)
    return path, str(source.relative_to(ROOT)), names


def digest(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def base_output(work: Path) -> Path:
    """An output folder holding one clean revision, `base`, that every run must leave as it was."""
    out = work / "base_out"
    if not out.exists():
        seed = ROOT / "samples" / "000_b44a3e1025d3f301.txt"
        done = subprocess.run([sys.executable, "-m", "council_actions", "ingest", str(seed), "--out", str(out),
                               "--revision", "base", "-q"], capture_output=True, text=True, cwd=ROOT, check=False)
        if done.returncode != 0:
            raise SystemExit(f"the base revision failed: {done.stderr}")
    return out


def kind_of(problem: str) -> str:
    """A failure's kind: its words with the file name, numbers and quoted text taken out."""
    problem = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", problem)
    return re.sub(r"\d+", "N", problem)[:160]


def check(files: list[Path], engine: str, base: Path, work: Path) -> list[dict[str, str]]:
    """Ingest `files` (one folder) with `engine` into a copy of the base output; every breach of the rule found."""
    folder, out = work / "in", work / "out"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    folder.mkdir(parents=True)
    for path in files:
        shutil.copy(path, folder / path.name)
    shutil.copytree(base, out)
    before = {name: value for name, value in digest(out).items() if "/base/" in f"/{name}"}
    started = time.monotonic()
    budget = TIMEOUT * 2 * len(files) + 60
    try:
        done = subprocess.run([sys.executable, "-m", "council_actions", "ingest", str(folder), "--out", str(out),
                               "--revision", "fuzz", "--json", "--jobs", "1", "--timeout", str(TIMEOUT),
                               "--pdf-engine", engine], capture_output=True, text=True, cwd=ROOT, check=False,
                              timeout=budget, errors="replace")
    except subprocess.TimeoutExpired:
        return [{"kind": f"the batch took longer than {budget} s", "line": "", "file": ""}]
    elapsed = time.monotonic() - started
    found: list[dict[str, str]] = []

    def breach(kind: str, line: str = "", name: str = "") -> None:
        found.append({"kind": kind, "line": line[:400], "file": name})

    if done.returncode not in (0, 1):
        breach(f"exit status {done.returncode}", done.stderr[-400:])
    for marker in ("Traceback", "Exception ignored", "Warning:"):
        if marker in done.stderr:
            breach(f"{marker} on stderr", done.stderr[done.stderr.index(marker):][:400])
    named: Counter[str] = Counter()
    for line in done.stderr.splitlines():
        names = [path.name for path in files if f"{folder / path.name}:" in line]
        if not line.startswith(PREFIX) or len(names) != 1:
            breach("a line on stderr naming no one file", line)
            continue
        named[names[0]] += 1
        problem = line.split(f"{names[0]}:", 1)[1].strip()
        if "unexpectedly" in problem or "took longer than" in problem or "memory" in problem:
            breach(kind_of(problem), line, names[0])
    breach_twice = [name for name, count in named.items() if count > 1]
    for name in breach_twice:
        breach("a file named on more than one line", name, name)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        breach("stdout is not the JSON report", done.stdout[:400])
    else:
        failed = {Path(failure["source"]).name for failure in report["failures"]}
        if failed != set(named):
            breach("the failures reported are not the files named on stderr", f"{sorted(failed ^ set(named))}")
    after = {name: value for name, value in digest(out).items() if "/base/" in f"/{name}"}
    if after != before:
        breach("the base revision changed", f"{sorted(set(after.items()) ^ set(before.items()))[:3]}")
    if any((out / "_journal").glob("*.commit")):
        breach("a commit left in _journal/")
    for table in out.rglob("*.parquet"):
        try:
            pq.read_table(table)
        except Exception as exc:  # any way a reader fails is the breach to report
            breach("a Parquet file does not read", f"{table.relative_to(out)}: {exc}")
    if elapsed > TIMEOUT * len(files) + 30:
        breach("the batch took longer than its documents' time", f"{elapsed:.0f} s")
    return found


def run_batch(cases: list[str], engines: tuple[str, ...], root: Path) -> tuple[int, list[dict[str, str]]]:
    """Make and check one batch of cases with each engine; a failing batch again one case at a time."""
    work = Path(tempfile.mkdtemp(dir=root))
    keep = work / "cases"
    keep.mkdir()
    made = {case: make_case(case, keep) for case in cases}
    base = base_output(root)
    failures: list[dict[str, str]] = []
    runs = 0
    by_name = {path.name: case for case, (path, _, _) in made.items()}
    for engine in engines:
        runs += 1
        breaches = check([path for path, _, _ in made.values()], engine, base, work)
        named = [breach for breach in breaches if breach["file"] in by_name]
        pinned = [(by_name[breach["file"]], breach) for breach in named]
        if len(named) < len(breaches):  # a breach naming no file: which case made it, each alone
            for case, (path, _, _) in made.items():
                runs += 1
                pinned += [(case, breach) for breach in check([path], engine, base, work)]
        for case, breach in pinned:
            _, source, names = made[case]
            failures.append({**breach, "case": case, "engine": engine, "source": source, "mutations": ",".join(names)})
    shutil.rmtree(work, ignore_errors=True)
    return runs, failures


def sweep(args: argparse.Namespace) -> int:
    root = Path(tempfile.mkdtemp(prefix="fuzz_"))
    base_output(root)
    rng = random.Random(args.seed)
    cases = [f"{args.seed}-{index}" for index in range(args.cases)]
    pdfs = [case for case in cases if random.Random(case).choice(sources()).suffix == ".pdf"]
    texts = [case for case in cases if case not in set(pdfs)]
    batches = [(pdfs[at:at + args.batch], ENGINES) for at in range(0, len(pdfs), args.batch)]
    batches += [(texts[at:at + args.batch], ENGINES[:1]) for at in range(0, len(texts), args.batch)]
    rng.shuffle(batches)
    started = time.monotonic()
    runs, failures = 0, []
    with ProcessPoolExecutor(args.workers) as pool:
        futures = [pool.submit(run_batch, batch, engines, root) for batch, engines in batches]
        for count, future in enumerate(as_completed(futures), 1):
            done_runs, found = future.result()
            runs += done_runs
            failures += found
            for failure in found:
                print(json.dumps(failure), flush=True)
            if count % 10 == 0:
                print(f"# {count}/{len(batches)} batches, {runs} ingests, {len(failures)} failures, "
                      f"{time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    by_kind: defaultdict[str, list[str]] = defaultdict(list)
    for failure in failures:
        by_kind[failure["kind"]].append(f"{failure['case']}/{failure['engine']}")
    print(f"{len(cases)} cases ({len(pdfs)} PDF with both engines, {len(texts)} text), {runs} ingests, "
          f"{len(failures)} failures in {len(by_kind)} kinds, {time.monotonic() - started:.0f} s")
    for kind, where in sorted(by_kind.items(), key=lambda item: -len(item[1])):
        print(f"{len(where):5d}  {kind}\n       replay: {' '.join(where[:5])}")
    shutil.rmtree(root, ignore_errors=True)
    return 1 if failures else 0


def replay(args: argparse.Namespace) -> int:
    keep = args.keep or Path(tempfile.mkdtemp(prefix="fuzz_replay_"))
    keep.mkdir(parents=True, exist_ok=True)
    path, source, names = make_case(args.replay, keep, args.source)
    print(f"{path} from {source} by {', '.join(names)}")
    breaches = []
    for engine in ENGINES if path.suffix == ".pdf" else ENGINES[:1]:
        for breach in check([path], engine, base_output(keep), keep / engine):
            breaches.append(breach)
            print(f"{engine}: {breach['kind']}\n    {breach['line']}")
    return 1 if breaches else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=25, help="mutants ingested in one call")
    parser.add_argument("--workers", type=int, default=2, help="batches run at once")
    parser.add_argument("--replay", help="SEED-INDEX: make that case again and run it alone")
    parser.add_argument("--keep", type=Path, help="with --replay: the folder to write the case into")
    parser.add_argument("--source", type=Path, help="with --replay: the source file the failure printed (from the "
                        "repository's top), where files were added since")
    args = parser.parse_args()
    return replay(args) if args.replay else sweep(args)


if __name__ == "__main__":
    sys.exit(main())
