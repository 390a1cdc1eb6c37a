"""One timeline phrase to a dated interval with its kind and every assumption named.

The kind comes from the first matching row of `kinds.KIND_RULES`, and a recurring
one's cadence and months from `cadence.CADENCE_RULES`; the dates from the
period expressions (`periods.PERIOD_RULES`). Periods joined by `-`, `to`,
`and` or a comma form one range; otherwise the first period governs and the
reading says so. A timeline naming its action's start ("ongoing from May 2016",
"From 1 February 2024 until conclusion", "Phase 2 provisional start date July
2005") starts there and has no end: X is when it begins, not when it is due
(assumption `open_ended_from_start`), unless it names a later end it runs to ("to
commence 06/25, testing through to September 2025": a range, due at the end's
end); so does an ongoing one whose last period is followed by nothing but an open
end's words ("2028 onwards", "year 2 - ongoing"): normalise/start_ends.py.
A phrase with no period and no kind word is `unresolved`: its dates stay null
and it is reported, never filled from the wall clock (a status printed in its
place, "In hand", is named so: `kinds.STATUS_ALONE`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from council_actions.normalise.records import TimelineReading
from council_actions.normalise.start_ends import OPEN_ON, runs_to, starts_at

from council_actions.dating.cadence import MONTHS_ALONE, Recurrence, read_recurrence
from council_actions.dating.kinds import KIND_ANY, STATUS_ALONE, kind_of
from council_actions.dating.period_search import FoundPeriod, find_periods, unread_time_words
from council_actions.dating.period_types import Context, Precision
from council_actions.dating.printed import SLASH_GAP, printed_offset, unread_words
from council_actions.fiscal import FiscalCalendar, PlanYears
from council_actions.period_words import DEADLINE_OR_SPAN, SPAN_WORDS

if TYPE_CHECKING:
    from dateparser.date import DateDataParser  # dateparser ships no types: this is Any to mypy

# What a period rule names when it found a period it could not place for want of what the phrase is read against
# (`year 2` where the plan states no period): set aside, so it neither dates the reading nor takes a printed date's
# place, and named in a reading nothing else dates (`year 2 - ongoing`, `year 2`), so that it is reported.
UNPLACED = frozenset({"plan_year_without_period"})
UNPLACED_GATE = "year"  # the gate of the rules that name it (plan_year, plan_years): no other phrase is looked over
# Period rules that count from the plan's date (the reference date) rather than print a date.
RELATIVE_RULES = frozenset({"immediate", "relative_span", "relative_window", "months_in", "on_adoption", "plan_year",
                            "plan_years", "span_alone", "term_without_length"})
COUNTED_FROM = re.compile(r"\b(?:of|from|after)\W*$")
# "during 2026", "in the Summer / Autumn of 2025", "during w/c 2nd April 2018" (the week commencing a day is that
# day, README): a period, not a deadline
PERIOD_WORDS = re.compile(rf"\b(?:{'|'.join(SPAN_WORDS)})(?:\s+the)?(?:\s+(?:w/c|week commencing))?\s*$")
# A year printed alone in running text is a time after a word that times something ("by 2026", "the end of 2026",
# "in 2026"); elsewhere it is more often part of a name ("Neighbourhood 2030", "Vision 2030") (`names_a_time`).
TIMED_YEAR = re.compile(rf"\b{DEADLINE_OR_SPAN}\s*$")
YEAR_ALONE = frozenset({"calendar_year"})
# A phrase printing no period is still a time if it says when by its kind: its action runs on, recurs or is done
# ("Ongoing", "Annually", "Completed"); a condition ("when funding allows") or an update is no time by itself.
TIMED_KINDS = frozenset({"ongoing", "recurring", "complete"})
# After an allocation cell's owners a condition is the timeline too ("CEX, when advised by Oflog": the spec's
# conditional kind), since nothing but a time follows the owners there (`ends_owners`).
ALLOCATION_KINDS = TIMED_KINDS | {"conditional"}
CLOSING = " .;)"  # what may follow the period a line closes on: `(28 November 2025).` (`ends_on_a_date`)
# A date or month in figures (`31/03/2025`, `06/25`), as a row's marker is printed too: Bracknell's `4.01.04`
# (`opens_on_a_date`)
IN_FIGURES = frozenset({"numeric_date", "month_in_figures"})
JOINED = re.compile(r"^\s*(?:-|to|and|,|&|/)\s*$")
# start, end, precision, fiscal year, assumptions: a TimelineReading's dates without its kind and condition
Interval = tuple[dt.date | None, dt.date | None, Precision, str | None, tuple[str, ...]]
# dashes and an arrow as a range's join (`22 November 2021 \u2192 31 January 2022`, Cherwell's key dates), one character
# each so that offsets into the printed phrase hold
DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2192": "-", "\u00a0": " "})
POINT_PRECISIONS = frozenset({"day"})  # a date, not a period a column is headed by (`is_period`)
UNRESOLVED = TimelineReading("unresolved", None, None, None, None, None, ())
STATUS_READING = TimelineReading("unresolved", None, None, None, None, None, ("status_not_time",))
NO_RECURRENCE = Recurrence(None, (), None, ())
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
    data = _date_parser().get_date_data(re.sub(r"^w/c\s+", "", text))
    return data.date_obj.date() if data and data.date_obj else None


# What asks only whether a period is printed (`is_period`, `names_a_time`): the default calendar, no reference date.
PRINTED_ONLY = Context(FiscalCalendar(), None, parse_full_date)


@lru_cache(maxsize=65536)
def read_timeline(phrase: str, calendar: FiscalCalendar, reference: dt.date | None,
                  plan: PlanYears | None = None) -> TimelineReading:
    """Memoised: a pure function of its arguments, and plans repeat their phrases (`cache_clear` to measure cold); at
    most 65536 readings, some 0.7 KB each (a long-lived process holds about 45 MB of them once full). `plan`: the
    financial years of the period the plan states as its own, which its `Year 1` counts."""
    text = _normalised(phrase)
    ctx = Context(calendar, reference, parse_full_date, plan)
    kind, kind_at = kind_of(text)
    if kind is None and MONTHS_ALONE.match(text):
        kind = "recurring"
    periods = find_periods(text, ctx)
    unplaced: tuple[str, ...] = ()
    if UNPLACED_GATE in text:
        periods, unplaced = _set_aside(periods)
    periods = _printed_over_relative(text, periods)
    recurs = NO_RECURRENCE
    if kind == "recurring":
        periods, recurs = read_recurrence(text, periods, calendar)
    if kind is None and not periods:
        return _unread(text, unplaced)
    condition = None
    if kind == "conditional" and kind_at is not None:
        condition = _unbracketed(phrase[printed_offset(phrase, kind_at.start()):].strip(" .,;"))
    before = text[:periods[0].start] if periods else ""
    starts = starts_at(kind, before)
    ends = runs_to(text, periods) if starts and periods else None
    if kind is None:
        kind = "ongoing" if starts and ends is None \
            else "period" if periods[0].start and PERIOD_WORDS.search(before) else "deadline"
    if not periods:
        return TimelineReading(kind, None, None, recurs.precision, None, condition, (*unplaced, *recurs.assumptions),
                               recurs.cadence, recurs.months)
    start, end, precision, fiscal_year, assumptions = _interval(text, periods, calendar)
    words = unread_words(phrase, unread_time_words(text, periods, kind))
    unread = ("period_words_not_read",) if words else ()
    if ends is not None and start is not None:
        return TimelineReading(kind, start, ends[0], "range", calendar.label_for(start, ends[0]), condition,
                               (*ends[1], *unread, *recurs.assumptions), recurs.cadence, recurs.months, words)
    assumptions += unread + recurs.assumptions
    if starts or (kind == "ongoing" and OPEN_ON.fullmatch(text, periods[-1].end)):
        return TimelineReading(kind, start, None, precision, None, condition, (*assumptions, "open_ended_from_start"),
                               recurs.cadence, recurs.months, words)
    return TimelineReading(kind, start, end, precision, fiscal_year, condition, assumptions, recurs.cadence,
                           recurs.months, words)


def _unbracketed(condition: str) -> str:
    """A condition without the bracket closing the aside it was printed in ("... 27 May 2025 (with possible reset
    of timeline if agreed at sponsor level).": `if agreed at sponsor level`, not `... level)`)."""
    if condition.endswith(")") and condition.count(")") > condition.count("("):
        return condition[:-1].rstrip(" .,;")
    return condition


def _unread(text: str, unplaced: tuple[str, ...]) -> TimelineReading:
    """A phrase with no kind word and no period: unresolved, naming a period it could not place (UNPLACED) or a
    status printed in its place (STATUS_ALONE: `In hand`)."""
    if STATUS_ALONE.fullmatch(text):
        return STATUS_READING
    return TimelineReading("unresolved", None, None, None, None, None, unplaced) if unplaced else UNRESOLVED


def _set_aside(periods: list[FoundPeriod]) -> tuple[list[FoundPeriod], tuple[str, ...]]:
    """The periods that can be placed, and the UNPLACED assumptions of those that cannot (see UNPLACED)."""
    if not any(a in UNPLACED for p in periods for a in p.period.assumptions):
        return periods, ()
    unplaced = tuple(dict.fromkeys(a for p in periods for a in p.period.assumptions if a in UNPLACED))
    return [p for p in periods if not UNPLACED.intersection(p.period.assumptions)], unplaced


def _printed_over_relative(text: str, periods: list[FoundPeriod]) -> list[FoundPeriod]:
    """`Immediate (by 31 March 2025)`, `Up to six months (by March 2025)`: a period counted from the plan's date
    gives way to a dated one printed after it (its reading names that with `printed_date_over_relative`), unless
    the date is what it counts from ("within 3 months of April 2025"; from a day, `periods.span_from_date` reads it)."""
    if len(periods) < 2 or periods[0].rule not in RELATIVE_RULES:
        return periods
    printed = [p for p in periods if p.rule not in RELATIVE_RULES and p.period.start is not None]
    if not printed or COUNTED_FROM.search(text[:printed[0].start]):
        return periods
    first = printed[0]
    return [first._replace(period=first.period._replace(
        assumptions=(*first.period.assumptions, "printed_date_over_relative"))), *printed[1:]]


def _interval(text: str, periods: list[FoundPeriod], calendar: FiscalCalendar) -> Interval:
    """The first period, extended over periods joined to it; later unjoined periods are context."""
    if len(periods) == 1:
        only = periods[0].period
        return only.start, only.end, only.precision, only.fiscal_year, _unique(only.assumptions)
    chain = [periods[0]]
    for found in periods[1:]:
        if JOINED.match(text[chain[-1].end:found.start]) and chain[0].period.runs_on_to(found.period):
            chain.append(found)
        else:
            break
    first, last = chain[0].period, chain[-1].period
    assumptions = tuple(dict.fromkeys(a for f in chain for a in f.period.assumptions))
    if len(periods) > len(chain):
        assumptions += ("first_period_of_several",)
    if len(chain) == 1:
        return first.start, first.end, first.precision, first.fiscal_year, assumptions
    start, end = first.start, last.end
    fiscal_year = calendar.label_for(start, end) if start and end else None
    return start, end, "range", fiscal_year, assumptions


def _unique(assumptions: tuple[str, ...]) -> tuple[str, ...]:
    """Each assumption once, in order (a range of two two-digit years names `two_digit_year` twice)."""
    return assumptions if len(assumptions) < 2 else tuple(dict.fromkeys(assumptions))


def _normalised(phrase: str) -> str:
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
    text = _normalised(heading).strip()
    found = find_periods(text, PRINTED_ONLY) if text else []
    return (len(found) == 1 and found[0].start == 0 and found[0].end == len(text)
            and found[0].period.precision not in POINT_PRECISIONS and found[0].rule not in RELATIVE_RULES)


def names_a_time(line: str) -> bool:
    """Whether a line of running text names a time with its year, as a milestone does (`... review by Autumn 2025.`,
    `Barlby Road – June 2026 (83)`, `(July 2025)`, `by Q3 2025/26`, `31/03/2026`): a period the rules date with no
    reference date (a quarter with no year, or a span counted from the plan's date, does not count), a year alone
    only after a word that times it (TIMED_YEAR). The text readers ask this, so what reads as a time is decided
    here, by the same rules that date it."""
    text = _normalised(line)
    return any(found.period.start is not None
               and (found.rule not in YEAR_ALONE or TIMED_YEAR.search(text[:found.start]) is not None)
               for found in find_periods(text, PRINTED_ONLY))


def is_kind_alone(phrase: str) -> bool:
    """Whether a line is nothing but the words of a timeline's kind (`Ongoing`, `Complete`, `Quarterly`, `Business as
    usual`), as a timescale column prints them beside its dates; a line of running text holding such a word
    (`ongoing work with partners`, `quarterly review of resource alignment.`) is an action, not a time. The text
    readers ask this (`ingest/spaced_header.py`), so which words make a kind is decided by KIND_RULES alone."""
    text = _normalised(phrase).strip(" .;:")
    found = KIND_ANY.search(text)
    return found is not None and found.group().strip() == text


def is_timeline(phrase: str, kinds: frozenset[str] = TIMED_KINDS) -> bool:
    """Whether a phrase standing alone reads as a timeline: a heading over a list's items (`2025`, `2028 onwards`,
    `Up to six months`, `3 months in:`), an item's opening words (`By 26 January 2024 - ...`) or its bracket
    (`(July 2026)`). It prints a period the rules find, dated or counted from the plan's date, or says when by
    its kind (`kinds`: TIMED_KINDS). Unlike a line of running text (`names_a_time`), a year alone counts: standing
    alone it is no part of a name. The text readers and the allocation splitter ask this, so what reads as a time
    is decided by the rules that date it; which kinds count is the one thing the askers differ in. Whether it
    reads does not depend on the council's calendar (that moves dates, not what a phrase is), so the default one
    is used."""
    reading = read_timeline(phrase, PRINTED_ONLY.calendar, None)
    return reading.precision is not None or reading.kind in kinds


def ends_owners(phrase: str) -> bool:
    """Whether a piece of an allocation cell is where its owners end and its timeline begins (`CHoHROD, Q3-Q4
    24/25`, `CEX, when advised by Oflog.`): a timeline as `is_timeline` reads one, a condition included
    (ALLOCATION_KINDS)."""
    return is_timeline(phrase, ALLOCATION_KINDS)


def ends_on_a_date(line: str) -> bool:
    """Whether a line closes on a dated period (`By end 2005/06`, `Phase 2 provisional start date July 2005`,
    `(28 November 2025).`): the last period the rules find ends the line, but for CLOSING's marks, and is dated with
    no reference date (a quarter with no year, or a span counted from the plan's date, is not). The readers ask
    this where a line closing on a date ends a milestone (ingest/line_breaks.closes_on_date)."""
    text = _normalised(line).rstrip(CLOSING)
    found = find_periods(text, PRINTED_ONLY) if text else []
    return bool(found) and found[-1].end == len(text) and found[-1].period.start is not None


def opens_on_a_date(line: str) -> bool:
    """Whether a line opens with a period printed in words, as a year or as a quarter (`30 September 2024`,
    `2028 onwards`, `Q3 2024/25`, `Q3`): the first period the rules find starts the line, and is neither counted
    from the plan's date (RELATIVE_RULES: `3 months in:`) nor a date in figures (IN_FIGURES), which is how a row's
    marker is printed too (Bracknell's `4.01.04`, which the rules read as 4 January 2004). The cell-per-line reader
    asks this so that a line opening with a date opens no row (ingest/cell_lines._is_marker)."""
    text = _normalised(line)
    found = find_periods(text, PRINTED_ONLY) if text else []
    return bool(found) and found[0].start == 0 and found[0].rule not in RELATIVE_RULES | IN_FIGURES
