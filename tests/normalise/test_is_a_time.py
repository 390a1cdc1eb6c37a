"""What reads as a time, asked of the timeline rules by every reader (council_actions/dating/is_a_time.py): a phrase standing
alone (`is_timeline`: a heading over a list's items, an item's opening words, its bracket), a line of running text
(`names_a_time`), and a month's name wherever a reader looks for one (period_words.MONTH_WORD).

The phrases are the samples' own (samples/other_councils/), their documents' rows hand-checked in
tests/fixtures/other_councils/expected/; a reader's own list of time words would drift from the rules that date
what it finds, so these check the one place both ask.
"""

from __future__ import annotations

import re

import pytest
from council_actions.ingest.layout import ROW_MARKER
from council_actions.ingest.line_breaks import closes_on_date
from council_actions.ingest.list_items import LEADING_TIMELINE

from council_actions.dating import is_a_time
from council_actions.dating.is_a_time import ends_on_a_date, is_timeline, names_a_time
from council_actions.dating.periods import PERIOD_RULES
from council_actions.dating.timelines import ends_owners
from council_actions.period_words import MONTH_WORD

# (phrase as printed, whether it stands alone as a time, whether a line of running text so printed names a time)
PHRASES = [
    ("Up to six months", True, False),  # counted from the plan's date: a list's heading, no date of its own
    ("3 months in:", True, False),  # Boroondara's headings: when the actions under it start
    ("Upon adoption:", True, False),
    ("2025", True, False),  # East Cambridgeshire's headings: a year alone heads the actions due in it
    ("2028 onwards", True, False),
    ("By 26 January 2024", True, True),  # an item's own timeline before its dash
    ("28 November 2025", True, True),  # an item's bracket at its end
    ("Ongoing", True, False),  # runs on: a time with no period
    ("Annually", True, False),
    ("Completed", True, False),  # done: when is past, as a timeline cell says it
    ("Review of the constitution", False, False),
    ("Action What we will do and when What residents will see", False, False),  # a condition's word, no time
    ("Horizon 0: Strategy adoption through first 6 months", False, False),  # no rule reads "first 6 months"
    ("Service Strategies", False, False),
    ("Notting Dale Future Neighbourhood 2030", True, False),  # alone a year; in running text a name's part
]


@pytest.mark.parametrize(("phrase", "alone", "running"), PHRASES)
def test_a_phrase_alone_and_a_line_of_text_ask_the_same_rules(phrase, alone, running):
    assert is_timeline(phrase) is alone
    assert names_a_time(phrase) is running


@pytest.mark.parametrize(("piece", "ends", "alone"), [
    ("Q3-Q4 24/25", True, True),  # the seed's allocation cells (samples/004_...): `CHoHROD, Q3-Q4 24/25`
    ("when advised by Oflog.", True, False),  # `CEX, when advised by Oflog.`: the conditional kind
    ("Ongoing", True, True),
    ("CEX", False, False),
    ("Head of Business Planning", False, False),
])
def test_an_allocations_owners_end_where_the_rules_read_a_time(piece, ends, alone):
    """The allocation splitter asks the same rule as the readers (`is_timeline`), a condition counting too: after a
    cell's owners only a time follows, and "when advised by Oflog" is when; standing alone it says no time."""
    assert ends_owners(piece) is ends
    assert is_timeline(piece) is alone


@pytest.mark.parametrize(("word", "month"), [
    ("September", True), ("Sept", True), ("Sep.", True), ("June", True), ("May", True),
    ("Marketing", False), ("Decision", False), ("Junior", False), ("Octagon", False), ("Mayor", False),
])
def test_a_month_is_its_name_not_a_word_starting_like_one(word, month):
    assert bool(re.fullmatch(rf"{MONTH_WORD}\.?", word, re.IGNORECASE)) is month


@pytest.mark.parametrize(("line", "marker"), [
    ("2 September 2004 Review of the constitution", False),  # the day of a date (Waverley's plan prints these)
    ("2 Sept 2004 Review", False),
    ("2 Marketing and communications", True),  # a row numbered 2, whose text starts like a month's name
    ("2.3 Review the constitution", True),
])
def test_a_row_marker_is_no_day_of_a_month(line, marker):
    assert bool(ROW_MARKER.match(line)) is marker


@pytest.mark.parametrize(("item", "when"), [
    ("By 26 January 2024 - Baseline the FOI readiness.", "By 26 January 2024"),  # Southend's FOI plan
    ("Immediately - Log every overdue request with the Information Team.", "Immediately"),
    ("Throughout 2025/26 - Run the drop-in sessions", "Throughout 2025/26"),  # made up: a span word of the rules
    ("Over 50 staff trained - the second wave follows", None),  # opens as a time does, reads as none
    ("Review of channels - phase one", None),
])
def test_an_items_own_timeline_opens_with_the_rules_words_and_reads_as_a_time(item, when):
    """ingest/list_items.py: the words an item's own timeline may open with are the timeline rules' words, and
    what follows them up to the dash is a timeline only if the rules read it as one."""
    match = LEADING_TIMELINE.match(item)
    assert (match["when"] if match and is_timeline(match["when"]) else None) == when


@pytest.mark.parametrize(("above", "below", "two"), [
    ("By end 2005/06", "Benefits backlog cleared July 2004", True),  # Waverley's milestones, a line each
    ("Phase 2 provisional start date July 2005", "Tour to MBT plant organised", True),
    ("... submitted to national government (28 November 2025).", "Vesting day follows", True),
    ("HoBPP, Q1 25/26", "Review the register", True),  # a financial year's quarter is dated
    ("Report the review to Cabinet in Q3", "Publish the register", False),  # no year: no date without the plan's
    ("Review the constitution within six months", "Publish the register", False),
    ("By end 2005/06", "and reviewed yearly", False),  # going on in lower case opens no sentence
    ("Notting Dale Future Neighbourhood 2030", "Publish the register", True),  # a year alone: read as one here too
])
def test_a_line_closing_on_a_date_ends_a_milestone(above, below, two):
    """ingest/line_breaks.py: the line above closes on a date (the rules' `ends_on_a_date`) and the next opens a
    sentence, so the writer broke the line between two milestones."""
    assert closes_on_date(above, below) is two
    assert ends_on_a_date(above) is (two or below[0].islower())


@pytest.mark.parametrize("named", ["RELATIVE_RULES", "YEAR_ALONE", "IN_FIGURES"])
def test_the_rules_set_apart_by_name_are_period_rules(named):
    """is_a_time sets period rules apart by name (a string each): a rule renamed in periods.PERIOD_RULES, or a
    name misspelt here, would quietly set nothing apart."""
    assert getattr(is_a_time, named) <= {rule.name for rule in PERIOD_RULES}
