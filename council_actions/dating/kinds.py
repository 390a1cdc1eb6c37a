"""What kind of timeline a phrase is by its words (TimelineKind), as an ordered table of rules.

A phrase is `complete`, `conditional`, `recurring`, `ongoing` (or an update note, or a superseded date) by the words
it prints, whatever period it names; KIND_RULES holds each kind's words, and where several kinds' words are printed
the earlier row wins (`kind_of`). The `recurring` row is every wording of the cadence table (cadence.py),
so that what makes a phrase recurring is what says how often. A phrase with no kind word is a deadline or a period
by the words before its period, or unresolved (timelines.read_timeline decides).
"""

from __future__ import annotations

import re

from council_actions.dating.alternation import any_word, gate_words, opened, replay
from council_actions.dating.cadence import CADENCE_RULES, RECURRING_GATE, RECURRING_PATTERN
from council_actions.dating.period_types import TimelineKind
from council_actions.period_words import COUNT, DAYS, FROM_EVENT, MONTH_WORD

# Not done: `not` or `not yet` before a completion's word (Epping Forest's "not completed by year-end albeit
# significant progress has been made", `Not in place`) says the work is not complete, so no completion
NOT_YET = r"(?<!\bnot )(?<!\bnot yet )"
# kind, pattern, gate: a phrase holding none of a rule's gate words cannot match its pattern (a test checks this
# on strings made from each pattern), so the combined pattern is only run over phrases that hold one of them.
KIND_PATTERNS: tuple[tuple[TimelineKind, str, tuple[str, ...]], ...] = (
    ("update", r"^\W*update\b", ("update",)),
    ("superseded", r"^\W*(?:extended|revised|moved|changed|deferred|put back) from\b", ("from",)),
    # "September 2025, which is when Phase 2 is expected to go live" says what happens at the time printed, no event
    # it waits on: a "when" after "is" is no condition. "within three months of the CPC" waits on the CPC, whose date
    # the phrase does not print (period_words.FROM_EVENT): conditional, never dated from the plan's date.
    ("conditional", r"\b(?:(?<!\bis )when|if|once|on approval of|subject to|dependent on|depending on|pending)\b"
                    r"|(?:\b(?:within|up to|no later than)\s+)?\b" + COUNT.replace("?P<n>", "?:")
                    + r"\s+(?:" + DAYS + r"|weeks?|months?|years?)" + FROM_EVENT,
     ("when", "if", "once", "approval", "subject", "depend", "pending", "day", "hour", "week", "month", "year")),
    # "Complete review of ..." opens a milestone (a verb); "complete" after other words, or on its own, is done, but
    # not after "to" or "will", a completion still to come (Rowlands Castle Parish Council's "To complete by 31 Mar
    # 17"), nor "completed" after "be" ("will be completed by the end of the year", Cheshire West and Chester's
    # bridge works; "to be completed by March 2025");
    # "completed within next three years" is a window still to come, a target, not a completion, and so is
    # "Actions completed as timetabled throughout 2015-16" (Maidstone's By When): work running over a period. "In use
    # from Nov 03" is done since then, as "In place from Dec 03" is (the Isle of Wight's benefit fraud action plan).
    ("complete", r"\b" + NOT_YET + r"(?:(?<!\bbe )completed|in place|in use from|has been addressed)\b(?!\s+within\b)"
                 r"(?![^.;]*\bthroughout\b)"
                 r"|\w\W+(?<!\bto )(?<!\bwill )" + NOT_YET + r"complete\b(?!\s+within\b)|^\W*complete\b(?!\s+[a-z])"
                 r"|^\W*done\b",
     ("complete", "in place", "in use", "addressed", "done")),
    ("recurring", RECURRING_PATTERN, RECURRING_GATE),
    # "6 months in", "Upon adoption": when actions start, counted from the plan's adoption; they run on.
    # "On-going" (the Isle of Wight's select committee action plan) is "ongoing" hyphenated.
    ("ongoing", r"\b(?:on-?going|bau|business as usual|core activity)\b"
                r"|\buntil (?:conclusion|completion|further notice|complete[d]?)\b"
                r"|\b(?:months?|years?) in\W*$|\b(?:up)?on adoption\b|\b(?:onwards?|and beyond)\W*$",
     ("ongoing", "on-going", "bau", "business", "core", "until", "month", "year", "adoption", "onward", "beyond")),
)
KIND_RULES = tuple((kind, re.compile(pattern), gate) for kind, pattern, gate in KIND_PATTERNS)
# All kind rules in one pass; where several match, the earlier row of KIND_RULES wins (`is_kind_alone` asks it).
KIND_ANY = re.compile("|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern, _ in KIND_RULES))
# KIND_ANY's alternatives one by one, in its order, the `recurring` row as the cadence wordings its pattern joins
# (RECURRING_PATTERN), each with its own gate, so that "12-month" opens no cadence wording: `kind_of` replays KIND_ANY's
# scan from those a phrase's gate words open (alternation.py). Each wording's rank is its kind's row.
WORDINGS: tuple[tuple[int, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (rank, re.compile(pattern), gate) for rank, (kind, pattern, gate) in enumerate(KIND_PATTERNS)
    for pattern, gate in ([(rule.pattern, rule.gate) for rule in CADENCE_RULES] if pattern == RECURRING_PATTERN
                          else [(pattern, gate)]))
WORDING_PATTERNS = tuple(pattern for _, pattern, _ in WORDINGS)
OPENS = gate_words([gate for _, _, gate in WORDINGS])
# Whether a phrase holds any kind's gate word, one search of a trie of them (alternation.any_word): most phrases hold
# none, and are ruled out at a fraction of the cost of finding which rows their words open (`opened`).
KIND_GATE = re.compile(any_word(tuple(OPENS.rows)))
# A status printed where the timeline belongs (the Isle of Wight's target dates `Done`, `In hand`, `September`): the
# work is under way, which says nothing of when it is due, and is no time the plan runs on to either, so it is not
# read as ongoing: it stays unresolved and the reading names it (`status_not_time`), so the report says why; so is
# work not done (`Not complete`, `Not yet completed`, `Not in place`: NOT_YET keeps it from reading as a completion).
STATUS_ALONE = re.compile(r"\W*(?:in hand|in progress|under ?way|on track"
                          r"|not (?:yet )?(?:started|completed?|in place))\W*")
# A date the plan says is still to be fixed, printed where the timeline belongs (`TBC`, West Oxfordshire's `on a date
# to be agreed by the Director of Governance`): no time either, so unresolved, the reading naming it
# (`date_to_be_confirmed`) so the report says why; `to be agreed` only of a date's word, or alone (`Policy to be
# agreed` is work to do, not a date).
DATE_WORD = r"\b(?:dates?|timescales?|timing|deadline)\b"
TO_BE_FIXED = r"to be (?:confirmed|agreed|determined|decided|arranged|set|fixed)\b"
TO_BE_CONFIRMED = re.compile(rf".*\btb[cad]\b.*|\W*{TO_BE_FIXED}\W*|.*{DATE_WORD}.*\b{TO_BE_FIXED}.*")
# A pointer to another paper printed where the timeline belongs (Waverley's CPA improvement plan: `See report to
# September Development Control Committee`, `NB see first quarter BVPIs for evidence of improvement.`): where the
# progress is, not when the work is due, so unresolved, the reading naming it (`pointer_not_time`).
POINTER = re.compile(r"\W*(?:nb\W+)?see\b.*")
# A figure alone printed where the timeline belongs (Runnymede's allocation cell `ACE (S151), HoBPPP, SLT, 24.`, the
# rest of its time not printed): a year is printed whole (`2024` is read), so a figure alone names no period, no
# month, quarter or year with it; unresolved, the reading naming it (`figure_not_time`), no year guessed from it.
FIGURE_ALONE = re.compile(r"\W*\d+\W*")
# A month named with no year after a word no rule reads as the plan's own year's (Copeland's `to Executive in July`, its
# year printed on the line before, another phrase; `by July` and `end of July` are the plan's own year's): the month
# found, its year not, so unresolved, the reading naming it (`month_without_year_unplaced`), no year guessed.
MONTH_UNPLACED = re.compile(rf".*\b(?:in|during|until|till|from|before|after|for|since)\s+{MONTH_WORD}\b.*")

# Work printed as done, with the time it was done, where the timeline belongs: a past participle of doing naming
# its event (Waverley's CPA improvement plan update, When? `Benefits backlog cleared July 2004`; Copeland's By When
# `Reported to Strategic Housing Panel in April 2009`), not a time still to come. The same words are a milestone's
# target in a plan written before the date (`Strategy adopted March 2025`), so they say done only where the period
# ends before the plan's own date (timelines.read_timeline, assumption `done_before_document_date`); a word of a time
# to come before the participle (`to be approved`, `will be`, `by`, `due`, `planned`, `ensure that ... are
# established`) keeps it a target. `completed` says done by itself (KIND_PATTERNS' `complete` row).
DONE_WORDS = ("cleared", "reported", "approved", "agreed", "adopted", "achieved", "delivered", "implemented",
              "introduced", "launched", "published", "appointed", "held", "submitted", "signed off", "received",
              "presented", "issued", "endorsed", "recruited", "produced", "finalised", "finalized", "undertaken",
              "carried out", "opened", "installed", "awarded", "went live")
TO_COME = (r"\b(?:by|to|be|being|will|shall|should|must|would|due|target(?:ed)?|planned|expected|scheduled"
           r"|proposed|aim(?:ing)?|ensure|is|are|not|until|before|next|each|every)\b")
DONE_WORD = "|".join(word.replace(" ", r"\s+") for word in DONE_WORDS)
DONE = re.compile(rf"^(?:(?!{TO_COME}).)*?\b(?:{DONE_WORD})\b", re.S)


def kind_of(text: str) -> tuple[TimelineKind | None, re.Match[str] | None]:
    """A normalised phrase's kind by its words (None where it prints no kind word), and where that kind's words
    were first found (a condition's text starts at its match): the earliest row of KIND_RULES among the matches of
    KIND_ANY's scan over the phrase."""
    if not KIND_GATE.search(text):
        return None, None
    rows = opened(text, OPENS)
    if len(rows) == 1:  # most phrases: one wording to try, whose first match is the scan's
        match = WORDING_PATTERNS[rows[0]].search(text)
        return (KIND_PATTERNS[WORDINGS[rows[0]][0]][0], match) if match is not None else (None, None)
    first: dict[int, re.Match[str]] = {}
    for index, match in replay(text, WORDING_PATTERNS, rows):
        first.setdefault(WORDINGS[index][0], match)
    if not first:
        return None, None
    rank = min(first)
    return KIND_PATTERNS[rank][0], first[rank]
