"""Readers of the financial year and its quarters as printed (`24/25`, `2024/25 - 2025/26`, `Q4 24/25`, `Q2 2024`,
`Q3 (Oct-Dec)`).

Each reader turns a match of a rule table's pattern (`periods.PERIOD_RULES`, whose patterns give them their `y1`,
`y2`, `q1`, `q2` groups) into the interval docs/assumptions.md (Timelines) gives it, naming every assumption it
makes, or None where the printed years or quarters do not make one. The table's rows for a quarter with its year or
its financial year are here too (QUARTER_ROWS), in their order, spliced into the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from council_actions.dating.compound_periods import quarter_glossed
from council_actions.dating.period_types import Context, Period
from council_actions.dating.relative_periods import across_year_end, quarter_glossed_no_year
from council_actions.dating.year_spans import YEAR_SPAN, quarter_of_year_span
from council_actions.fiscal import FiscalCalendar
from council_actions.period_words import (
    FY,
    FY_B,
    JOIN,
    LAST_MONTH,
    MONTH,
    MONTHS,
    ORDINAL,
    QUARTER,
    QUARTER_JOIN,
    count,
    full_year,
    fy_start,
)

# The year a profile's calendar quarters are of (`Q2 2024`: April to June 2024, where its single_year_quarter says so)
CALENDAR_YEAR = FiscalCalendar(start_month=1)


def fiscal_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`24/25`, `2024/25`, `2024/5`, `FY24/25`: that financial year whole; a second year that does not follow the
    first is no financial year (None), so the span-of-years rules may read it."""
    found = fy_start(m["y1"], m["y2"])
    if found is None:
        return None
    start, end = ctx.calendar.year_bounds(found[0])
    return Period(start, end, "fiscal_year", ctx.calendar.label(found[0]), found[1])


def fiscal_year_range(m: re.Match[str], ctx: Context) -> Period | None:
    """`2024/25 - 2025/26`, `2024/25, 2025/26`: from the first financial year's start to the last's end; one whose
    last year comes before its first runs backwards and is no range (None)."""
    first, last = fy_start(m["y1"], m["y2"]), fy_start(m["z1"], m["z2"])
    if first is None or last is None or last[0] < first[0]:
        return None
    start, end = ctx.calendar.year_bounds(first[0])[0], ctx.calendar.year_bounds(last[0])[1]
    return Period(start, end, "range", None, first[1] + last[1])


def quarter_in_fy(m: re.Match[str], ctx: Context) -> Period | None:
    """`Q4 24/25`, `Q3-Q4 24/25`, `2024/25 Q3`: the quarters of that financial year (Q4 24/25 is January to March
    2025); a figure glossing the quarter that disagrees with it prints no one quarter (None)."""
    found = fy_start(m["y1"], m["y2"])
    if found is None:
        return None
    first, last = count(m["q1"]), count(_group(m, "q2") or m["q1"])
    if (gloss := _group(m, "q_gloss")) is not None and (int(gloss), int(gloss)) != (first, last):
        return None  # `2023-24 Quarter Four (Q1)`: the figure disagrees, so no one quarter is printed
    start, end = ctx.calendar.quarter_bounds(found[0], first, last)
    return Period(start, end, "quarter" if first == last else "range", ctx.calendar.label_for(start, end),
                  (*found[1], *across_year_end(first, last)))


def _group(m: re.Match[str], name: str) -> str | None:
    """A group the rule's pattern may not have (rows sharing a reader differ): its text, None where unmatched or
    absent; asked by name, not by `groupdict()`, which builds every group's (most readings read a quarter)."""
    return m[name] if name in m.re.groupindex else None


def quarter_to_fy(m: re.Match[str], ctx: Context) -> Period | None:
    """`Q4 2024/5 - 25/26`: from the quarter of the first year to the end of the last."""
    first, last = fy_start(m["y1"], m["y2"]), fy_start(m["z1"], m["z2"])
    if first is None or last is None or last[0] < first[0]:
        return None
    start = ctx.calendar.quarter_bounds(first[0], int(m["q1"]))[0]
    return Period(start, ctx.calendar.year_bounds(last[0])[1], "range", None, first[1] + last[1])


def quarter_single_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`Q2 2024`, `Q1-Q3 2025`: a quarter with one year, of the financial year starting in it (assumption
    `fy_quarter_from_single_year`), or of the calendar year where the profile says so."""
    year, assumed = full_year(m["year"])
    first, last = count(m["q1"]), count(_group(m, "q2") or m["q1"])
    if ctx.calendar.single_year_quarter == "calendar":
        start, end = CALENDAR_YEAR.quarter_bounds(year, first, last)
        note = "calendar_quarter_from_single_year"
    else:
        start, end = ctx.calendar.quarter_bounds(year, first, last)
        note = "fy_quarter_from_single_year"
    return Period(start, end, "quarter" if first == last else "range", ctx.calendar.label_for(start, end),
                  (*assumed, note, *across_year_end(first, last)))


def quarter_confirmed(m: re.Match[str], ctx: Context) -> Period | None:
    """`Q2 2025/26 (Jul-Sep)`, `Q3 2024 (Oct-Dec)`, `Q3 (Oct-Dec)`: a quarter glossed by its months with no year of
    their own is the quarter as read without them, where they are its first and last months (its dates' months, so
    a profile's calendar quarters count too); else no match, and the months are named unread, never dropped."""
    if m["y1"] is None and m["year"] is None:
        return quarter_glossed_no_year(m, ctx)
    quarter = (quarter_in_fy if m["y1"] is not None else quarter_single_year)(m, ctx)
    if quarter is None or quarter.start is None or quarter.end is None:
        return None
    months = (MONTHS[m["month"][:3]], MONTHS[m["last_month"][:3]])
    return quarter if (quarter.start.month, quarter.end.month) == months else None


Q_NUMBER = r"(?P<q1>[1-4]|one|two|three|four)"  # a quarter's number, in figures or words (`2023-24 Quarter Four`)
MONTH_SPAN = r"(?P<join>\s*(?:-|to)\s*)" + LAST_MONTH + r"\s+(?P<year>20\d{2}|\d{2})"  # `jan-mar 2025`
# name, pattern, reader, gate: rows of periods.PERIOD_RULES, in its order, after a day's forms and before a half's
QUARTER_ROWS: tuple[tuple[str, str, Callable[[re.Match[str], Context], Period | None], tuple[str, ...]], ...] = (
    # a quarter glossed by its months in brackets (`Q4 (Jan-Mar 2025)`, `Quarter 3 (October 2023 - December 2023)`):
    # the months date it, and with its year printed too it is one period, not a quarter followed by another
    ("quarter_glossed", r"\b" + QUARTER + r"(?P<q1>[1-4])(?:\s+(?:of\s+)?(?:" + FY + r"|(?P<q_year>20\d{2})))?\s*\("
     r"\s*" + MONTH + r"(?:\s+(?P<first_year>20\d{2}|\d{2}))?" + MONTH_SPAN + r"\s*\)", quarter_glossed, ("q",)),
    # the months with no year (`Q3 (Oct-Dec)`, `Q2 2025/26 (Jul-Sep)`): the quarter, where the months are its (not:
    # the months named unread); a gloss the quarter does not have is no match, so the months are still named unread
    ("quarter_glossed_no_year", r"\b" + QUARTER + r"(?P<q1>[1-4])(?:\s+(?:of\s+)?(?:" + FY
     + r"|(?P<year>20\d{2})))?\s*\(\s*" + MONTH + r"\s*(?:-|to)\s*" + LAST_MONTH + r"\s*\)", quarter_confirmed,
     ("q",)),
    ("quarter_range_in_fy", r"\b" + QUARTER + r"(?P<q1>[1-4])" + QUARTER_JOIN + QUARTER + r"?(?P<q2>[1-4])\s+" + FY,
     quarter_in_fy, ("q",)),
    ("quarter_to_fy", r"\b" + QUARTER + r"(?P<q1>[1-4])\s+" + FY + JOIN + FY_B, quarter_to_fy, ("q",)),
    # `Quarter 2 of 2025/26`, `Quarter 2 (2025/26)`, `quarter three 2024/25`, `Quarter 1 - 2023/24`, `Q1, 2020/21`
    ("quarter_in_fy", r"\b" + QUARTER + Q_NUMBER + r"(?:\s+|\s*[(,-]\s*)(?:of\s+)?" + FY,
     quarter_in_fy, ("q",)),
    ("ordinal_quarter_in_fy", r"\b" + ORDINAL + r"\s+quarter\s+(?:of\s+)?" + FY, quarter_in_fy,
     ("quarter",)),
    ("quarter_of_year_span", r"\b" + QUARTER + r"[1-4](?:" + JOIN + QUARTER + r"?[1-4])?\s+(?:of\s+)?" + YEAR_SPAN,
     quarter_of_year_span, ("q",)),
    ("ordinal_quarter_of_year_span", r"\b" + ORDINAL + r"\s+quarter\s+(?:of\s+)?" + YEAR_SPAN,
     quarter_of_year_span, ("quarter",)),
    # the financial year printed before its quarter (`2024/25 Q3`, `2025/26 (Q2)`, `2023-24 Quarter Four (Q4)`, its
    # figure confirming it); a quarter followed by a year of its own is the next period's (`2024/25 - Q1 2025/26`)
    ("fy_then_quarter", r"(?<![\w/])" + FY + r"\s*[-,]?\s*\(?\s*" + QUARTER + Q_NUMBER + r"(?:" + QUARTER_JOIN
     + QUARTER + r"?(?P<q2>[1-4]))?\b(?!\s*(?:of\s+)?(?:fy\s*)?\d)(?:\s*\(\s*q(?P<q_gloss>[1-4])\s*\))?",
     quarter_in_fy, ("q",)),
    ("quarter_range_single_year", r"\b" + QUARTER + r"(?P<q1>[1-4])" + QUARTER_JOIN + QUARTER + r"?(?P<q2>[1-4])\s+"
     r"(?P<year>20\d{2})\b", quarter_single_year, ("q",)),
    ("quarter_single_year", r"\b" + QUARTER + r"(?P<q1>[1-4])\s+(?:of\s+)?(?P<year>20\d{2})\b",
     quarter_single_year, ("q",)),
    ("ordinal_quarter_single_year", r"\b" + ORDINAL + r"\s+quarter\s+(?:of\s+|in\s+)?(?P<year>20\d{2})\b",
     quarter_single_year, ("quarter",)),
)
