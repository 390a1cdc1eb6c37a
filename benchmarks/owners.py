"""Benchmark: resolve every allocation cell of the seed, including pipeline start-up, and count the matches.

Run: .venv/bin/python benchmarks/owners.py
"""

from __future__ import annotations

import time

START = time.perf_counter()

from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

from council_actions.ingest import read_document  # noqa: E402
from council_actions.normalise import glossary_for  # noqa: E402
from council_actions.normalise.allocation import split_allocation  # noqa: E402
from council_actions.parsers import parse_document  # noqa: E402

from council_actions.profile import load_profile  # noqa: E402

PLAN = Path(__file__).resolve().parent.parent / "samples" / "004_d0d661fda207b69c.txt"


def main() -> None:
    imported = time.perf_counter()
    profile = load_profile()
    actions = [a for a in parse_document(read_document(PLAN), profile).actions if a.allocated_raw]
    parsed = time.perf_counter()
    from council_actions.dating.timelines import ends_owners  # what the normaliser imports for a cell's timeline

    glossary, time_test = glossary_for(profile), ends_owners
    built = time.perf_counter()
    matches: Counter[str] = Counter()
    repairs: Counter[str] = Counter()
    for action in actions:
        for segment in split_allocation(action.allocated_raw, glossary, time_test):
            if segment.kind == "owner":
                found = glossary.resolve(segment.text, action.allocated_printed or "")
                matches[found.match] += 1
                for repair in (found.repair or "").split("; "):
                    repairs[repair] += bool(repair)
    done = time.perf_counter()
    print(f"{len(actions)} allocation cells, {sum(matches.values())} owner mentions: {dict(matches)}")
    print(f"repairs applied: {dict(+repairs)}")
    print(f"imports {1000 * (imported - START):.0f} ms, parse {1000 * (parsed - imported):.0f} ms, spaCy glossary "
          f"{1000 * (built - parsed):.0f} ms, resolve all cells {1000 * (done - built):.1f} ms; "
          f"total from start-up {1000 * (done - START):.0f} ms")


if __name__ == "__main__":
    main()
