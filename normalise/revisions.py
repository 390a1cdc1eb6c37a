"""A revised timeline printed beside the one it revises (`BY WHEN` / `REVISED TIMETABLE`: `September 2002` /
`April 2003`).

A progress report often keeps a plan's table and adds a column for how its dates moved (Waverley's 2003 improvement
plan progress reports), headed by the `revised` role of the profile's headings (`Revised timetable`, `Revised date`,
`New target date`). Such a column says when the action is due now, so its date is the action's deadline and the
timeline column's the one it replaced: kept as an `action_timelines` row of kind `superseded` (assumption
`superseded_by_printed_revision`), never the due date, as "31 March 2025 extended from 31 March 2024" keeps the
date it was moved from. A revision that reads done (`Done`) moves no date: the timeline column's date stays the one
the action was due by, and the action is done (normalise/done.py). What each kind of revision does is REVISIONS, a
rule table; each row a revision gives carries the assumption `printed_revision`, so a reader of `action_timelines`
can tell it from the date first printed. A revision that names no time (unresolved: `TBC`) replaces nothing and is
reported as any phrase is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from council_actions.normalise.records import Timeline

PRINTED_REVISION = "printed_revision"  # the assumption of every row a revised timeline column gives
SUPERSEDED_BY_REVISION = "superseded_by_printed_revision"  # the assumption of a row a revision replaced
NOT_REPLACED = frozenset({"update", "superseded"})  # an update note, or a date already moved from, is no current date

Revision = Callable[[Timeline], Timeline]


def _superseded(original: Timeline) -> Timeline:
    """The timeline column's row once a revision gives a new date: the date the action was first due, kept, no
    longer the one it is due by."""
    reading = original.reading
    return replace(original, reading=reading._replace(
        kind="superseded", assumptions=(*reading.assumptions, SUPERSEDED_BY_REVISION)))


def _kept(original: Timeline) -> Timeline:
    """The timeline column's row as read: the revision moves no date."""
    return original


# What a revision of each kind does to the rows of the timeline column: a new time (a date, a period, `Ongoing`, a
# condition, a cadence) replaces them; `Done` leaves them the date the action was due by. A kind not listed (an
# unresolved phrase, an update note, a date named as moved from) changes nothing.
REVISIONS: dict[str, Revision] = {
    "deadline": _superseded,
    "period": _superseded,
    "ongoing": _superseded,
    "conditional": _superseded,
    "recurring": _superseded,
    "complete": _kept,
}


def revised(timelines: list[Timeline], revisions: list[Timeline]) -> list[Timeline]:
    """The action's timelines once its revised timeline column is read: each revision's row after them, marked
    `printed_revision`, and the timeline column's rows as the revisions make them (REVISIONS: superseded where any
    revision gives a new time)."""
    if not revisions:
        return timelines
    rules = {REVISIONS.get(r.reading.kind, _kept) for r in revisions}
    rule = _superseded if _superseded in rules else _kept
    return [t if t.reading.kind in NOT_REPLACED else rule(t) for t in timelines] + [
        replace(r, reading=r.reading._replace(assumptions=(*r.reading.assumptions, PRINTED_REVISION)))
        for r in revisions]


def done_by_revision(timelines: list[Timeline] | tuple[Timeline, ...]) -> frozenset[str]:
    """The ids of the actions whose revised timeline column reads done (`Done`), whatever date the timeline column
    printed: the revision is how the action stands now."""
    return frozenset(t.action_id for t in timelines if t.reading.kind == "complete"
                     and PRINTED_REVISION in t.reading.assumptions)
