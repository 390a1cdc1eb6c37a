"""An action's start printed apart from its timeline (`Start date: August 2023` / `End date: September 2023`).

A timeline row is a period from its start to its end (`start_date` is the first day of the period meant,
`end_date` the due date: README's timelines section, output/schema.py). Where a plan prints the start in a column
or label of its own (the `start` role of the profile's headings: `Start date`, `Start by`, `Commencement`), the start is
that period's first day, so it goes into the `start_date` of the timeline row it starts, not into a row of its
own: a row of its own would need a kind the closed list (TimelineKind) does not have, and a BI tool drawing the action's
bar would have to pair two rows. The row keeps the end's `timeline_raw` as printed and its span, which points at
those words as every timeline row's does; its assumption `start_from_printed_start` (or `open_ended_from_start`)
says the start came from elsewhere in the action's row, whose span holds it. Which timelines a start can start,
and what it makes of them, is STARTED (a rule table); a start that dates none of them is reported, never dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from council_actions.normalise.records import Timeline
from council_actions.normalise.reported import timeline_issues
from council_actions.parsers.records import Action, PrintedPeriod

from council_actions.dating.period_types import TimelineReading
from council_actions.dating.timelines import read_timeline
from council_actions.fiscal import FiscalCalendar
from council_actions.issues import Issue, warning

Started = Callable[[TimelineReading, TimelineReading, FiscalCalendar], TimelineReading | None]


def _to_end(end: TimelineReading, start: TimelineReading, calendar: FiscalCalendar) -> TimelineReading | None:
    """Due at a time (`September 2023`) from a start (`August 2023`): one period from the start's first day to the
    end's last, a range where they differ (`start_from_printed_start`); None where the start falls after the end."""
    if start.start_date is None or end.end_date is None or start.start_date > end.end_date:
        return None
    if start.start_date == end.start_date:
        return end._replace(assumptions=(*end.assumptions, "start_from_printed_start"))
    return end._replace(start_date=start.start_date, precision="range",
                   fiscal_year=calendar.label_for(start.start_date, end.end_date),
                   assumptions=tuple(dict.fromkeys((*start.assumptions, *end.assumptions, "start_from_printed_start"))),
                   unread=_both_unread(start, end))


def _ongoing_from(end: TimelineReading, start: TimelineReading, calendar: FiscalCalendar) -> TimelineReading | None:
    """`Ongoing` from a printed start (`July 2023`): ongoing from the start's first day with no end, as "ongoing
    from July 2023" reads (`open_ended_from_start`); an ongoing phrase naming its own start keeps it (None)."""
    if end.start_date is not None or start.start_date is None:
        return None
    return end._replace(start_date=start.start_date, end_date=None, precision=start.precision, fiscal_year=None,
                   assumptions=tuple(dict.fromkeys((*start.assumptions, *end.assumptions, "open_ended_from_start"))),
                   unread=_both_unread(start, end))


def _both_unread(start: TimelineReading, end: TimelineReading) -> tuple[str, ...]:
    """The words neither reading took in (TimelineReading.unread), as their assumptions are joined: a start's
    `period_words_not_read` comes with the words it stands for."""
    return tuple(dict.fromkeys((*start.unread, *end.unread)))


# What a printed start makes of a timeline of each kind; a kind not listed (complete, conditional, recurring, an
# update, a superseded date, an unresolved phrase) has no start to take, and a start that starts no timeline is
# reported (`start_unused`).
STARTED: dict[str, Started] = {
    "deadline": _to_end,
    "period": _to_end,
    "ongoing": _ongoing_from,
}


def with_start(action: Action, timelines: list[Timeline], calendar: FiscalCalendar, reference: dt.date | None,
               plan: PrintedPeriod | None) -> tuple[list[Timeline], list[Issue]]:
    """The action's timelines with its printed start (Action.start_raw) given to the first one it can start
    (STARTED), that row keeping its own span; with no timeline at all, the start alone is a row of its own, ongoing
    from it (as "start date July 2005" reads). The start's own reading is reported as any phrase's is
    (`timeline_issues`), and a dated start no timeline takes is reported `start_unused`."""
    raw = (action.start_raw or "").strip()
    if not raw:
        return timelines, []
    span = (action.start_at.span(0, len(action.start_raw or "")) if action.start_at else None) or action.start_span \
        or action.span
    reading = read_timeline(raw, calendar, reference, plan.years if plan else None)
    issues = timeline_issues(raw, reading, span, action.element_id, plan)
    if reading.start_date is None:
        return timelines, issues
    if not timelines:
        alone = _ongoing_from(TimelineReading("ongoing", None, None, None, None, None, ()), reading, calendar)
        return [Timeline(action.action_id, 1, raw, alone or reading, span)], issues
    for index, timeline in enumerate(timelines):
        rule = STARTED.get(timeline.reading.kind)
        started = rule(timeline.reading, reading, calendar) if rule else None
        if started is not None:
            return [*timelines[:index], replace(timeline, reading=started), *timelines[index + 1:]], issues
    return timelines, [*issues, warning(
        "start_unused", "normalise", f"start '{raw}' starts none of the action's timelines (none is due at or after "
        "it, nor ongoing with no start of its own); kept here, no row's start_date", raw, span, action.element_id,
        "timeline")]
