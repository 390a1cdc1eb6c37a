"""A document's rating of one of its own parts (parsers/part_ratings.py), on Belfast City Council's self-assessment
pages (samples/other_councils/belfast_improvement_self_assessment_2023_24_objective_{4,1}.txt, the store's two
renderings: lines one under the other; paragraphs parted by blank lines): `Self-assessment` over `Achieved – we
helped tackle ...` under the page's `Objective 4: Our environment`, read as that objective's elements row, and both
ways: without the profile's label word, or with no heading above, the two lines stay unplaced as before. The
values are checked by hand in the pages' golden files (tests/fixtures/other_councils/expected/)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.normalise import ReferenceDates

from council_actions.pipeline import process
from council_actions.profile import load_profile
from council_actions.roles import Rule
from tests.conftest import SAMPLES

FOUR = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"
ONE = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_1.txt"
GENERIC = load_profile("generic")
LABEL = "self assessment"  # the profile's status heading pattern the pages' label `Self-assessment` is read by


def _read(path, profile=GENERIC):
    parsed = process(path, profile, ReferenceDates(given=None)).parsed
    unplaced = [i.span.line_start for i in parsed.issues if i.code == "unplaced_text"]
    return [(e.element_id, e.status_raw, e.status, e.span.line_start, e.span.line_end) for e in parsed.elements
            if e.id_method == "heading"], unplaced  # the aspects' rows are parsers/rating_tables.py's


def _without_label() -> object:
    rules = tuple(Rule(r.key, tuple(p for p in r.patterns if p.pattern != LABEL), r.or_else, r.yes)
                  for r in GENERIC.roles.headings)
    assert sum(len(r.patterns) for r in rules) == sum(len(r.patterns) for r in GENERIC.roles.headings) - 1
    return replace(GENERIC, roles=replace(GENERIC.roles, headings=rules))


@pytest.mark.parametrize("path, part, lines, rating, between", [
    (FOUR, "Objective 4: Our environment", (1, 6), (5, 6), {2, 3, 4}),
    (ONE, "Objective 1: Our services", (6, 16), (14, 16), {8, 10, 12}),
])
def test_the_objective_is_rated_by_the_status_under_its_label(path, part, lines, rating, between):
    """The row spans from the heading its id is (line 1; line 6 in the page's other rendering) to the rating; the
    label and rating lines are no longer unplaced, and the lines between (`Achievement of improvement objective`,
    `Improvement objective 4`, the objective's statement) stay reported as before, not taken by the wider span."""
    elements, unplaced = _read(path)
    assert elements == [(part, "Achieved", "complete", *lines)]
    assert not set(rating) & set(unplaced)
    assert {n for n in unplaced if lines[0] < n < rating[0]} == between


@pytest.mark.parametrize("path, lines", [(FOUR, (5, 6)), (ONE, (14, 16))])
def test_without_the_label_word_the_rating_stays_unplaced(path, lines):
    """`Self-assessment` is a status label only by the profile's word; without it nothing rates the part."""
    elements, unplaced = _read(path, _without_label())
    assert elements == []
    assert set(lines) <= set(unplaced)


def test_a_rating_under_no_heading_rates_no_part(tmp_path):
    """The page with its objective's heading (line 1) left out: the label and rating stand under no section heading
    (the first one is below them), so they name no part and stay unplaced."""
    text = FOUR.read_text(encoding="utf-8")
    assert text.startswith("Objective 4: Our environment\n")
    path = tmp_path / "belfast_objective_4_no_heading.txt"
    path.write_text(text.split("\n", 1)[1], encoding="utf-8")
    elements, unplaced = _read(path)
    assert elements == []
    assert {4, 5} <= set(unplaced)

