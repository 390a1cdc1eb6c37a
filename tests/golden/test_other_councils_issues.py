"""The extraction issues of other councils' plans, compared where a golden file gives them (`issues`), and the parts
they rate themselves (`elements`).

A golden re-check asks of each issue a document raises whether it is real (the text it names is outside every row,
the owner is unknown to the profile, the page names no council) and of the source whether anything it should raise
is missing; the files that record the answer list every issue in the order the extraction_issues table holds them,
with its code, severity, lines and text, so an issue gained or lost fails here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import Processed, process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, ROOT

LISTED = [path for path in sorted((FIXTURES / "other_councils" / "expected").glob("*.json"))
          if "issues" in json.loads(path.read_text(encoding="utf-8"))]


def processed_as_expected(expected: dict[str, Any]) -> Processed:
    """The sample processed as its golden file says: with its profile and its reference date (none: null)."""
    profile = load_profile(expected["profile"] if expected["profile"] == "generic" else ROOT / expected["profile"])
    reference = dt.date.fromisoformat(expected["reference_date"]) if expected["reference_date"] else None
    return process(ROOT / expected["sample"], profile, ReferenceDates(given=reference))


@pytest.mark.parametrize("expected_file", LISTED, ids=lambda p: p.stem)
def test_sample_issues_match_hand_checked(expected_file: Path) -> None:
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    processed = processed_as_expected(expected)
    issues = processed.document.issues + processed.parsed.issues + processed.normalised.issues  # the table's order
    assert [{"code": i.code, "severity": i.severity, "lines": [i.span.line_start, i.span.line_end],
             "raw_text": i.raw_text} for i in issues] == expected["issues"]



# The golden files that give the parts the document rates itself (`elements`: an improvement objective and its
# rating, parsers/part_ratings.py; each aspect of it a table of ratings rates, parsers/rating_tables.py), each checked
# by hand against the source; a file without the key reads none.
RATED = [path for path in sorted((FIXTURES / "other_councils" / "expected").glob("*.json"))
         if "elements" in json.loads(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("expected_file", RATED, ids=lambda p: p.stem)
def test_sample_elements_match_hand_checked(expected_file: Path) -> None:
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    parsed = processed_as_expected(expected).parsed
    assert [{"element_id": e.element_id, "printed_id": e.printed_id, "theme_no": e.theme_no, "score": e.score,
             "characteristic": e.characteristic, "status": e.status, "status_raw": e.status_raw,
             "id_method": e.id_method, "lines": [e.span.line_start, e.span.line_end], "section": e.section}
            for e in parsed.elements] == expected["elements"]
