"""The audit of resolved timelines (timeaudit2, 6 December 2026): a seeded sample of the timelines the pipeline dates,
each checked by hand against its source line and the timeline rules (docs/assumptions.md, Timelines), kept as
golden rows.

How the rows were drawn: samples/ and tests/fixtures/ ingested with the default and the generic profile (each
folder ingested whole, `--revision 2026-12-06`, no reference date given), every `action_timelines` row with a start
or an end date taken (1,034 rows), a phrase read the same way in several copies of one plan (its PDF and text
renderings, the revisions made from the seed) counted once (190 readings), then `random.Random(20261206)` drew half
of each council's readings (at least one), and one reading of every precision and kind pair the draw had missed was
added: 105 rows over 28 councils and fixtures. The two profiles read every phrase both ingest alike.

Each row gives the phrase, where it is printed (file and line), the reference date the normaliser read it against
and where that date came from (the plan's printed date, else the revision label), the reading (kind, dates,
precision, financial year, condition, assumption codes), the verdict and what the check rested on. A phrase with
no year is counted from that reference date, so the rows are read with the same revision label the audit ran with.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import Processed, process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

AUDIT = FIXTURES / "timeline_audit_sample.json"  # JSON, not CSV: `ingest tests/fixtures` would read a CSV as a plan
ROWS = json.loads(AUDIT.read_text(encoding="utf-8"))["rows"]
REVISION_LABEL = dt.date(2026, 12, 6)  # the label the audit's ingest was given (`--revision 2026-12-06`)


@cache
def _processed(source: str, profile: str) -> Processed:
    return process(ROOT / source, load_profile(None if profile == "default" else profile),
                   ReferenceDates(revision_label=REVISION_LABEL))


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def test_the_sample_is_the_one_the_report_describes():
    councils = {row["council"] for row in ROWS}
    assert (len(ROWS), len(councils)) == (105, 28)
    assert {row["verdict"] for row in ROWS} == {"right"}


@pytest.mark.parametrize("row", ROWS, ids=[f"{row['n']}-{Path(row['source']).stem[:30]}" for row in ROWS])
def test_an_audited_timeline_reads_as_checked(row):
    processed = _processed(row["source"], row["profile"])
    found = [t for t in processed.normalised.timelines
             if t.timeline_raw == row["phrase"] and t.span.line_start == row["line"]]
    assert found, f"no timeline {row['phrase']!r} at line {row['line']}"
    reading = found[0].reading
    assert _day(processed.normalised.reference_date) == row["reference"]
    assert (reading.kind, _day(reading.start_date), _day(reading.end_date), reading.precision,
            reading.fiscal_year, reading.condition, list(reading.assumptions)) == (
        row["kind"], row["start_date"], row["end_date"], row["precision"], row["fiscal_year"], row["condition"],
        row["assumptions"])


@pytest.mark.parametrize("row", [row for row in ROWS if not row["source"].endswith(".pdf")],
                         ids=lambda row: str(row["n"]))
def test_an_audited_phrase_is_printed_where_its_row_says(row):
    """The golden row quotes its source: the phrase's words (runs of letters and figures), in order, from its line on
    (a wrapped cell may run over the next lines, a row's other cells between)."""
    lines = (ROOT / row["source"]).read_text(encoding="utf-8-sig").splitlines()
    start = row["line"] - 1
    text = " ".join(lines[start:start + 6])
    assert re.search(r".*?".join(re.findall(r"\w+", row["phrase"])), text, re.S), \
        (row["phrase"], lines[start])
