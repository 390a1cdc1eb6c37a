"""Compare a document's output with a hand-checked golden file, row by row and field by field.

The golden file is keyed by element id (elements) and by (element id, seq)
(actions), so that one action split wrongly shows as the fields that differ,
not as a wall of shifted rows. Other inputs of the same plan (PDFs made by
other producers) compare against the same file with the same functions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from council_actions.normalise.records import NormalisedDocument
from council_actions.output.record_rows import month_names
from council_actions.parsers.records import ParsedDocument

from council_actions.dating.period_types import TimelineReading

GOLDEN = Path(__file__).resolve().parent
ELEMENT_FIELDS = ("printed_id", "theme_no", "score", "characteristic", "status_note", "no_gaps")
ACTION_FIELDS = ("opportunity", "action", "allocated_raw", "owners", "timelines")


@dataclass(frozen=True)
class Difference:
    row: str  # "CI001" or "CI001#2"
    field: str
    expected: Any
    got: Any

    def __str__(self) -> str:
        return f"{self.row} {self.field}:\n    expected {self.expected!r}\n    got      {self.got!r}"


def load_golden(name: str) -> dict[str, Any]:
    return json.loads((GOLDEN / name).read_text(encoding="utf-8"))


def to_golden(parsed: ParsedDocument, normalised: NormalisedDocument, source: str) -> dict[str, Any]:
    """The output in the golden file's shape (the `note` is the hand-checker's, so it is left empty)."""
    owners: dict[str, list[str]] = {}
    for owner in normalised.owners:
        owners.setdefault(owner.action_id, []).append(owner.owner_key)
    timelines: dict[str, list[dict[str, Any]]] = {}
    for timeline in normalised.timelines:
        reading = timeline.reading
        timelines.setdefault(timeline.action_id, []).append({
            "raw": timeline.timeline_raw, "kind": reading.kind,
            "start_date": reading.start_date.isoformat() if reading.start_date else None,
            "end_date": reading.end_date.isoformat() if reading.end_date else None,
            **_recurrence(reading),
        })
    return {
        "source": source,
        "note": "",
        "themes": [{"theme_no": t.theme_no, "theme_name": t.theme_name} for t in parsed.themes],
        "elements": [{"element_id": e.element_id, "printed_id": e.printed_id, "theme_no": e.theme_no,
                      "score": e.score, "characteristic": e.characteristic, "status_note": e.status_note,
                      "no_gaps": e.no_gaps} for e in parsed.elements],
        "actions": [{"element_id": a.element_id, "seq": a.seq, "opportunity": a.opportunity, "action": a.action,
                     "allocated_raw": a.allocated_raw, "owners": owners.get(a.action_id, []),
                     "timelines": timelines.get(a.action_id, [])} for a in parsed.actions],
    }


def _recurrence(reading: TimelineReading) -> dict[str, Any]:
    """A recurring timeline's cadence and months, as the golden file holds them (only a recurring one has them)."""
    if reading.kind != "recurring":
        return {}
    return {"cadence": reading.cadence, "cadence_months": month_names(reading.months)}


def compare(expected: dict[str, Any], got: dict[str, Any]) -> list[Difference]:
    """Every differing field of every element and action; a row only one side has is one difference."""
    differences = [Difference("themes", "themes", expected["themes"], got["themes"])] \
        if expected["themes"] != got["themes"] else []
    differences += _rows(_keyed(expected["elements"], False), _keyed(got["elements"], False), ELEMENT_FIELDS)
    differences += _rows(_keyed(expected["actions"], True), _keyed(got["actions"], True), ACTION_FIELDS)
    return differences


def exact_rows(expected: dict[str, Any], got: dict[str, Any]) -> tuple[int, int]:
    """(elements, actions) of the golden file reproduced exactly in every field."""
    differing = {d.row for d in compare(expected, got)}
    elements = sum(e["element_id"] not in differing for e in expected["elements"])
    actions = sum(f"{a['element_id']}#{a['seq']}" not in differing for a in expected["actions"])
    return elements, actions


def report(differences: list[Difference]) -> str:
    rows = len({d.row for d in differences})
    return f"{rows} rows differ ({len(differences)} fields):\n" + "\n".join(str(d) for d in differences)


def _keyed(rows: list[dict[str, Any]], with_seq: bool) -> dict[str, dict[str, Any]]:
    return {f"{r['element_id']}#{r['seq']}" if with_seq else r["element_id"]: r for r in rows}


def _rows(expected: dict[str, dict[str, Any]], got: dict[str, dict[str, Any]],
          fields: tuple[str, ...]) -> list[Difference]:
    differences = []
    for key in list(expected) + [k for k in got if k not in expected]:
        if key not in got or key not in expected:
            differences.append(Difference(key, "(row)", expected.get(key), got.get(key)))
            continue
        differences += [Difference(key, f, expected[key][f], got[key][f]) for f in fields
                        if expected[key][f] != got[key][f]]
    return differences
