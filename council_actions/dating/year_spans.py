"""Spans of years that are no one financial year (`2021-23`, `2024-2027`, `2020/20`), a quarter of one, and the
calendar year alone or a third of it (`2025`, `early 2026`).

Apart from the rule table (`periods.PERIOD_RULES`, whose `YEAR_SPAN` pattern gives them their `year` and `last`
groups) so that it stays one screenful of forms: each reader names the reading it chose, or why it gave none.
"""

from __future__ import annotations

import datetime as dt
import re

from council_actions.dating.period_types import Context, Period
from council_actions.fiscal import month_bounds
from council_actions.period_words import PARTS_OF_YEAR

YEAR_SPAN = r"(?P<year>20\d{2})\s*[-/]\s*(?P<last>20\d{2}|\d{1,2})(?![\d/])"  # `2020/20`, `2024-2027`
ISO_YEAR_MONTH = re.compile(r"20\d{2}-(?:0[1-9]|1[0-2])")  # `2025-03`: `year_and_month`


def year_span(m: re.Match[str], ctx: Context) -> Period | None:
    """`2021-23`, `2021/23`, `2024-2027` (Cheltenham's `Priority in 2021-23`): not one financial year, so the
    calendar years from the first to the last; read as `2021` alone, the span's end was lost. Written as a financial
    year is (`2024-25`), it could also mean April 2021 to March 2023, so the reading is named. One that ends where or
    before it starts (`2020/20`, a slip for `2020/21` or `2019/20`) has no reading to choose: its dates stay empty
    and it is named, rather than read as `2020` alone with its end dropped unsaid, unless it is a year and
    month (`year_and_month`)."""
    first, last = _span_years(m)
    if last <= first:
        return year_and_month(m, ctx) or Period(None, None, "range", None, ("year_span_not_forward",))
    if last == first + 1:  # a financial year, which the fiscal_year rule reads
        return None
    return Period(dt.date(first, 1, 1), dt.date(last, 12, 31), "range", None, ("calendar_years_from_span",))


def year_and_month(m: re.Match[str], ctx: Context) -> Period | None:
    """`2025-03`: a year and a month in figures as ISO 8601 and a spreadsheet's or database's date column print them,
    read as that month (`month_in_figures`) where a span of years would run backwards, so can be nothing else
    (`2011-12` stays the financial year, `2008-10` the years 2008 to 2010). Only that exact form: a spaced, slashed or
    one-figure end (`2020 - 03`, `2020/03`, `2024/3`) is no date field's and stays a span that is named."""
    if ISO_YEAR_MONTH.fullmatch(m.group(0)) is None:
        return None
    start, end = month_bounds(int(m["year"]), int(m["last"]))
    return Period(start, end, "month", ctx.calendar.label_for(start, end), ("month_in_figures",))


def quarter_of_year_span(m: re.Match[str], ctx: Context) -> Period | None:
    """`Q2 2020/20`, `Q3-Q4 2020/20`, `Q4 2024/26`: a quarter of a span of years that is no financial year (one
    that is, `Q2 2020/21`, the quarter rules before this one in periods.PERIOD_RULES read). Read as `Q2 2020`, as the
    single-year quarter rule after it would, the span's end would be dropped unsaid; a span that ends where or before
    it starts is the slip `year_span` names, and one of several years names no one year for the quarter to be of.
    Either way its dates stay empty and it is named."""
    first, last = _span_years(m)
    if last == first + 1:
        return None
    return Period(None, None, "quarter", None,
                  ("year_span_not_forward",) if last <= first else ("quarter_of_several_years",))


def _span_years(m: re.Match[str]) -> tuple[int, int]:
    """The first and last year of a printed span (`2021-23`, `2020/20`, `2024-2027`): an end of one or two digits
    is of the first year's century (`2024/3` ends in 2003, so runs backwards)."""
    first = int(m["year"])
    return first, int(m["last"]) if len(m["last"]) == 4 else first - first % 100 + int(m["last"])


def calendar_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`2025`, `by 2026`: a year printed alone is January to December, not a financial year, which
    councils print with its second year (`2025/26`)."""
    year = int(m["year"])
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", None, ())


def part_of_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`early 2026`, `mid-2025`, `late 2024`: a third of the calendar year (`part_of_year_in_thirds`)."""
    first, last = PARTS_OF_YEAR[m["part"]]
    start, end = month_bounds(int(m["year"]), first)[0], month_bounds(int(m["year"]), last)[1]
    return Period(start, end, "range", ctx.calendar.label_for(start, end), ("part_of_year_in_thirds",))
