"""A start printed apart from the timeline (`Start date` / `End date`, `Start by` / `Finish by`) is the start date of
the timeline it starts (normalise/starts.py): a period from start to end, or ongoing from the start."""

from __future__ import annotations

import datetime as dt

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

CROYDON = SAMPLES / "other_councils" / "croydon_foi_improvement_plan_2023.txt"
ISLE_OF_WIGHT = SAMPLES / "other_councils" / "iow_bv_schedule_2002.txt"


def _rows(path, reference=None, profile=None):
    processed = process(path, profile or load_profile("generic"), ReferenceDates(given=reference))
    text = processed.document.text
    return processed, [(t.timeline_raw, t.reading.kind, t.reading.start_date, t.reading.end_date, t.reading.precision,
                        t.reading.assumptions, text[t.span.char_start:t.span.char_end]) for t in processed.normalised.timelines]


@pytest.mark.parametrize("profile", [None, "generic"])
def test_croydon_start_dates_start_its_timelines(profile):
    """Croydon's FOI plan: `Start date: August 2023` / `End date: September 2023` is one period from 1 August to
    30 September 2023, still due at its end; `Start date: July 2023` / `End date: Ongoing` is ongoing from 1 July
    2023. Each row keeps its own words' span, as every timeline row does."""
    processed, rows = _rows(CROYDON, profile=load_profile(profile))
    assert rows == [
        ("September 2023", "deadline", dt.date(2023, 8, 1), dt.date(2023, 9, 30), "range",
         ("start_from_printed_start",), "September 2023"),
        ("Ongoing", "ongoing", dt.date(2023, 7, 1), None, "month", ("open_ended_from_start",), "Ongoing")]
    assert [a.start_raw for a in processed.parsed.actions] == ["August 2023", "July 2023"]
    assert not [i for i in processed.normalised.issues if i.field == "timeline"]


def test_isle_of_wight_start_by_in_the_same_month():
    """The Isle of Wight's `Start by` / `Finish by`: `Mid May` to `End May` is May 2002 either way, so only the
    assumption says the start was read; `Early June` to `Mid July` runs from 1 June to 31 July."""
    _, rows = _rows(ISLE_OF_WIGHT, dt.date(2002, 6, 26))
    assert rows[0] == ("End May", "deadline", dt.date(2002, 5, 1), dt.date(2002, 5, 31), "month",
                       ("month_from_document_year", "start_from_printed_start"), "End May")
    assert rows[-1] == ("Mid July", "deadline", dt.date(2002, 6, 1), dt.date(2002, 7, 31), "range",
                        ("month_from_document_year", "start_from_printed_start"), "Mid July")


@pytest.mark.parametrize(("start", "end", "rows", "codes"), [
    # a start with no timeline is ongoing from it, as "start date July 2005" reads
    ("March 2025", "", [("March 2025", "ongoing", dt.date(2025, 3, 1), None)], []),
    # a start after the end, or beside a timeline that takes none, starts nothing and is reported
    ("May 2025", "March 2025", [("March 2025", "deadline", dt.date(2025, 3, 1), dt.date(2025, 3, 31))],
     ["start_unused"]),
    ("May 2025", "Completed", [("Completed", "complete", None, None)], ["start_unused"]),
    # an ongoing timeline naming its own start keeps it
    ("May 2025", "Ongoing from June 2025", [("Ongoing from June 2025", "ongoing", dt.date(2025, 6, 1), None)],
     ["start_unused"]),
    # a start that cannot be dated is reported as any timeline phrase is
    ("TBC", "March 2025", [("March 2025", "deadline", dt.date(2025, 3, 1), dt.date(2025, 3, 31))],
     ["unresolved_timeline"]),
])
def test_made_up_starts(tmp_path, start, end, rows, codes):
    """Made-up records (not a sample): what a start does beside each kind of timeline, and what is reported."""
    plan = tmp_path / "records.txt"
    plan.write_text("".join(f"Action: Publish register {n}\nLead officer: Head of Policy\nStart date: {start}\n"
                            f"End date: {end}\n" for n in (1, 2)), encoding="utf-8")
    processed, found = _rows(plan)
    assert [row[:4] for row in found[:len(found) // 2]] == rows
    assert [i.code for i in processed.normalised.issues if i.field == "timeline"][:len(codes)] == codes
