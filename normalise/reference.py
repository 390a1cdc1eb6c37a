"""Which date a document's relative timelines are read against, and where that date came from.

"Up to six months", "by Q4", "End May" mean nothing without a date to count from. REFERENCE_SOURCES is the order
of the dates that can serve, the first one present wins:

1. `given`: the date the user gave (`--reference-date`, `reference_date=`): a statement about this run, it wins;
2. `printed`: the date the plan prints as its own in its opening lines (parsers/plan_date.py): the plan's
   relative timelines were written from it, so it comes before the revision's date;
3. `revision_label`: the date a revision labelled `2024-06` starts with: a date for the whole batch, not this
   document, so it gives way to the plan's own.

None of them: no reference, and relative timelines stay undated with a `timeline_needs_reference` warning.
The source is written beside the date (`documents.reference_from`), and a printed date with its line and page
whichever date was used, so an auditor can check every relative due date against the line it counts from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from council_actions.normalise.records import ReferenceDates, ReferenceFrom
from council_actions.parsers.records import PrintedDate


class Reference(NamedTuple):
    """The date relative timelines are read against and the source of REFERENCE_SOURCES it came from."""

    day: dt.date | None
    source: ReferenceFrom | None


Offered = Callable[[ReferenceDates, PrintedDate | None], dt.date | None]
REFERENCE_SOURCES: tuple[tuple[ReferenceFrom, Offered], ...] = (
    ("given", lambda dates, printed: dates.given),
    ("printed", lambda dates, printed: printed.day if printed else None),
    ("revision_label", lambda dates, printed: dates.revision_label),
)


def choose_reference(offered: ReferenceDates | None, printed: PrintedDate | None) -> Reference:
    """The first source of REFERENCE_SOURCES that offers a date, from the caller's dates (none: `None`) and the
    plan's printed one."""
    dates = offered or ReferenceDates()
    for source, offers in REFERENCE_SOURCES:
        day = offers(dates, printed)
        if day is not None:
            return Reference(dt.date(day.year, day.month, day.day), source)  # a datetime given is its day
    return Reference(None, None)

