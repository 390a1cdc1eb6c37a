"""The words and numbers timeline phrases print periods with, and what each stands for.

The rule table (council_actions/dating/periods.PERIOD_RULES) builds its patterns from these pieces and reads its
matches with them: month and season names, how a quarter and a financial year are spelt (`Q3`, `Qtr 3`,
`quarter 3`; `24/25`, `2024/5`, `FY 2024-2025`), and counts written as words (`six months`). They are UK English
usage, kept apart from the rules so that a new spelling is added once and every rule built on the piece reads it.

Below the stages (tests/test_layers.py): the readers (ingest) ask whether a word is a month or a deadline's word,
the parsers whether a heading prints a date, the tables write a month's short name, and normalise dates by them,
all by these same spellings, so none of them imports another stage for them.
"""

from __future__ import annotations

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_NAMES = tuple(MONTHS)  # month 1-12's short name, as `action_timelines.cadence_months` writes it
MONTH_GATE = MONTH_NAMES  # a rule's gate words where every match names a month: each spelling holds its short name
# A month's name as plans spell it, whole or cut short (`September`, `Sept`, `Sep`); MONTH_WORD is the name for
# readers that only ask whether a word is a month (a row's marker or a date, ingest), MONTH the rules' group.
MONTH_WORD = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
MONTH = rf"(?P<month>{MONTH_WORD})\.?"
LAST_MONTH = rf"(?P<last_month>{MONTH_WORD})\.?"  # the far month of `July-September 23`
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON = r"(?:spring|summer|autumn|fall|winter)"
QUARTER = r"(?:q|qtr\.?\s*|quarter\s*)"
QUARTER_JOIN = r"\s*(?:-|to|and|,|&|/)\s*"  # `Q3-Q4`, `Q3 and Q4`, `Q3/Q4`: a slash joins quarters, as JOIN's words do
FY = r"(?:fy\s*)?(?P<y1>20\d{2}|\d{2})\s*[/-]\s*(?P<y2>20\d{2}|\d{1,2})(?![\d/])"
FY_B = r"(?:fy\s*)?(?P<z1>20\d{2}|\d{2})\s*[/-]\s*(?P<z2>20\d{2}|\d{1,2})(?![\d/])"
JOIN = r"\s*(?:-|to|and|,|&)\s*"
PARTS_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
SEASON_PARTS = {"early": 0, "mid": 1, "late": 2}  # a season's part as its month, counted from its first (`late spring`)
# Words before a period that say how it times: over a span ("in 2026", "during 2026"), or by a deadline ("by 2026").
# "Action plan covers 2015-16" is the period the plan runs over, as "throughout 2015-16" is, not a date it is due by.
SPAN_WORDS = ("during", "in", "from", "throughout", "over", "within", "covers", "covering")
DEADLINE_WORDS = ("by", "before", "until", "till", "end of")
# Either kind of word as one alternation, for the readers that ask whether one is printed: each anchors it as it asks
# (before a year, before a lead-in's period, opening a cell), so the words are joined into a pattern only here.
DEADLINE_OR_SPAN = rf"(?:{'|'.join(DEADLINE_WORDS + SPAN_WORDS)})"
# A quarter's number as an ordinal (`3rd quarter`, `first quarter of 2025/26`): the figure, or the word
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
ORDINAL = r"(?P<q1>[1-4](?=st|nd|rd|th)|" + "|".join(ORDINALS) + r")(?:st|nd|rd|th)?"
# School terms, by the months of the academic year (September to August) each is taken to run over: the autumn term
# to Christmas, the spring term to Easter (March, though Easter moves), the summer term to July (`school_term_months`)
TERMS = {"autumn": (9, 12), "spring": (1, 3), "summer": (4, 7)}
TERM = r"(?P<term>autumn|spring|summer)"
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty four": 24, "twenty-four": 24}
# A digit written out as alternatives, not a class: rules that can match without any digit ("Up to six months",
# "End May") must not be taken for rules that need one (period_search.NEEDS_DIGIT looks for a digit class).
ANY_DIGIT = "(?:" + "|".join("0123456789") + ")"
COUNT = r"(?P<n>" + ANY_DIGIT + "{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
# A span counted from an event the phrase names and prints no date for ("within three months of the CPC", "6 weeks
# after the consultation", "within 14 days of the council meeting"): the event, not the plan's date, is where it
# counts from, so the phrase is conditional on it (kinds.KIND_PATTERNS) and no period rule dates it (`relative_span`,
# `span_of_days`). A time named after the article is no event ("of the date of this plan", "of the end of the year",
# "of the plan's adoption": the plan's date; a digit, not a class, as in ANY_DIGIT, so that the rules this closes are
# not taken to need one).
NAMED_TIME = r"(?:(?:date|year|financial|calendar|current|plan|quarter|month|week)\b|q?" + ANY_DIGIT + ")"
# An event may be printed with no article too: a noun or the work's own verb (`within 30 days of adoption`, a budget
# review's; `Within 6 weeks of completing assessment`, Sefton's early help timescales), or the last such time (`of each
# other`); never a time's word (a month, a season, `this`, NAMED_TIME's: `of March 2025`, `of this plan`). The event's
# start or end may lead it with no article either (Sefton's `12 months from start of intervention`), as after one
# (`of the start of the consultation`); `from start of year` is still a time, the plan's.
EVENT_WORD = r"(?!(?:the|an?|end|start|beginning|this|its|their|our|now|today|" + MONTH_WORD + "|" + SEASON \
    + r")\b|" + NAMED_TIME + r")[a-z]{3,}\b"
EDGE_OF = r"(?:(?:end|start|beginning)\s+of\s+)"  # the start or end of an event or a time (`start of intervention`)
# The words a span is counted from an event by: `within 3 months of`, `6 weeks after`, `following`, `12 months from`
EVENT_LINKS = ("of", "after", "following", "from")
FROM_EVENT = r"\s+(?:" + "|".join(EVENT_LINKS) + r")\s+(?:(?:the|an?)\s+(?!" + EDGE_OF + r"?(?:the\s+)?" \
    + NAMED_TIME + ")|" + EDGE_OF + "?" + EVENT_WORD + ")"
# A span counted in days or hours (`within 28 days`, `Within 10 working days`): its unit, as printed
DAYS = r"(?:(?:working|calendar|business|clear)\s+)?(?:days?|hours?)"


def fy_start(first: str, second: str) -> tuple[int, tuple[str, ...]] | None:
    """`24/25`, `2024/25`, `2024/5`, `2024-2025` -> 2024, if the second year follows the first (else it is no
    financial year)."""
    year = int(first) + (2000 if len(first) == 2 else 0)
    follows = (year + 1) % (10 ** len(second)) == int(second) if len(second) < 4 else int(second) == year + 1
    if not follows:
        return None
    return year, ("two_digit_year",) if len(first) == 2 else ()


def full_year(text: str) -> tuple[int, tuple[str, ...]]:
    """A printed year as a number; `24` is read as 2024 and says so (`two_digit_year`), since the century is
    assumed."""
    return (2000 + int(text), ("two_digit_year",)) if len(text) == 2 else (int(text), ())


def count(text: str) -> int:
    """A count as printed, in digits or in words (`6`, `six`, a quarter's `third`): plans write both."""
    return int(text) if text.isdigit() else NUMBERS[text] if text in NUMBERS else ORDINALS[text]
