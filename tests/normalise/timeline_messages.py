"""The issues a timeline's reading reports, as (code, message): what the tests of a timeline's wording compare
(test_new_year_turn.py, test_new_year_and_season_parts.py and others), written once so that all read the same way."""

from council_actions.ingest.model import Span
from council_actions.normalise.reported import timeline_issues

from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar

FY = FiscalCalendar()


def timeline_messages(phrase, reference):
    """The phrase read as a cell of its own on line 1, in the UK financial year, against `reference` (or none)."""
    reading = read_timeline(phrase, FY, reference)
    return [(i.code, i.message) for i in timeline_issues(phrase, reading, Span(None, 1, 1, 0, len(phrase)), None)]
