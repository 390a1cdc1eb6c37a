"""The normaliser's warnings about one owner or one timeline phrase, each worded in one place.

An allocation cell (`normalise_allocation`) and an owner or timeline column of its own (normalise/columns.py)
meet the same problems: an owner the glossary does not know, a phrase that is not a time, a phrase that needs
the plan's date. Worded twice, the same problem read differently in the issues table depending on the plan's
layout (and one wording was wrong for the other's phrases); here each is said once, as the catalogue
(council_actions/issue_codes/) describes it, of the text as printed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from council_actions.ingest.model import Span
from council_actions.normalise.records import Timeline
from council_actions.parsers.records import PrintedPeriod

from council_actions.dating.period_types import TimelineReading
from council_actions.issues import Issue, line_of, warning
from council_actions.owner_spellings import INITIALS, OwnerMatch


@dataclass(frozen=True)
class ReferenceRule:
    """Why a phrase's dates waited for a reference date: the period rules (council_actions/dating/periods.py)
    mark a phrase they could not date without one by an assumption ending in `suffix`, and the message says `why`."""

    suffix: str
    why: str


# First match wins: a quarter or month with no year ("Q3", "End June") and a bare year end take their year from
# the one financial year the plan states, else the plan's date (relative_periods.YEAR_SOURCES); a span or a start
# counted from the plan ("within 12 months", "Upon adoption", "Immediately") is relative to that date itself.
REFERENCE_RULES = (
    ReferenceRule("_without_year_no_reference", "names no year"),
    ReferenceRule("year_end_without_reference", "names no year"),
    ReferenceRule("_without_reference", "is relative to the plan's date"),
)

# Period rules that found a period in the phrase but could give it no dates, and why (an auditor must hear of it
# as of a phrase not read at all, which is what it comes to); and a status printed as the timeline (kinds.STATUS_ALONE).
UNDATED_RULES = {
    "year_span_not_forward": "a span of years that ends where or before it starts",
    "quarter_of_several_years": "a quarter of a span of several years, which names no one year",
    "plan_years_not_in_period": "years of the plan that its stated period does not hold, or not in order",
    "plan_year_without_period": "it counts the plan's years, and the plan states no period",
    "status_not_time": "it is a status, work under way, not a time",
    "date_to_be_confirmed": "the plan says the date is still to be confirmed or agreed",
    "pointer_not_time": "it points to another paper for the progress, not to a time",
    "figure_not_time": "a figure alone, with no month, quarter or year printed with it, names no period; no year is "
                       "guessed from it",
    "month_without_year_unplaced": "it names a month with no year, and not as a month of the plan's own year (`by "
                                   "July`, `end of July`); no year is guessed",
    "term_without_length": "a short, medium or long term, which the plan gives no length",
    "days_from_unnamed_event": "a span of days or hours, counted from an event of each case it does not name (a "
                               "request, a referral), not from the plan's date",
    "date_does_not_exist": "a date whose month has no such day; not read as its month or year alone",
    "until_next_year_turn_or_end": "until the next year begins, 31 December, or through it to its end: a year apart, "
                                   "and the words name no day",
}


# Period rules that dated a phrase from the period the plan states as its own (parsers/plan_date.PERIOD_LINES), and
# how: the message names the line the period was read from, so an auditor sees which words gave the dates.
PLAN_PERIOD_RULES = {
    "year_of_plan_period": "counting the plan's years from the period",
    "quarter_from_plan_period": "a quarter of the one financial year",
    "month_from_plan_period": "a month of the one financial year",
    "fiscal_year_from_plan_period": "the end of the one financial year",
    "next_fiscal_year_from_plan_period": "the financial year after the one",
    "new_year_from_plan_period": "the calendar year beginning within the one financial year",
}


# A period glossed by another that disagrees with it (`Quarter 2 (October 2023 - December 2023)`: October to
# December is the third quarter of the financial year): the printed months govern
# (council_actions/dating/compound_periods.py), and the auditor hears which part of the phrase they overrode, as
# of a part not read.
GLOSS_RULES = {
    "quarter_number_not_of_financial_year": "the quarter's number is not that of those months in the financial year",
    "quarter_year_not_of_months": "the year printed with the quarter is not that of those months",
    "quarter_not_of_month": "the quarter printed with the month is not the one it falls in",
}

# A reading that chose between two years the phrase may mean (`by the end of the year`: the financial year or the
# calendar year), and what it chose: the auditor hears of the choice, as of a gloss overridden.
YEAR_CHOICES = {
    "year_end_unnamed_as_financial_year": "the phrase does not say which year; the plan's financial year was taken "
                                          "(the calendar year would end on 31 December)",
    "new_year_after_document_date": "the phrase does not say which year; the calendar year after the plan's date "
                                    "was taken",
}


@dataclass(frozen=True)
class UnknownReason:
    """Why an owner the glossary does not know could not be known from the document either, by what it is printed
    as: `pattern` the whole owner as printed, `why` what the message adds, `example` a real owner it fits."""

    name: str
    pattern: re.Pattern[str]
    why: str
    example: str


# First match wins; an owner none fits is unknown with no more said (a name or a post the glossary lacks, which the
# message's `close to` hint helps with). Initials name an officer by the letters of their post or name (the Isle of
# Wight's Planning Services business plan 2005-2008 prints `CDTL`, `AC, CDTL` and `AC, AA` under `Resp.`, and no key
# to them anywhere on its page): no spelling rule can expand them. A plan's own key says whom they name: an
# abbreviation in brackets after the name in its owner cells (normalise/owner_keys.py: Tower Hamlets' `Data
# Protection Office (DPO)`, then `DPO`), so the reason is not given for those, and a key printed apart from the rows
# (a glossary, a `Key:` table, Stratford-on-Avon's `SDC = Stratford-on-Avon District Council.`: parsers/owner_key.py),
# which expands them (normalise/document_key.py), so they are no longer unknown. Initials as
# council_actions/owner_spellings.INITIALS has them: capitals only, a single lower case letter between two (`CHoS`,
# `HoBPPP`) or an `&` (`O&S`) allowed.
UNKNOWN_REASONS = (
    UnknownReason("initials", re.compile(INITIALS),
                  "printed as initials, and the document prints no key to them, in its owner cells or apart from "
                  "its rows (a key or glossary of its abbreviations): add them to the glossary as an alias of the "
                  "owner they stand for", "CDTL"),
)
KEPT = "; kept as printed"  # how an unknown owner's message ends


def unknown_owner(printed: str, match: OwnerMatch, span: Span, element_id: str | None,
                  ditto: str | None = None) -> Issue:
    """An owner the profile's glossary does not know, kept as printed; the glossary's nearest keys, if any are
    close, so the fix (a glossary entry or alias) is in the message. A row printing a ditto (`ditto`: the word as
    printed) took the owner above: its issue quotes the ditto, the text at its span, as its owner row's owner_raw
    does, and names the owner in the message (an auditor finds 'ditto' where it points, not the name above)."""
    hint = f"; close to {', '.join(match.candidates)}" if match.candidates else ""
    taken = f" (the owner above, printed here as '{ditto}')" if ditto else ""
    return warning("unknown_owner", "normalise",
                   f"owner '{printed}'{taken} is not in the profile's glossary{hint}{KEPT}",
                   ditto or printed, span, element_id, "owners")


def with_reasons(issues: list[Issue], defined: Collection[str]) -> list[Issue]:
    """The document's issues, each unknown owner's saying why the document could not say whom it names either,
    where its shape tells (UNKNOWN_REASONS); none for an abbreviation the plan's owner cells define (`defined`:
    normalise/owner_keys.abbreviations_defined), which is keyed by the name it stands for. Said once the whole plan
    is read, since a definition may follow the owner it defines."""
    return [replace(i, message=i.message.removesuffix(KEPT) + f"; {why}{KEPT}")
            if i.code == "unknown_owner" and i.raw_text not in defined and (why := _reason(i.raw_text)) else i
            for i in issues]


def _reason(printed: str) -> str | None:
    """What the first UNKNOWN_REASONS row the whole owner fits says, else None."""
    return next((r.why for r in UNKNOWN_REASONS if r.pattern.fullmatch(printed)), None)


def timeline_issues(phrase: str, reading: TimelineReading, span: Span, element_id: str | None,
                    plan: PrintedPeriod | None = None) -> list[Issue]:
    """What an auditor must know of one timeline phrase's reading (`_reading_issues`), a gloss its dates overrode
    (GLOSS_RULES), a choice between two years the phrase may mean (YEAR_CHOICES), and a word naming a time that no
    period read took in (`period_words_not_read`): a part of the phrase not read or not followed, or a reading
    chosen, is said, never dropped."""
    issues = _reading_issues(phrase, reading, span, element_id, plan)
    gloss = next((GLOSS_RULES[a] for a in reading.assumptions if a in GLOSS_RULES), None)
    if gloss is not None:
        issues.append(warning("timeline_gloss_disagrees", "normalise", f"timeline '{phrase}' read as "
                              f"{_dates(reading)}, the months printed; {gloss}", phrase, span, element_id, "timeline"))
    choice = next((YEAR_CHOICES[a] for a in reading.assumptions if a in YEAR_CHOICES), None)
    if choice is not None:
        issues.append(warning("timeline_year_ambiguous", "normalise", f"timeline '{phrase}' read as "
                              f"{_dates(reading)}; {choice}", phrase, span, element_id, "timeline"))
    if "period_words_not_read" in reading.assumptions:
        issues.append(warning("timeline_part_unread", "normalise", f"timeline '{phrase}' read as {_dates(reading)}; "
                              f"{_unread(reading.unread)}", phrase, span, element_id, "timeline"))
    return issues


def _unread(words: tuple[str, ...]) -> str:
    """What the warning says was not read: the words themselves (`'Mar 25', naming a time, was not read`), so an
    auditor sees at once which part of the phrase the dates leave out (a reading naming `period_words_not_read`
    always holds them: council_actions/dating/timelines.py)."""
    quoted = ", ".join(f"'{word}'" for word in words)
    return f"{quoted}, naming a time, {'was' if len(words) == 1 else 'were'} not read"


def _reading_issues(phrase: str, reading: TimelineReading, span: Span, element_id: str | None,
                    plan: PrintedPeriod | None) -> list[Issue]:
    """Not read at all, left undated for want of a reference date (and why it needed one), or dated as a year of
    the period the plan states (`plan`, and where it was read); nothing where it was dated from the phrase alone."""
    undated = next((UNDATED_RULES[a] for a in reading.assumptions if a in UNDATED_RULES), None)
    if reading.kind == "unresolved" or undated is not None:
        because = f" ({undated})" if undated else ""
        if reading.start_date is not None or reading.end_date is not None:  # `2020/20 - March 2026`: its end kept
            return [warning("timeline_part_unread", "normalise", f"timeline '{phrase}' read as {_dates(reading)}; a "
                            f"part of it could not be read{because}", phrase, span, element_id, "timeline")]
        return [warning("unresolved_timeline", "normalise", f"timeline '{phrase}' could not be read{because}; dates "
                        "left empty", phrase, span, element_id, "timeline")]
    how = next((PLAN_PERIOD_RULES[a] for a in reading.assumptions if a in PLAN_PERIOD_RULES), None)
    if plan is not None and how is not None:
        return [warning("timeline_from_plan_period", "normalise", f"timeline '{phrase}' read as {_plan_dates(reading)}"
                        f", {how} stated at {line_of(plan.span)} ('{plan.text}')", phrase,
                        span, element_id, "timeline")]
    why = next((rule.why for a in reading.assumptions for rule in REFERENCE_RULES if a.endswith(rule.suffix)), None)
    if why is None:
        return []
    return [warning("timeline_needs_reference", "normalise", f"timeline '{phrase}' {why} and no reference date was "
                    "given (--reference-date, or the file's published date in --manifest)", phrase, span, element_id,
                    "timeline")]


def from_revision_label(timeline: Timeline, label: dt.date, element_id: str | None) -> Issue:
    """A timeline dated from the revision label's date (`label`), the plan printing no date of its own and none
    given: the row's year (or day) is the batch's, which may not be the plan's (a 2024/25 plan ingested under a
    2026 label reads its `Quarter 2` as 2026/27), so the auditor hears of it and how to give the plan's own."""
    reading = timeline.reading
    return warning("timeline_from_revision_label", "normalise", f"timeline '{timeline.timeline_raw}' read as "
                   f"{_dates(reading)}, counted from the revision label's date {label}: the plan prints no date of its "
                   "own (give --reference-date, or the file's published date in --manifest)", timeline.timeline_raw,
                   timeline.span, element_id, "timeline")


def _dates(reading: TimelineReading) -> str:
    """A reading's dates as the message says them: its interval, its start where it runs on with no end, or its end
    where its first period was given none (`2020/20 - March 2026`)."""
    if reading.end_date is None:
        return f"starting {reading.start_date}, with no end"
    if reading.start_date is None:
        return f"ending {reading.end_date}, with no start"
    return f"{reading.start_date} to {reading.end_date}"


def _plan_dates(reading: TimelineReading) -> str:
    """What a phrase counting the plan's years was read as: one financial year (`year 2`), a span of them (`years
    1-2`: its first and last day), or a start it runs on from (`year 2 - ongoing`)."""
    if reading.fiscal_year is not None and reading.precision == "fiscal_year":
        return f"financial year {reading.fiscal_year}"
    return _dates(reading)

