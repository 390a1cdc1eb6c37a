"""What a period rule reads a phrase with and what it returns (periods.py, relative_periods.py), and the
vocabularies of what a reading is (its kind, precision and cadence).

Apart from the rules so that the rules read against the plan (relative_periods) and those that read a printed
period (periods) share them without importing each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal, NamedTuple

from council_actions.fiscal import FiscalCalendar, PlanYears

# The kinds a timeline reads as (kinds.KIND_RULES), and what a phrase with no kind word is (deadline, period,
# unresolved)
TimelineKind = Literal["deadline", "period", "recurring", "ongoing", "complete", "conditional", "update", "superseded",
                       "unresolved"]
# The period a timeline names (periods.PERIOD_RULES): "half" is a financial year's half ("H1 2024")
Precision = Literal["day", "month", "quarter", "season", "half", "fiscal_year", "year", "range"]
# How often a recurring timeline recurs (cadence.CADENCE_RULES): "bi_monthly" every two months,
# "twice_yearly" twice a year whether six months apart or not ("Every six months", "Feb & Oct")
Cadence = Literal["weekly", "fortnightly", "monthly", "bi_monthly", "quarterly", "twice_yearly", "annual", "biennial"]


class Period(NamedTuple):
    """One expression's interval: a named tuple, several times cheaper to build than a frozen dataclass (issue 15)."""

    start: dt.date | None
    end: dt.date | None
    precision: Precision
    fiscal_year: str | None
    assumptions: tuple[str, ...]

    def runs_on_to(self, later: Period) -> bool:
        """Whether a period joined after this one can end a range from it: dated, and ending no earlier than this
        starts. A range that would run backwards (`March 31, 2025` read as March 2031 to 2025) is no range: the
        first period governs and the reading names the rest (`first_period_of_several`)."""
        if later.start is None or later.end is None:
            return later.start is not None
        return self.start is None or later.end >= self.start


class Context(NamedTuple):
    """What reading a phrase depends on beyond its text: the council's calendar, the date relative phrases are
    read against, the date parser, and the financial years of the period the plan states as its own (`Year 1`);
    passed to every rule, so no rule reads a setting of its own."""

    calendar: FiscalCalendar
    reference: dt.date | None
    parse_date: Callable[[str], dt.date | None]
    plan: PlanYears | None = None


class TimelineReading(NamedTuple):
    """What a timeline phrase means (docs/assumptions.md, Timelines; one `action_timelines` row): a named tuple, as
    `Period` is, since every phrase read builds one and a frozen dataclass costs four times as much to build (a
    thirteenth of an uncached reading, in benchmarks/timelines.py's uncached pass). A recurring one also
    says how often it recurs (`cadence`) and the months of the year it falls in where the phrase names them
    (`months`, 1-12 in calendar order: "Annual review in May" is (5,), "Q2 and Q4 annually" the months of those
    quarters): council_actions/dating/cadence.py.
    `unread`: the words naming a time that no period read took in, as printed (`Mar 25` of `Mar 25/Jan 25`), which
    assumption `period_words_not_read` stands for and the `timeline_part_unread` warning names."""

    kind: TimelineKind
    start_date: dt.date | None
    end_date: dt.date | None
    precision: Precision | None
    fiscal_year: str | None
    condition: str | None
    assumptions: tuple[str, ...]
    cadence: Cadence | None = None
    months: tuple[int, ...] = ()
    unread: tuple[str, ...] = ()
