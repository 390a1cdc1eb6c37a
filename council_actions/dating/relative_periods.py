"""Period expressions read against the plan itself: its date (the reference date) or the years it states.

"Up to six months", "6 months" alone, "6 months in", "Immediately" mean a period only counted from the plan's date
("Short term" alone, one of no length, found but never dated); "by Q4", "Q3 (Oct-Dec)", "End May" and "End of
financial year" one in the plan's own financial year, the one year its title states (`Delivery Plan
2024-2025`) or else that of its date (YEAR_SOURCES); "Year 1" and "years 1-2" only counted from the period the plan
states as its own ("Strategy 2022 to 2025": parsers/plan_date.py). Each reader names what it assumed; without the
date or the period it names what it lacked (the `*_without_reference` assumptions the normaliser reports, and
`plan_year_without_period`), so the phrase stays as printed and is reported. The rule table that uses them is
`periods.PERIOD_RULES`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from council_actions.dating.period_types import Context, Period, Precision
from council_actions.fiscal import add_months, month_bounds
from council_actions.period_words import COUNT, DAYS, FROM_EVENT, MONTHS, count

# A year of the plan (`year 2`, `years 1-2`) where the plan states no period: found, so not read as anything else,
# but with no dates; `timelines.read_timeline` sets it aside (UNPLACED) and names it where nothing else dates it.
NO_PLAN_PERIOD = Period(None, None, "fiscal_year", None, ("plan_year_without_period",))
# A short, medium or long term: found, so the phrase is a timeline and not unread words, but never dated.
NO_TERM_LENGTH = Period(None, None, "range", None, ("term_without_length",))
# A span of days or hours counted from no event the phrase names (`within 28 days`): found, never dated.
NO_DAY_EVENT = Period(None, None, "range", None, ("days_from_unnamed_event",))


class YearSource(NamedTuple):
    """Where a quarter, month or year end printed with no year (`Quarter 2`, `End May`, `End of financial year`)
    takes its financial year from: `year` gives it from the reading's context, or None where this source says
    nothing; `name` ends the assumption a quarter or month names (`quarter_from_plan_period`,
    `month_from_document_year`), `year_end` is the one a year end names."""

    name: str
    year: Callable[[Context], int | None]
    year_end: str


def one_year_of_plan(ctx: Context) -> int | None:
    """The financial year a plan states as its whole period (`Year Ahead Delivery Plan 2024-2025`, `Action plan
    2024/25`); a period of several years says nothing of which year a bare quarter falls in."""
    return ctx.plan.first if ctx.plan is not None and ctx.plan.length == 1 else None


def _year_of_reference(ctx: Context) -> int | None:
    return ctx.calendar.year_of(ctx.reference) if ctx.reference is not None else None


# First source that gives a year wins: the one financial year the plan states as its own is the document's own
# year (a quarter with no year is in the financial year of the document's own date, from the
# document, else the revision's), so it comes before the reference date a user gives. A plan stating several years
# leaves the reference date to decide, and with neither the phrase waits for one (reported).
# A year end dated from the reference date keeps the name it had before the plan's period was a source.
YEAR_SOURCES: tuple[YearSource, ...] = (
    YearSource("plan_period", one_year_of_plan, "fiscal_year_from_plan_period"),
    YearSource("document_year", _year_of_reference, "fiscal_year_from_document_date"),
)


def own_year(ctx: Context) -> tuple[int, YearSource] | None:
    """The plan's own financial year and the source that gave it (YEAR_SOURCES: the first that gives one), or None."""
    return next(((year, source) for source in YEAR_SOURCES if (year := source.year(ctx)) is not None), None)


def quarter_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`by Q4`, `Quarter 2`: the quarter of the plan's own financial year (YEAR_SOURCES); `Q1-Q4` those quarters, from
    the first's start to the last's end, and `Q4-Q1`, a last before the first, runs on into the next financial year
    (`quarter_range_across_year_end`)."""
    return _own_quarters(int(m["q1"]), int(m["q2"] or m["q1"]), ctx)


def quarter_glossed_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`Q3 (Oct-Dec)`, `Quarter 3 (October to December)`: a quarter with no year glossed by its months, which confirm
    it where they are that quarter of the financial year, as a gloss with its year does (`Q2 2025/26 (Jul-Sep
    2025)`): the quarter of the plan's own year, as `Q3` alone is, with nothing left unread (the gloss was named
    unread, a needless warning). A gloss the quarter does not have (`Q3 (Jan-Mar)`) confirms nothing: the rule
    finds nothing, so `Q3` is read alone and the months are named unread (`timeline_part_unread`), never dropped."""
    quarter = int(m["q1"])
    start, end = ctx.calendar.quarter_bounds(2000, quarter)  # any year: the quarter's months are the same in each
    if (MONTHS[m["month"][:3]], MONTHS[m["last_month"][:3]]) != (start.month, end.month):
        return None
    return _own_quarters(quarter, quarter, ctx)


def _own_quarters(first: int, last: int, ctx: Context) -> Period:
    """Quarters `first` to `last` of the plan's own financial year (YEAR_SOURCES), or none dated without it."""
    precision: Precision = "quarter" if first == last else "range"
    own = own_year(ctx)
    if own is None:
        return Period(None, None, precision, None, ("quarter_without_year_no_reference",))
    year, source = own
    start, end = ctx.calendar.quarter_bounds(year, first, last)
    return Period(start, end, precision, ctx.calendar.label_for(start, end),
                  (f"quarter_from_{source.name}", *across_year_end(first, last)))


def across_year_end(first: int, last: int) -> tuple[str, ...]:
    """The assumption a span of quarters ending before it starts makes (`Q4-Q1`, with its year or without): that it
    runs on into the next year, as FiscalCalendar.quarter_bounds dates it, not that it is two periods."""
    return ("quarter_range_across_year_end",) if last < first else ()


def month_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`End May` in a plan dated June 2002: the month in the plan's own financial year (YEAR_SOURCES)."""
    own = own_year(ctx)
    if own is None:
        return Period(None, None, "month", None, ("month_without_year_no_reference",))
    fy, source = own
    month = MONTHS[m["month"][:3]]
    start, end = month_bounds(fy if month >= ctx.calendar.start_month else fy + 1, month)
    return Period(start, end, "month", ctx.calendar.label(fy), (f"month_from_{source.name}",))


def days_no_year(first: tuple[int, int], last: tuple[int, int], ctx: Context, notes: tuple[str, ...]) -> Period | None:
    """`12th - 15th March`, `21st May to 9th July` (Holwell's neighbourhood plan timeline), each (month, day): the
    first day in the plan's own financial year (YEAR_SOURCES), as `End May` is, and the last the first such day on or
    after it; `notes` are the reading's own (`days_joined_as_range`). A day that does not exist is no reading."""
    own = own_year(ctx)
    if own is None:
        return Period(None, None, "range", None, ("month_without_year_no_reference", *notes))
    fy, source = own
    try:
        start = dt.date(fy + (first[0] < ctx.calendar.start_month), *first)
        end = dt.date(start.year + (last < first), *last)
    except ValueError:
        return None
    return Period(start, end, "range", ctx.calendar.label_for(start, end), (f"month_from_{source.name}", *notes))


def span_from_date(m: re.Match[str], ctx: Context) -> Period | None:
    """`within 3 months of 1 April 2025`, `within six weeks of 1st April 2025`: from the day printed, so much later,
    due then (`counted_from_printed_date`); counted from the plan's date instead, the span was a wrong date with the
    day printed a second period. A day that does not exist is no reading. From a month (`within six months of
    March 2025`), from its first day to so much after its last, the latest the words allow, as `by March 2025` is
    due at the month's end (`counted_from_printed_month`)."""
    if m["day"] is None:
        start, last = month_bounds(int(m["year"]), MONTHS[m["month"][:3]])
        return _span_after(start, last + dt.timedelta(days=1), m, ctx, "counted_from_printed_month")
    try:
        start = dt.date(int(m["year"]), MONTHS[m["month"][:3]], int(m["day"]))
    except ValueError:
        return None
    return _span_after(start, start, m, ctx, "counted_from_printed_date")


def _span_after(start: dt.date, counted: dt.date, m: re.Match[str], ctx: Context, note: str) -> Period:
    """From `start` to the day before the span is over, counted from `counted`."""
    if m["unit"].startswith("week"):
        end = counted + dt.timedelta(weeks=count(m["n"]), days=-1)
    else:
        end = _months_on(counted, _months(m)) - dt.timedelta(days=1)
    return Period(start, end, "range", ctx.calendar.label_for(start, end), (note,))


def relative_span(m: re.Match[str], ctx: Context) -> Period | None:
    """`Up to six months`, `within 12 months`: from the document's date, so much later."""
    return _span_from_reference(m, ctx, ())


def span_alone(m: re.Match[str], ctx: Context) -> Period | None:
    """`6 months`, `18 months`, `2 years` printed alone as the timeline: how long, not from when. The plan's date
    (the reference date: given, else printed, else the revision label's) is the one anchor the page gives, so it is
    read as `within 6 months` is, and says so (`span_alone_as_within`); without that date it has no dates and
    waits for one (reported), never dated from the day it is read."""
    return _span_from_reference(m, ctx, ("span_alone_as_within",))


def _span_from_reference(m: re.Match[str], ctx: Context, notes: tuple[str, ...]) -> Period:
    """From the reference date to the day before the same day so many months on, due then; `notes` are the
    reading's own assumptions, kept whether or not it could be dated."""
    if ctx.reference is None:
        return Period(None, None, "range", None, ("relative_span_without_reference", *notes))
    end = _months_on(ctx.reference, _months(m)) - dt.timedelta(days=1)
    return Period(ctx.reference, end, "range", ctx.calendar.label_for(ctx.reference, end),
                  ("relative_to_document_date", *notes))


def term_without_length(m: re.Match[str], ctx: Context) -> Period | None:
    """`Short term`, `Medium-term`, `Long term`, `Medium to long term` printed alone as the timeline: a horizon whose
    length the plan does not give (councils use them for anything from months to a decade: a key defining them,
    `Short term (0-6 months)`, is read by `relative_window`), so no date, with or without the plan's date: found,
    kind `deadline`, and named (`term_without_length`), which reports it as not read rather than inventing an end."""
    return NO_TERM_LENGTH


def span_of_days(m: re.Match[str], ctx: Context) -> Period | None:
    """`within 28 days`, `Within 10 working days` (Sefton's early help timescales, each counted from the family's own
    referral or assessment): a span so short is a response time, counted from an event of each case that the phrase
    does not name, not from the plan's date as `within 6 months` is; so no date, with or without the plan's date:
    found, kind `deadline`, and named (`days_from_unnamed_event`), which reports it as not read. One counted from an
    event it names (`within 14 days of the council meeting`) is conditional on it (kinds.KIND_RULES)."""
    return NO_DAY_EVENT


# name, pattern, reader, gate: a row of periods.PERIOD_RULES, in its order. A span of days or hours with no event
# named (`within 28 days`, `Within 10 working days`): found, never dated; one counting from an event it names is
# conditional (kinds.KIND_RULES), and no period
DAY_SPAN_ROWS: tuple[tuple[str, str, Callable[[re.Match[str], Context], Period | None], tuple[str, ...]], ...] = (
    ("span_of_days", r"(?:\b(?:within|up to|no later than)\s+|^\W*)" + COUNT + r"\s+" + DAYS + r"\b(?!" + FROM_EVENT
     + ")", span_of_days, ("day", "hour")),
)


def relative_window(m: re.Match[str], ctx: Context) -> Period | None:
    """`3-6 months`, `Short term (0-6 months)`, `12 months to 2 years post-adoption`: a window counted from the
    plan's date, due by its far end."""
    if ctx.reference is None:
        return Period(None, None, "range", None, ("relative_span_without_reference",))
    near = count(m["m"]) * (12 if (m["near_unit"] or m["unit"]).startswith("year") else 1)
    start = _months_on(ctx.reference, near)
    end = _months_on(ctx.reference, _months(m)) - dt.timedelta(days=1)
    if end < start:
        return None
    return Period(start, end, "range", ctx.calendar.label_for(start, end), ("relative_to_document_date",))


def start_after_adoption(m: re.Match[str], ctx: Context) -> Period | None:
    """`6 months in`, `Upon adoption` (a strategy's timeline counted from its adoption, the plan's date): when the
    actions under it start; they run on from there, so the day is a start with no end, never a due date."""
    if ctx.reference is None:
        return Period(None, None, "day", None, ("start_after_document_date_without_reference",))
    start = _months_on(ctx.reference, _months(m) if m.groupdict().get("n") else 0)
    return Period(start, None, "day", None, ("start_after_document_date", "open_ended_from_start"))


def _months(m: re.Match[str]) -> int:
    return count(m["n"]) * (12 if m["unit"].startswith("year") else 1)


def _months_on(day: dt.date, months: int) -> dt.date:
    """The same day so many months on, or that month's last day."""
    first = add_months(day.replace(day=1), months)
    return first.replace(day=min(day.day, month_bounds(first.year, first.month)[1].day))


def immediate(m: re.Match[str], ctx: Context) -> Period | None:
    """`Immediately`, `Immediate`, `With immediate effect`: due at once, so on the plan's own date (the
    reference date): the day the plan was agreed is the latest an immediate action can be done by."""
    if ctx.reference is None:
        return Period(None, None, "day", None, ("immediate_without_reference",))
    return Period(ctx.reference, ctx.reference, "day", ctx.calendar.label_for(ctx.reference, ctx.reference),
                  ("immediate_is_document_date",))


def plan_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`Year 1`, `year 2`: that financial year of the period the plan states as its own (`Strategy 2022 to 2025`:
    year 1 is 2022/23, the UK financial year starting in the period's first year). Where the plan states no
    period, the page alone does not say when year 1 is: found, but with no dates (`plan_year_without_period`, which
    the reading sets aside and names, so `year 2 - ongoing` is reported, not ongoing with its start lost unsaid).
    Where the year lies past the period's end, no period: the phrase stays as printed, unresolved, and is reported."""
    if ctx.plan is None:
        return NO_PLAN_PERIOD
    n = count(m["n"])
    if not 1 <= n <= ctx.plan.length:
        return None
    year = ctx.plan.first + n - 1
    start, end = ctx.calendar.year_bounds(year)
    return Period(start, end, "fiscal_year", ctx.calendar.label(year), ("year_of_plan_period",))


def plan_years(m: re.Match[str], ctx: Context) -> Period | None:
    """`years 1-2`, `Years 1 - 3`, `year 1 to year 2`: from the start of the first of those years of the plan's
    stated period to the end of the last (`Strategy 2022 to 2025`: years 1-2 are 1 April 2022 to 31 March 2024).
    Where the plan states no period, found with no dates, as one year is. Where a year lies past the stated period
    or the span does not run forward, the span is found but given no dates (`plan_years_not_in_period`, reported):
    left unfound, its last year would be read alone."""
    if ctx.plan is None:
        return NO_PLAN_PERIOD
    first, last = count(m["n"]), count(m["last"])
    if not 1 <= first < last <= ctx.plan.length:
        return Period(None, None, "range", None, ("plan_years_not_in_period",))
    start = ctx.calendar.year_bounds(ctx.plan.first + first - 1)[0]
    end = ctx.calendar.year_bounds(ctx.plan.first + last - 1)[1]
    return Period(start, end, "range", None, ("year_of_plan_period",))
