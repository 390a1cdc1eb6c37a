"""The date a plan prints as its own: the day its relative timelines ("Up to six months") count from.

Plans print their date in their opening lines: "Date: March 2024", "Updated 12 January 2025", "Version 2.1 -
October 2024", "As at 30 September 2024", "Progress report Q2 2024/25", "Meeting Date: 7 January 2014",
"Cabinet 14 November 2024". DATE_LINES is the table of those phrasings. The rule for which line is the plan's
date, when several print one:

- only the opening lines are searched: the lines with text before the first row the parser read and before the
  first line a reader marked as a table row, at most 30 of them (`parsers.council.title_lines`, where the
  council's name is read too). A date inside the table is a due date or a meeting the plan reports on, never its
  own;
- a line counts only when the whole line is a label and one date: a sentence that mentions a date ("As of March
  2023, the council was ...") is not the document's date;
- the first line that matches a rule is the plan's date: a plan prints its own date at its head, above the
  periods and meetings it goes on to report.

A progress report may print its date only over its progress column, the date its notes are as of (Newham's `What
we have done so far (October 2025)`): where no opening line prints a date, such a heading is the document's date
(HEADING_DATES), the period's last day, as `As at October 2025` would be.

Which day a printed period stands for is the rule's: a day is itself; a month, quarter or year printed as a
document's date is read at its first day, as a revision labelled `2024-06` is, except where the label says the
document speaks as at the period's end ("As at March 2024", a quarter's progress report: the position at the
quarter's end), which is read at its last day. Quarters and financial years are read under the profile's
financial year (`dating.timelines.read_timeline`, the timeline rules' own reading).

A plan may also state its period, the years its `Year 1`, `Year 2` count, in its title: "Homelessness and Rough
Sleeping Strategy 2022 to 2025", "Council Plan 2019 - 2023", "Action plan summary - 2012/13", "2022-25 Housing
Strategy", or in months, a remark in brackets perhaps after it: "Development Plan – Dec 2018 to April 2020 (review
deferred to May 2021 due to Covid)". PERIOD_LINES is the table of those phrasings, found by the same rules (the
opening lines only, the whole line the title, the first line read wins). The period is read by the timeline rules
and its years are the financial years wholly inside it (`fiscal.PlanYears.within`): `2022 to 2025` holds 2022/23,
2023/24 and 2024/25, so its year 1 is 2022/23; `Dec 2018 to April 2020` holds 2019/20 alone; a single calendar year
holds no whole financial year, and states no years.

The line a date or a period is read from is then no unplaced text: parsers/unplaced.USES keeps what was read as
boilerplate (`printed_date`, all of the line; `plan_period`, the period's own characters, `PrintedPeriod.at`) and
reports the title's other words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from council_actions.ingest.model import Document, Line, Span
from council_actions.parsers.council import title_lines
from council_actions.parsers.records import DateRule, PeriodRule, PrintedDate, PrintedPeriod

from council_actions.dating.period_types import Precision
from council_actions.fiscal import FiscalCalendar, PlanYears
from council_actions.period_words import MONTH, MONTH_WORD

DAY_ONLY: frozenset[Precision] = frozenset({"day"})
DAY_OR_MONTH: frozenset[Precision] = frozenset({"day", "month"})
SEP = r"\s*[:\-\u2013\u2014,|]?\s*"
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# One date and nothing after it but punctuation: a day or a month in words, or a day in figures.
IN_WORDS = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH},?\s+20\d{{2}}"  # `7 January 2014`, `March 2024`
IN_FIGURES = r"\d{1,2}[/.]\d{1,2}[/.](?:20)?\d{2}"  # `30/09/2024`: day first, as the timeline rules read it
DATE = rf"{WEEKDAY}(?P<date>{IN_WORDS}|{IN_FIGURES})\W*$"
FY_YEARS = r"(?P<y1>20\d{2})(?:\s*(?:/|-|\u2013|to)\s*(?P<y2>(?:20)?\d{2}))?"


@dataclass(frozen=True)
class DateLine:
    """A phrasing that prints a document's date: the whole line's pattern, whose `date` group (or `phrase`) is
    read as a timeline; `at` is the day of the printed period taken, `precisions` the periods it may print."""

    name: DateRule
    pattern: re.Pattern[str]
    at: Literal["start", "end"]
    precisions: frozenset[Precision]
    phrase: Callable[[re.Match[str]], str] = lambda match: match["date"]


def _quarter(match: re.Match[str]) -> str:
    """`Quarter 3 2023 to 2024`: the quarter of that financial year, spelt as the timeline rules read it."""
    years = f"{match['y1']}/{match['y2'][-2:]}" if match["y2"] else match["y1"]
    return f"q{match['q']} {years}"


def _line(name: DateRule, label: str, at: Literal["start", "end"], precisions: frozenset[Precision] = DAY_OR_MONTH,
          phrase: Callable[[re.Match[str]], str] | None = None) -> DateLine:
    pattern = re.compile(rf"^\W*{label}{SEP}" + (DATE if phrase is None else ""), re.IGNORECASE)
    return DateLine(name, pattern, at, precisions, *(() if phrase is None else (phrase,)))


DATE_LINES: tuple[DateLine, ...] = (
    _line("labelled_date", r"(?:date[d]?|date of (?:issue|publication|report|meeting|approval|review)"
          r"|(?:report|issue|publication|meeting|approval|review|revision|version|document) date"
          r"|(?:last )?(?:updated|revised|reviewed)(?: on)?|(?:first )?published(?: on)?|issued(?: on)?"
          r"|approved(?: on)?)", "start"),
    _line("as_at", r"(?:(?:position|status|progress|correct|data|information)\s+)?as (?:at|of)", "end"),
    _line("version", r"(?:version|issue|revision|rev\.?|v\.?)\s*\d+(?:\.\d+)*(?:\s+draft)?"
          r"(?:\s*[:\-\u2013,|(]\s*|\s+)(?:dated\s+|updated\s+)?", "start"),
    _line("quarter_report", r"(?:(?:[\w&]+\s+){0,4}(?:progress|performance|monitoring)(?:\s+(?:report|update))?"
          rf"{SEP}(?:for\s+)?)?(?:quarter|qtr\.?|q)\s*(?P<q>[1-4])\s*,?\s*(?:of\s+)?{FY_YEARS}\W*$", "end",
          frozenset({"quarter"}), _quarter),
    _line("meeting", r"(?:[\w&',]+\s+){0,6}?(?:cabinet|council|committee|board|panel|executive|scrutiny)"
          r"(?:\s+meeting)?(?:\s+(?:on|of|held on))?", "start", DAY_ONLY),
)


# A progress column's heading naming the date its notes are as of, in brackets or after `as at` (Newham's housing
# improvement plan: `What we have done so far (October 2025)`): the document speaks as at that date, read at the
# period's last day as `As at March 2024` is. Asked only where no opening line prints the document's date, of the
# headings of the columns the profile reads as progress.
HEADING_DATES: tuple[DateLine, ...] = (
    DateLine("progress_heading", re.compile(rf"^[^()]*?(?:\(\s*(?:as (?:at|of)\s+)?|\bas (?:at|of)\s+){WEEKDAY}"
                                            rf"(?P<date>{IN_WORDS}|{IN_FIGURES})\s*\)?\W*$", re.IGNORECASE),
             "end", DAY_OR_MONTH),
)


def printed_date(document: Document, calendar: FiscalCalendar, read_spans: Iterable[Span]) -> PrintedDate | None:
    """The first opening line that prints the document's date (see the module), or None; `read_spans` are the
    spans of the rows the parser read, above the first of which the opening lines end."""
    return next((found for line in _opening_lines(document, read_spans) for rule in DATE_LINES
                 if (found := _read(rule, line.text, line.span, calendar)) is not None), None)


def heading_date(progress_headings: Iterable[tuple[str, Span]], calendar: FiscalCalendar) -> PrintedDate | None:
    """The date the first progress column's heading says its notes are as of (HEADING_DATES), or None; asked where
    no opening line prints the document's date. `progress_headings`: each heading as printed and where."""
    return next((found for text, span in progress_headings for rule in HEADING_DATES
                 if (found := _read(rule, text, span, calendar)) is not None), None)


def _opening_lines(document: Document, read_spans: Iterable[Span]) -> list[Line]:
    return title_lines(document, min((span.line_start for span in read_spans), default=None))


def _read(rule: DateLine, text: str, span: Span, calendar: FiscalCalendar) -> PrintedDate | None:
    match = rule.pattern.match(" ".join(text.split()))
    if match is None:
        return None
    from council_actions.dating.timelines import read_timeline  # only for a line that prints a date: a plan
    # that prints none is read without the timeline rules (issue 15: the first document's reading child)

    reading = read_timeline(rule.phrase(match), calendar, None)
    if reading.kind != "deadline" or reading.start_date is None or reading.end_date is None \
            or reading.precision not in rule.precisions or "first_period_of_several" in reading.assumptions:
        return None
    day: dt.date = reading.start_date if rule.at == "start" else reading.end_date
    return PrintedDate(day, text.strip(), rule.name, reading.precision, span)


# What a title names its period as: a plan of some kind.
PLAN_WORD = r"(?:strategy|plan|programme|framework)"
# A year or financial year, perhaps to another (`2022 to 2025`, `2022-25`, `2012/13`, `2022/23 - 2024/25`).
YEARS = r"20\d{2}(?:\s*/\s*(?:20)?\d{2})?"
PERIOD = rf"(?P<period>{YEARS}(?:\s*(?:to|-|\u2013|\u2014)\s*(?:20)?\d{{2}}(?:\s*/\s*(?:20)?\d{{2}})?)?)"
# A month of a year to another (`Dec 2018 to April 2020`), and a remark in brackets after it that is no part of the
# period (`(review deferred to May 2021 due to Covid)`: the title's words, reported as they are).
MONTH_YEAR = rf"{MONTH_WORD}\.?\s+20\d{{2}}"
MONTHS = rf"(?P<period>{MONTH_YEAR}\s*(?:to|-|\u2013|\u2014)\s*{MONTH_YEAR})"
REMARK = r"(?:\s*\([^()]*\))?"


@dataclass(frozen=True)
class PeriodLine:
    """A phrasing that states a plan's period: the whole title line's pattern, whose `period` group is read as a
    timeline."""

    name: PeriodRule
    pattern: re.Pattern[str]


PERIOD_LINES: tuple[PeriodLine, ...] = (
    PeriodLine("plan_then_period", re.compile(rf"^\W*(?:[\w&',]+\s+){{0,8}}?{PLAN_WORD}\b(?:\s+[\w&']+){{0,3}}?\s*"
                                              rf"[-:,(\u2013\u2014]?\s*{PERIOD}\W*$", re.IGNORECASE)),
    PeriodLine("period_then_plan", re.compile(rf"^\W*{PERIOD}\s+(?:[\w&',]+\s+){{0,6}}?{PLAN_WORD}\W*$",
                                              re.IGNORECASE)),
    PeriodLine("plan_then_months", re.compile(rf"^\W*(?:[\w&',]+\s+){{0,8}}?{PLAN_WORD}\b(?:\s+[\w&']+){{0,3}}?\s*"
                                              rf"[-:,\u2013\u2014]?\s*{MONTHS}{REMARK}\W*$", re.IGNORECASE)),
)


def printed_period(document: Document, calendar: FiscalCalendar, read_spans: Iterable[Span]) -> PrintedPeriod | None:
    """The first opening line that states the plan's period (see the module), or None; `read_spans` are the spans
    of the rows the parser read, above the first of which the opening lines end."""
    return next((found for line in _opening_lines(document, read_spans) for rule in PERIOD_LINES
                 if (found := _read_period(rule, line, calendar)) is not None), None)


def _read_period(rule: PeriodLine, line: Line, calendar: FiscalCalendar) -> PrintedPeriod | None:
    match = rule.pattern.match(" ".join(line.text.split()))
    if match is None:
        return None
    from council_actions.dating.timelines import read_timeline  # only for a line that states a period (issue 15)

    reading = read_timeline(match["period"], calendar, None)
    if reading.kind != "deadline" or reading.start_date is None or reading.end_date is None:
        return None
    years = PlanYears.within(calendar, reading.start_date, reading.end_date)
    if not years:
        return None
    return PrintedPeriod(years, line.text.strip(), rule.name, line.span, _printed_at(line.text, *match.span("period")))


def _printed_at(text: str, start: int, end: int) -> tuple[int, int]:
    """Where `" ".join(text.split())[start:end]` (what the rules matched) is printed in `text` itself, whose spaces
    may be runs and tabs: the boilerplate the line's period is kept as has its own characters."""
    places: list[int] = []  # per character of the joined text, its offset in `text`
    for word in re.finditer(r"\S+", text):
        if places:
            places.append(word.start() - 1)  # the one space standing for the run before the word
        places.extend(range(word.start(), word.end()))
    return places[start], places[end - 1] + 1
