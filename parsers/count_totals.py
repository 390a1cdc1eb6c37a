"""Status totals printed count first, in sentences: `21 actions are green (43%)`, `24% (21) complete`, `65 out of
99 actions complete`, `Of the 35 actions, 30 are complete and 5 are in progress` (parsers/status_totals.py reads
them beside the label-first tables and checks them against the rows the same way).

Why: progress reports print their totals as prose as often as in a table, and a reader that knew only the table
left those lines unplaced and unchecked. The shapes are CLAUSES, a rule table whose named groups say which part of
a clause is the count (`count`), the share (`share`, a percentage), the total counted over (`of`), the thing
counted (`noun`) and the status (`status`). The status is the longest run of the clause's words the profile's
status rules know (`[[statuses]]`, the rules each action's status is read by), and the thing counted is a word the
profile's heading rules read as the action column (`actions`, `recommendations`) or one of its `[action_plan]
counted` words (`milestones`, which as a column's heading is a timeline); a share printed in the profile's
`[action_plan] percent` words (`76 per cent`) is read as the sign. So no status, plan or count word is kept here;
what may follow a status is an aside (`(rated green)`, `for completion`), never a second status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from council_actions.ingest import COUNT_MARKS

from council_actions.document_words import any_of
from council_actions.roles import RoleMap

PERCENT = r"\d{1,3}(?:\.\d+)?\s?%"
# A count in figures or in words ("Five actions are ongoing", "Twenty-six recommendations"): the words zero to twenty
# (the self-assessment reader counts a page's key actions by them too) and a tens word with a unit after it, English
# as the verbs are.
NUMBER_WORDS = {word: n for n, word in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
                                                 .split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT = "|".join(sorted((word for word, n in NUMBER_WORDS.items() if 0 < n < 10), key=len, reverse=True))
_WORDS = "|".join(sorted(set(NUMBER_WORDS) | set(TENS), key=len, reverse=True))
COUNT = rf"(?:\d{{1,4}}|(?i:(?:{'|'.join(TENS)})[\s-](?:{_UNIT})|{_WORDS})(?![\w-]))"
# The verb between a count and its status, English not council words: "are", "has not" is read as "has" before
# the status `not started`, "had been", "were all", "are rated as".
VERB = (r"(?:are|is|were|was|has|have|had|remain|remains)(?:\s+(?:been|now|currently|all|still)){0,2}"
        r"(?:\s+rated(?:\s+as)?)?")
# Two statuses counted together ("had been achieved or were on target"): what parts them, a verb again or not.
EITHER = re.compile(rf"or\s+(?:{VERB}\s+)?(?P<status>.+)", re.IGNORECASE)
NOUN = rf"(?P<noun>(?!{COUNT}\s)[^\W\d][\w'’ -]*?)"  # not a count: `Two of the twelve actions`
ClauseShape = Literal["count_first", "share_then_count", "count_of_total", "share_of_noun"]
# Words opening what a clause adds after its status ("were on target for completion", "were pending, as they were
# dependent upon ..."), and a clause of its own that opens with one of them: what is said about the total, not
# another total ("had now been completed and would be removed from the next report").
ASIDES = ("to", "for", "by", "within", "as", "due", "because", "since", "following", "would")
# What parts clauses on one line: a semicolon, a comma with a space after it, "and", "while"; never tried from inside a
# run of white space, as status_totals.CELL_BREAK.
CLAUSE_BREAK = re.compile(r"(?!(?<=\s)\s)\s*(?:;|,(?=\s)|\band\b|\bwhile\b|\bwhereas\b)\s*", re.IGNORECASE)
# Quotation marks around a status word ("had been ‘Achieved’ or were ‘On Target’": Epping Forest's minutes quote each
# status as its plan prints it), not part of it; an apostrophe inside a word ("council's") is kept.
QUOTES = re.compile(r"(?<!\w)[\u2018\u201c\"']|[\u2019\u201d\"'](?!\w)")
# A clause naming what the totals count before them ("Of the 35 actions", "Of the future recommendations").
LEAD_IN = re.compile(rf"of\s+(?:the\s+)?(?:(?P<of>{COUNT})\s+)?{NOUN}", re.IGNORECASE)
SHARE = re.compile(rf"\((?P<share>{PERCENT})\)")
# A heading that counts what the totals under it count, and says nothing else ("17 Milestones" over Belfast's
# `- 13 (76 per cent) milestones were achieved.`): the number they are counted out of.
COUNTED_HEADING = re.compile(rf"(?P<of>{COUNT})\s+{NOUN}", re.IGNORECASE)
# A line saying the totals under it break one total above down by other status words (Bracknell's overview: "Of the
# 49 actions that are in progress:" between `49 are in progress` and `21 actions are green`, `21 ... amber`, ...).
BREAKDOWN = re.compile(rf"of\s+(?:the\s+)?(?P<of>{COUNT})\s+{NOUN}\s+(?:that|which)\s+{VERB}\s+(?P<status>.+)",
                       re.IGNORECASE)
# A share and its count in brackets, or a count and its share, opening a line of more words (`24% (21) complete`):
# a count-first total whatever its words (looks_counted).
COUNT_AND_SHARE = re.compile(rf"(?:{PERCENT}\s*\({COUNT}\)|{COUNT}\s*\({PERCENT}\))\s+\S.*")
NUMBER_WORD_BREAK = re.compile(r"[\s-]+")  # between the words of a count in words (`Twenty-six`, `twenty six`)


@dataclass(frozen=True)
class Clause:
    """One shape of a count-first total: its pattern (matched in full on a clause, case aside), what it looks
    like, and a real example with the address it was printed at."""

    shape: ClauseShape
    pattern: re.Pattern[str]
    description: str
    example: str
    address: str


def _clause(shape: ClauseShape, pattern: str, description: str, example: str, address: str) -> Clause:
    return Clause(shape, re.compile(pattern, re.IGNORECASE), description, example, address)


# In order, the first whose pattern matches reads a clause: a count out of a total before a count alone, which would
# take `of the twelve actions` for the thing counted.
CLAUSES = (
    _clause("count_of_total", rf"(?P<count>{COUNT})\s*(?:out\s+)?of\s+(?:the\s+)?(?P<of>{COUNT})"
            rf"(?:\s*\((?P<share>{PERCENT})\))?\s+{NOUN}"
            rf"(?:\s+{VERB})?\s+(?P<status>.+)", "a count out of all the things counted, then the status: the "
            "other things counted have other statuses", "65out of 99 actions complete",
            "https://democracy.croydon.gov.uk/ieDecisionDetails.aspx?ID=818"),
    _clause("count_first", rf"(?P<count>{COUNT})(?:\s*\((?P<share>{PERCENT})\))?(?:\s+(?:of\s+)?(?:the\s+)?{NOUN})?"
            rf"\s+{VERB}\s+(?P<status>.+)", "a count, its share in brackets or not, the thing counted or not, a "
            "verb and the status", "14 (29%) of the actions were under control",
            "http://rds.eppingforestdc.gov.uk/ieIssueDetails.aspx?IId=58193&Opt=3"),
    _clause("share_then_count", rf"(?P<share>{PERCENT})\s*\((?P<count>{COUNT})\)(?:\s+{VERB})?\s+(?P<status>.+)",
            "a share, then its count in brackets, then the status, with a verb or not", "24% (21) complete",
            "https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=103296"),
    _clause("share_of_noun", rf"(?P<share>{PERCENT})\s+of\s+(?:the\s+)?{NOUN}\s+{VERB}\s+(?P<status>.+)",
            "a share of the things counted, a verb and the status: checked as a share of the rows read",
            "75% of these were on track to be completed",
            "https://councillors.herefordshire.gov.uk/ieIssueDetails.aspx?IId=50045692&Opt=3"),
)
# The words that stand for the things counted where a lead-in clause named them ("Of the future recommendations,
# 75% of these were on track"): English, as the verbs.
PRONOUNS = ("these", "those", "them", "which")


@dataclass(frozen=True)
class Said:
    """One count-first total as read: its status words as printed, the profile's status key, its count and share
    (either may be missing), the total it was counted out of where one is printed, and whether it names what it
    counts (`21 actions are green`, `65 out of 99 actions`), so that it is a summary on its own."""

    word: str
    status: str
    count: int | None
    share: float | None
    of: int | None
    named: bool
    also: tuple[str, ...] = ()  # the other status keys counted together with `status` ("achieved or on target")


def sentence_totals(line: str, roles: RoleMap) -> list[Said] | None:
    """The totals a line prints count first, one a clause; None where any clause is neither a total, nor a lead-in
    before them naming what they count, nor an aside after them."""
    said: list[Said] = []
    of: int | None = None
    clauses = [c for c in CLAUSE_BREAK.split(_bare(line, roles)) if c]
    for k, clause in enumerate(clauses):
        total, lead_in = _total(clause, roles), LEAD_IN.fullmatch(clause) if k == 0 else None
        if total:
            said.append(total if total.of is not None or of is None else replace(total, of=of))
        elif lead_in and _counted(lead_in["noun"], roles):
            of = number(lead_in["of"]) if lead_in["of"] else None
        elif not (said and clause.split()[0].lower() in ASIDES):
            return None
    return said or None


def broken_down(line: str, roles: RoleMap) -> tuple[int, str] | None:
    """The count and status key of the total above that the totals under this line break down; None where the line
    says no such thing."""
    found = BREAKDOWN.fullmatch(_bare(line, roles))
    status = roles.status_of(found["status"]) if found and _counted(found["noun"], roles) else None
    return (number(found["of"]), status) if found and status else None


def heading_count(line: str, roles: RoleMap) -> int | None:
    """The number a heading counts the actions by (COUNTED_HEADING); None for any other line."""
    found = COUNTED_HEADING.fullmatch(_bare(line, roles))
    return number(found["of"]) if found and _counted(found["noun"], roles) else None


def number(count: str) -> int:
    """A count as COUNT reads it, in figures or in words (`Twenty-six` is 26)."""
    if count.isdigit():
        return int(count)
    return sum(TENS.get(word) or NUMBER_WORDS[word] for word in NUMBER_WORD_BREAK.split(count.lower()))


def looks_counted(line: str, roles: RoleMap) -> bool:
    """Whether a clause of the line has a count-first shape whatever its status words (`9% (8) will not be met
    ...`): a total the profile's status words do not read, so the totals beside it are not all read."""
    text = _bare(line, roles)
    return any(rule.pattern.fullmatch(clause) for clause in CLAUSE_BREAK.split(text) for rule in CLAUSES) or bool(
        COUNT_AND_SHARE.fullmatch(text))


def _bare(line: str, roles: RoleMap) -> str:
    """The line without its bullet, the quotation marks around its words and the punctuation at either end, a share
    printed in the profile's words for per cent (`76 per cent`: RoleMap.percent) written with the sign (`76%`)."""
    return _in_words(roles.percent).sub("%", QUOTES.sub("", COUNT_MARKS.pattern.sub("", line))).strip(" .;:,")


@lru_cache(maxsize=16)
def _in_words(percent: tuple[str, ...]) -> re.Pattern[str]:
    """The words for per cent after a number, with the space before them; nothing where the profile gives none.
    Kept for the last 16 profiles' words: a process reading under ever more profiles builds it again."""
    return re.compile(rf"(?<=\d)\s*{any_of(percent)}\b" if percent else r"(?!)", re.IGNORECASE)


def _total(clause: str, roles: RoleMap) -> Said | None:
    """The clause read by the first rule whose pattern matches it and whose status words the profile knows."""
    for rule in CLAUSES:
        found = rule.pattern.fullmatch(clause)
        if found is None or not _counted(found.groupdict().get("noun"), roles):
            continue
        read = _status(found["status"], roles)
        if read is None:
            continue
        words, statuses, aside = read
        share = found.groupdict().get("share") or (got["share"] if (got := SHARE.match(aside)) else None)
        count, of, noun = found.groupdict().get("count"), found.groupdict().get("of"), found.groupdict().get("noun")
        return Said(words, statuses[0], number(count) if count else None,
                    float(share.rstrip("%").strip()) if share else None, number(of) if of else None, bool(noun or of),
                    tuple(dict.fromkeys(k for k in statuses[1:] if k != statuses[0])))
    return None


def label_statuses(label: str, roles: RoleMap) -> tuple[str, ...]:
    """The status keys a label printed before its count names, all of it status words: one status (`Under
    Control`), or two counted together (`Achieved or On-Target`, Epping Forest's minutes); none otherwise."""
    whole = roles.status_of(label)
    if whole:
        return (whole,)
    read = _status(label, roles)  # the words as printed, their keys, what follows (nothing, for a label)
    return read[1] if read and not read[2] else ()


def _status(text: str, roles: RoleMap) -> tuple[str, tuple[str, ...], str] | None:
    """The longest run of words opening `text` that the profile reads as a status (with the statuses after `or`
    counted together with it: `achieved or were on target`), the words as printed, their keys, and what follows;
    None where nothing does, or what follows is more than an aside."""
    words = text.split()
    for n in range(min(len(words), 5), 0, -1):
        status, rest = roles.status_of(" ".join(words[:n])), " ".join(words[n:])
        either = EITHER.fullmatch(rest)
        more = _status(either["status"], roles) if status and either else None
        if status and more:
            return f"{' '.join(words[:n])} {rest[:len(rest) - len(more[2])].strip()}", (status, *more[1]), more[2]
        if status and (not rest or rest.startswith("(") or rest.split()[0].lower() in ASIDES):
            return " ".join(words[:n]), (status,), rest
    return None


def _counted(noun: str | None, roles: RoleMap) -> bool:
    """No noun, a pronoun, or one whose last word the profile's heading rules read as the action column or its
    totals count actions by (RoleMap.counted: `milestones`)."""
    if noun is None or noun.lower() in PRONOUNS:
        return True
    last = noun.split()[-1]
    return roles.role_of(last) == "action" or last.lower() in roles.counted
