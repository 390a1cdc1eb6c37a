"""A date the plan says is still to be fixed (`TBC`, `on a date to be agreed`): undated, and the report says why.

West Oxfordshire District Council's scrutiny committee resolved to hold a meeting "on a date to be agreed by the
Director of Governance, in consultation with the Chair of the Overview and Scrutiny Committee" (corpus `pages`,
https://meetings.westoxon.gov.uk/mgAi.aspx?ID=4043); trackers print the same as `TBC` or `To be confirmed` (made up
here: no stored page prints a bare `TBC` as a timeline, searched again, corpus `pages`, 6 December 2026). No day is
named: the phrase stays `unresolved`, dates empty, as before. Before, the report said only that it "could not be
read", as of words not understood; now the reading names what the words say (`date_to_be_confirmed`) and the
`unresolved_timeline` warning says it, as it does of a status printed in a time's place (`In hand`). Work still to be
agreed (`Policy to be agreed`) is no date: said nothing of.
"""

import datetime as dt

import pytest

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from tests.normalise.timeline_messages import timeline_messages

FY = FiscalCalendar()
REFERENCE = dt.date(2024, 6, 1)
WEST_OXFORDSHIRE = ("on a date to be agreed by the Director of Governance, in consultation with the Chair of the "
                    "Overview and Scrutiny Committee")


@pytest.mark.parametrize("phrase", [WEST_OXFORDSHIRE, "TBC", "tbc", "To be confirmed", "Date TBC", "Dates to be agreed"])
def test_a_date_still_to_be_fixed_is_undated_and_said_so(phrase):
    reading = read_timeline(phrase, FY, REFERENCE)
    assert (reading.kind, reading.start_date, reading.end_date, reading.assumptions) == (
        "unresolved", None, None, ("date_to_be_confirmed",))
    assert timeline_messages(phrase, REFERENCE) == [(
        "unresolved_timeline", f"timeline '{phrase}' could not be read (the plan says the date is still to be "
        "confirmed or agreed); dates left empty")]


@pytest.mark.parametrize("phrase, assumptions", [
    ("Policy to be agreed", ()),  # work to do, not a date
    ("In hand", ("status_not_time",)),  # a status, as before
])
def test_other_words_are_not_taken_for_a_date_to_be_confirmed(phrase, assumptions):
    assert read_timeline(phrase, FY, REFERENCE).assumptions == assumptions


def test_a_date_printed_beside_tbc_is_read():
    reading = read_timeline("TBC - by March 2025", FY, REFERENCE)
    assert (reading.kind, reading.end_date) == ("deadline", dt.date(2025, 3, 31))
