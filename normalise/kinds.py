"""What kind of timeline a phrase is by its words (the timeline spec's kinds), as an ordered table of rules.

A phrase is `complete`, `conditional`, `recurring`, `ongoing` (or an update note, or a superseded date) by the words
it prints, whatever period it names; KIND_RULES holds each kind's words, and where several kinds' words are printed
the earlier row wins (`kind_of`). The `recurring` row is every wording of the cadence table (normalise/cadence.py),
so that what makes a phrase recurring is what says how often. A phrase with no kind word is a deadline or a period
by the words before its period, or unresolved (normalise/timelines.read_timeline decides).
"""

from __future__ import annotations

import re

from council_actions.normalise.cadence import CADENCE_RULES, RECURRING_GATE, RECURRING_PATTERN
from council_actions.normalise.records import TimelineKind

# kind, pattern, gate: a phrase holding none of a rule's gate words cannot match its pattern (a test checks this
# on strings made from each pattern), so the combined pattern is only run over phrases that hold one of them.
KIND_PATTERNS: tuple[tuple[TimelineKind, str, tuple[str, ...]], ...] = (
    ("update", r"^\W*update\b", ("update",)),
    ("superseded", r"^\W*(?:extended|revised|moved|changed|deferred|put back) from\b", ("from",)),
    # "September 2025, which is when Phase 2 is expected to go live" says what happens at the time printed, no event
    # it waits on: a "when" after "is" is no condition.
    ("conditional", r"\b(?:(?<!\bis )when|if|once|on approval of|subject to|dependent on|depending on|pending)\b",
     ("when", "if", "once", "approval", "subject", "depend", "pending")),
    # "Complete review of ..." opens a milestone (a verb); "complete" after other words, or on its own, is done;
    # "completed within next three years" is a window still to come, a target, not a completion, and so is
    # "Actions completed as timetabled throughout 2015-16" (Maidstone's By When): work running over a period.
    ("complete", r"\b(?:completed|in place|has been addressed)\b(?!\s+within\b)(?![^.;]*\bthroughout\b)"
                 r"|\w\W+complete\b(?!\s+within\b)|^\W*complete\b(?!\s+[a-z])|^\W*done\b",
     ("complete", "in place", "addressed", "done")),
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
# Every gate word as one alternation of plain words: the regex engine skips to their first letters, so a phrase
# with no kind word is ruled out at a fraction of the cost of trying KIND_ANY at every position.
KIND_GATE = re.compile("|".join(re.escape(word) for _, _, gate in KIND_RULES for word in gate))
KINDS: dict[str, TimelineKind] = {kind: kind for kind, _, _ in KIND_RULES}  # KIND_ANY's group names, in rule order
# KIND_ANY's alternatives one by one, in its order, the `recurring` row as the cadence wordings its pattern joins
# (RECURRING_PATTERN), each with its own gate: `kind_of` tries only those whose gate words the phrase holds (one
# that holds none cannot match, so leaving it out changes nothing), where KIND_ANY tried every alternative at every
# position ("12-month" opened the whole cadence table). Each wording's rank is its kind's row in KIND_RULES.
WORDINGS: tuple[tuple[int, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (rank, re.compile(pattern), gate) for rank, (kind, pattern, gate) in enumerate(KIND_PATTERNS)
    for pattern, gate in ([(rule.pattern, rule.gate) for rule in CADENCE_RULES] if pattern == RECURRING_PATTERN
                          else [(pattern, gate)]))
# Each gate word once, with the wordings it opens
OPENS: tuple[tuple[str, frozenset[int]], ...] = tuple(
    (word, frozenset(i for i, (_, _, gate) in enumerate(WORDINGS) if word in gate))
    for word in dict.fromkeys(word for _, _, gate in WORDINGS for word in gate))
# A status printed where the timeline belongs (the Isle of Wight's target dates `Done`, `In hand`, `September`): the
# work is under way, which says nothing of when it is due, and is no time the plan runs on to either, so it is not
# read as ongoing: it stays unresolved and the reading names it (`status_not_time`), so the report says why.
STATUS_ALONE = re.compile(r"\W*(?:in hand|in progress|under ?way|on track|not (?:yet )?started)\W*")


def kind_of(text: str) -> tuple[TimelineKind | None, re.Match[str] | None]:
    """A normalised phrase's kind by its words (None where it prints no kind word), and where that kind's words
    were first found (a condition's text starts at its match): what KIND_ANY's scan over the phrase finds, the
    earliest row of KIND_RULES among its matches, tried with only the wordings whose gate words the phrase holds."""
    if not KIND_GATE.search(text):
        return None, None
    opened: set[int] = set()
    for word, wordings in OPENS:
        if word in text:
            opened |= wordings
    if len(opened) == 1:  # most phrases: one wording to try, whose first match is the scan's
        index = opened.pop()
        rank, match = WORDINGS[index][0], WORDINGS[index][1].search(text)
    else:
        rank, match = _first_kind(text, {i: WORDINGS[i][1].search(text) for i in sorted(opened)})
    return (KIND_PATTERNS[rank][0], match) if match is not None else (None, None)


def _first_kind(text: str, heads: dict[int, re.Match[str] | None]) -> tuple[int, re.Match[str] | None]:
    """KIND_ANY's scan, wording by wording: `heads` holds each wording's first match from where the scan stands.
    The next match is the leftmost, the earlier wording's at one place (as an alternation takes it); the scan goes
    on from its end, so a wording's match begun before there is searched for again from there. It stops once no
    wording left can give a kind of an earlier row than the one found (the rank and its first match)."""
    found: tuple[int, re.Match[str] | None] = (len(KIND_PATTERNS), None)
    while True:
        live = [(match.start(), i, match) for i, match in heads.items() if match is not None]
        if not live or min(WORDINGS[i][0] for _, i, _ in live) >= found[0]:
            return found
        _, index, match = min(live, key=lambda head: head[:2])
        if WORDINGS[index][0] < found[0]:
            found = (WORDINGS[index][0], match)
        end = match.end()
        for i, head in heads.items():
            if head is not None and head.start() < end:
                heads[i] = WORDINGS[i][1].search(text, end)
