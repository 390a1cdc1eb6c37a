"""A minute naming the plan's part it is about is no section heading (parsers/section_lines.py): Epping Forest's
overview and scrutiny minutes (tests/fixtures/other_councils/refused/epping_forest_minutes_2018_q4_outturn.txt) print
`Objective 1.b – item 11: Councillor Bedford requested an update ...`, the section word `objective` opening a line, as
Belfast's self-assessment opens its heading `Objective 4: Our environment`. Both real lines, with either profile's
words: the heading is read as one, the minute is not (its sentences end with full stops, which no heading's name
holds; and `1.b` is no section number)."""

from __future__ import annotations

import pytest
from council_actions.parsers.section_lines import UnplacedLine, form_of

from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

MINUTES = FIXTURES / "other_councils" / "refused" / "epping_forest_minutes_2018_q4_outturn.txt"
BELFAST = SAMPLES / "other_councils" / "belfast_improvement_self_assessment_2023_24_objective_4.txt"
WORDS = {"generic": load_profile("generic").document_words, "default": load_profile(None).document_words}


def _line(path, opening):
    """The file's one line that opens so, as printed."""
    (line,) = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(opening)]
    return line


@pytest.mark.parametrize("profile", list(WORDS))
def test_a_minute_about_an_objectives_item_is_no_heading(profile):
    line = _line(MINUTES, "Objective 1.b \u2013 item 11: ")
    assert line.endswith("hoping to have it sealed by the end of this week.")
    assert form_of(UnplacedLine(line, "other", WORDS[profile])) is None
    assert form_of(UnplacedLine(line, "section", WORDS[profile])) is None  # nor over a heading


@pytest.mark.parametrize("profile", list(WORDS))
def test_a_heading_of_the_same_section_word_is_one(profile):
    line = _line(BELFAST, "Objective 4")
    assert line == "Objective 4: Our environment"
    assert form_of(UnplacedLine(line, "other", WORDS[profile])) == "labelled objective"
