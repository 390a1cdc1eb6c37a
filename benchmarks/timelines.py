"""Benchmark: timeline phrases per second, this normaliser against dateparser.parse on the same phrases.

What each reader keeps between phrases (issue 15's target is the uncached one at >= 20x dateparser.parse):
- dateparser.parse: whatever dateparser keeps itself (its loaded English data, its own caches), warmed once.
- uncached: `read_timeline.__wrapped__`, so no reading is remembered; compiled patterns and rule tables are built
  at import. Dates in words (`30th September 2024`) go to dateparser through `parse_full_date`, whose memo is
  emptied before each pass; the line below says how many of the phrases reach it.
- memoised: `read_timeline` as the pipeline calls it, its memo emptied before each pass.

Run: .venv/bin/python benchmarks/timelines.py
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import statistics
import time
from pathlib import Path

import dateparser
from council_actions.ingest import read_document
from council_actions.normalise import ReferenceDates, fiscal_calendar, normalise_document
from council_actions.parsers import parse_document

from council_actions.dating.day_dates import parse_full_date
from council_actions.dating.timelines import read_timeline
from council_actions.profile import load_profile

PLAN = Path(__file__).resolve().parent.parent / "samples" / "004_d0d661fda207b69c.txt"
REFERENCE = dt.date(2024, 6, 1)
GIVEN = ReferenceDates(given=REFERENCE)
DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "RELATIVE_BASE": dt.datetime(2024, 6, 1)}


def generated() -> list[str]:
    months = ["Jan", "February", "Sept", "October", "Dec"]
    forms = ["Q{q} {y}/{z}", "by end of Q{q} {y}/{z}", "Q{q} {y}", "{m} {y}", "by end {m} {y}", "{m} {yy}",
             "Summer {y}", "during {y}/{z}", "10/{q}/{yy}", "ongoing", "when advised by Oflog"]
    out = []
    for form, q, y, m in itertools.product(forms, (1, 2, 3, 4), range(2022, 2030), months):
        out.append(form.format(q=q, y=y, z=(y + 1) % 100, yy=y % 100, m=m))
    return out


def passes(phrases: list[str], readers: dict, rounds: int = 5) -> dict[str, list[float]]:
    """Seconds per pass over the phrases, each reader in turn in every round (`before` run ahead of its pass), so
    that readers are compared on passes made at nearly the same moment: the machine is shared."""
    times: dict[str, list[float]] = {name: [] for name in readers}
    for _ in range(rounds):
        for name, (read, before) in readers.items():
            before()
            start = time.perf_counter()
            for phrase in phrases:
                read(phrase)
            times[name].append(time.perf_counter() - start)
    return times


def clear_memos() -> None:
    read_timeline.cache_clear()
    parse_full_date.cache_clear()  # its dates-in-words memo starts empty too


def main() -> None:
    profile = load_profile()
    calendar = fiscal_calendar(profile)
    parsed = parse_document(read_document(PLAN), profile)
    normalised = normalise_document(parsed, profile, GIVEN)
    seed = [t.timeline_raw for t in normalised.timelines]
    kinds: dict[str, int] = {}
    for t in normalised.timelines:
        kinds[t.reading.kind] = kinds.get(t.reading.kind, 0) + 1
    print(f"seed: {len(seed)} timeline phrases ({len(set(seed))} distinct); by kind: {dict(sorted(kinds.items()))}")
    ours = lambda p: read_timeline(p, calendar, REFERENCE)  # noqa: E731
    theirs = lambda p: dateparser.parse(p, languages=["en"], settings=DATEPARSER_SETTINGS)  # noqa: E731
    ours(seed[0]), theirs(seed[0])  # warm both (imports, compiled patterns)
    read_timeline.cache_clear()
    start = time.perf_counter()
    for phrase in seed:
        ours(phrase)
    seed_ms = (time.perf_counter() - start) * 1000
    print(f"all {len(seed)} seed timelines, after import, memo empty: {seed_ms:.1f} ms")
    phrases = seed * 20 + generated()
    times = passes(phrases, {"dateparser.parse": (theirs, lambda: None),
                             "uncached": (lambda p: read_timeline.__wrapped__(p, calendar, REFERENCE), clear_memos),
                             "memoised": (ours, read_timeline.cache_clear)})
    clear_memos()
    for phrase in phrases:
        read_timeline.__wrapped__(phrase, calendar, REFERENCE)
    dates = parse_full_date.cache_info()
    rate = {name: len(phrases) / min(found) for name, found in times.items()}
    ratio = {name: statistics.median(t / o for t, o in zip(times["dateparser.parse"], found, strict=True))
             for name, found in times.items()}
    print(f"{len(phrases)} phrases ({len(set(phrases))} distinct), best pass of {len(times['uncached'])}; ratios are "
          f"medians of same-round pairs: dateparser.parse {rate['dateparser.parse']:,.0f}/s; normaliser uncached "
          f"{rate['uncached']:,.0f}/s ({ratio['uncached']:.1f}x), memoised from empty {rate['memoised']:,.0f}/s "
          f"({ratio['memoised']:.1f}x); load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"dates in words passed to dateparser by the uncached normaliser in one pass: {dates.hits + dates.misses} "
          f"({dates.misses} distinct)")


if __name__ == "__main__":
    main()
