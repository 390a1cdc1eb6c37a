"""Nothing lost inside a row: every word printed in an action row is in a value read from that row.

The line accounting (tests/output/test_tables.py) asks only that each line fall inside some row's span, so a value
dropped from the middle of a row it spans goes unnoticed: Croydon's `Start date: August 2023` was inside its
record and in no table. Here every word of an action row's source text (the document's text at the row's
char_start:char_end) must be found, as many times as it is printed, in the row's values (action, opportunity,
owners, timeline and start, status, progress, notes, reference), in an issue or boilerplate record inside the
span, or among the words of the headings and labels the layout read (`Document.columns`, each heading once: a
record prints its labels inside its rows). Actions read from one row's bulleted items share its span and are
checked together. Every sample of samples/other_councils and tests/fixtures/other_councils, with the default
profile and the generic one; a page refused as no plan has no row to check.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from council_actions.issues import StageError
from council_actions.pipeline import Processed, process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, GIVEN, SAMPLES

WORD = re.compile(r"[^\W_]+")
DOCUMENTS = sorted([*(SAMPLES / "other_councils").glob("*.txt"), *(FIXTURES / "other_councils").rglob("*.txt"),
                    *(FIXTURES / "other_councils").rglob("*.pdf")])
PROFILES = ("default", "generic")


def _words(*texts: str | None) -> Counter[str]:
    return Counter(word.lower() for text in texts for word in WORD.findall(text or ""))


def lost_words(processed: Processed) -> dict[tuple[int, int], Counter[str]]:
    """Per action row (its first and last line), the words printed in it that no value, record or heading of the
    layout holds; empty where nothing is lost."""
    document, parsed = processed.document, processed.parsed
    records = [(i.span, i.raw_text) for i in (*document.issues, *parsed.issues, *processed.normalised.issues)]
    records += [(b.span, b.text) for b in parsed.boilerplate]
    headings = _words(*(column.heading for column in document.columns))
    rows: dict[tuple[int, int], list] = {}
    for action in parsed.actions:
        rows.setdefault((action.span.char_start, action.span.char_end), []).append(action)
    lost = {}
    for (start, end), actions in rows.items():
        held = _words(*(value for a in actions for value in (
            a.element_id, a.opportunity, a.action, a.allocated_raw, a.owner_raw, a.timeline_raw, a.start_raw,
            a.status_raw, a.progress, a.notes)))
        held += _words(*(text for span, text in records if start <= span.char_start and span.char_end <= end))
        missing = _words(document.text[start:end]) - held - headings
        if missing:
            lost[(actions[0].span.line_start, actions[0].span.line_end)] = missing
    return lost


@pytest.mark.parametrize("profile_name", PROFILES)
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_word_of_a_row_is_in_its_values(path: Path, profile_name: str):
    profile = load_profile(None if profile_name == "default" else profile_name)
    try:
        processed = process(path, profile, GIVEN)
    except StageError:
        return  # refused as no plan: no row to check (tests/golden/test_other_councils.py pins the refusal)
    assert lost_words(processed) == {}


def test_the_check_finds_a_value_dropped_from_a_row(tmp_path):
    """Made-up records (not a sample): read whole, nothing is lost; with the first record's due date dropped from
    its action (as a reader that ignored the label would), the check names that row and those words."""
    plan = tmp_path / "records.txt"
    plan.write_text("Action: Publish the register\nLead officer: Head of Policy\nDue date: March 2025\n"
                    "Action: Train the staff\nLead officer: Head of HR\nDue date: June 2025\n", encoding="utf-8")
    processed = process(plan, load_profile("generic"), GIVEN)
    assert lost_words(processed) == {}
    first, *others = processed.parsed.actions
    dropped = replace(processed, parsed=replace(processed.parsed, actions=(replace(first, timeline_raw=None), *others)))
    assert lost_words(dropped) == {(1, 3): Counter({"march": 1, "2025": 1})}
