"""Parts a self-assessment scores on a numbered scale whose key it prints (parsers/scored_parts.py): Pembrokeshire's
Annual Self-Assessment 2021-22 executive summaries (samples/other_councils/, golden files in
tests/fixtures/other_councils/expected/), read with the council's profile, whose score vocabulary names the key's
words, and without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from council_actions.ingest import read_document
from council_actions.normalise import ReferenceDates
from council_actions.parsers.scored_parts import read_scored_parts

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import ROOT

SA4 = ROOT / "samples" / "other_councils" / "pembrokeshire_self_assessment_2021_22_sa4_partners_customers.txt"
SA5 = ROOT / "samples" / "other_councils" / "pembrokeshire_self_assessment_2021_22_sa5_wellbeing_objectives.txt"
PEMBROKESHIRE = ROOT / "council_actions" / "profiles" / "pembrokeshire.toml"


def _kept(processed) -> list[tuple[int, str]]:
    return [(i.span.line_start, i.message) for i in processed.parsed.issues if i.code == "score_not_tabled"]


def test_the_first_scale_is_the_score_and_the_other_is_kept():
    processed = process(SA5, load_profile(PEMBROKESHIRE), ReferenceDates(given=None))
    assert [(e.element_id, e.characteristic, e.score) for e in processed.parsed.elements] == [
        ("SA5.1", "Education", "fair")]  # line 29 `Current performance: 3`, line 9 `Score 3: Current performance - Fair`
    assert _kept(processed) == [(30, "SA5.1 scored 2 (Embedding) on Improvement phase, not in the elements row: the "
                                     "row's score is on the key's first scale")]  # line 30, key line 8


@pytest.mark.parametrize("profile", ["generic", "runnymede"])
def test_a_profile_without_the_words_keeps_both_scores(profile):
    processed = process(SA4, load_profile(None if profile == "runnymede" else profile), ReferenceDates(given=None))
    assert [(e.element_id, e.score, [e.span.line_start, e.span.line_end]) for e in processed.parsed.elements] == [
        ("SA4.1", None, [21, 24])]
    assert [line for line, _ in _kept(processed)] == [23, 24]
    assert "3 (Fair) on Current performance" in _kept(processed)[0][1]


def test_no_key_printed_no_part_scored(tmp_path: Path):
    """The page without its key (lines 7-10): `Current performance: 3` says nothing a reader can score by."""
    lines = SA4.read_text(encoding="utf-8").splitlines(keepends=True)
    page = tmp_path / "no_key.txt"
    page.write_text("".join(lines[:6] + lines[10:]), encoding="utf-8")
    assert read_scored_parts(read_document(page), load_profile(PEMBROKESHIRE)).elements == ()
