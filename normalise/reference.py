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

A revision label's date is the batch's, not the plan's: a timeline dated from it (`Quarter 2` in a plan printing
no date of its own and no year) says so on its own row, assumption `reference_from_revision_label`, and in a
`timeline_from_revision_label` warning: a reader of `action_timelines` alone would otherwise take
`quarter_from_document_year` for a year the document printed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import NamedTuple

from council_actions.normalise.records import ReferenceDates, ReferenceFrom, Timeline
from council_actions.normalise.reported import from_revision_label as said
from council_actions.parsers.records import PrintedDate

from council_actions.issues import Issue

# An assumption naming the plan's date as what a reading counted from (`quarter_from_document_year`,
# `month_from_document_year`, `relative_to_document_date`, `start_after_document_date`,
# `academic_year_from_document_date`, ...): every period rule that dates a phrase from the reference date names it
# so (council_actions/dating/relative_periods.py and its kin), and without a reference date none of them is given.
FROM_REFERENCE = re.compile(r".*document_(?:date|year)")
# What such a reading adds where the reference date was the revision label's: the year (or day) it was dated from is
# the batch's label, not one the document prints.
FROM_LABEL = "reference_from_revision_label"


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



def dated_from_reference(timeline: Timeline) -> bool:
    """Whether a timeline's reading took its dates from the reference date (an assumption FROM_REFERENCE matches)."""
    return any(FROM_REFERENCE.fullmatch(code) for code in timeline.reading.assumptions)


def from_revision_label(timelines: list[Timeline], issues: list[Issue], reference: dt.date | None,
                        source: ReferenceFrom | None, elements: Mapping[str, str | None]
                        ) -> tuple[list[Timeline], list[Issue]]:
    """The timelines and issues, where the reference date was the revision label's (`source`: the plan printed no
    date and none was given), each timeline dated from it naming FROM_LABEL too and warned of
    (`timeline_from_revision_label`, under its action's element in `elements`): its year is the batch's guess."""
    if source != "revision_label" or reference is None:
        return timelines, issues
    labelled = [replace(t, reading=t.reading._replace(assumptions=(*t.reading.assumptions, FROM_LABEL)))
                if dated_from_reference(t) else t for t in timelines]
    return labelled, issues + [said(t, reference, elements.get(t.action_id)) for t in labelled
                               if FROM_LABEL in t.reading.assumptions]
