"""Other councils' published plans, each compared with its hand-checked expected actions (sqlite-utils style).

One expected file per sample in tests/fixtures/other_councils/expected/; adding a pair adds a test.
Real pages that are not plans, or plans with no action to read, are refused with one line.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.output.record_rows import due_dates

from council_actions.issues import StageError
from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT, status_of

EXPECTED = sorted((FIXTURES / "other_councils" / "expected").glob("*.json"))
# A sample whose golden file is what should come out but does not yet says so (`known_miss`, found against expected).
CASES = [pytest.param(path, marks=pytest.mark.xfail(strict=True, reason=miss)) if (miss := json.loads(
    path.read_text(encoding="utf-8")).get("known_miss")) else path for path in EXPECTED]
REFUSED = sorted((FIXTURES / "other_councils" / "refused").glob("*.txt"))
REFERENCE = dt.date(2014, 4, 1)
GIVEN = ReferenceDates(given=REFERENCE)
# Fields a golden file may give besides the ones every golden file gives, compared where its actions carry them: the
# finding each action answers and the notes on it, where the plan prints them (Southend's recommendation and status),
# the headings over each action (actions.section_path, null where the plan prints none: parsers/sections.py), the
# status as printed and the progress, the action's first and last line, each owner as resolved (key, match, line,
# and its role where the cell's words say one: council_actions/owner_roles.py) and each timeline phrase as read (action_owners and action_timelines rows),
# and the supporting owners' column as printed (actions.support_raw: normalise/support.py).
ANSWERED = ("opportunity", "notes", "section_path", "status_raw", "progress", "percent_complete", "lines", "owners",
            "timelines", "support_raw")


def _found(path: Path, profile, reference: dt.date | None = REFERENCE,
           answered: tuple[str, ...] = ()) -> tuple[str, str | None, list[dict]]:
    processed = process(path, profile, ReferenceDates(given=reference))
    due = {action_id: day for action_id, (day, _) in due_dates(processed.normalised).items()}  # the actions table's rule
    return processed.document.rendering, processed.parsed.council, [
        {"ref": a.element_id, "action": a.action, "owner": a.owner_raw, "timeline": a.timeline_raw,
         "due_date": due[a.action_id].isoformat() if a.action_id in due else None,
         "status": status_of(a, processed.normalised),
         "owner_repair": a.owner_repair, **{field: _answered(a, field, processed.normalised) for field in answered}}
        for a in processed.parsed.actions]


def _answered(action, field: str, normalised):
    """An ANSWERED field of an action as the golden files give it: section_path is the headings joined; lines the
    action's span; owners and timelines its rows of those tables, each with its first line."""
    if field == "section_path":
        return " > ".join(h.text for h in action.sections) or None
    if field == "lines":
        return [action.span.line_start, action.span.line_end]
    if field == "owners":
        return [{"key": o.owner_key, "match": o.match, "line": o.span.line_start,
                 **({"role": o.role} if o.role else {})} for o in normalised.owners if o.action_id == action.action_id]
    if field == "timelines":
        return [{"raw": t.timeline_raw, "kind": t.reading.kind, "start_date": _day(t.reading.start_date),
                 "end_date": _day(t.reading.end_date), "fiscal_year": t.reading.fiscal_year,
                 "assumptions": list(t.reading.assumptions), "condition": t.reading.condition,
                 "cadence": t.reading.cadence, "line": t.span.line_start}
                for t in normalised.timelines if t.action_id == action.action_id]
    return getattr(action, field)


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@pytest.fixture(scope="module")
def generic():
    return load_profile("generic")


@pytest.mark.parametrize("expected_file", CASES, ids=lambda p: p.stem)
def test_sample_matches_hand_checked_actions(expected_file):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    profile = load_profile(expected["profile"] if expected["profile"] == "generic" else ROOT / expected["profile"])
    reference = dt.date.fromisoformat(expected["reference_date"]) if expected["reference_date"] else None
    answered = tuple(field for field in ANSWERED if expected["actions"] and field in expected["actions"][0])
    rendering, council, found = _found(ROOT / expected["sample"], profile, reference, answered)
    assert rendering == expected["rendering"]
    assert council == expected["council"]  # documents.council: the name in a title line, else the profile's
    assert found == expected["actions"]


@pytest.mark.parametrize("path", REFUSED, ids=lambda p: p.stem)
def test_not_a_plan_or_no_actions_is_refused_in_one_line(path, generic):
    with pytest.raises(StageError) as refused:
        process(path, generic, GIVEN)
    assert "\n" not in str(refused.value)
    assert refused.value.stage == "parse"


# The golden files that give the document's own title (documents.title, parsers/furniture.py; null where it prints
# none), each checked by hand against the sample's opening lines.
TITLED = [path for path in EXPECTED if "title" in json.loads(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("expected_file", TITLED, ids=lambda p: p.stem)
def test_sample_title_matches_hand_checked(expected_file):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    profile = load_profile(expected["profile"] if expected["profile"] == "generic" else ROOT / expected["profile"])
    assert process(ROOT / expected["sample"], profile, ReferenceDates(given=None)).parsed.title == expected["title"]
