"""A span counted from an event, and a span of days or hours counted from none the phrase names: no day.

Sefton Council's early help timescales (corpus `pages`,
https://www.sefton.gov.uk/social-care-and-health/children-and-young-people/early-help/timescales/) time each step
of a family's plan: `48 hours of identifying need`, `Within 10 working days`, `Within 15 working days`, `Within 6
weeks of completing assessment`, `Within 3 months of each other`, `12 months from start of intervention`. A shire's budget review page (Kent, Western Australia,
https://www.kent.wa.gov.au/council/public-documents/budget-review-2020-2021/) sends the review on "within 30 days of
adoption", and a state's guidance (https://prod.dlgsc.wa.gov.au/..., December 2023) "within 14 days of the council
meeting". None names a day (docs/assumptions.md, Timelines: a span counted from an event printed with no date is
`conditional` on it, no dates, never counted from the plan's date).

Before: `Within 3 months of each other` was dated from the plan's date (1 June to 31 August 2024, as if the plan's
date were the last review), `within three months of adoption` likewise; the ones counted in days, hours or from a
verb (`of completing assessment`) were `unresolved`, nothing said. Now: a span counted from an event, with or without
`the` before it, is conditional, its words the condition; a span of days or hours with no event named is found,
never dated (a response time, counted from each case's own request or referral), and reported saying so.
`12 months from start of intervention` (counted `from` an event's start, no article) was `unresolved`, nothing said;
it is conditional as the others are.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
REFERENCE = dt.date(2024, 6, 1)

CONDITIONAL = [
    "48 hours of identifying need",  # Sefton
    "Within 6 weeks of completing assessment",  # Sefton
    "Within 3 months of each other",  # Sefton: between reviews
    # Sefton: how long a family's plan runs, from the event's start with no article (was unresolved, nothing said)
    "12 months from start of intervention",
    "within 30 days of adoption",  # Kent (Western Australia): the review's adoption
    "within 14 days of the council meeting",  # Western Australia's guidance
    "within three months of adoption",
]


@pytest.mark.parametrize("phrase", CONDITIONAL)
def test_a_span_counted_from_an_event_is_conditional_on_it(phrase):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.condition, reading.assumptions) == (
        "conditional", None, None, phrase, ())


@pytest.mark.parametrize("phrase", ["Within 10 working days", "Within 15 working days", "within 28 days"])
def test_a_span_of_days_with_no_event_named_is_found_never_dated_and_said_why(phrase):
    for reference in (REFERENCE, None):
        reading = read_timeline(phrase, FY, reference)
        assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
            "deadline", None, None, ("days_from_unnamed_event",))
    assert timeline_messages(phrase, REFERENCE) == [(
        "unresolved_timeline", f"timeline '{phrase}' could not be read (a span of days or hours, counted from an event "
        "of each case it does not name (a request, a referral), not from the plan's date); dates left empty")]


@pytest.mark.parametrize("phrase, start, end", [
    ("within 6 months", "2024-06-01", "2024-11-30"),  # from the plan's date, as before
    ("within 3 months of 1 April 2025", "2025-04-01", "2025-06-30"),  # from the day printed, as before
    ("within six months of March 2025", "2025-03-01", "2025-09-30"),  # from the month printed, as before
    ("within 12 months of the date of this plan", "2024-06-01", "2025-05-31"),  # the plan's date: no event
    ("within 6 months of the plan's adoption", "2024-06-01", "2024-11-30"),
])
def test_a_span_counted_from_a_date_or_the_plan_is_dated_as_before(phrase, start, end):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (str(reading.start_date), str(reading.end_date)) == (start, end)
