"""Period expressions in timeline phrases, as an ordered table of rules.

Each rule is one form a plan prints a time in (docs/assumptions.md): a pattern over the normalised phrase and a
reader that turns the match into an interval, naming every assumption it makes. Rules are tried in order and the first
to match at a position wins, so specific forms (`Q3-Q4 24/25`) come before the general ones they contain (`24/25`).
dateparser reads dates in words (`30th September 2024`) under explicit settings; numeric dates are read day first by a
rule of our own (one reading, and no library call), as are the council forms dateparser does not know (`Q4
24/25`, `Summer 2024`, `July 24`). `period_search.find_periods` applies the table to a phrase; the words and numbers
the patterns are built from are in `period_words`; the readers of financial years and their quarters (`24/25`, `Q4
24/25`, `Q2 2024`) are in `fiscal_quarters`, those of days and months in figures or full dates are in
`day_dates`, those of forms counted from the plan (its date, or the years it states: `Year 1`) in `relative_periods`,
those of forms printed in two parts that make one period (`Autumn/Winter 2025`, `Q4 (Jan-Mar 2025)`, `Winter 2024/25`)
and of seasons and halves in `compound_periods`, those of the school year and its terms in `school_years`, those of
spans of years that are no financial year in `year_spans`, and those of feasts (`Easter 2026`, `by Christmas`) in
`feasts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from council_actions.dating.compound_periods import (
    half_in_fy,
    half_of_year,
    half_year,
    month_glossed,
    month_pair,
    month_range,
    month_range_no_year,
    season,
    season_glossed,
    season_no_year,
    season_of_fy,
    season_part,
    season_part_no_year,
    season_range,
)
from council_actions.dating.day_dates import (
    day_no_year,
    day_range,
    full_date,
    month_in_figures,
    month_year,
    numeric_date,
)
from council_actions.dating.feasts import FEAST, FEAST_WORD, feast, feast_no_year
from council_actions.dating.fiscal_quarters import QUARTER_ROWS, fiscal_year, fiscal_year_range
from council_actions.dating.new_year import NEW_YEAR_ROWS
from council_actions.dating.period_types import Context, Period
from council_actions.dating.relative_periods import (
    DAY_SPAN_ROWS,
    immediate,
    month_no_year,
    plan_year,
    plan_years,
    quarter_no_year,
    relative_span,
    relative_window,
    span_alone,
    span_from_date,
    start_after_adoption,
    term_without_length,
)
from council_actions.dating.school_years import SCHOOL_ROWS
from council_actions.dating.year_ends import YEAR_END_ROWS
from council_actions.dating.year_spans import YEAR_SPAN, calendar_year, part_of_year, year_span
from council_actions.period_words import (
    ANY_DIGIT,
    COUNT,
    FROM_EVENT,
    FY,
    FY_B,
    JOIN,
    LAST_MONTH,
    MONTH,
    MONTH_GATE,
    MONTH_WORD,
    PARTS_OF_YEAR,
    QUARTER,
    SEASON,
    SEASONS,
)


@dataclass(frozen=True)
class PeriodRule:
    """One form; `gate` lists substrings one of which a phrase must hold for the pattern to be tried. Its pattern is
    compiled when a phrase first opens the gate: a batch's first reader compiles only those its document's phrases
    open, its parent all (`rule_patterns`) before forking later children."""

    name: str
    source: str
    read: Callable[[re.Match[str], Context], Period | None]
    gate: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The rule's pattern, compiled once in this process (and inherited by the children it forks afterwards)."""
        return re.compile(self.source)


# Between a date's day and month: spaces, or a hyphen where one parts month and year too (`27-Feb-26`); not a dash
# after a month's year (`Apr 25 - Mar 26`, `Apr 25-Mar 26` are two months, not 25 March 2026)
DAY_GAP = r"(?:\s+|-(?=" + MONTH_WORD + r"\.?-))"
# between a month and its year: spaces, a hyphen as a spreadsheet prints it (`Sep-25`), an apostrophe (`June '25`)
MONTH_GAP = r"(?:\s*['\u2019]|\s+|-)"
ORD, DAY_JOIN = r"(?:st|nd|rd|th)?", r"(?P<join>\s*(?:-|to|&|and)\s*)"  # `30th`; a day range's join
DAY_YEAR = r"(?:,?\s+(?P<year>20\d{2})\b|(?![\w/]|\s*\d))"  # a day range's year, or none (`12th - 15th March`)
LAST_COUNT = COUNT.replace("?P<n>", "?P<last>")  # the far year of `years 1-2`
# the word timing a season with no year (`by the summer`, `Examination in the autumn`), before the match, so that a
# span's word is seen before the period as with any other (`timelines.PERIOD_WORDS`): a lookbehind, of fixed width
SEASON_LEAD = "(?:" + "|".join(rf"(?<=\b{word} )|(?<=\b{word} the )"
                               for word in ("by", "in", "during", "this", "over", "until", "before", "from")) + ")"
# what may follow a season printed with no year for it to be one (`season_no_year`): no year, term, title or range
SEASON_NOT_BEFORE = r"(?!\s*(?:of\s+)?(?:" + ANY_DIGIT + r"|term|season|statement|/|-|to\b|and\b|&))"
# what opens a day printed with no year and no ordinal (`by 31 March`): the phrase's start or a deadline's word; or
# one with an ordinal (`31st`). Each lead but the start's is a place the day's figure follows, so that is asked
# first: the search passes a place no figure follows with one check, where it tried each lookbehind there in turn
# (the rule was the slowest of the table on a long phrase naming a month, some 11 us of its 100)
DAY_LEAD = r"(?:^\W*|(?=\d)(?:(?<![\w/.-])(?=\d{1,2}(?:st|nd|rd|th))|(?<=\bby )|(?<=\bon )|(?<=\bbefore )" \
    r"|(?<=\buntil )|(?<=\bthe )|(?<=\bfrom )|(?<=\bend )))"
PERIOD_RULES: tuple[PeriodRule, ...] = tuple(
    PeriodRule(name, pattern, read, gate) for name, pattern, read, gate in (
        # a span counted from a day printed in words (`within 3 months of 1 April 2025`; not: from the plan's date, the
        # day a second period), ahead of the day's own rule, or from a month (`within six months of March 2025`; not
        # from the plan's date either)
        ("span_from_date", r"\b(?:within|up to|no later than)\s+" + COUNT + r"\s+(?P<unit>weeks?|months?|years?)\s+"
         r"(?:of|from|after|following)\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?" + MONTH + r"\s+(?P<year>20\d{2})\b",
         span_from_date, ("within", "up to", "later than")),
        ("numeric_date", r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>20\d{2}|\d{2})\b", numeric_date,
         ("/", ".")),
        # the same with hyphens (`31-03-2026`; not the year 2026, nothing said), and an ISO date (`2026-03-31`; not a
        # span of years running backwards, no dates), year first, so no day-first reading
        ("numeric_date_dashed", r"\b(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>20\d{2}|\d{2})\b", numeric_date,
         ("-",)),
        ("iso_date", r"\b(?P<year>20\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b", numeric_date, ("-",)),
        # two days sharing the year printed after the last, and the first its month too, or no year (`3 Oct to 14
        # November 2025`, `September 30th - November 11th 2019`, `7th - 13th April 2018`; not: the last day alone);
        # month first only with the year (`Oct 23 - Dec 23` is two months, each with its year)
        ("day_range", r"\b(?P<day>\d{1,2})(?P<ord>st|nd|rd|th)?(?:\s+" + MONTH + ")?" + DAY_JOIN
         + r"(?P<last_day>\d{1,2})" + ORD + r"\s+" + LAST_MONTH + DAY_YEAR, day_range, MONTH_GATE),
        ("month_day_range", r"\b" + MONTH + r"\s+(?P<day>\d{1,2})" + ORD + DAY_JOIN + LAST_MONTH
         + r"\s+(?P<last_day>\d{1,2})" + ORD + r",?\s+(?P<year>20\d{2})\b", day_range, MONTH_GATE),
        ("day_month_year", r"\b\d{1,2}(?:st|nd|rd|th)?" + DAY_GAP + MONTH + MONTH_GAP
         + r"(?P<year>20\d{2}\b|\d{2}\b(?![/\d]))", full_date, MONTH_GATE),
        # a date written month first with a comma (`March 31, 2025`) or an ordinal (`March 31st 2026`): the day and
        # year read by dateparser, where the month-and-year rules would read `March 31` as March 2031, joined to
        # `2025` as a range running backwards
        ("month_day_year", r"\b" + MONTH + r"\s+\d{1,2}(?:(?:st|nd|rd|th),?|,)\s*(?P<year>20\d{2})\b", full_date,
         MONTH_GATE),
        # quarters, each with its year or its financial year (fiscal_quarters.QUARTER_ROWS)
        *QUARTER_ROWS,
        ("half_in_fy", r"\bh(?P<half>[12])\s+" + FY, half_in_fy, ("h1", "h2")),
        ("half_in_words_fy", r"\b(?P<half>first|second)\s+half\s+(?:of\s+)?(?:the\s+)?(?:financial\s+year\s+)?" + FY,
         half_in_fy, ("half",)),
        ("half_of_year", r"\b(?P<half>first|second)\s+half\s+(?:of\s+)?(?P<year>20\d{2})\b(?!\s*[/-]\s*\d)",
         half_of_year, ("half",)),
        ("half_year", r"\bh(?P<half>[12])\s+(?P<year>20\d{2})\b", half_year, ("h1", "h2")),
        ("relative_window", r"\b" + COUNT.replace("?P<n>", "?P<m>") + r"\s*(?P<near_unit>months?|years?)?\s*(?:-|to)\s*"
         + COUNT + r"\s+(?P<unit>months?|years?)\b", relative_window, ("month", "year")),
        # the school year and its terms (school_years.SCHOOL_ROWS), before the financial year they print
        *SCHOOL_ROWS,
        # two seasons sharing a year (`Autumn/Winter 2025`), and a season of a financial year (`Winter 2024/25`)
        ("season_range", r"\b(?P<season>" + SEASON + r")\s*(?:/|-|to|and|&)\s*(?P<last>" + SEASON
         + r")\s+(?:of\s+)?(?:" + FY + r"|(?P<year>20\d{2})\b)", season_range, tuple(SEASONS)),
        # a season glossed by the months meant by it (`late summer (August–September) 2017`; not: the year alone)
        ("season_glossed", r"\b(?:(?:early|mid|late)[\s-]+)?" + SEASON + r"\s*\(\s*" + MONTH
         + r"(?P<join>\s*(?:-|to|/)\s*)" + LAST_MONTH + r"\s*\)\s*(?:of\s+)?(?P<year>20\d{2})\b", season_glossed,
         tuple(SEASONS)),
        ("season_of_fy", r"\b(?P<season>" + SEASON + r")\s+(?:season\s+)?(?:of\s+)?" + FY, season_of_fy,
         tuple(SEASONS)),
        ("fiscal_year_range", FY + JOIN + FY_B, fiscal_year_range, ("/", "-")),
        ("fiscal_year", r"(?<![\w/])" + FY, fiscal_year, ("/", "-")),
        ("year_span", r"(?<![\w/])" + YEAR_SPAN, year_span, ("-", "/")),
        ("month_in_figures", r"(?<![\w/.])(?:(?P<month>0[1-9])/(?P<year>1[3-9]|[2-9]\d)|(?P<month4>0?[1-9]|1[0-2])/"
         r"(?P<year4>20\d{2}))(?![\w/]|[.,]\d)", month_in_figures, ("/",)),
        # a part of a season with its year is that month of it (`late spring 2025`; not: the whole season)
        ("season_part", r"\b(?P<part>early|mid|late)[\s-]+(?P<season>" + SEASON + r")\s+(?:of\s+)?(?P<year>20\d{2})\b",
         season_part, tuple(SEASONS)),
        ("season", r"\b(?P<season>" + SEASON + r")\s+(?:of\s+)?(?P<year>20\d{2})\b", season,
         tuple(SEASONS)),
        # with no year (`late spring`, `by early summer`; not: unresolved): that month of the next such season
        ("season_part_no_year", r"\b(?P<part>early|mid|late)[\s-]+(?P<season>" + SEASON + r")\b" + SEASON_NOT_BEFORE,
         season_part_no_year, tuple(SEASONS)),
        # a season with no year after a word that times it (`by the summer`, `this Autumn`; not: unresolved): the
        # next one from the plan's date; not a term, a season's name in a title, nor a season a year or range follows
        ("season_no_year", SEASON_LEAD + r"(?P<season>" + SEASON + r")\b" + SEASON_NOT_BEFORE, season_no_year,
         tuple(SEASONS)),
        # a feast with its year is its day (`by Easter 2026`; not: the year, the feast named unread)
        ("feast", r"\b" + FEAST + r"\s+(?:of\s+)?(?P<year>20\d{2})\b", feast, ("christmas", "easter")),
        # with no year, alone or due by it (`by Easter`; not: unresolved): the next one on or after the plan's date
        ("feast_no_year", r"(?:^\W*(?=" + FEAST_WORD + r"\W*$)|\b(?:by|before|ahead of|prior to|until|in time for)\s+)"
         + FEAST + r"\b(?!\s*(?:of\s+)?" + ANY_DIGIT + ")", feast_no_year, ("christmas", "easter")),
        # two months each with its year, parted by a slash (`Dec 24/Jan 25`)
        ("month_pair", r"\b" + MONTH + r"\s+(?P<year>20\d{2}|\d{2})\s*/\s*" + LAST_MONTH
         + r"\s+(?P<last_year>20\d{2}|\d{2})\b(?![/\d])", month_pair, MONTH_GATE),
        # two months sharing the year after the last, joined by a dash or `to`, or by `and` (named: two times read
        # as the span between them, as periods joined by `and` are read)
        ("month_range", r"\b" + MONTH + r"(?P<join>\s*(?:-|to|/)\s*|\s+(?:and|&)\s+)" + LAST_MONTH
         + r"\s+(?P<year>20\d{2}|\d{2})\b(?![/\d])", month_range, MONTH_GATE),
        # a month glossed by its quarter (`Mar 2026 (Q4)`; not the month, the quarter named as a second period)
        ("month_glossed", r"\b" + MONTH + MONTH_GAP + r"(?P<year>20\d{2}|\d{2})\s*\(\s*" + QUARTER
         + r"(?P<q1>[1-4])\s*\)", month_glossed, MONTH_GATE),
        ("month_year", r"\b" + MONTH + MONTH_GAP + r"(?P<year>20\d{2}|\d{2})\b(?![/\d])", month_year, MONTH_GATE),
        ("part_of_year", r"\b(?P<part>early|mid|late)[\s-]+(?P<year>20\d{2})\b", part_of_year,
         tuple(PARTS_OF_YEAR)),
        # a year's end and a financial year named by its place (year_ends.YEAR_END_ROWS; not: unresolved)
        *YEAR_END_ROWS,
        # the new year, its turn, `until next year` (new_year.NEW_YEAR_ROWS; not: unresolved)
        *NEW_YEAR_ROWS,
        # `by Q4`; quarters with no year (`Q1-Q4`, `Q3/4`; not Q1, the rest named), a bare last only right after - or /
        ("quarter_no_year", r"\b" + QUARTER + r"(?P<q1>[1-4])(?:(?:\s*(?:-|to|/)\s*" + QUARTER + r"|[-/])(?P<q2>[1-4]))"
         r"?\b(?!\s*\d)", quarter_no_year, ("q",)),
        # "within (the) next three years" is "within 3 years": due by the window's end, as "in the next" is (taken
        # whole, so "within" before "next" is no word of a period: Brighton & Hove's target dates)
        ("relative_span", r"\b(?:up to|within(?: the)? next|within|in the next|over the next|the next|next)\s+"
         + COUNT + r"\s+(?P<unit>months?|years?)\b(?!" + FROM_EVENT + ")", relative_span, ("month", "year")),
        # a span printed alone (`6 months`, `18 months`; not: unresolved): within it, from the plan's date
        ("span_alone", r"^\W*" + COUNT + r"\s+(?P<unit>months?|years?)\W*$", span_alone, ("month", "year")),
        # a span of days or hours with no event named (relative_periods.DAY_SPAN_ROWS; not: unresolved)
        *DAY_SPAN_ROWS,
        # a short, medium or long term printed alone (not: unresolved, nothing said): found, never dated
        ("term_without_length", r"^\W*(?:short|medium|long(?:er)?)(?:\s*(?:-|to|/|and)\s*(?:medium|long(?:er)?))?"
         r"[\s-]+term\W*$", term_without_length, ("term",)),
        ("months_in", r"\b" + COUNT + r"\s+(?P<unit>months?|years?)\s+in\b(?=\W*$)", start_after_adoption,
         ("month", "year")),
        ("on_adoption", r"\b(?:up)?on adoption\b", start_after_adoption, ("adoption",)),
        ("plan_years", r"\byears?\s+" + COUNT + JOIN + r"(?:years?\s+)?" + LAST_COUNT + r"\b", plan_years,
         ("year",)),
        ("plan_year", r"\byear\s+" + COUNT + r"\b", plan_year, ("year",)),
        ("immediate", r"\b(?:immediately|(?:with )?immediate(?: effect| action)?)\b", immediate, ("immediate",)),
        # a day with no year (`by 31 March`, `the 31st March`; not: unresolved): that day of the plan's own year; a
        # day without an ordinal only after a deadline's word or opening the phrase (`Phase 3 May` is no day)
        ("day_no_year", DAY_LEAD + r"(?P<day>\d{1,2})" + ORD + r"\s+(?:of\s+)?" + MONTH
         + r"(?![\w/])(?!\s*[-/'\u2019,]?\s*" + ANY_DIGIT + ")", day_no_year, MONTH_GATE),
        # `End May`, `mid-February`, `Planned for March`: a month of the plan's own year
        # two months with no year (`Drafted November - February`; not: unresolved): the span in the plan's own year;
        # not a quarter's gloss (`Q3 (Jan-Mar)`: quarter_glossed_no_year's, or its months named unread)
        ("month_range_no_year", r"(?<!\()(?<!\( )\b" + MONTH + r"\s*(?:-|to)\s*" + LAST_MONTH
         + r"(?![\w/])(?!\s*[-/'\u2019]?\s*" + ANY_DIGIT + ")", month_range_no_year, MONTH_GATE),
        ("month_no_year", r"\b(?:end|mid|early|late|by|beginning|start|(?:planned|scheduled|due)\s+(?:for|in))[\s-]+"
         r"(?:of\s+)?" + MONTH + r"(?![\w/])(?!\s*" + ANY_DIGIT + ")", month_no_year, MONTH_GATE),
        ("month_alone", r"^\W*" + MONTH + r"\W*$", month_no_year, MONTH_GATE),
        ("calendar_year", r"\b(?P<year>20\d{2})\b", calendar_year, ("20",)),
    ))


def rule_patterns() -> tuple[re.Pattern[str], ...]:
    """Every rule's pattern, compiled now where not yet: what a batch's parent builds before forking the children
    of later documents (council_actions.preload), so that none of them compiles its own."""
    return tuple(rule.pattern for rule in PERIOD_RULES)
