"""Period expressions printed in two parts that make one period: two seasons or two months sharing a year, a quarter
glossed by its months, a season or a half of a financial year.

Read as their parts, each form lost one part without a word: `Autumn/Winter 2025` was winter alone, `Dec 24/Jan 25`
January alone, `Winter 2024/25` the whole financial year, `Q4 (Jan-Mar 2025)` a quarter with no year. Each reader
here takes the whole expression and names the choice it makes where the words allow more than one reading
(docs/assumptions.md, Timelines says which). The rule table that uses them is `periods.PERIOD_RULES`.
"""

from __future__ import annotations

import datetime as dt
import re

from council_actions.dating.period_types import Context, Period
from council_actions.dating.relative_periods import days_no_year
from council_actions.fiscal import add_months, month_bounds
from council_actions.period_words import MONTHS, SEASON_PARTS, SEASONS, count, full_year, fy_start

SEASON_NOTE = "uk_meteorological_season"
# Words that join two months into the span between them although they could name the two months alone
# (`October and March 2025`): periods joined by `and` are read as one interval, and the reading says so.
TWO_TIMES = frozenset({"and", "&"})
# Two months a join parts are named two times (`months_joined_as_range`) at this many months apart or more: joined by
# `and` always; by a slash where they are further apart than a quarter's first and last (Rotherham's `May/November
# 2021`, a review twice a year: was read as `Sept/Oct 2025` is, from the first to the last, nothing said), since within
# one quarter's length a slash prints the span, as plans print a quarter (Houghton and Wyton's `Oct/Dec 2015`:
# tests/normalise/test_real_timeline_cells.py). A dash or `to` joins a span.
TWO_TIMES_APART = {"and": 0, "&": 0, "/": 3}


def _season_start(season: str, year: int) -> dt.date:
    return dt.date(year, SEASONS[season], 1)


def _season_end(start: dt.date) -> dt.date:
    return add_months(start, 3) - dt.timedelta(days=1)


def _season_in_fy(season: str, fy: int, ctx: Context) -> dt.date:
    """The first day of the season that starts within the financial year starting in `fy` (each season starts
    once in any twelve months): `Winter 2024/25` is December 2024 to February 2025, `Spring 2024/25` March 2025."""
    first = ctx.calendar.year_bounds(fy)[0]
    month = SEASONS[season]
    return dt.date(first.year + (month < first.month), month, 1)


def season(m: re.Match[str], ctx: Context) -> Period | None:
    """`Summer 2024`, `Summer of 2025`: the UK meteorological season (winter 2024 is December 2024 to
    February 2025)."""
    start = _season_start(m["season"], int(m["year"]))
    end = _season_end(start)
    return Period(start, end, "season", ctx.calendar.label_for(start, end), (SEASON_NOTE,))


def season_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`by the summer`, `this Autumn`, `in the autumn` (Holwell Parish Council's project plan): the season that holds
    the plan's date or, if none does, the next to start after it, as a feast with no year is
    (`season_next_after_document_date`); the plan's own financial year would put `by the summer` in a plan written
    in the autumn before the plan was written. Without the plan's date it has no dates and is reported."""
    if ctx.reference is None:
        return Period(None, None, "season", None, ("season_without_year_no_reference",))
    day = ctx.reference
    start = next(first for year in (day.year - 1, day.year, day.year + 1)
                 if _season_end(first := _season_start(m["season"], year)) >= day)
    end = _season_end(start)
    return Period(start, end, "season", ctx.calendar.label_for(start, end),
                  (SEASON_NOTE, "season_next_after_document_date"))


def season_part(m: re.Match[str], ctx: Context) -> Period | None:
    """`late spring 2025`, `early winter 2024`: the season's first, middle or last month (`season_part_as_month`),
    as `early 2025` is the year's first third, never the whole season with the part left unsaid."""
    return _month_of(season(m, ctx), m["part"], ctx)


def season_part_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`late spring`, `by early summer` (not unresolved): that month of the season a season with no year is read as
    (`season_no_year`: the one holding the plan's date, else the next); without the plan's date, as undated."""
    return _month_of(season_no_year(m, ctx), m["part"], ctx)


def _month_of(found: Period | None, part: str, ctx: Context) -> Period | None:
    """The month of a season read (`found`) that `part` names: a season's thirds are its months."""
    if found is None or found.start is None:
        return found
    start = add_months(found.start, SEASON_PARTS[part])
    end = add_months(start, 1) - dt.timedelta(days=1)
    return Period(start, end, "month", ctx.calendar.label_for(start, end), (*found.assumptions, "season_part_as_month"))


def season_of_fy(m: re.Match[str], ctx: Context) -> Period | None:
    """`Winter 2024/25`, `Winter season 2022-2023`: the season that starts within that financial year
    (`season_starting_in_financial_year`); a span that is no financial year is left to the other rules."""
    found = fy_start(m["y1"], m["y2"])
    if found is None:
        return None
    start = _season_in_fy(m["season"], found[0], ctx)
    end = _season_end(start)
    return Period(start, end, "season", ctx.calendar.label_for(start, end),
                  (*found[1], SEASON_NOTE, "season_starting_in_financial_year"))


def season_range(m: re.Match[str], ctx: Context) -> Period | None:
    """`Spring/Summer 2025`, `Autumn/Winter 2025`, `Summer / Autumn of 2025` (Stockport's winter service decision):
    from the first season's start to the last's end. The year printed after the last is the last season's, as a
    month range's is; a first season after the last (`Winter/Spring 2025`) is of the year before
    (`season_range_across_year_end`). With a financial year (`Autumn/Winter 2024/25`) the first is the season
    starting within it, the last the next such season after it (`season_starting_in_financial_year`)."""
    first_name, last_name = m["season"], m["last"]
    if m["y1"] is not None:
        found = fy_start(m["y1"], m["y2"])
        if found is None:
            return None
        start = _season_in_fy(first_name, found[0], ctx)
        last = _season_start(last_name, start.year + (SEASONS[last_name] <= start.month))
        notes: tuple[str, ...] = (*found[1], SEASON_NOTE, "season_starting_in_financial_year")
    else:
        year = int(m["year"])
        across = SEASONS[first_name] > SEASONS[last_name]
        start, last = _season_start(first_name, year - across), _season_start(last_name, year)
        notes = (SEASON_NOTE, "season_range_across_year_end") if across else (SEASON_NOTE,)
    end = _season_end(last)
    return Period(start, end, "range", ctx.calendar.label_for(start, end), notes)


def season_glossed(m: re.Match[str], ctx: Context) -> Period | None:
    """`late summer (August–September) 2017` (a neighbourhood plan's timetable): a season glossed by the months the
    plan means by it, which need not be the UK meteorological season's (September is autumn's): the printed months
    govern (`season_as_printed_months`), as a glossed quarter's do. Read as the year alone, season and months were
    named unread."""
    months = month_range(m, ctx)
    return None if months is None else months._replace(assumptions=(*months.assumptions, "season_as_printed_months"))


def month_pair(m: re.Match[str], ctx: Context) -> Period | None:
    """`Dec 24/Jan 25`: two months, each with its own year, parted by a slash: from the first to the end of the
    last (read apart, the slash kept the first from reading as a month and the last stood alone). Two that run
    backwards are no pair."""
    return _months_each_dated(m["month"], m["year"], m["last_month"], m["last_year"], ctx)


def _months_each_dated(month: str, year: str, last_month: str, last_year: str, ctx: Context) -> Period | None:
    """From the start of `month` of `year` to the end of `last_month` of `last_year`, each year as printed (`Dec
    24/Jan 25`, a quarter's gloss `October 2023 - December 2023`), naming a year's two digits read as this century;
    none where they run backwards."""
    (first, first_assumed), (last, last_assumed) = full_year(year), full_year(last_year)
    start = month_bounds(first, MONTHS[month[:3]])[0]
    end = month_bounds(last, MONTHS[last_month[:3]])[1]
    if end < start:
        return None
    return Period(start, end, "range", ctx.calendar.label_for(start, end),
                  tuple(dict.fromkeys((*first_assumed, *last_assumed))))


def month_range(m: re.Match[str], ctx: Context) -> Period | None:
    """`July-September 23`, `January to March 2025`, `October and March 2025`: two months and one year printed after
    the last, so the year is the last month's (read as the last month alone, the range's start was lost). A first
    month after the last (`December - March 2025`) runs across a year end: it is of the year before, as a financial
    year's second half is (`month_range_across_year_end`). Joined by `and` (TWO_TIMES) the months may be two times
    rather than a span; periods so joined are read as one interval from the first to the last, so they are
    read so, and named (`months_joined_as_range`): read as March alone, October was lost unsaid; so are months a slash
    parts further apart than a quarter's (`May/November 2021`, TWO_TIMES_APART)."""
    year, assumed = full_year(m["year"])
    first, last = MONTHS[m["month"][:3]], MONTHS[m["last_month"][:3]]
    start = month_bounds(year - (first > last), first)[0]
    end = month_bounds(year, last)[1]
    across = ("month_range_across_year_end",) if first > last else ()
    apart = TWO_TIMES_APART.get(m["join"].strip())
    joined = ("months_joined_as_range",) if apart is not None and (last - first) % 12 >= apart else ()
    return Period(start, end, "range", ctx.calendar.label_for(start, end), (*assumed, *across, *joined))


def month_range_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`November - February` (Maidstone's Annual Governance Statement action plan update 2014-15, its proposed
    timetable: `Drafted November - February`): two months with no year, the span between them in the plan's own
    financial year, as `End May` is one month of it (relative_periods.days_no_year: the first month in that year,
    the last the first such month on or after it), a last before the first across the year end
    (`month_range_across_year_end`); without the plan's year or date, undated and reported."""
    first, last = MONTHS[m["month"][:3]], MONTHS[m["last_month"][:3]]
    across = ("month_range_across_year_end",) if last < first else ()
    days = days_no_year((first, 1), (last, 1), ctx, across)
    if days is None or days.end is None:
        return days
    return days._replace(end=month_bounds(days.end.year, last)[1])


def quarter_glossed(m: re.Match[str], ctx: Context) -> Period | None:
    """`Q4 (Jan-Mar 2025)`, `quarter 4 (January to March 2025)` (Bracknell Forest's council plan report), `Q2 2025/26
    (Jul-Sep 2025)`: a quarter, with or without its year, its months and year printed in brackets after it. It is
    one period: the months date it (`first_period_of_several` said the gloss was another). Where they are that
    quarter of the financial year they fall in it is that quarter, else the printed months govern and the reading
    says the number was not the financial year's (`quarter_number_not_of_financial_year`: `Q1 (Jan-Mar 2025)` counts
    calendar quarters). A year printed with the quarter that is not the months' (a financial year they do not fall
    in, a single year neither theirs nor their financial year's start) is named too (`quarter_year_not_of_months`).
    The first month may print its year too (`Quarter 3 (October 2023 - December 2023)`: `_glossed_months`)."""
    months = _glossed_months(m, ctx)
    if months is None or months.start is None or months.end is None:
        return None
    fy = ctx.calendar.year_of(months.start)
    agrees, notes = True, months.assumptions  # the year printed with the quarter (none: nothing to disagree)
    if m["y1"] is not None:
        found = fy_start(m["y1"], m["y2"])
        if found is None:
            return None
        agrees, notes = found[0] == fy, tuple(dict.fromkeys((*notes, *found[1])))
    elif m["q_year"] is not None:
        agrees = int(m["q_year"]) in (fy, months.start.year)
    if not agrees:
        return months._replace(assumptions=(*notes, "quarter_year_not_of_months"))
    if ctx.calendar.quarter_bounds(fy, count(m["q1"])) == (months.start, months.end):
        return Period(months.start, months.end, "quarter", ctx.calendar.label(fy), notes)
    return months._replace(assumptions=(*notes, "quarter_number_not_of_financial_year"))


def _glossed_months(m: re.Match[str], ctx: Context) -> Period | None:
    """A quarter's gloss: two months sharing the year printed after the last (`month_range`), or each with its own
    year (`October 2023 - December 2023`), the first's then printed, not taken from the last's; none if they run
    backwards."""
    if m["first_year"] is None:
        return month_range(m, ctx)
    return _months_each_dated(m["month"], m["first_year"], m["last_month"], m["year"], ctx)


def month_glossed(m: re.Match[str], ctx: Context) -> Period | None:
    """`Mar 2026 (Q4)`: a month with the quarter of the financial year it falls in printed after it, one period, the
    month (the bracket was read as a second period); a quarter the month is not in is named
    (`quarter_not_of_month`), the month governing, as the printed months govern a glossed quarter."""
    year, assumed = full_year(m["year"])
    start, end = month_bounds(year, MONTHS[m["month"][:3]])
    first, last = ctx.calendar.quarter_bounds(ctx.calendar.year_of(start), count(m["q1"]))
    named = () if first <= start <= last else ("quarter_not_of_month",)
    return Period(start, end, "month", ctx.calendar.label_for(start, end), (*assumed, *named))


def half_in_fy(m: re.Match[str], ctx: Context) -> Period | None:
    """`H1 2025/26`, `first half of 2025/26`, `second half of 2024-25`: that half of the financial year, with no
    assumption (`H1 2025`, with a single year, is the `half_year` rule's, which names one)."""
    found = fy_start(m["y1"], m["y2"])
    if found is None:
        return None
    start, end = ctx.calendar.half_bounds(found[0], _half(m["half"]))
    return Period(start, end, "half", ctx.calendar.label(found[0]), found[1])


def half_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`H1 2025`: that half of the financial year starting in the year printed (`fy_half_from_single_year`), as a
    quarter with a single year is."""
    year = int(m["year"])
    start, end = ctx.calendar.half_bounds(year, int(m["half"]))
    return Period(start, end, "half", ctx.calendar.label(year), ("fy_half_from_single_year",))


def half_of_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`first half of 2025`: in words and with a calendar year, January to June (`calendar_half_from_single_year`),
    as running English means it; read as the year alone, which half was lost."""
    year, half = int(m["year"]), _half(m["half"])
    start = dt.date(year, 6 * half - 5, 1)
    end = month_bounds(year, 6 * half)[1]
    return Period(start, end, "range", ctx.calendar.label_for(start, end), ("calendar_half_from_single_year",))


def _half(text: str) -> int:
    return 1 if text in ("1", "first") else 2

