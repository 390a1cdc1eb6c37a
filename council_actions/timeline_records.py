"""What the `timelines` command and API function give for each timeline found in a phrase: a record of plain values
(dates as ISO text, lists for tuples), so a script can write it as JSON or a CSV row as it is.

Kept apart from council_actions/api.py, whose functions mirror the commands: the record's fields are a contract of
their own, which the command's columns (cli/timelines.py, TimelineField) name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from council_actions.dating.period_types import Cadence, Precision, TimelineKind, TimelineReading

TimelineField = Literal["input", "timeline_raw", "kind", "start_date", "end_date", "precision", "fiscal_year",
                        "condition", "assumptions", "cadence", "cadence_months"]


class TimelineRecord(TypedDict):
    """One timeline found in an input phrase, as `timelines` yields it (dates as ISO text, ready for JSON)."""

    input: str
    timeline_raw: str
    kind: TimelineKind
    start_date: str | None
    end_date: str | None
    precision: Precision | None
    fiscal_year: str | None
    condition: str | None
    assumptions: list[str]
    cadence: Cadence | None
    cadence_months: list[str]


def to_record(text: str, phrase: str, reading: TimelineReading) -> TimelineRecord:
    """The record of one timeline `phrase` found in the input `text`, from its reading."""
    from council_actions.period_words import MONTH_NAMES

    return {"input": text, "timeline_raw": phrase, "kind": reading.kind,
            "start_date": reading.start_date.isoformat() if reading.start_date else None,
            "end_date": reading.end_date.isoformat() if reading.end_date else None,
            "precision": reading.precision, "fiscal_year": reading.fiscal_year,
            "condition": reading.condition, "assumptions": list(reading.assumptions),
            "cadence": reading.cadence, "cadence_months": [MONTH_NAMES[m - 1] for m in reading.months]}
