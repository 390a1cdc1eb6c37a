"""Periods of the school year: an academic year (`academic year 2025/26`) and its terms (`Summer term 2025`).

Plans for schools, SEND and children's services time actions by the school year, September to August, not the
financial year: read as a financial year, `academic year 2025/26` would be April to March with nothing said, and
`Summer term 2025` the whole of 2025 with the term named as unread. No calendar fixes either, so the readings here
are choices, each named (docs/assumptions.md, Timelines says which): the academic year runs 1 September to 31 August
(`academic_year_september_to_august`), and a term the months of `period_words.TERMS` (`school_term_months`); a term
printed with no year the one holding the plan's date, else the next (`term_next_after_document_date`), as a season
with no year is; and a school year named by its place (`by the end of the academic year`, `next academic year`) the
one holding the plan's date, or the one after it (`academic_year_from_document_date`). The rule table splices
SCHOOL_ROWS in (`periods.PERIOD_RULES`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from council_actions.dating.period_types import Context, Period
from council_actions.fiscal import month_bounds
from council_actions.period_words import ANY_DIGIT, FY, TERM, TERMS, fy_start

ACADEMIC_START = 9  # the school year starts in September
ACADEMIC_NOTE = "academic_year_september_to_august"
TERM_NOTE = "school_term_months"


def academic_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`academic year 2025/26`, `2025/26 school year`: 1 September 2025 to 31 August 2026, the school year, not the
    financial year the same figures print."""
    found = fy_start(m["y1"], m["y2"])
    if found is None:
        return None
    start = dt.date(found[0], ACADEMIC_START, 1)
    end = month_bounds(found[0] + 1, ACADEMIC_START - 1)[1]
    return Period(start, end, "range", ctx.calendar.label_for(start, end), (*found[1], ACADEMIC_NOTE))


def school_term(m: re.Match[str], ctx: Context) -> Period | None:
    """`Summer term 2025`: the term's months in that calendar year; `Autumn term 2025/26`: the term of that academic
    year (autumn in its first calendar year, spring and summer in its second)."""
    first, last = TERMS[m["term"]]
    assumed: tuple[str, ...] = ()
    if m["y1"] is not None:
        found = fy_start(m["y1"], m["y2"])
        if found is None:
            return None
        year, assumed = found[0] + (first < ACADEMIC_START), found[1]
    else:
        year = int(m["year"])
    start, end = month_bounds(year, first)[0], month_bounds(year, last)[1]
    return Period(start, end, "range", ctx.calendar.label_for(start, end), (*assumed, TERM_NOTE))


def school_term_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`early in the Summer term` (Tower Hamlets' primary review: headteachers consulted then, Cabinet in Autumn 2019):
    a term with no year, the one holding the plan's date or, if none does, the next to start after it
    (`term_next_after_document_date`), as a season with no year is (compound_periods.season_no_year); its months as a
    term's with its year. Without the plan's date, undated and reported (`term_without_year_no_reference`)."""
    if ctx.reference is None:
        return Period(None, None, "range", None, ("term_without_year_no_reference",))
    first, last = TERMS[m["term"]]
    day = ctx.reference
    start, end = next((month_bounds(year, first)[0], month_bounds(year, last)[1])
                      for year in (day.year, day.year + 1) if month_bounds(year, last)[1] >= day)
    return Period(start, end, "range", ctx.calendar.label_for(start, end), (TERM_NOTE, "term_next_after_document_date"))


def academic_year_named(m: re.Match[str], ctx: Context) -> Period | None:
    """`by the end of the academic year`, `this school year`: the school year holding the plan's date, 1 September to
    31 August, as a term with no year is the one holding it (`academic_year_from_document_date`); `next academic
    year` the one after it. Never the financial year: a plan that names the academic year means the school's. Without
    the plan's date, undated and reported (`academic_year_without_reference`)."""
    if ctx.reference is None:
        return Period(None, None, "range", None, ("academic_year_without_reference",))
    on = m["which"] in ("next", "coming")
    first = ctx.reference.year - (ctx.reference.month < ACADEMIC_START) + on
    start, end = dt.date(first, ACADEMIC_START, 1), month_bounds(first + 1, ACADEMIC_START - 1)[1]
    return Period(start, end, "range", ctx.calendar.label_for(start, end),
                  (ACADEMIC_NOTE, f"{'next_' if on else ''}academic_year_from_document_date"))


# the words naming a school year by its place: its end (`end of the academic year`), `this`, `current` or `next`, or
# `the` after a span's or deadline's word (`during the school year`), that word kept out of the match by a
# lookbehind so that `timelines.PERIOD_WORDS` sees it before the period
ACADEMIC_LEAD = r"(?:end of (?:the |this |the current )?|(?P<which>this|current|next|coming)\s+|" + "|".join(
    rf"(?<=\b{word} )the\s+" for word in ("by", "during", "in", "over", "throughout", "for", "until", "before")) + ")"
# the word timing a term with no year (`in the Summer term`, `by the autumn term`), or the phrase's start: a lookbehind
TERM_LEAD = "(?:^\\W*|" + "|".join(rf"(?<=\b{word} )" for word in ("by", "in", "during", "the", "this", "until",
                                                                   "before", "from")) + ")"
# name, pattern, reader, gate: rows of periods.PERIOD_RULES, in its order
SCHOOL_ROWS: tuple[tuple[str, str, Callable[[re.Match[str], Context], Period | None], tuple[str, ...]], ...] = (
    # `academic year 2025/26`; York's `the school year beginning in September 2024-2025` (not: the financial year,
    # September named unread): the school year starts in September, so the month printed says no more than it
    ("academic_year", r"\b(?:academic|school)\s+year\s+(?:of\s+|(?:beginning|starting|commencing)\s+(?:in\s+)?"
     r"sep(?:t(?:ember)?)?\.?\s+)?" + FY, academic_year, ("academic", "school")),
    ("fy_academic_year", r"(?<![\w/])" + FY + r"\s+(?:academic|school)\s+year\b", academic_year,
     ("academic", "school")),
    # a school year named by its place, with no year printed (`by the end of the academic year`, `next academic year`;
    # not: unresolved): the one holding the plan's date, or the next; one a year or its start follows is the rows'
    # above (`end of the academic year 2024/25`, `school year beginning in September 2024-2025`)
    ("academic_year_named", r"\b" + ACADEMIC_LEAD + r"(?:academic|school)\s+year\b(?!\s*(?:of\s+)?(?:"
     + ANY_DIGIT + r"|beginning|starting|commencing))", academic_year_named, ("academic", "school")),
    ("school_term", r"\b" + TERM + r"\s+term\s+(?:of\s+)?(?:" + FY + r"|(?P<year>20\d{2})\b)", school_term, ("term",)),
    # a term with no year after a word that times it (`early in the Summer term`; not: unresolved)
    ("school_term_no_year", TERM_LEAD + TERM + r"\s+term\b(?!\s*(?:of\s+)?" + ANY_DIGIT + ")", school_term_no_year,
     ("term",)),
)

