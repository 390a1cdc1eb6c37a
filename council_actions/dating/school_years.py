"""Periods of the school year: an academic year (`academic year 2025/26`) and its terms (`Summer term 2025`).

Plans for schools, SEND and children's services time actions by the school year, September to August, not the
financial year: read as a financial year, `academic year 2025/26` would be April to March with nothing said, and
`Summer term 2025` the whole of 2025 with the term named as unread. No calendar fixes either, so the readings here
are choices, each named (README's timelines section says which): the academic year runs 1 September to 31 August
(`academic_year_september_to_august`), and a term the months of `period_words.TERMS` (`school_term_months`). The
rule table that uses them is `periods.PERIOD_RULES`.
"""

from __future__ import annotations

import datetime as dt
import re

from council_actions.dating.period_types import Context, Period
from council_actions.fiscal import month_bounds
from council_actions.period_words import TERMS, fy_start

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
