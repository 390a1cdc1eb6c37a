"""How often a recurring timeline recurs, and in which months: the cadence words as a rule table.

The `recurring` timeline kind is a phrase that names a cadence ("Quarterly", "ongoing Qly basis", "Every six
months", "Q2 and Q4 annually"). CADENCE_RULES says which cadence each wording names; the first wording in the phrase
decides, and where two rows match at one place the earlier row does ("bi-monthly" before "monthly"). The `recurring`
kind rule (kinds.py) is built from these rows, so every phrase read as recurring by its words says how
often.

A month or quarter printed with no year in a recurring phrase ("Annual review in May", "Q2 and Q4 annually") is when
in the year it recurs, not a date: it is set aside from the dates (SET_ASIDE) and given as the reading's months. An
annual cadence that names several such times recurs that many times a year ("Q2 and Q4 annually" is twice yearly:
TIMES_A_YEAR, assumption `cadence_from_named_times`), and so does a list of months printed with no year and nothing
else ("Feb & Oct": a plan lists what happens in those months each year, assumption
`months_without_year_as_recurring`), where one month alone ("September") stays a deadline in the plan's year.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from council_actions.dating.alternation import gate_words, opened, replay
from council_actions.dating.period_search import FoundPeriod
from council_actions.dating.period_types import Cadence, Precision
from council_actions.fiscal import FiscalCalendar
from council_actions.period_words import MONTH_GATE, MONTH_WORD, MONTHS


class CadenceRule(NamedTuple):
    """One wording of a cadence: what it names (None: counted from the times it names, TIMES_A_YEAR), its pattern
    over the normalised phrase, the words one of which any match holds (a test checks), and the assumption a
    reading by it makes where the wording could mean another cadence."""

    cadence: Cadence | None
    pattern: str
    gate: tuple[str, ...]
    assumption: str | None = None


# "annual" as an adjective names a cadence only where it stands alone or with a month named after it ("Annual review
# in May"); before a year it names that year's one ("Annual Governance Statement 2015/16"), elsewhere a document
# ("Annual Report"), so it is no time.
ANNUAL_ADJECTIVE = rf"^\W*annual\W*$|\bannual\b(?=[^.;\d]*\b{MONTH_WORD}\b)(?![^.;]*\d)"
# Gates are as narrow as the wordings allow ("every", "monthly", " month"), not "month" or "year": a phrase naming a
# span ("12-month anniversary", "within 6 months", "year-end") opens no cadence wording (kinds.kind_of tries each).
CADENCE_RULES: tuple[CadenceRule, ...] = (
    CadenceRule("weekly", r"\bweekly\b|\b(?:each|every|once a|per) week\b", ("week",)),
    CadenceRule("fortnightly", r"\bfortnightly\b|\b(?:each|every|once a) fortnight\b|\bevery (?:two|2) weeks\b",
                ("fortnight", "weeks")),
    # "bi-monthly" is also said for twice a month; plans use it for every other month's meeting
    CadenceRule("bi_monthly", r"\bbi-?monthly\b", ("monthly",), "bi_monthly_as_every_two_months"),
    CadenceRule("bi_monthly", r"\bevery (?:two|2) months\b|\b(?:two|2)[- ]monthly\b", ("every", "monthly")),
    CadenceRule("quarterly", r"\bquarterly\b|\bqly\b|\b(?:each|every|per|once a) quarter\b"
                r"|\bevery (?:three|3) months\b|\b(?:three|3)[- ]monthly\b", ("quarter", "qly", "every", "monthly")),
    CadenceRule("twice_yearly", r"\b(?:six|6)[- ]?monthly\b|\bevery (?:six|6) months\b|\bhalf[- ]yearly\b"
                r"|\btwice (?:a |per |each )?year(?:ly)?\b|\bsemi-?annual(?:ly)?\b",
                ("monthly", "every", "half", "twice", "annual")),
    # "bi-annual" is also said for every two years; in UK plans it is twice a year (the other is "biennial")
    CadenceRule("twice_yearly", r"\bbi-?annual(?:ly)?\b", ("annual",), "bi_annual_as_twice_yearly"),
    CadenceRule("monthly", r"\bmonthly\b|\b(?:each|every|per|once a) month\b", ("monthly", " month")),
    # "Every April": once a year, in that month (the month is the reading's, NAMED_MONTH)
    CadenceRule("annual", r"\bannually\b|\byearly\b|\b(?:each|every|per|once a) year\b|" + ANNUAL_ADJECTIVE
                + rf"|\b(?:each|every) {MONTH_WORD}\b", ("annual", "yearly", " year", "each", "every")),
    CadenceRule("biennial", r"\bbiennial(?:ly)?\b|\bevery (?:two|2) years\b", ("biennial", "every")),
)
# Months and nothing else ("Feb & Oct"): recurring, but no word of the `recurring` kind rule, whose gate it would
# open to every phrase naming a month (most dated ones); read_timeline asks it of a phrase with no kind and no period.
MONTH_LIST = CadenceRule(None, rf"^\W*{MONTH_WORD}\.?(?:\s*(?:&|\+|,|and)\s*{MONTH_WORD}\.?)+\W*$", MONTH_GATE,
                         "months_without_year_as_recurring")
MONTHS_ALONE = re.compile(MONTH_LIST.pattern)
ALL_RULES = (*CADENCE_RULES, MONTH_LIST)
# Each wording on its own: `read_recurrence` replays the scan of every wording in one alternation from those a phrase's
# gate words open (alternation.py)
CADENCE_PATTERNS = tuple(re.compile(rule.pattern) for rule in ALL_RULES)
CADENCE_OPENS = gate_words([rule.gate for rule in ALL_RULES])
# What the `recurring` kind rule matches and is gated by: every cadence word, and nothing else.
RECURRING_PATTERN = "|".join(f"(?:{rule.pattern})" for rule in CADENCE_RULES)
RECURRING_GATE = tuple(dict.fromkeys(word for rule in CADENCE_RULES for word in rule.gate))
# How often something recurs that happens at so many named times of each year (an annual cadence, or none named).
TIMES_A_YEAR: dict[int, Cadence] = {1: "annual", 2: "twice_yearly", 4: "quarterly", 6: "bi_monthly", 12: "monthly"}
COUNTED = frozenset({None, "annual"})  # the cadences the times a phrase names may say more of
# A cadence naming as many times a year as it recurs is the times' own; one naming another number ("Quarterly with
# updates to Audit Committee in October and March") names the months of something else it holds: kept, and named
# (`months_not_of_cadence`).
PER_YEAR: dict[Cadence, int] = {cadence: count for count, cadence in TIMES_A_YEAR.items()}
# Period rules that find a time of the year with no year (`Q2`, `End May`): in a recurring phrase, when in each year
# it recurs, so its months, not its dates; two months with no year (`Annually Nov - Feb`) are a span of each year,
# not times it recurs at: set aside from the dates, naming no month nor the reading's precision (as before that rule)
SET_ASIDE = {"quarter_no_year": "quarter", "month_no_year": "month", "month_range_no_year": "span"}
# A month named in running words ("review in May", "in October and March", "Feb & Oct"): after a word that times
# it or joins it to another, or opening the phrase; a month's name after other words ("this may change") is none.
NAMED_MONTH = re.compile(r"(?:^\W*|\b(?:in|by|of|each|every|from|during|and|or)\s+|[&,+/]\s*)"
                         rf"(?P<month>{MONTH_WORD})\b")
QUARTER_NUMBER = re.compile(r"[1-4]")


class Recurrence(NamedTuple):
    """What a recurring phrase says of when it recurs: its cadence (None where nothing says one), the months of
    the year it names (1-12, calendar order), the precision of the first time of year a period rule found in it
    (`quarter` for "Q2 and Q4 annually", `month` for "by end May"; None for a month in running words, "in May",
    which no period rule reads) and the assumptions made."""

    cadence: Cadence | None
    months: tuple[int, ...]
    precision: Precision | None
    assumptions: tuple[str, ...]


def read_recurrence(text: str, periods: list[FoundPeriod],
                    calendar: FiscalCalendar) -> tuple[list[FoundPeriod], Recurrence]:
    """A recurring phrase's dated periods (the times of year with no year taken out) and its recurrence."""
    rules = [ALL_RULES[index] for index, _ in replay(text, CADENCE_PATTERNS, opened(text, CADENCE_OPENS))]
    times = [p for p in periods if p.rule in SET_ASIDE]
    dated = [p for p in periods if p.rule not in SET_ASIDE] if times else periods
    quarters = sorted({int(q[0]) for p in times if SET_ASIDE[p.rule] == "quarter"
                       for q in QUARTER_NUMBER.findall(text[p.start:p.end])[:1]})
    named = _named_months(text, times, periods)
    assumptions: list[str] = []
    first = rules[0] if rules else CadenceRule(None, "", ())
    if first.assumption:
        assumptions.append(first.assumption)
    if len({rule.cadence for rule in rules} - {None}) > 1:
        assumptions.append("first_cadence_of_several")
    cadence = first.cadence
    count = len(quarters) + len(named)
    if cadence in COUNTED and count > 1:
        cadence = TIMES_A_YEAR.get(count)
        if cadence is not None:
            assumptions.append("cadence_from_named_times")
    elif count and cadence is not None and PER_YEAR.get(cadence) != count:
        assumptions.append("months_not_of_cadence")
    months = sorted(named.union(*(_quarter_months(q, calendar) for q in quarters)))
    precision = next((p.period.precision for p in times if SET_ASIDE[p.rule] != "span"), None)
    return dated, Recurrence(cadence, tuple(months), precision, tuple(assumptions))


def _named_months(text: str, times: list[FoundPeriod], periods: list[FoundPeriod]) -> set[int]:
    """The months a phrase names with no year: those of the month rules set aside, and those named in running words
    outside every period found (a month of a dated period, "from April 2024", is its date's)."""
    months = {MONTHS[found[:3]] for p in times if SET_ASIDE[p.rule] == "month"
              for found in re.findall(MONTH_WORD, text[p.start:p.end])[:1]}
    for match in NAMED_MONTH.finditer(text):
        if not any(p.start <= match.start("month") < p.end for p in periods):
            months.add(MONTHS[match["month"][:3]])
    return months


def _quarter_months(quarter: int, calendar: FiscalCalendar) -> set[int]:
    """The three months of a quarter of the council's financial year (Q2 of an April year: July to September)."""
    first = calendar.start_month - 1 + 3 * (quarter - 1)
    return {(first + i) % 12 + 1 for i in range(3)}
