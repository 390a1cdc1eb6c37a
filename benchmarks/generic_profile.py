"""Measure: how well the generic profile reads every document we hold, the way a council without a profile meets it.

Most councils will never get a profile of their own, so `--profile generic` is how they are read. For every
document of samples/ and tests/fixtures/ this prints one line:

- where a hand-checked golden file gives the document's actions, one line a golden file: its rows, how many the
  generic profile reads whole (each field below equal) and, where the golden file was checked with a council's own
  profile, how many that profile reads whole, with the rows each field misses under generic. The fields are the
  action's text, its owner (as printed, and each owner's key where the golden file gives them: a glossary's key
  the generic profile cannot know), its timeline (as printed, with its due date or its readings) and its status;
  the seed plan's golden files (the template reader's `compare` shape) give the allocation as printed, the owners'
  keys and the timelines' readings, and no status;
- for any other document, the counts of actions, warnings and extraction_issues rows under generic, or why it was
  refused.

A golden row is matched to the first row read with the same action text not yet taken, so a row read twice or
split wrongly shows as missed, not as shifted rows. A PDF or spreadsheet made from another golden file's text
sample (tests/fixtures/other_councils/pdf, csv) is measured against that file.

Run: .venv/bin/python benchmarks/generic_profile.py [--misses] [PATH ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from council_actions.normalise import ReferenceDates  # noqa: E402
from council_actions.output.record_rows import due_dates  # noqa: E402

from benchmarks.neighbour_words import documents  # noqa: E402
from council_actions.issues import StageError  # noqa: E402
from council_actions.pipeline import Processed, process  # noqa: E402
from council_actions.profile import Profile, load_profile  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED = FIXTURES / "other_councils" / "expected"
RENDERED = (FIXTURES / "other_councils" / "pdf", FIXTURES / "other_councils" / "csv")
TESTS_REFERENCE = dt.date(2024, 6, 1)  # tests/conftest.REFERENCE, against which the seed's golden files were checked
Row = dict[str, Any]


@dataclass(frozen=True)
class Golden:
    """A hand-checked golden file of one document: its rows as the fields compared, the profile it was checked
    with and the reference date it was read against."""

    name: str
    profile: str  # "generic", "default" or a profile file's path under the repository
    reference: dt.date | None
    rows: tuple[Row, ...]
    shape: str  # "expected" (tests/fixtures/other_councils/expected) or "compare" (tests/golden/compare.py)


def _expected_row(row: Row) -> Row:
    return {"action": row["action"], "owner": row["owner"], "keys": [o["key"] for o in row["owners"]]
            if "owners" in row else None, "timeline": (row["timeline"], row["due_date"]), "status": row["status"]}


def _compare_row(row: Row) -> Row:
    return {"action": row["action"], "owner": row["allocated_raw"], "keys": row["owners"],
            "timeline": [(t["raw"], t["kind"], t["start_date"], t["end_date"]) for t in row["timelines"]],
            "status": None}


def goldens() -> dict[Path, list[Golden]]:
    """Every golden file giving a document's actions, by the document it was checked against."""
    found: dict[Path, list[Golden]] = {}
    for path in sorted(EXPECTED.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        reference = dt.date.fromisoformat(data["reference_date"]) if data["reference_date"] else None
        golden = Golden(path.stem, data["profile"], reference, tuple(map(_expected_row, data["actions"])),
                        "expected")
        sample = (ROOT / data["sample"]).resolve()
        found.setdefault(sample, []).append(golden)
        for folder in RENDERED:  # its PDFs and spreadsheets, made from the sample's text
            for made in sorted(folder.glob(f"{sample.stem}_*")):
                found.setdefault(made.resolve(), []).append(golden)
    seed = json.loads((ROOT / "tests" / "golden" / "runnymede_plan.json").read_text(encoding="utf-8"))
    seed_golden = Golden("runnymede_plan", "default", TESTS_REFERENCE, tuple(map(_compare_row, seed["actions"])),
                         "compare")
    for path in (ROOT / seed["source"], FIXTURES / "pdf" / "runnymede_plan_chromium.pdf",
                 FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf"):
        found.setdefault(path.resolve(), []).append(seed_golden)
    for path in sorted((FIXTURES / "plan_rows").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        generic = path.stem.endswith("_without_profile")
        found.setdefault((FIXTURES / "plan_rows" / f"{data['rule']}.txt").resolve(), []).append(Golden(
            path.stem, "generic" if generic else "default", TESTS_REFERENCE,
            tuple(map(_compare_row, data["actions"])), "compare"))
    return found


def _got_rows(processed: Processed, shape: str) -> list[Row]:
    """The actions read, in the golden shape's fields."""
    normalised = processed.normalised
    due = {action_id: day.isoformat() for action_id, (day, _) in due_dates(normalised).items()}
    derived = {s.action_id: s.status for s in normalised.statuses}
    rows = []
    for action in processed.parsed.actions:
        keys = [o.owner_key for o in normalised.owners if o.action_id == action.action_id]
        if shape == "compare":
            timeline: Any = [(t.timeline_raw, t.reading.kind, _day(t.reading.start_date), _day(t.reading.end_date))
                             for t in normalised.timelines if t.action_id == action.action_id]
            rows.append({"action": action.action, "owner": action.allocated_raw, "keys": keys,
                         "timeline": timeline, "status": None})
            continue
        status = action.status if action.status is not None else derived.get(action.action_id)
        rows.append({"action": action.action, "owner": action.owner_raw, "keys": keys,
                     "timeline": (action.timeline_raw, due.get(action.action_id)), "status": status})
    return rows


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _wrong(want: Row, row: Row) -> list[str]:
    """The fields a row read gets otherwise than the golden row (keys only where the golden file gives them)."""
    return [field for field in ("owner", "keys", "timeline", "status")
            if want[field] != row[field] and not (field == "keys" and want[field] is None)]


def score(golden: Golden, got: list[Row]) -> tuple[int, list[tuple[str, Any, Any]]]:
    """(golden rows read whole, each miss as (field, expected, read)). A golden row takes the first row read that
    equals it, else the first left with its action text (its other fields the misses); one with neither misses
    `action`."""
    taken: set[int] = set()
    whole: set[int] = set()
    for n, want in enumerate(golden.rows):
        index = next((i for i, row in enumerate(got) if i not in taken and row["action"] == want["action"]
                      and not _wrong(want, row)), None)
        if index is not None:
            taken.add(index)
            whole.add(n)
    misses: list[tuple[str, Any, Any]] = []
    for n, want in enumerate(golden.rows):
        if n in whole:
            continue
        index = next((i for i, row in enumerate(got) if i not in taken and row["action"] == want["action"]), None)
        if index is None:
            misses.append(("action", want["action"], None))
            continue
        taken.add(index)
        misses += [(field, want[field], got[index][field]) for field in _wrong(want, got[index])]
    return len(whole), misses


def _profile(name: str, cache: dict[str, Profile]) -> Profile:
    if name not in cache:
        cache[name] = load_profile(None if name == "default" else name if name == "generic" else ROOT / name)
    return cache[name]


def _read(path: Path, profile: Profile, reference: dt.date | None) -> Processed | str:
    try:
        return process(path, profile, ReferenceDates(given=reference))
    except StageError as refused:
        return f"refused: {str(refused).removeprefix(f'{path}: ')[:90]}"


def measure_golden(path: Path, golden: Golden, cache: dict[str, Profile], listed: bool) -> tuple[str, int, int]:
    """One line for the document against one golden file (with each miss under it where `listed`), and (rows,
    read whole by generic)."""
    read = _read(path, _profile("generic", cache), golden.reference)
    whole, misses = score(golden, _got_rows(read, golden.shape)) if not isinstance(read, str) else (0, [])
    own = ""
    if golden.profile != "generic":
        theirs = _read(path, _profile(golden.profile, cache), golden.reference)
        own = f"; own profile {score(golden, _got_rows(theirs, golden.shape))[0] if not isinstance(theirs, str) else 0}"
    missed = ", ".join(f"{field} {n}" for field, n in sorted(Counter(m[0] for m in misses).items())) or "-"
    refused = f" {read}" if isinstance(read, str) else ""
    line = f"{whole:4}/{len(golden.rows):<4} {_name(path)} [{golden.name}{own}] missed: {missed}{refused}"
    if listed:
        line += "".join(f"\n            {field}: {want!r} read {got!r}" for field, want, got in misses)
    return line, len(golden.rows), whole


def measure_counts(path: Path, cache: dict[str, Profile]) -> str:
    """One line for a document no golden file gives the actions of: its counts under generic."""
    read = _read(path, _profile("generic", cache), TESTS_REFERENCE)
    if isinstance(read, str):
        return f"          {_name(path)}: {read}"
    issues = read.document.issues + read.parsed.issues + read.normalised.issues
    warnings = sum(issue.severity == "warning" for issue in issues)
    return (f"          {_name(path)}: {len(read.parsed.actions)} actions, {warnings} warnings, "
            f"{len(issues)} extraction_issues")


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="documents or folders (default: samples/ and tests/fixtures/)")
    parser.add_argument("--misses", action="store_true", help="list each missed field under its golden file")
    args = parser.parse_args()
    known = goldens()
    cache: dict[str, Profile] = {}
    rows = whole = 0
    counted: list[str] = []
    print("whole/rows document [golden file; own profile's whole] missed fields under generic")
    for path in documents(args.paths):
        if path.resolve() not in known:
            counted.append(measure_counts(path, cache))
            continue
        for golden in known[path.resolve()]:
            line, golden_rows, read_whole = measure_golden(path, golden, cache, args.misses)
            print(line)
            rows += golden_rows
            whole += read_whole
    print(f"generic profile: {whole} of {rows} golden rows whole")
    print("documents with no golden actions (generic profile):")
    print("\n".join(counted))


if __name__ == "__main__":
    main()
