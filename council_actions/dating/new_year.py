"""`In the new year`, `early next year`: a calendar year the phrase names only by its turn, read against the plan.

A plan printing "early in the new year" or "early next year" means the calendar year that begins after it was
written, or the early part of it, and prints no figure for it. Where the plan states one financial year as its own
(`Delivery Plan 2025/26`), the one 1 January within that year is the new year (`new_year_from_plan_period`), as a
quarter or month with no year is read in that year (relative_periods.YEAR_SOURCES). Else the year after the plan's
date (the reference date) is, as a season with no year is the next after it (compound_periods.season_no_year): the
plan's financial year alone would put the new year of a plan written in February before the plan
(`new_year_after_document_date`, a guess the normaliser reports: normalise/reported.YEAR_CHOICES). Early, mid and
late are thirds of it, as in `early 2026` (`part_of_year_in_thirds`). With neither the plan's year nor its date,
found but undated, and reported. `By the new year` (`new_year_turn`) is due at the turn into that year: the last day
of the year before, 31 December (`new_year_turn_as_31_december`), as `by the end of the calendar year` is; so is
`until the new year`, `until` a deadline's word as `by` is (`until March 2025`: by the end of March). `By next year`
names the year, not its turn: due by its end, as `by 2026` is (`by X` is due at X's end). `Before next year` is before
it begins, the turn, as `before the new year` is: `next year` and `the new year` are one year, and nothing of it comes
before it (`not before next year` is its earliest start, no rule's). `Until next year` is found and left undated
(`until_next_year_turn_or_end`, reported): until it begins ("closed until next year", 31 December) or through it
("deferred until next year", its end), a year apart, and the words do not say which. The rule table that uses
them is `periods.PERIOD_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from council_actions.dating.period_types import Context, Period
from council_actions.dating.relative_periods import one_year_of_plan
from council_actions.fiscal import month_bounds
from council_actions.period_words import ANY_DIGIT, PARTS_OF_YEAR

# The deadline's words (period_words.DEADLINE_WORDS) before `the new year` that make it the turn into that year:
# `until the new year` is due when it begins, as `until March 2025` is due by the end of March and `by the new year`
# at the turn; `end of` names a year's end, not the new year's.
TURN_WORDS = ("by", "before", "until", "till")
# A day of the new year (`New Year's Day`, `New Year's Eve`) or a year printed after it (`by the new year 2025`, that
# year's): no new year these rules read
NOT_A_YEAR_TURN = r"(?!['\u2019]s|\s+(?:day|eve)\b|\s*" + ANY_DIGIT + ")"
# `by the new year`, `before New Year`, `before next year`: the turn into it, not a day of it nor a printed year's (the
# `new_year` rule's), nor after `not` (`not before next year`: its earliest start); one space between `new` or `next`
# and `year`, the gate's words
NEW_YEAR_TURN = r"(?<!\bnot )(?:\b(?:" + "|".join(TURN_WORDS) + r")\s+(?:the\s+)?new|\bbefore\s+next) year\b" \
    + NOT_A_YEAR_TURN
# `until next year`, `till next year`: its turn or its end, the words do not say (`until_next_year`)
UNTIL_NEXT_YEAR = r"\b(?:until|till)\s+next year\b" + NOT_A_YEAR_TURN
# `in the new year`, `early next year`: the year itself, not a day of it, a window from the plan's date (`within the
# next year`), the turn into the new year (`by the new year`, `before next year`: NEW_YEAR_TURN) nor `until next year`
# (UNTIL_NEXT_YEAR); `by next year` is this rule's, due by that year's end as `by 2026` is
NEW_YEAR = r"(?:\b(?P<part>early|mid|late)(?:\s+in)?[\s-]+)?(?:\bthe\s+)?\b(?:" + "".join(
    rf"(?<!\b{word} )(?<!\b{word} the )" for word in TURN_WORDS) + "new|" + "".join(
    rf"(?<!\b{word} )" for word in ("before", "until", "till")) \
    + r"(?<!the )next) year\b(?!['\u2019]s|\s+(?:day|eve)\b)"  # one space: the gate's words
# Found, no dates: the words say neither 31 December nor the next 31 December (reported: normalise/reported.py)
TURN_OR_END = Period(None, None, "year", None, ("until_next_year_turn_or_end",))


def new_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`in the new year`, `next year`: that calendar year; `early in the new year`, `early next year`: its first
    third (January to April), as `early 2026` is."""
    found = _the_new_year(ctx)
    if found is None:
        return Period(None, None, "year", None, ("new_year_without_reference",))
    year, note = found
    first, last = PARTS_OF_YEAR[m["part"]] if m["part"] else (1, 12)
    start, end = month_bounds(year, first)[0], month_bounds(year, last)[1]
    thirds = ("part_of_year_in_thirds",) if m["part"] else ()
    return Period(start, end, "range" if m["part"] else "year", ctx.calendar.label_for(start, end), (note, *thirds))


def new_year_turn(m: re.Match[str], ctx: Context) -> Period | None:
    """`by the new year`: due the last day before it, 31 December of the year before the new year, which is read
    as `in the new year`'s is (`_the_new_year`, its source named); without the plan's year or date, no dates."""
    found = _the_new_year(ctx)
    if found is None:
        return Period(None, None, "day", None, ("new_year_without_reference",))
    year, note = found
    day = month_bounds(year - 1, 12)[1]
    return Period(day, day, "day", ctx.calendar.label_for(day, day), (note, "new_year_turn_as_31_december"))


def until_next_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`until next year`: found, never dated. `until` is read as `by` (`until March 2025` due at March's end,
    `until the new year` at the turn), but `next year` here may be where the work stops or where it is put off to,
    and the two readings are a year apart: the words name no day (TURN_OR_END)."""
    return TURN_OR_END


def _the_new_year(ctx: Context) -> tuple[int, str] | None:
    """The new year and where it was taken from: the calendar year beginning within the one financial year the plan
    states, else the one after the plan's date; None with neither."""
    fy = one_year_of_plan(ctx)
    if fy is not None:
        return ctx.calendar.year_bounds(fy)[1].year, "new_year_from_plan_period"
    if ctx.reference is not None:
        return ctx.reference.year + 1, "new_year_after_document_date"
    return None


# The period table's rows for the new year (periods.PERIOD_RULES: name, pattern, reader, gate), in its order: `early in
# the new year`, `early next year`, `by next year` (not: unresolved): the calendar year beginning after the plan was
# written, or its third; `by the new year`, `before New Year`, `until the new year` and `before next year` (not:
# unresolved): 31 December before it; `until next year` (not: unresolved, nothing said): found, not dated
NEW_YEAR_ROWS: tuple[tuple[str, str, Callable[[re.Match[str], Context], Period | None], tuple[str, ...]], ...] = (
    ("new_year", NEW_YEAR, new_year, ("new year", "next year")),
    ("new_year_turn", NEW_YEAR_TURN, new_year_turn, ("new year", "next year")),
    ("until_next_year", UNTIL_NEXT_YEAR, until_next_year, ("next year",)),
)
