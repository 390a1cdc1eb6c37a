"""A minute naming the plan's part it is about is no section heading (parsers/section_lines.py `agenda_item`):
Epping Forest's overview and scrutiny minutes (tests/fixtures/other_councils/refused/epping_forest_minutes_2018_q4_
outturn.txt) print `Objective 1.b – item 11: Councillor Bedford requested an update ...`, the section word
`objective` opening a line, as Belfast's self-assessment opens its heading `Objective 4: Our environment`. The minute
names the part, then the item of it it speaks of (`item 11`, the profile's `[document_words] agenda_items`); a
heading names the part, then the part itself. Both ways on real lines, with either profile's words.

The minute as printed is none by its sentences too; cut to its opening words (a short minute, as other committees
print them), with the letter of its objective's number or without it (`Objective 1 – item 11: ...`), it reads as a
heading (`labelled objective` without the letter; with it, `plain` over another heading) but for the item's number,
which alone tells it from one. Searches of stored public pages (corpus `pages`, 4 December 2026) for other minutes printing a
section's item so (`minutes Objective 1 – item 11 Councillor requested an update key action plan`, `Key Action Plan
quarter outturn minutes "Objective 2 - item" Councillor asked`, `Epping Forest Key Action Plan overview scrutiny
minutes Objective item Councillor update`, `minutes scrutiny "Priority 2 - item" Members asked about progress on the
action`, `Objective 3 – item 2: Councillor asked whether; Objective 2 – item 5: the Committee noted`, `Overview and
Scrutiny Committee minutes key objectives year-end progress Objective item Councillor asked`, `Key Objectives Key
Action Plan 2017/18 Quarter 3 Performance overview scrutiny Councillor asked about item on objective`, and the
minute's own words) met only Epping's: its other minutes name an item inside a sentence (`Councillor Murray asked
about item 6 on objective 1b`), which no rule reads as a heading."""

from __future__ import annotations

from dataclasses import replace

import pytest
from council_actions.ingest.part_headings import opens_part
from council_actions.parsers.section_lines import SECTION_LINES, UnplacedLine, form_of

from council_actions.profile import load_profile
from tests.conftest import FIXTURES, SAMPLES

MINUTES = FIXTURES / "other_councils" / "refused" / "epping_forest_minutes_2018_q4_outturn.txt"
SECTIONS = FIXTURES / "sections"
OTHERS = SAMPLES / "other_councils"
WORDS = {"generic": load_profile("generic").document_words, "default": load_profile(None).document_words}
# Real headings that open as the minute does, a section word and its number and then a dash or a colon, and the
# form the rules give each: Belfast's objective, Runnymede's theme with a dash, the docstoc housing plan's objective
# numbered after the colon, Argyll and Bute's outcome, Port Macquarie-Hastings' theme after its kind.
HEADINGS = [
    (OTHERS / "belfast_improvement_self_assessment_2023_24_objective_4.txt", "Objective 4: Our environment",
     "labelled objective"),
    (SAMPLES / "001_311d08ab6737c7b9.txt", "Theme 6 - Service delivery", "labelled theme"),
    (SECTIONS / "housing_service_improvement_plan_2006_09_docstoc.txt",
     "Objective: 1 - Determine the current and future housing needs of the Borough", "labelled objective"),
    (SECTIONS / "argyll_bute_soa_outcome_4.txt",
     "Outcome 4 - In Argyll and Bute children and young people have the best possible start", "labelled outcome"),
    (SECTIONS / "port_macquarie_hastings_delivery_program_2017_21_themes.txt",
     "Community Theme 1 \u2013 Leadership and Governance", "labelled theme"),
]


def _line(path, opening):
    """The file's one line that opens so (its spacing aside), as printed."""
    (line,) = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip().startswith(opening)]
    return line.strip()


def _minute() -> str:
    line = _line(MINUTES, "Objective 1.b \u2013 item 11: ")
    assert line.endswith("hoping to have it sealed by the end of this week.")
    return line


def _shortened(letter: bool) -> str:
    """The minute cut to its reference and its first words, its objective's letter kept or not."""
    opening = " ".join(_minute().split()[:8])
    assert opening == "Objective 1.b \u2013 item 11: Councillor Bedford requested"
    return opening if letter else opening.replace("1.b", "1", 1)


@pytest.mark.parametrize("profile", list(WORDS))
@pytest.mark.parametrize("following", ["other", "section"])  # alone, or over a heading
def test_a_minute_about_an_objectives_item_is_no_heading(profile, following):
    for line in (_minute(), _shortened(True), _shortened(False)):
        assert form_of(UnplacedLine(line, following, WORDS[profile])) is None, line
        assert not opens_part(line, WORDS[profile])


@pytest.mark.parametrize("profile", list(WORDS))
def test_the_item_and_its_number_decide(profile):
    """The agenda_item rule takes each form of the minute first; without the profile's `item`, the shortened minute
    is a heading again, the form a heading of its words has."""
    words = WORDS[profile]
    (rule,) = [rule for rule in SECTION_LINES if rule.name == "agenda_item"]
    assert SECTION_LINES[0] is rule
    for line in (_minute(), _shortened(True), _shortened(False)):
        assert rule.form(UnplacedLine(line, "other", words)) == ""
    no_item = replace(words, agenda_items=())
    assert form_of(UnplacedLine(_shortened(False), "other", no_item)) == "labelled objective"
    assert form_of(UnplacedLine(_shortened(True), "section", no_item)) == "plain"
    assert form_of(UnplacedLine(_minute(), "other", no_item)) is None  # its sentences


@pytest.mark.parametrize("profile", list(WORDS))
@pytest.mark.parametrize(("path", "opening", "form"), HEADINGS, ids=[h[1][:20] for h in HEADINGS])
def test_a_heading_of_the_same_opening_is_one(profile, path, opening, form):
    line = _line(path, opening)
    assert line == opening
    assert form_of(UnplacedLine(line, "other", WORDS[profile])) == form
    assert opens_part(line, WORDS[profile])
