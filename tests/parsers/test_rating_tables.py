"""A table of a document's ratings of itself, one cell a line (parsers/rating_tables.py): Belfast City Council's
Performance Improvement Self-Assessment Report 2023-24 rates seven aspects of improvement under `Aspect of
improvement | Achievement status |`, each aspect and its status on lines of their own, in two renderings of the
store (samples/other_councils/belfast_improvement_self_assessment_2023_24_objective_{4,1}.txt: cells parted by `|`
under a Markdown ruling; a paragraph a cell with no bars), checked by hand in their expected files."""

from __future__ import annotations

import re
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
ASPECTS = ["Strategic effectiveness", "Service quality and availability", "Fairness", "Sustainability", "Efficiency",
           "Innovation"]


def _read(path, profile=GENERIC):
    parsed = process(path, profile, ReferenceDates(given=None)).parsed
    ratings = [(i.message.split("'")[1], i.message.split("'")[3], i.span.line_start, i.span.line_end)
               for i in parsed.issues if i.code == "rating_not_tabled"]
    furniture = [(b.kind, b.span.line_start) for b in parsed.boilerplate if b.kind in ("column_header", "rule")]
    return ratings, furniture, parsed


@pytest.mark.parametrize("path, first, lines, furniture", [
    (FOUR, "General duty/ continuous improvement", [(n, n + 1) for n in range(10, 24, 2)],
     [("column_header", 7), ("column_header", 8), ("rule", 9)]),
    (ONE, "General duty and continuous improvement", [(n, n + 2) for n in range(22, 50, 4)],
     [("column_header", 18), ("column_header", 20)]),
])
def test_each_aspect_is_reported_with_its_status(path, first, lines, furniture):
    """Seven aspects, each `Achieved` (complete), one warning each over its two lines in place of two unplaced
    lines; the headings (and the first printed alone above them, the page's caption of the table) and the ruling are
    boilerplate. Before, all 16 or 17 lines were unplaced text, the statuses unread."""
    ratings, boilerplate, parsed = _read(path)
    assert ratings == [(thing, "Achieved", *span) for thing, span in zip([first, *ASPECTS], lines, strict=True)]
    assert boilerplate == furniture
    assert all("(complete)" in i.message for i in parsed.issues if i.code == "rating_not_tabled")
    assert not [i for i in parsed.issues if i.code == "unplaced_text" and furniture[0][1] <= i.span.line_start
                <= lines[-1][1]]


def test_without_the_status_heading_the_headings_are_misread():
    """`Achievement status` is a status heading by the profile's rule. Without that word (the rule as it was)
    objective 4's pipe table is no ratings table, its lines unplaced; objective 1's headings, printed with nothing
    between them, are split before `status` alone, so its first heading is not the caption printed above it, which
    stays unplaced."""
    rules = tuple(Rule(r.key, tuple(re.compile(p.pattern.replace("|achievement ", ""), p.flags) for p in r.patterns),
                       r.or_else, r.yes) for r in GENERIC.roles.headings)
    without = replace(GENERIC, roles=replace(GENERIC.roles, headings=rules))
    ratings, boilerplate, _ = _read(FOUR, without)
    assert (ratings, boilerplate) == ([], [])
    ratings, boilerplate, parsed = _read(ONE, without)
    assert (len(ratings), boilerplate) == (7, [("column_header", 20)])
    assert "Aspect of improvement " in [i.raw_text for i in parsed.issues if i.code == "unplaced_text"]
