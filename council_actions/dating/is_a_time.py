"""Whether a line reads as a time, asked long before anything is dated: the readers (ingest) ask it of a heading,
a cell's opening or closing words and a list's items, the parsers of an allocation cell, the role of a column
headed by a period (council_actions/roles.py), the allocation splitter of an owner's cell. Each is answered by the
period rules (`period_search.find_periods`) and the kinds' words (`kinds`) that date the phrase later
(timelines.py), so what reads as a time and how it is dated cannot drift apart; here it is only asked
whether, never when.

A phrase is read as the rules read it (`normalised`) under the default calendar and no reference date
(PRINTED_ONLY): whether a period is printed does not depend on the council's financial year.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import get_args

from council_actions.dating.cadence import MONTHS_ALONE, read_recurrence
from council_actions.dating.day_dates import NO_SUCH_DAY, parse_full_date
from council_actions.dating.kinds import KIND_ANY, kind_of
from council_actions.dating.period_search import FoundPeriod, find_periods
from council_actions.dating.period_types import Context, TimelineKind
from council_actions.dating.printed import SLASH_GAP
from council_actions.fiscal import FiscalCalendar
from council_actions.period_words import DEADLINE_OR_SPAN

# What a period rule names when it found a period it could not place for want of what the phrase is read against
# (`year 2` where the plan states no period): set aside, so it neither dates the reading nor takes a printed date's
# place, and named in a reading nothing else dates (`year 2 - ongoing`, `year 2`), so that it is reported.
UNPLACED = frozenset({"plan_year_without_period"})
UNPLACED_GATE = "year"  # the gate of the rules that name it (plan_year, plan_years): no other phrase is looked over
# Period rules that count from the plan's date (the reference date) rather than print a date.
RELATIVE_RULES = frozenset({"immediate", "relative_span", "relative_window", "months_in", "on_adoption", "plan_year",
                            "plan_years", "span_alone", "span_of_days", "term_without_length"})
# A year printed alone in running text is a time after a word that times something ("by 2026", "the end of 2026",
# "in 2026"); elsewhere it is more often part of a name ("Neighbourhood 2030", "Vision 2030") (`names_a_time`).
TIMED_YEAR = re.compile(rf"\b{DEADLINE_OR_SPAN}\s*$")
YEAR_ALONE = frozenset({"calendar_year"})
# A phrase printing no period is still a time if it says when by its kind: its action runs on, recurs or is done
# ("Ongoing", "Annually", "Completed"); a condition ("when funding allows") or an update is no time by itself.
TIMED_KINDS = frozenset({"ongoing", "recurring", "complete"})
# Every kind a phrase read as a timeline has: all but `unresolved` (`is_timeline` with these is whether the reading
# resolves at all: a section heading as an action's timeline, parsers/table_action.py).
RESOLVED_KINDS = frozenset(get_args(TimelineKind)) - {"unresolved"}
CLOSING = " .;)"  # what may follow the period a line closes on: `(28 November 2025).` (`ends_on_a_date`)
# A date or month in figures (`31/03/2025`, `06/25`), as a row's marker is printed too: Bracknell's `4.01.04`
# (`opens_on_a_date`)
IN_FIGURES = frozenset({"numeric_date", "month_in_figures"})
# dashes and an arrow as a range's join (`22 November 2021 \u2192 31 January 2022`, Cherwell's key dates), one character
# each so that offsets into the printed phrase hold
DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2192": "-", "\u00a0": " "})
POINT_PRECISIONS = frozenset({"day"})  # a date, not a period a column is headed by (`is_period`)
# What asks only whether a period is printed (`is_period`, `names_a_time`): the default calendar, no reference date.
PRINTED_ONLY = Context(FiscalCalendar(), None, parse_full_date)


def set_aside(periods: list[FoundPeriod]) -> tuple[list[FoundPeriod], tuple[str, ...]]:
    """The periods that can be placed, and the UNPLACED assumptions of those that cannot (see UNPLACED)."""
    if not any(a in UNPLACED for p in periods for a in p.period.assumptions):
        return periods, ()
    unplaced = tuple(dict.fromkeys(a for p in periods for a in p.period.assumptions if a in UNPLACED))
    return [p for p in periods if not UNPLACED.intersection(p.period.assumptions)], unplaced


def normalised(phrase: str) -> str:
    """A phrase as the rules read it: lower case, dashes as `-`, a slash between two periods set apart."""
    text = (phrase if phrase.isascii() else phrase.translate(DASHES)).lower()
    return SLASH_GAP.sub(" /", text) if "/" in text else text


@lru_cache(maxsize=4096)
def is_period(heading: str) -> bool:
    """Whether a heading is one period and nothing else (`2025`, `2024/25`, `Q3 2025`, `March 2026`): a column
    so headed holds what is due in that period (`roles.RoleMap.role_of`). A single day (`10 October 2023`) is a
    date a cell or a record prints, not a span a column gathers actions under; a span counted from the plan's
    date (`Up to six months`, RELATIVE_RULES) heads a list, whose items the parser times by it. Read under the
    default calendar and no reference date: only whether a period is printed matters here, not its dates."""
    text = normalised(heading).strip()
    found = find_periods(text, PRINTED_ONLY) if text else []
    return (len(found) == 1 and found[0].start == 0 and found[0].end == len(text)
            and found[0].period.precision not in POINT_PRECISIONS and found[0].rule not in RELATIVE_RULES)


def names_a_time(line: str) -> bool:
    """Whether a line of running text names a time with its year, as a milestone does (`... review by Autumn 2025.`,
    `Barlby Road – June 2026 (83)`, `(July 2025)`, `by Q3 2025/26`, `31/03/2026`): a period the rules date with no
    reference date (a quarter with no year, or a span counted from the plan's date, does not count), a year alone
    only after a word that times it (TIMED_YEAR). The text readers ask this, so what reads as a time is decided
    here, by the same rules that date it."""
    text = normalised(line)
    return any(_dated(found) and (found.rule not in YEAR_ALONE or TIMED_YEAR.search(text[:found.start]) is not None)
               for found in find_periods(text, PRINTED_ONLY))


def _dated(found: FoundPeriod) -> bool:
    """Whether a period found prints its own date, needing no reference date: one the rules dated, or a date that
    is no day (`31/04/2025`, `date_does_not_exist`), printed as a date is though it gets none."""
    return found.period.start is not None or NO_SUCH_DAY in found.period.assumptions


def is_kind_alone(phrase: str) -> bool:
    """Whether a line is nothing but the words of a timeline's kind (`Ongoing`, `Complete`, `Quarterly`, `Business as
    usual`), as a timescale column prints them beside its dates; a line of running text holding such a word
    (`ongoing work with partners`, `quarterly review of resource alignment.`) is an action, not a time. The text
    readers ask this (`ingest/spaced_header.py`), so which words make a kind is decided by KIND_RULES alone."""
    text = normalised(phrase).strip(" .;:")
    found = KIND_ANY.search(text)
    return found is not None and found.group().strip() == text


def _kind(text: str) -> TimelineKind | None:
    kind = kind_of(text)[0]
    return "recurring" if kind is None and MONTHS_ALONE.match(text) else kind


@lru_cache(maxsize=4096)
def is_timeline(phrase: str, kinds: frozenset[str] = TIMED_KINDS, calendar: FiscalCalendar | None = None) -> bool:
    """Whether a phrase standing alone reads as a timeline: a heading over a list's items (`2025`, `2028 onwards`,
    `Up to six months`, `3 months in:`), an item's opening words (`By 26 January 2024 - ...`) or its bracket
    (`(July 2026)`). It prints a period the rules find, dated or counted from the plan's date, or says when by
    its kind (`kinds`: TIMED_KINDS). Unlike a line of running text (`names_a_time`), a year alone counts: standing
    alone it is no part of a name. The text readers and the allocation splitter ask this, so what reads as a time
    is decided by the rules that date it; which kinds count is the one thing the askers differ in. Whether it
    reads does not depend on the council's calendar (that moves dates, not what a phrase is), so the default one
    is used, unless the asker reads the phrase under the council's (`calendar`: the table parser's heading).

    It is what timelines.read_timeline gives the phrase (a precision, or a kind in `kinds`) without the
    reading's dates: the kind its words make (a month alone recurs), and whether a period is left once those it
    cannot place (UNPLACED) and a recurring one's months are set aside. Memoised: the readers ask it of a line
    more than once."""
    text = normalised(phrase)
    kind = _kind(text)
    if kind in kinds:
        return True
    ctx = PRINTED_ONLY if calendar is None else PRINTED_ONLY._replace(calendar=calendar)
    periods = find_periods(text, ctx)
    if UNPLACED_GATE in text:
        periods = set_aside(periods)[0]
    if kind == "recurring":
        periods, recurs = read_recurrence(text, periods, ctx.calendar)
        return bool(periods) or recurs.precision is not None
    return bool(periods)


def ends_on_a_date(line: str) -> bool:
    """Whether a line closes on a dated period (`By end 2005/06`, `Phase 2 provisional start date July 2005`,
    `(28 November 2025).`): the last period the rules find ends the line, but for CLOSING's marks, and is dated with
    no reference date (a quarter with no year, or a span counted from the plan's date, is not). The readers ask
    this where a line closing on a date ends a milestone (ingest/line_breaks.closes_on_date)."""
    text = normalised(line).rstrip(CLOSING)
    found = find_periods(text, PRINTED_ONLY) if text else []
    return bool(found) and found[-1].end == len(text) and _dated(found[-1])


def opens_on_a_date(line: str) -> bool:
    """Whether a line opens with a period printed in words, as a year or as a quarter (`30 September 2024`,
    `2028 onwards`, `Q3 2024/25`, `Q3`): the first period the rules find starts the line, and is neither counted
    from the plan's date (RELATIVE_RULES: `3 months in:`) nor a date in figures (IN_FIGURES), which is how a row's
    marker is printed too (Bracknell's `4.01.04`, which the rules read as 4 January 2004). The cell-per-line reader
    asks this so that a line opening with a date opens no row (ingest/cell_lines._is_marker)."""
    text = normalised(line)
    found = find_periods(text, PRINTED_ONLY) if text else []
    return bool(found) and found[0].start == 0 and found[0].rule not in RELATIVE_RULES | IN_FIGURES
