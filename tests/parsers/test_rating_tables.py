"""A table of a document's ratings of itself, one cell a line (parsers/rating_tables.py): Belfast City Council's
Performance Improvement Self-Assessment Report 2023-24 rates seven aspects of improvement under `Aspect of
improvement | Achievement status |`, each aspect and its status on lines of their own, in two renderings of the
store (samples/other_councils/belfast_improvement_self_assessment_2023_24_objective_{4,1}.txt: cells parted by `|`
under a Markdown ruling; a paragraph a cell with no bars), checked by hand in their expected files. Each aspect is an
`elements` row keyed by the objective's heading and the aspect; an aspect whose id another row has stays a warning."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.parsers import rating_tables

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
    rows = [(e.element_id, e.printed_id, e.characteristic, e.section, e.status_raw, e.status, e.theme_no, e.score,
             e.span.line_start, e.span.line_end) for e in parsed.elements if e.id_method == "rating_table"]
    furniture = [(b.kind, b.span.line_start) for b in parsed.boilerplate if b.kind in ("column_header", "rule")]
    return rows, furniture, parsed


def _warned(parsed) -> list[tuple[str, int, int]]:
    return [(i.message.split("'")[1], i.span.line_start, i.span.line_end)
            for i in parsed.issues if i.code == "rating_not_tabled"]


@pytest.mark.parametrize("path, part, first, lines, furniture", [
    (FOUR, "Objective 4: Our environment", "General duty/ continuous improvement",
     [(n, n + 1) for n in range(10, 24, 2)], [("column_header", 7), ("column_header", 8), ("rule", 9)]),
    (ONE, "Objective 1: Our services", "General duty and continuous improvement",
     [(n, n + 2) for n in range(22, 50, 4)], [("column_header", 18), ("column_header", 20)]),
])
def test_each_aspect_is_an_element_of_its_objective(path, part, first, lines, furniture):
    """Seven aspects, each `Achieved` (complete), one elements row each over its two lines in place of two unplaced
    lines, keyed by the objective's heading (the nearest section heading above the table) and the aspect as printed,
    its section that heading; the headings (and the first printed alone above them, the page's caption of the table)
    and the ruling are boilerplate: not one warning `rating_not_tabled` each, nor all 16 or 17 lines unplaced text,
    the statuses unread."""
    rows, boilerplate, parsed = _read(path)
    assert rows == [(f"{part} > {thing}", thing, thing, part, "Achieved", "complete", None, None, *span)
                    for thing, span in zip([first, *ASPECTS], lines, strict=True)]
    assert boilerplate == furniture
    assert _warned(parsed) == []
    assert not [i for i in parsed.issues if i.code == "unplaced_text" and furniture[0][1] <= i.span.line_start
                <= lines[-1][1]]
    assert part in [e.element_id for e in parsed.elements if e.id_method == "heading"]  # the section joins its row


def test_without_the_status_heading_the_headings_are_misread():
    """`Achievement status` is a status heading by the profile's rule. Without that word (the rule as it was)
    objective 4's pipe table is no ratings table, its lines unplaced; objective 1's headings, printed with nothing
    between them, are split before `status` alone, so its first heading is not the caption printed above it, which
    stays unplaced."""
    rules = tuple(Rule(r.key, tuple(re.compile(p.pattern.replace("|achievement ", ""), p.flags) for p in r.patterns),
                       r.or_else, r.yes) for r in GENERIC.roles.headings)
    without = replace(GENERIC, roles=replace(GENERIC.roles, headings=rules))
    rows, boilerplate, _ = _read(FOUR, without)
    assert (rows, boilerplate) == ([], [])
    rows, boilerplate, parsed = _read(ONE, without)
    assert (len(rows), boilerplate) == (7, [("column_header", 20)])
    assert "Aspect of improvement " in [i.raw_text for i in parsed.issues if i.code == "unplaced_text"]


def test_an_aspect_rated_twice_under_one_heading_is_no_row(tmp_path):
    """Objective 4's page with its `Fairness` row printed twice (a temporary copy; no council has printed one):
    both would have the id `Objective 4: Our environment > Fairness`, so neither is a row (one row an id) and each is
    one warning naming it over its own two lines; the other six aspects are rows as before."""
    text = FOUR.read_text(encoding="utf-8")
    assert text.count("Fairness |\nAchieved |\n") == 1
    path = tmp_path / FOUR.name
    path.write_text(text.replace("Fairness |\nAchieved |\n", "Fairness |\nAchieved |\n" * 2), encoding="utf-8")
    rows, _, parsed = _read(path)
    assert [row[1] for row in rows] == ["General duty/ continuous improvement", *ASPECTS[:2], *ASPECTS[3:]]
    assert _warned(parsed) == [("Fairness", 16, 17), ("Fairness", 18, 19)]
    id_ = "Objective 4: Our environment > Fairness"
    assert [i.message for i in parsed.issues if i.code == "rating_not_tabled"] == [
        f"'Fairness' rated 'Achieved' (complete) is in no elements row: 'Fairness' is rated again under the same "
        f"heading (line {line}), so two ratings would share its id '{id_}', and an element_id names one row"
        for line in (18, 16)]


def test_an_aspect_rated_three_times_names_both_other_places(tmp_path):
    """`Fairness` printed three times under one heading: each warning names the two other places, as lines."""
    text = FOUR.read_text(encoding="utf-8")
    path = tmp_path / FOUR.name
    path.write_text(text.replace("Fairness |\nAchieved |\n", "Fairness |\nAchieved |\n" * 3), encoding="utf-8")
    _, _, parsed = _read(path)
    assert [i.message.split("heading (")[1].split(")")[0] for i in parsed.issues if i.code == "rating_not_tabled"] == [
        "line 18, line 20", "line 16, line 20", "line 16, line 18"]


def test_an_aspect_whose_id_an_element_has_is_no_row(monkeypatch):
    """Where the plan's reader has read an element of the aspect's id (none of Belfast's pages: its reader reads no
    element; the id handed in as if read), the aspect is no row, and its warning says whose the id is."""
    id_ = "Objective 4: Our environment > Fairness"
    placed = rating_tables.placed_as_ratings
    monkeypatch.setattr(rating_tables, "placed_as_ratings",
                        lambda issues, boilerplate, text, roles, taken: placed(issues, boilerplate, text, roles,
                                                                               taken | {id_}))
    rows, _, parsed = _read(FOUR)
    assert id_ not in [row[0] for row in rows] and len(rows) == 6
    assert [(i.message, i.span.line_start) for i in parsed.issues if i.code == "rating_not_tabled"] == [
        (f"'Fairness' rated 'Achieved' (complete) is in no elements row: an element read from the plan's rows "
         f"already has its id '{id_}', and an element_id names one row", 16)]


def test_a_table_under_no_heading_keys_its_aspects_alone(tmp_path):
    """The page with its objective's heading (line 1) left out: no section heading stands above the table, so each
    aspect is keyed by itself alone, with no section (the objective's own rating, under no heading, stays unplaced:
    tests/parsers/test_part_ratings.py)."""
    text = FOUR.read_text(encoding="utf-8")
    assert text.startswith("Objective 4: Our environment\n")
    path = tmp_path / FOUR.name
    path.write_text(text.split("\n", 1)[1], encoding="utf-8")
    rows, _, _ = _read(path)
    assert [(row[0], row[3], row[8]) for row in rows] == [
        (thing, None, line) for thing, line in zip(["General duty/ continuous improvement", *ASPECTS],
                                                   range(9, 23, 2), strict=True)]
