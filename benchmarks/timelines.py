"""Benchmark: timeline phrases per second, this normaliser against dateparser.parse on the same phrases.

Run: .venv/bin/python benchmarks/timelines.py
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from pathlib import Path

import dateparser
from council_actions.ingest import read_document
from council_actions.normalise import fiscal_calendar, normalise_document
from council_actions.normalise.timelines import parse_full_date, read_timeline
from council_actions.parsers import parse_document

from council_actions.profile import load_profile

PLAN = Path(__file__).resolve().parent.parent / "samples" / "004_d0d661fda207b69c.txt"
REFERENCE = dt.date(2024, 6, 1)
DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "RELATIVE_BASE": dt.datetime(2024, 6, 1)}


def generated() -> list[str]:
    months = ["Jan", "February", "Sept", "October", "Dec"]
    forms = ["Q{q} {y}/{z}", "by end of Q{q} {y}/{z}", "Q{q} {y}", "{m} {y}", "by end {m} {y}", "{m} {yy}",
             "Summer {y}", "during {y}/{z}", "10/{q}/{yy}", "ongoing", "when advised by Oflog"]
    out = []
    for form, q, y, m in itertools.product(forms, (1, 2, 3, 4), range(2022, 2030), months):
        out.append(form.format(q=q, y=y, z=(y + 1) % 100, yy=y % 100, m=m))
    return out


def rate(phrases: list[str], read, before=lambda: None, repeat: int = 3) -> float:
    """Phrases per second, the best of `repeat` passes (as timeit does), `before` run ahead of each pass."""
    best = float("inf")
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        for phrase in phrases:
            read(phrase)
        best = min(best, time.perf_counter() - start)
    return len(phrases) / best


def clear_memos() -> None:
    read_timeline.cache_clear()
    parse_full_date.cache_clear()  # its dates-in-words memo starts empty too


def main() -> None:
    profile = load_profile()
    calendar = fiscal_calendar(profile)
    parsed = parse_document(read_document(PLAN), profile)
    normalised = normalise_document(parsed, profile, REFERENCE)
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
    uncached = rate(phrases, lambda p: read_timeline.__wrapped__(p, calendar, REFERENCE), clear_memos)
    memoised = rate(phrases, ours, read_timeline.cache_clear)
    theirs_rate = rate(phrases, theirs)
    print(f"{len(phrases)} phrases ({len(set(phrases))} distinct): dateparser.parse {theirs_rate:,.0f}/s; normaliser "
          f"uncached {uncached:,.0f}/s ({uncached / theirs_rate:.1f}x), memoised once warm {memoised:,.0f}/s "
          f"({memoised / theirs_rate:.1f}x)")


if __name__ == "__main__":
    main()
