"""A part's own rating in words changing between revisions (elements.status, parsers/part_ratings.py), or an aspect's
in a table of the document's ratings of itself (parsers/rating_tables.py), is one `status_changed` of that element,
with no action; the same ratings again are no change.

Belfast's self-assessment page for objective 4 (samples/other_councils/belfast_improvement_self_assessment_2023_24_
objective_4.txt) is the earlier revision; the later is the same page, under the same name, with its objective rated
`Partially achieved` (Belfast's other milestone status, on_track) instead of `Achieved` in a temporary copy, or its
aspect `Fairness` so rated: no
council has published such a pair, so the sample itself is never edited."""

from __future__ import annotations

from council_actions.api import diff, ingest
from tests.conftest import SAMPLES

PAGE = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"
RATING = "Achieved \u2013 we helped tackle"


def _changes(tmp_path, later_text: str) -> list[tuple]:
    out = tmp_path / "out"
    ingest([PAGE], out, revision="2024-09", profile="generic")
    later = tmp_path / "later" / PAGE.name
    later.parent.mkdir()
    later.write_text(later_text, encoding="utf-8")
    ingest([later], out, revision="2025-09", profile="generic")
    return [(c.change, c.element_id, c.action_id, c.field, c.before, c.after, c.where.line_start)
            for document in diff(out).documents for c in document.changes]


def test_a_rating_changed_is_a_status_change_of_its_part(tmp_path):
    text = PAGE.read_text(encoding="utf-8")
    assert text.count(RATING) == 1
    changes = _changes(tmp_path, text.replace(RATING, "Partially achieved \u2013 we helped tackle"))
    # the change points at the element: its span from the objective's heading (line 1) to the rating (line 6)
    assert changes == [("status_changed", "Objective 4: Our environment", None, "status", "complete", "on_track", 1)]


def test_the_same_rating_again_is_no_change(tmp_path):
    assert _changes(tmp_path, PAGE.read_text(encoding="utf-8")) == []


def test_an_aspect_rated_otherwise_is_a_status_change_of_that_aspect(tmp_path):
    """The aspect's row is keyed by the objective and the aspect, so only `Fairness` changes; the objective's own
    rating and the six other aspects are the same rows with the same statuses."""
    text = PAGE.read_text(encoding="utf-8")
    assert text.count("Fairness |\nAchieved |") == 1
    changes = _changes(tmp_path, text.replace("Fairness |\nAchieved |", "Fairness |\nPartially achieved |"))
    assert changes == [("status_changed", "Objective 4: Our environment > Fairness", None, "status", "complete",
                        "on_track", 16)]


def test_a_score_and_a_status_changed_together_are_two_changes():
    """An element whose score colour and rating in words both changed (no sample prints both on one element: the
    records made here) is one score_changed and one status_changed: each of the element's rules is tried, so a
    score change never hides the status change."""
    from council_actions.diff.compare import _element_changes
    from council_actions.diff.records import NOWHERE, ScoredElement

    old = ScoredElement("CI002", 1, "amber", 4, 0, NOWHERE, "on_track")
    new = ScoredElement("CI002", 1, "light_green", 2, 0, NOWHERE, "complete")
    assert [(c.change, c.before, c.after, c.previous_score_rank, c.score_rank) for c in _element_changes((old,), (new,))
            ] == [("score_changed", "amber", "light_green", 4, 2), ("status_changed", "on_track", "complete", None, None)]
