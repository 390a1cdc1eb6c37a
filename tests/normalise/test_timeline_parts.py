"""Timeline forms at the rules' edges: a quarter glossed by its months with no year, a span or term printed
alone, a feast with its year, and which words a `timeline_part_unread` warning leaves out.

Each row: the phrase, its start, end and due date (none where it has none), its kind and the assumptions its reading
names, worked out by hand from the timeline rules (docs/assumptions.md, Timelines) (reference date 2024-06-01,
the plan's date, in the financial year 2024/25; the UK financial year). What each row guards against: the quarter
and the gloss's months named unread (a needless warning), the span and the term unresolved, the feast read as its
whole year with its name unread (`by Easter 2026` due 31 December 2026). No stored council page of corpus `pages` prints
these forms in a timescale cell (searched 5 December 2026: timescale columns and `Timescale` / `By when` / `Target
date` tables of action plans, SCRAIPs, audit trackers, best value and housing improvement plans, quarterly delivery
plans, parish plans; SOURCES.md), so each is written as the brief words it; the nearest printed forms are a quarter
in words glossed with its months and year (`third quarter (October – December 2019)`, Flintshire, pinned
elsewhere) and Australian councils' quarters glossed with their own financial year's months (`Second Quarter
Progress Report (October - December) 2012`). `within 12 months` and `Immediate` are pinned in
tests/normalise/test_timelines.py.
"""

import datetime as dt

import pytest

from council_actions.dating.is_a_time import is_timeline
from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.conftest import REFERENCE
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
QUARTER, WITHIN = "quarter_from_document_year", ("relative_to_document_date", "span_alone_as_within")
TERM = ("term_without_length",)

# phrase, start, end, due, kind, assumptions
PARTS = [
    # a quarter with no year glossed by its own months: the quarter of the plan's year, the gloss confirming it
    ("Q3 (Oct-Dec)", "2024-10-01", "2024-12-31", "2024-12-31", "deadline", (QUARTER,)),
    ("Quarter 3 (October to December)", "2024-10-01", "2024-12-31", "2024-12-31", "deadline", (QUARTER,)),
    ("by end of Q4 (Jan - Mar)", "2025-01-01", "2025-03-31", "2025-03-31", "deadline", (QUARTER,)),
    ("Q1 (Apr-Jun)", "2024-04-01", "2024-06-30", "2024-06-30", "deadline", (QUARTER,)),
    # the quarter's year printed, the gloss's not: the quarter of that year, confirmed
    ("Q2 2025/26 (Jul-Sep)", "2025-07-01", "2025-09-30", "2025-09-30", "deadline", ()),
    ("Quarter 2 of 2025/26 (July to September)", "2025-07-01", "2025-09-30", "2025-09-30", "deadline", ()),
    ("Q3 2024 (Oct-Dec)", "2024-10-01", "2024-12-31", "2024-12-31", "deadline", ("fy_quarter_from_single_year",)),
    # a span printed alone: within it from the plan's date, the day before the same day so many months on
    ("6 months", "2024-06-01", "2024-11-30", "2024-11-30", "deadline", WITHIN),
    ("Six months", "2024-06-01", "2024-11-30", "2024-11-30", "deadline", WITHIN),
    ("12 months", "2024-06-01", "2025-05-31", "2025-05-31", "deadline", WITHIN),
    ("18 months", "2024-06-01", "2025-11-30", "2025-11-30", "deadline", WITHIN),
    ("2 years", "2024-06-01", "2026-05-31", "2026-05-31", "deadline", WITHIN),
    # a term printed alone: found, never dated, even with the plan's date
    ("Short term", None, None, None, "deadline", TERM),
    ("Medium-term", None, None, None, "deadline", TERM),
    ("long term", None, None, None, "deadline", TERM),
    ("Medium to long term", None, None, None, "deadline", TERM),
    # a feast with its year: its day (Easter Day: 5 April 2026, 20 April 2025, 31 March 2024)
    ("Christmas 2025", "2025-12-25", "2025-12-25", "2025-12-25", "deadline", ("christmas_as_25_december",)),
    ("by Easter 2026", "2026-04-05", "2026-04-05", "2026-04-05", "deadline", ("easter_as_easter_sunday",)),
    ("Easter 2025", "2025-04-20", "2025-04-20", "2025-04-20", "deadline", ("easter_as_easter_sunday",)),
    ("before Easter 2024", "2024-03-31", "2024-03-31", "2024-03-31", "deadline", ("easter_as_easter_sunday",)),
]


def _date(text):
    return None if text is None else dt.date.fromisoformat(text)


@pytest.mark.parametrize("phrase, start, end, due, kind, assumptions", PARTS, ids=[row[0] for row in PARTS])
def test_timeline_part(phrase, start, end, due, kind, assumptions):
    reading = read_timeline(phrase, FY, REFERENCE)
    got_due = reading.end_date if reading.kind in ("deadline", "period") else None
    assert (reading.start_date, reading.end_date, got_due, reading.kind, reading.assumptions) == (
        _date(start), _date(end), _date(due), kind, assumptions)


@pytest.mark.parametrize("phrase, reference, issues", [
    # a gloss the quarter does not have confirms nothing: Q3 is read, and the months are named as not read
    ("Q3 (Jan-Mar)", REFERENCE, [("timeline_part_unread", "timeline 'Q3 (Jan-Mar)' read as 2024-10-01 to 2024-12-31; "
                                  "'Jan', 'Mar', naming a time, were not read")]),
    ("Q2 2025/26 (Oct-Dec)", REFERENCE, [("timeline_part_unread", "timeline 'Q2 2025/26 (Oct-Dec)' read as "
                                          "2025-07-01 to 2025-09-30; 'Oct', 'Dec', naming a time, were not read")]),
    # a confirming gloss brings no warning; without the plan's date only the want of a year is said
    ("Q3 (Oct-Dec)", REFERENCE, []),
    ("Q3 (Oct-Dec)", None, [("timeline_needs_reference", "timeline 'Q3 (Oct-Dec)' names no year and no reference date was given (--reference-date, or the file's published date in --manifest)")]),
    ("6 months", None, [("timeline_needs_reference", "timeline '6 months' is relative to the plan's date and no reference date was given (--reference-date, or the file's published date in --manifest)")]),
    ("Short term", REFERENCE, [("unresolved_timeline", "timeline 'Short term' could not be read (a short, medium or "
                                "long term, which the plan gives no length); dates left empty")]),
    # a feast with no year is read against the plan's date (tests/normalise/test_glossed_quarters_and_feasts.py);
    # without one it is reported as wanting a year
    ("by Christmas", None, [("timeline_needs_reference", "timeline 'by Christmas' names no year and no reference date was given (--reference-date, or the file's published date in --manifest)")]),
])
def test_what_an_auditor_is_told(phrase, reference, issues):
    assert timeline_messages(phrase, reference) == issues


def test_the_words_left_unread_are_named_as_printed():
    """The reading keeps the unread words as printed, not lower-cased, each once (`timeline_part_unread` names
    them): a dash or a slash set apart in reading moves nothing."""
    assert read_timeline("Mar 25/Jan 25", FY, REFERENCE).unread == ("Mar 25",)
    assert read_timeline("Q3 (Jan–Mar)", FY, REFERENCE).unread == ("Jan", "Mar")


@pytest.mark.parametrize("phrase", ["Short term", "6 months", "Christmas 2025"])
def test_a_timeline_part_standing_alone_is_a_timeline(phrase):
    """A heading or an allocation cell's last part printing one of these is a time (`is_timeline`), as `Q4` is."""
    assert is_timeline(phrase)


@pytest.mark.parametrize("phrase", ["Development of the Action Plan for the short and medium term – April 2016",
                                    "Review the long term plan by March 2025", "6 months in", "within 6 months"])
def test_a_term_or_span_inside_a_phrase_is_no_part_alone(phrase):
    """A term or span is read alone only where it is the whole phrase: Maidstone's milestone (a sample) stays due in
    April 2016, and `6 months in` / `within 6 months` keep their own rules' readings."""
    assert not {"term_without_length", "span_alone_as_within"} & set(read_timeline(phrase, FY, REFERENCE).assumptions)
