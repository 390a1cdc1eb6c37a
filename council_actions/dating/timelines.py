"""One timeline phrase to a dated interval with its kind and every assumption named.

The kind comes from the first matching row of `kinds.KIND_RULES`, and a recurring
one's cadence and months from `cadence.CADENCE_RULES`; the dates from the
period expressions (`periods.PERIOD_RULES`). Periods joined by `-`, `to`,
`and` or a comma form one range; otherwise the first period governs and the
reading says so. A timeline naming its action's start ("ongoing from May 2016",
"From 1 February 2024 until conclusion", "Phase 2 provisional start date July
2005") starts there and has no end: X is when it begins, not when it is due
(assumption `open_ended_from_start`), unless it names a later end it runs to ("to
commence 06/25, testing through to September 2025": a range, due at the end's
end); so does an ongoing one whose last period is followed by nothing but an open
end's words ("2028 onwards", "year 2 - ongoing"): start_ends.py.
A phrase with no period and no kind word is `unresolved`: its dates stay null
and it is reported, never filled from the wall clock (a status printed in its
place, "In hand", or a date still to be confirmed, "TBC", is named so: NOT_A_TIME).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from council_actions.dating.cadence import MONTHS_ALONE, Recurrence, read_recurrence
from council_actions.dating.day_dates import parse_full_date
from council_actions.dating.is_a_time import (
    RELATIVE_RULES,
    TIMED_KINDS,
    UNPLACED_GATE,
    is_timeline,
    normalised,
    set_aside,
)
from council_actions.dating.kinds import (
    DONE,
    FIGURE_ALONE,
    MONTH_UNPLACED,
    POINTER,
    STATUS_ALONE,
    TO_BE_CONFIRMED,
    kind_of,
)
from council_actions.dating.period_search import FoundPeriod, find_periods, unread_time_words
from council_actions.dating.period_types import Context, Precision, TimelineKind, TimelineReading
from council_actions.dating.printed import printed_offset, unread_words
from council_actions.dating.start_ends import OPEN_ON, runs_to, starts_at
from council_actions.fiscal import FiscalCalendar, PlanYears
from council_actions.period_words import SPAN_WORDS

COUNTED_FROM = re.compile(r"\b(?:of|from|after)\W*$")
# "during 2026", "in the Summer / Autumn of 2025", "during w/c 2nd April 2018" (the week commencing a day is that
# day, docs/assumptions.md): a period, not a deadline
PERIOD_WORDS = re.compile(rf"\b(?:{'|'.join(SPAN_WORDS)})(?:\s+the)?(?:\s+(?:w/c|week commencing))?\s*$")
# After an allocation cell's owners a condition is the timeline too ("CEX, when advised by Oflog": the
# conditional kind), since nothing but a time follows the owners there (`ends_owners`).
ALLOCATION_KINDS = TIMED_KINDS | {"conditional"}
JOINED = re.compile(r"^\s*(?:-|to|and|,|&|/)\s*$")
# start, end, precision, fiscal year, assumptions: a TimelineReading's dates without its kind and condition
Interval = tuple[dt.date | None, dt.date | None, Precision, str | None, tuple[str, ...]]
UNRESOLVED = TimelineReading("unresolved", None, None, None, None, None, ())
# What a phrase with no kind word and no period says in place of a time, and its reading, naming why it has no
# dates (normalise/reported.UNDATED_RULES words the report): a status (`In hand`), a date still to be fixed (`TBC`),
# a pointer to another paper (`See report to ...`), a figure alone (`24`), a month with no year (`in July`)
NOT_A_TIME = tuple((pattern, TimelineReading("unresolved", None, None, None, None, None, (note,)))
                   for pattern, note in ((STATUS_ALONE, "status_not_time"), (TO_BE_CONFIRMED, "date_to_be_confirmed"),
                                         (POINTER, "pointer_not_time"), (FIGURE_ALONE, "figure_not_time"),
                                         (MONTH_UNPLACED, "month_without_year_unplaced")))
NO_RECURRENCE = Recurrence(None, (), None, ())


@lru_cache(maxsize=65536)
def read_timeline(phrase: str, calendar: FiscalCalendar, reference: dt.date | None,
                  plan: PlanYears | None = None) -> TimelineReading:
    """The phrase's kind by its words, the periods it prints, and from them its dates (`_dated`), or why it has
    none. `plan`: the financial years of the period the plan states as its own, which its `Year 1` counts.

    Memoised: a pure function of its arguments, and plans repeat their phrases (`cache_clear` to measure cold); at
    most 65536 readings, some 0.7 KB each as measured for commit 1655f79 (a long-lived process holds about 45 MB of
    them once full)."""
    text = normalised(phrase)
    kind, kind_at = _kind_of(text)
    periods, unplaced, recurs = _periods_of(text, kind, Context(calendar, reference, parse_full_date, plan))
    condition = _condition(phrase, kind, kind_at)
    if periods:
        return _done_before(text[:periods[0].start], _dated(phrase, text, kind, periods, condition, recurs, calendar),
                            reference)
    if kind is None:
        return _unread(text, unplaced)
    # a kind word and no period (`Ongoing`, `When advised`): no dates
    return TimelineReading(kind, None, None, recurs.precision, None, condition, (*unplaced, *recurs.assumptions),
                           recurs.cadence, recurs.months)


def _kind_of(text: str) -> tuple[TimelineKind | None, re.Match[str] | None]:
    """The phrase's kind word and where it is (`kinds.kind_of`); a phrase of months alone (`May and November`)
    recurs in them."""
    kind, kind_at = kind_of(text)
    return ("recurring" if kind is None and MONTHS_ALONE.match(text) else kind), kind_at


def _periods_of(text: str, kind: TimelineKind | None,
                ctx: Context) -> tuple[list[FoundPeriod], tuple[str, ...], Recurrence]:
    """The periods the phrase prints that can be placed, the UNPLACED assumptions of those that cannot, and a
    recurring phrase's recurrence (the times of year with no year taken out of its periods)."""
    periods = find_periods(text, ctx)
    unplaced: tuple[str, ...] = ()
    if UNPLACED_GATE in text:
        periods, unplaced = set_aside(periods)
    periods = _printed_over_relative(text, periods)
    if kind != "recurring":
        return periods, unplaced, NO_RECURRENCE
    periods, recurs = read_recurrence(text, periods, ctx.calendar)
    return periods, unplaced, recurs


def _condition(phrase: str, kind: TimelineKind | None, kind_at: re.Match[str] | None) -> str | None:
    """A conditional phrase's condition as printed, from its kind word on (`when advised by Oflog`)."""
    if kind != "conditional" or kind_at is None:
        return None
    return _unbracketed(phrase[printed_offset(phrase, kind_at.start()):].strip(" .,;"))


def _dated(phrase: str, text: str, kind: TimelineKind | None, periods: list[FoundPeriod], condition: str | None,
           recurs: Recurrence, calendar: FiscalCalendar) -> TimelineReading:
    """A phrase's dates from its periods (`_interval`): a range to the end it names where it starts at its first
    (`start_ends`), open-ended where it starts there and names none; with no kind word, a deadline, a period
    (`during 2026`) or, starting with no end, ongoing."""
    before = text[:periods[0].start]
    starts = starts_at(kind, before)
    ends = runs_to(text, periods) if starts else None
    if kind is None:
        kind = "ongoing" if starts and ends is None \
            else "period" if periods[0].start and PERIOD_WORDS.search(before) else "deadline"
    start, end, precision, fiscal_year, assumptions = _interval(text, periods, calendar)
    words = unread_words(phrase, unread_time_words(text, periods, kind))
    unread = ("period_words_not_read",) if words else ()
    if ends is not None and start is not None:
        return TimelineReading(kind, start, ends[0], "range", calendar.label_for(start, ends[0]), condition,
                               (*ends[1], *unread, *recurs.assumptions), recurs.cadence, recurs.months, words)
    assumptions += unread + recurs.assumptions
    if starts or (kind == "ongoing" and OPEN_ON.fullmatch(text, periods[-1].end)):
        return TimelineReading(kind, start, None, precision, None, condition, (*assumptions, "open_ended_from_start"),
                               recurs.cadence, recurs.months, words)
    return TimelineReading(kind, start, end, precision, fiscal_year, condition, assumptions, recurs.cadence,
                           recurs.months, words)


def _done_before(before: str, reading: TimelineReading, reference: dt.date | None) -> TimelineReading:
    """A deadline or period whose words before it say the work was done then (kinds.DONE: `Benefits backlog
    cleared July 2004`) and which ends before the plan's date (`reference`): done, kind `complete` with the dates it
    was done, assumption `done_before_document_date`; a period not yet past is the target it reads as."""
    if reading.kind not in ("deadline", "period") or reference is None or reading.end_date is None \
            or reading.end_date >= reference or not DONE.search(before):
        return reading
    return reading._replace(kind="complete", assumptions=(*reading.assumptions, "done_before_document_date"))


def _unbracketed(condition: str) -> str:
    """A condition without the bracket closing the aside it was printed in ("... 27 May 2025 (with possible reset
    of timeline if agreed at sponsor level).": `if agreed at sponsor level`, not `... level)`)."""
    if condition.endswith(")") and condition.count(")") > condition.count("("):
        return condition[:-1].rstrip(" .,;")
    return condition


def _unread(text: str, unplaced: tuple[str, ...]) -> TimelineReading:
    """A phrase with no kind word and no period: unresolved, naming a period it could not place (UNPLACED) or what
    it says in place of a time (NOT_A_TIME: a status, `In hand`; a date to be confirmed, `TBC`)."""
    said = next((reading for pattern, reading in NOT_A_TIME if pattern.fullmatch(text)), None)
    if said is not None:
        return said
    return TimelineReading("unresolved", None, None, None, None, None, unplaced) if unplaced else UNRESOLVED


def _printed_over_relative(text: str, periods: list[FoundPeriod]) -> list[FoundPeriod]:
    """`Immediate (by 31 March 2025)`, `Up to six months (by March 2025)`: a period counted from the plan's date
    gives way to a dated one printed after it (its reading names that with `printed_date_over_relative`), unless
    the date is what it counts from ("within 3 months of April 2025"; from a day, `periods.span_from_date` reads it)."""
    if len(periods) < 2 or periods[0].rule not in RELATIVE_RULES:
        return periods
    printed = [p for p in periods if p.rule not in RELATIVE_RULES and p.period.start is not None]
    if not printed or COUNTED_FROM.search(text[:printed[0].start]):
        return periods
    first = printed[0]
    return [first._replace(period=first.period._replace(
        assumptions=(*first.period.assumptions, "printed_date_over_relative"))), *printed[1:]]


def _interval(text: str, periods: list[FoundPeriod], calendar: FiscalCalendar) -> Interval:
    """The first period, extended over periods joined to it; later unjoined periods are context."""
    if len(periods) == 1:
        only = periods[0].period
        return only.start, only.end, only.precision, only.fiscal_year, _unique(only.assumptions)
    chain = [periods[0]]
    for found in periods[1:]:
        if JOINED.match(text[chain[-1].end:found.start]) and chain[0].period.runs_on_to(found.period):
            chain.append(found)
        else:
            break
    first, last = chain[0].period, chain[-1].period
    assumptions = tuple(dict.fromkeys(a for f in chain for a in f.period.assumptions))
    if len(periods) > len(chain):
        assumptions += ("first_period_of_several",)
    if len(chain) == 1:
        return first.start, first.end, first.precision, first.fiscal_year, assumptions
    start, end = first.start, last.end
    fiscal_year = calendar.label_for(start, end) if start and end else None
    return start, end, "range", fiscal_year, assumptions


def _unique(assumptions: tuple[str, ...]) -> tuple[str, ...]:
    """Each assumption once, in order (a range of two two-digit years names `two_digit_year` twice)."""
    return assumptions if len(assumptions) < 2 else tuple(dict.fromkeys(assumptions))


def ends_owners(phrase: str) -> bool:
    """Whether a piece of an allocation cell is where its owners end and its timeline begins (`CHoHROD, Q3-Q4
    24/25`, `CEX, when advised by Oflog.`): a timeline as `is_timeline` reads one, a condition included
    (ALLOCATION_KINDS)."""
    return is_timeline(phrase, ALLOCATION_KINDS)
