"""Feasts a timeline names with their year (`by Christmas 2025`, `Easter 2026`): the day each falls on.

Read as the year alone, the feast would be named unread (`period_words_not_read`) and the due date be 31 December:
for `by Easter 2026`, eight months late. Each feast here is one day, so it is read as that day and the reading names
the day taken (`FEASTS`): Christmas Day, 25 December; Easter Day, the Sunday the Western churches keep, which moves
(22 March to 25 April), reckoned by dateutil's Gregorian table, not written down year by year. A feast with no year
(`Christmas`, `by Easter`; not unresolved) is the next one on or after the plan's date (the reference date), as a
quarter or month with no year is read against the plan, and says so; without that date it has no dates and is
reported. The rule table that uses the readers is `periods.PERIOD_RULES`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from council_actions.dating.period_types import Context, Period


def _christmas(year: int) -> dt.date:
    return dt.date(year, 12, 25)


def _easter(year: int) -> dt.date:
    """Easter Day of `year`, by dateutil's Western reckoning, imported only here, as dateparser is: reading text
    imports no date library until a phrase needs one (tests/council_actions/test_startup.py)."""
    from dateutil.easter import EASTER_WESTERN, easter

    day: dt.date = easter(year, EASTER_WESTERN)  # dateutil ships no types
    return day


# feast (as the rule's pattern spells it): the day it falls on in a year, and the assumption naming that day
FEASTS: dict[str, tuple[Callable[[int], dt.date], str]] = {
    "christmas": (_christmas, "christmas_as_25_december"),
    "easter": (_easter, "easter_as_easter_sunday"),
}
FEAST_WORD = "(?:" + "|".join(FEASTS) + ")"
FEAST = "(?P<feast>" + "|".join(FEASTS) + ")"


def feast(m: re.Match[str], ctx: Context) -> Period | None:
    """`Christmas 2025`, `by Easter 2026`, `Easter of 2026`: the feast's day that year, a deadline on that day."""
    day_of, note = FEASTS[m["feast"]]
    day = day_of(int(m["year"]))
    return Period(day, day, "day", ctx.calendar.label_for(day, day), (note,))


def feast_no_year(m: re.Match[str], ctx: Context) -> Period | None:
    """`Christmas`, `by Easter`: the feast's next day on or after the plan's date (`feast_next_after_document_date`:
    a plan dated 1 June 2024 means Christmas 2024, one dated 26 December 2024 Christmas 2025), since a plan sets what
    is still to come; without the date, no dates (`feast_without_year_no_reference`, reported as needing one)."""
    day_of, note = FEASTS[m["feast"]]
    if ctx.reference is None:
        return Period(None, None, "day", None, (note, "feast_without_year_no_reference"))
    day = day_of(ctx.reference.year)
    if day < ctx.reference:
        day = day_of(ctx.reference.year + 1)
    return Period(day, day, "day", ctx.calendar.label_for(day, day), (note, "feast_next_after_document_date"))
