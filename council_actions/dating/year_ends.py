"""A year's end printed with no year (`End of financial year`, `by the end of the year`) and a financial year named by
its place (`the current fiscal year`, `next financial year`), read against the plan.

`End of financial year`, `year-end` and `this financial year` are the plan's own financial year (the one year its
title states, else that of its date: relative_periods.YEAR_SOURCES), named by the source that gave it, and `next
financial year` the one after it; `by the end of the calendar year` is the calendar year of the plan's date, and `by
the end of the year`, naming neither, the plan's own financial year with the choice named (docs/assumptions.md,
Timelines). Without the plan's year or date each names what it lacked, so the phrase is found, undated and reported.
Apart from relative_periods, which reads the other forms counted from the plan, so that both stay one screen of
forms; the rule table splices YEAR_END_ROWS in (periods.PERIOD_RULES).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from council_actions.dating.period_types import Context, Period
from council_actions.dating.relative_periods import own_year
from council_actions.period_words import ANY_DIGIT

# A financial year named by its place from the plan's own (`this financial year`, `next financial year`): how many
# years on, and the word the assumption opens with (`next_fiscal_year_from_document_date`)
YEARS_ON = {"this": (0, ""), "current": (0, ""), "next": (1, "next_"), "coming": (1, "next_")}


def year_end(m: re.Match[str], ctx: Context) -> Period | None:
    """`End of financial year`, `year-end`, `the current fiscal year`: the plan's own financial year
    (relative_periods.YEAR_SOURCES), due at its end; `next financial year` the one after it (YEARS_ON), named so
    (`next_fiscal_year_from_document_date`)."""
    own = own_year(ctx)
    if own is None:
        return Period(None, None, "fiscal_year", None, ("year_end_without_reference",))
    (year, source), (on, named) = own, YEARS_ON[m.groupdict().get("which") or "this"]
    start, end = ctx.calendar.year_bounds(year + on)
    return Period(start, end, "fiscal_year", ctx.calendar.label(year + on), (named + source.year_end,))


def year_end_unnamed(m: re.Match[str], ctx: Context) -> Period | None:
    """`by the end of the year`: the plan's own financial year, as a year end it names is (`year_end`), since a
    period printed with no year is read in the plan's own financial year; but the phrase may as well mean the
    calendar year, so the choice is named (`year_end_unnamed_as_financial_year`) and reported, never made unsaid."""
    found = year_end(m, ctx)
    if found is None or found.start is None:
        return found
    return found._replace(assumptions=(*found.assumptions, "year_end_unnamed_as_financial_year"))


def calendar_year_end(m: re.Match[str], ctx: Context) -> Period | None:
    """`by the end of the calendar year`: the calendar year of the plan's date, due on 31 December
    (`calendar_year_from_document_date`). The plan's own financial year is no source: it spans two calendar years."""
    if ctx.reference is None:
        return Period(None, None, "year", None, ("calendar_year_end_without_reference",))
    year = ctx.reference.year
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", None, ("calendar_year_from_document_date",))


# name, pattern, reader, gate: rows of periods.PERIOD_RULES, in its order
YEAR_END_ROWS: tuple[tuple[str, str, Callable[[re.Match[str], Context], Period | None], tuple[str, ...]], ...] = (
    # the end of the plan's own financial year; one that prints the year (`by end of financial year 2025/26`) is
    # that year's (the `fiscal_year` rule's; not: no dates, waiting for a reference date, the year named unread)
    ("fiscal_year_end", r"\b(?:end of (?:the )?(?:financial year|fy)|eofy|(?:financial )?year[- ]end)\b"
     r"(?!\s*(?:of\s+)?(?:fy\s*)?" + ANY_DIGIT + r"{2,4}\s*[/-]\s*" + ANY_DIGIT + ")", year_end,
     ("year", "fy")),
    # a financial year named by its place from the plan's own (`the current fiscal year`, `next financial year`;
    # not: unresolved): that year, or the one after it (YEARS_ON); one printing its year is the year printed
    ("fiscal_year_named", r"\b(?P<which>this|current|next|coming)\s+(?:financial|fiscal)\s+year\b(?!\s*(?:fy\s*)?"
     + ANY_DIGIT + ")", year_end, ("financial", "fiscal")),
    ("calendar_year_end", r"\bend of (?:the |this )?calendar year\b(?!\s*" + ANY_DIGIT + ")", calendar_year_end,
     ("calendar",)),
    # `by the end of the year` names neither the financial nor the calendar year: read as the plan's own
    # financial year, as `by Q4` is, and named a choice (not: unresolved, the phrase a time)
    ("year_end_unnamed", r"\bend of (?:the |this |the current )?year\b(?!\s*" + ANY_DIGIT + ")", year_end_unnamed,
     ("year",)),
)
