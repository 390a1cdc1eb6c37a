"""Days and months printed in figures or as a full date (`10/9/24`, `2026-03-31`, `06/25`, `30th September 2024`),
a month and its year (`March 2025`), and two days sharing the year printed after the last (`3 Oct to 14 November 2025`).

The readers of the rule table's dated forms (`periods.PERIOD_RULES`), apart from the table so that it stays one
screen of forms: each reads a day or a month and names every choice it made (day first, a two-digit year, a month
in figures). A date in words is read by dateparser under fixed settings (`parse_full_date`), the one parser every
Context is given, whether a phrase is dated (timelines.py) or only asked whether it prints a time
(is_a_time.PRINTED_ONLY).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from council_actions.dating.compound_periods import TWO_TIMES
from council_actions.dating.period_types import Context, Period
from council_actions.dating.relative_periods import days_no_year
from council_actions.fiscal import month_bounds
from council_actions.period_words import MONTHS, full_year

if TYPE_CHECKING:
    from dateparser.date import DateDataParser  # dateparser ships no types: this is Any to mypy

WEEK_COMMENCING = re.compile(r"^w/c\s+")  # `w/c 14 April 2025`: the day is the date
NO_SUCH_DAY = "date_does_not_exist"
# A printed date its month has no such day for (`31/04/2025`, `29/02/2023`, `31 September 2025`): a date, not its
# year or month alone, which the later rules would read with the day dropped unsaid; dates empty, the phrase reported
NO_DAY = Period(None, None, "day", None, (NO_SUCH_DAY,))
DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_LOCALE_DATE_ORDER": False,
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "RELATIVE_BASE": dt.datetime(1900, 1, 1),
}


@lru_cache(maxsize=1)
def _date_parser() -> DateDataParser:
    """One warm dateparser, English only, day first, absolute dates only: never today's date."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=DATEPARSER_SETTINGS)


@lru_cache(maxsize=4096)
def parse_full_date(text: str) -> dt.date | None:
    """Full dates via dateparser; memoised, as plans repeat the same few dates (a pure function of the text)."""
    data = _date_parser().get_date_data(WEEK_COMMENCING.sub("", text))
    return data.date_obj.date() if data and data.date_obj else None


def numeric_date(m: re.Match[str], ctx: Context) -> Period | None:
    """`10/9/24`, `10.09.2024`, `31-03-2026`: day first, always (UK); a day its month does not have is no date
    (NO_DAY), and a month past 12 is never re-read month first (dateparser would take `10/13/24` as 13 October). An
    ISO date (`2026-03-31`) prints the year
    first, and so reads with no day-first choice."""
    year, assumed = full_year(m["year"])
    try:
        day = dt.date(year, int(m["month"]), int(m["day"]))
    except ValueError:  # a month past 12 (`10/13/24`, written month first) is not re-read: no date at all
        return NO_DAY if 1 <= int(m["month"]) <= 12 else None
    first = ("day_first",) if m.start("day") < m.start("month") else ()
    return Period(day, day, "day", ctx.calendar.label_for(day, day), (*first, *assumed))


def month_in_figures(m: re.Match[str], ctx: Context) -> Period | None:
    """`06/25`, `6/2025`: a month and its year in figures, month first (`month_in_figures`), as a date field prints
    them. Read only where it can be nothing else: two parts, not three (`10/9/24` is a day, read day first); a
    two-digit year after a two-digit month (`06/25`), the month's leading zero printed, since a count out of a total
    (`6/25`, `10/20`) prints none, and the year past 12, so no day and month (`06/12`, 6 December); or a four-digit
    year (`6/2025`), which no score reaches. `12/13` is the financial year 2012/13 (the `fiscal_year` rule, earlier)."""
    year, assumed = full_year(m["year"] or m["year4"])
    start, end = month_bounds(year, int(m["month"] or m["month4"]))
    return Period(start, end, "month", ctx.calendar.label_for(start, end), ("month_in_figures", *assumed))


def full_date(m: re.Match[str], ctx: Context) -> Period | None:
    """`30th September 2024`, `27-Feb-26` (a date as a spreadsheet prints it: Warwick District Council's housing
    improvement plan): the words read by dateparser; a year of two figures is this century's (`two_digit_year`)."""
    day = ctx.parse_date(m.group(0))
    if day is None:  # dateparser reads every day a month has: the printed one is not among them
        return NO_DAY
    return Period(day, day, "day", ctx.calendar.label_for(day, day), full_year(m["year"])[1])


def month_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`March 2025`, `July 24` (`two_digit_year`), `Sep-25`: that month."""
    year, assumed = full_year(m["year"])
    start, end = month_bounds(year, MONTHS[m["month"][:3]])
    return Period(start, end, "month", ctx.calendar.label_for(start, end), assumed)


def day_range(m: re.Match[str], ctx: Context) -> Period | None:
    """`3 Oct to 14 November 2025`, `04 July - 09 September 2022`, `September 30th - November 11th 2019`, `from 1
    March to 25 March, 2022`, `7th - 13th April 2018` (local plan and neighbourhood plan timetables, consultations'
    dates): two days and one year printed after the last, so the year is the last day's, and the first's too unless
    its month falls after the last's, across a year end (`month_range_across_year_end`, as with two months); the first
    day may share the last's month. Read apart, the first day had no year and was named unread (or the year was read
    alone), and the range's start was lost. Joined by `&` or `and` (`29th & 31st March 2018`) the days may be two
    days, not a span; periods so joined are read as one interval, here too (`days_joined_as_range`).
    With no year (`12th - 15th March`) they are days of the plan's own year (relative_periods.days_no_year). A bare
    number before a month's day (`Stage 2 - 15 March 2025`) is no day: without its month it must print an ordinal."""
    if m["month"] is None and m["ord"] is None:
        return None
    first, last = MONTHS[(m["month"] or m["last_month"])[:3]], MONTHS[m["last_month"][:3]]
    joined = ("days_joined_as_range",) if m["join"].strip() in TWO_TIMES else ()
    if m["year"] is None:
        return days_no_year((first, int(m["day"])), (last, int(m["last_day"])), ctx, joined)
    year = int(m["year"])
    try:
        start = dt.date(year - (first > last), first, int(m["day"]))
        end = dt.date(year, last, int(m["last_day"]))
    except ValueError:
        return None
    if end < start:
        return None
    across = ("month_range_across_year_end",) if first > last else ()
    return Period(start, end, "range", ctx.calendar.label_for(start, end), (*across, *joined))


def day_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`by 31 March`, `the 31st March` (Tamworth's scrutiny minutes of January 2025: the final peer challenge action
    plan to be published by `the 31st March`): a day with no year, of the plan's own financial year as `End May` and
    `12th - 15th March` are (relative_periods.days_no_year: the one year the plan states, else that of its date,
    named); without either, undated and reported. A day that does not exist (`31 September`) is no reading."""
    day = (MONTHS[m["month"][:3]], int(m["day"]))
    found = days_no_year(day, day, ctx, ())
    return found if found is None else found._replace(precision="day")
