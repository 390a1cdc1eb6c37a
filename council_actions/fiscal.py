"""The financial calendar: quarters and years of a financial year that starts in a set month.

UK local government runs 1 April to 31 March; the start month comes from the
council profile so that the same code serves bodies on other years.

Below the stages (tests/test_layers.py): the parsers date the plan's own date and period under it
(parsers/plan_date.py) and normalise dates every timeline under it, so the parsers import no later stage for it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from council_actions.profile import Profile

ONE_DAY = dt.timedelta(days=1)
MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # days of month 1-12 (February: month_bounds)
TWO_DIGITS = tuple(f"{n:02d}" for n in range(100))  # a financial year's second year as printed (`label`), by table


@dataclass(frozen=True)
class FiscalCalendar:
    """The council's financial year (April by default, from the profile) and how it numbers a quarter printed
    with a single year, so every period is computed under the council's own calendar."""

    start_month: int = 4
    single_year_quarter: str = "fiscal_year_starting"

    def year_of(self, day: dt.date) -> int:
        """The calendar year in which the financial year holding `day` starts."""
        return day.year if day.month >= self.start_month else day.year - 1

    def year_bounds(self, start_year: int) -> tuple[dt.date, dt.date]:
        """First and last day of the financial year starting in `start_year`: the period `2024/25` means."""
        return self._months(start_year, 0, 12)

    def label(self, start_year: int) -> str:
        """The financial year as councils print it (`2024/25`); a calendar-year council's is the plain year."""
        if self.start_month == 1:
            return str(start_year)
        return f"{start_year}/{TWO_DIGITS[(start_year + 1) % 100]}"

    def quarter_bounds(self, start_year: int, quarter: int, last: int | None = None) -> tuple[dt.date, dt.date]:
        """From the first day of `quarter` to the last day of quarter `last` (of `quarter` if not given); a `last`
        before `quarter` (`Q4-Q1`) is of the next year, so the interval never ends before it starts (the readers name
        it `quarter_range_across_year_end`)."""
        months = 3 * (((quarter if last is None else last) - quarter) % 4 + 1)
        return self._months(start_year, 3 * (quarter - 1), months)

    def half_bounds(self, start_year: int, half: int) -> tuple[dt.date, dt.date]:
        """First and last day of half 1 or 2 of the financial year starting in `start_year` (`H2 2024`)."""
        return self._months(start_year, 6 * (half - 1), 6)

    def _months(self, start_year: int, offset: int, count: int) -> tuple[dt.date, dt.date]:
        """First and last day of `count` months from `offset` months into the year starting in `start_year`: two
        dates built from month arithmetic, as the timeline normaliser asks for these for most phrases it reads."""
        first, after = self.start_month - 1 + offset, self.start_month - 1 + offset + count
        return (dt.date(start_year + first // 12, first % 12 + 1, 1),
                dt.date(start_year + after // 12, after % 12 + 1, 1) - ONE_DAY)

    def label_for(self, start: dt.date, end: dt.date) -> str | None:
        """The financial year an interval falls in, if it falls in exactly one."""
        year = start.year - (start.month < self.start_month)  # year_of, inline: most readings ask this
        return self.label(year) if end.year - (end.month < self.start_month) == year else None


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after `day`'s month: quarter and season bounds count from it."""
    index = day.month - 1 + months
    return dt.date(day.year + index // 12, index % 12 + 1, 1)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month, the interval a month-precision timeline covers."""
    first = dt.date(year, month, 1)
    return first, dt.date(year, month, 29 if month == 2 and calendar.isleap(year) else MONTH_DAYS[month])


class PlanYears(NamedTuple):
    """The financial years of the period a plan states as its own (`Strategy 2022 to 2025`: 2022/23 to 2024/25):
    the year the first starts in and how many there are, so its `Year 1`, `Year 2` can be dated
    (parsers/plan_date.py finds the period, council_actions/dating/relative_periods.py reads the years)."""

    first: int
    length: int

    @classmethod
    def within(cls, calendar: FiscalCalendar, start: dt.date, end: dt.date) -> PlanYears | None:
        """The financial years wholly inside start..end (`2022 to 2025`, read as the calendar years 2022 to 2025,
        holds 2022/23, 2023/24 and 2024/25), or None where no whole financial year lies inside it."""
        first = calendar.year_of(start)
        if calendar.year_bounds(first)[0] < start:  # begun before the period: its first year is the next
            first += 1
        last = calendar.year_of(end)
        if calendar.year_bounds(last)[1] > end:  # runs on past the period: its last year is the one before
            last -= 1
        return cls(first, last - first + 1) if last >= first else None


def fiscal_calendar(profile: Profile) -> FiscalCalendar:
    """The profile's fiscal year (start month, single-year quarters): the one place timelines read it."""
    return FiscalCalendar(profile.fiscal_year_start_month, profile.single_year_quarter)
