"""A date an action's own sentence prints, read as its deadline or not (parsers/own_deadlines.py): both ways on
real lines of the samples and fixtures, each found in its file here, and the measures of Mid and East Antrim's pages,
which print their due dates nowhere else, read with it (their golden files check every value)."""

from __future__ import annotations

import pytest
from council_actions.normalise import ReferenceDates
from council_actions.parsers.own_deadlines import DEADLINE_PHRASES, own_deadline

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import SAMPLES

ROOT = SAMPLES.parent
OTHERS = "samples/other_councils"
ANTRIM_Q2 = f"{OTHERS}/mid_east_antrim_performance_improvement_plan_2025_26_q2_place.txt"
DOCSTOC = "tests/fixtures/sections/housing_service_improvement_plan_2006_09_docstoc.txt"
RUNNYMEDE = "samples/004_d0d661fda207b69c.txt"

# Real sentences closing on a date their words make a deadline, and the deadline's words and date as printed.
DEADLINES = [
    (ANTRIM_Q2, "Submit an agreed action plan in line with Regional Balance Fund Project Guidelines by 31/3/26.",
     "by 31/3/26"),
    (f"{OTHERS}/mid_east_antrim_self_assessment_2024_25_place.txt",
     "Progress the i4C Innovation and Cleantech Centre and the HyTech Centre by 31 March 2025.", "by 31 March 2025"),
    (f"{OTHERS}/rbkc_council_plan_action_plan_2025_27_caring.txt", "\u2022 Deliver a remediated depot site by early "
     "2027.", "by early 2027"),
    (f"{OTHERS}/rbkc_council_plan_action_plan_2025_27_fairer.txt", "Implement of a proposal to support the ambitions "
     "of the Employment and Skills review by Autumn 2025.", "by Autumn 2025"),
    ("tests/fixtures/sections/dover_corporate_plan_priority_theme_three.txt", "1. Become a net zero carbon emitter by "
     "2030.", "by 2030"),  # a year alone, after the word that times it
    (f"{OTHERS}/tower_hamlets_foi_action_plan_2023.txt", "The council should create an action plan, with appropriate "
     "processes put intoplace to ensure 90% timeliness is achieved by the end of 10 October 2023.",
     "by the end of 10 October 2023"),
    (DOCSTOC, "o \u00a3375,000 levered in through match funding by Mar 2008.", "by Mar 2008"),
]
# Real sentences printing a date that is not their deadline, and why.
MENTIONS = [
    (RUNNYMEDE, "This is likely to be not before January 2025.", "a start no earlier than, not a deadline"),
    (RUNNYMEDE, "been reviewed and updated since 2019.", "a date the sentence looks back to"),
    (RUNNYMEDE, "Local spend analysis does not appear to have been taken forward after March 2023.", "looks back"),
    (f"{OTHERS}/waverley_cpa_improvement_plan_2004.txt", "Joint Municipal Waste Strategy to be considered in September "
     "2004.", "a month it happens in"),
    (f"{OTHERS}/mid_east_antrim_self_assessment_2024_25_planet.txt", "\u2022 Lead by example and reduce the impact of "
     "our own operations to progress our organisation towards net-zero emissions by 2040 by embedding sustainability "
     "and climate adaptation into all decision-making.", "mid-sentence: the date of the net-zero ambition"),
    (f"{OTHERS}/mid_east_antrim_self_assessment_2024_25_planet.txt", "Our commitment to achieving net-zero emissions "
     "by 2050 will have set a standard for excellence across the region.", "mid-sentence"),
    (RUNNYMEDE, "This is in the Community Services SAP to set up and launch a pilot engagement process by Q4.",
     "a quarter of no year printed: only the plan's date could date it"),
    (f"{OTHERS}/bracknell_environment_2023_24_q3.txt", "1,220 flats had food waste collections by the end of quarter 3.",
     "a quarter of no year printed"),
]
UNSEEN = {"no_later_than"}  # no real document met yet prints `no later than` and a date closing an action


def _printed(path: str, text: str) -> str:
    """The text, once found printed in the file (a line's, or a cell's of a line, spacing aside)."""
    assert any(text in " ".join(line.split()) for line in (ROOT / path).read_text(encoding="utf-8").splitlines())
    return text


@pytest.mark.parametrize(("path", "text", "phrase"), DEADLINES, ids=[d[2] for d in DEADLINES])
def test_a_sentence_closing_on_a_deadline_gives_its_words_and_date(path, text, phrase):
    line = _printed(path, text)
    found = own_deadline(line)
    assert found is not None and line[found[0]:found[1]] == phrase


@pytest.mark.parametrize(("path", "text", "why"), MENTIONS, ids=[m[0].rsplit("/")[-1] + m[2] for m in MENTIONS])
def test_a_date_the_sentence_mentions_is_no_deadline(path, text, why):
    assert own_deadline(_printed(path, text)) is None


def test_every_row_has_its_real_line_or_is_listed_unseen():
    shown = {row.name for row in DEADLINE_PHRASES if row.example}
    assert shown | UNSEEN == {row.name for row in DEADLINE_PHRASES} and not shown & UNSEEN
    for row in DEADLINE_PHRASES:
        if row.example:
            found = own_deadline(_printed(ANTRIM_Q2, row.example))
            assert found is not None and row.example[found[0]:].lower().startswith(row.name.replace("_", " "))


def test_only_the_sentences_end_is_read():
    """A sentence of 80,000 words (a line a converter ran together) costs its tail alone, and its deadline is still
    found there."""
    line = "word " * 80_000 + DEADLINES[0][1]
    found = own_deadline(line)
    assert found is not None and line[found[0]:found[1]] == "by 31/3/26"


def test_the_measures_are_due_by_the_dates_their_sentences_close_on():
    """Mid and East Antrim's quarter 2 report: each measure's `by 31/3/26` is its timeline, spanning its own
    characters, and dated day first with its century assumed, as the timeline rules read the date anywhere."""
    processed = process(ROOT / ANTRIM_Q2, load_profile("generic"), ReferenceDates(given=None))
    text = (ROOT / ANTRIM_Q2).read_text(encoding="utf-8")
    assert [a.timeline_raw for a in processed.parsed.actions] == ["by 31/3/26"] * 2
    for timeline in processed.normalised.timelines:
        assert text[timeline.span.char_start:timeline.span.char_end] == "by 31/3/26"
        assert (timeline.reading.kind, str(timeline.reading.end_date)) == ("deadline", "2026-03-31")
        assert timeline.reading.assumptions == ("day_first", "two_digit_year")
    assert [t.span.line_start for t in processed.normalised.timelines] == [29, 41]
