"""A part's name printed alone over the text that calls it by a section word after `this` (parsers/section_lines.py,
`named_part`): Mid and East Antrim's self-assessment pages print their pillar's name, `Place`, `Planet`, over its
ambition, its aims and `Under this pillar:`. The name is read as the section heading over the page's measures from
that structure and the profile's `sections` word, never from the name itself; without the word, or without the line
calling the part, it is unplaced text, and a one-word line elsewhere is no heading."""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.parsers.section_lines import UnplacedLine, calls_its_part, form_of

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

OTHERS = SAMPLES / "other_councils"
GENERIC = load_profile("generic")
WORDS = GENERIC.document_words
NO_PILLAR = replace(GENERIC, document_words=replace(WORDS, sections=tuple(w for w in WORDS.sections if w != "pillar")))

# Each page, the name printed alone (its line), and the line calling the part by its section word.
PAGES = [("mid_east_antrim_self_assessment_2024_25_place.txt", "Place", 2, 14),
         ("mid_east_antrim_self_assessment_2024_25_planet.txt", "Planet", 3, 20)]


def _read(name: str, profile=GENERIC):
    return process(OTHERS / name, profile, ReferenceDates(given=None)).parsed


@pytest.mark.parametrize(("name", "pillar", "line", "calling"), PAGES)
def test_the_pillars_name_heads_its_measures(name, pillar, line, calling):
    text = (OTHERS / name).read_text(encoding="utf-8").splitlines()
    assert text[line - 1].strip() == pillar and text[calling - 1].strip() == "Under this pillar:"
    parsed = _read(name)
    assert [[h.text for h in a.sections] for a in parsed.actions] == [[pillar]]
    assert [(b.text, b.span.line_start) for b in parsed.boilerplate if b.kind == "section_heading"] == [(pillar, line)]
    unplaced = {i.span.line_start for i in parsed.issues if i.code == "unplaced_text"}
    assert line not in unplaced and calling in unplaced  # the line calling the part stays as printed, reported


@pytest.mark.parametrize(("name", "pillar", "line", "calling"), PAGES)
def test_without_the_section_word_the_name_is_unplaced(name, pillar, line, calling):
    parsed = _read(name, NO_PILLAR)
    assert [a.sections for a in parsed.actions] == [()]
    assert line in {i.span.line_start for i in parsed.issues if i.code == "unplaced_text" and i.raw_text == pillar}


LGR_ANNEX = FIXTURES / "sections" / "runnymede_lgr_proposal_annex_1_workstreams.txt"


@pytest.mark.parametrize(("path", "text", "word"), [
    (OTHERS / PAGES[0][0], "Under this pillar:", "pillar"),  # the self-assessment's pages
    (OTHERS / "mid_east_antrim_performance_improvement_plan_2025_26_q2_place.txt", "Why this objective was chosen:",
     "objective"),  # the quarter 2 report's, under its labelled heading `Objective 2 - Place: ...`, which stands
    (LGR_ANNEX, "(specific activity in this phase will be determined by the new unitary authorities)", "phase"),
    (OTHERS / PAGES[0][0], "Our ambition:", ""),  # a section word, but no `this` before it
    (OTHERS / PAGES[0][0], "To achieve this, we will:", ""),  # `this` before no section word
])
def test_a_line_calls_its_part_by_a_section_word_after_this(path, text, word):
    assert text in (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    assert calls_its_part(text, WORDS) == word


@pytest.mark.parametrize(("text", "called", "form"), [
    ("Place", "pillar", "named pillar"),
    ("Place", "", None),  # a one-word line no line below calls a part: no heading
    ("Our ambition:", "pillar", None),  # a label over a list, not a name
    ("- Conduct Council business in a way that encourages economic prosperity within the borough.", "pillar", None),
])
def test_a_name_above_the_line_calling_its_part_is_a_heading(text, called, form):
    assert form_of(UnplacedLine(text, "other", WORDS, "", called)) == form


@pytest.mark.parametrize(("name", "line"), [("belfast_improvement_self_assessment_2023_24_objective_1.txt", 14),
                                            ("belfast_improvement_self_assessment_2023_24_objective_4.txt", 5)])
def test_a_one_word_line_no_line_calls_a_part_is_no_heading(name, line):
    """Belfast's pages print `Self-assessment` alone on a line over their milestones, but no line of them calls a
    part `this objective` (or any section word): no heading is read from it. It is the label of the objective's own
    rating under it (parsers/part_ratings.py): the line is inside that element's span, and no row's section."""
    parsed = _read(name)
    assert [e.span.line_start <= line < e.span.line_end for e in parsed.elements if e.id_method == "heading"] == [True]
    assert "Self-assessment" not in {b.text for b in parsed.boilerplate}
    assert "Self-assessment" not in {h.text for a in parsed.actions for h in a.sections}
