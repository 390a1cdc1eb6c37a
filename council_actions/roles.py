"""Column roles: what a printed heading, record label or status word means, read from profile data.

Parsers never ask for "column 3"; they ask which column holds the `action`,
the `owner`, the `timeline`. The answer comes from heading rules in the
council profile, tried first, then in the built-in generic profile
(`profiles/generic.toml`), so a plan no profile was written for still reads,
and a profile makes it exact. Status words and RAG colours map to a closed
set of status keys the same way. The rules are read from the profile's TOML,
and checked, by council_actions/role_rules.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache, partial
from typing import Generic, Literal, TypeVar, get_args

from council_actions.lookalikes import lookalikes_folded

Role = Literal["element", "score", "characteristic", "opportunity", "action", "owner", "support", "allocation",
               "timeline", "start", "revised", "status", "progress", "notes", "ignore", "period", "target"]
ROLES: tuple[Role, ...] = get_args(Role)
# What a status rule's key may be: the closed set every status word and RAG colour maps to (actions.status,
# elements.status), so a BI tool, `diff` and a query can name a state without knowing which profile read the plan. A
# council's own word is a pattern of one of these (`[[statuses]]`), never a key of its own: a profile naming another
# key stops its load in one line.
StatusKey = Literal["complete", "on_track", "at_risk", "off_track", "not_started", "suspended"]
STATUS_KEYS: tuple[StatusKey, ...] = get_args(StatusKey)
# A column headed by a period ("2025", "2024/25", "Q3 2025"): each cell under it is an action due then, the
# heading its timeline as printed (a plan printed as a grid of years). Given to a heading no rule knows.
PERIOD: Role = "period"
# A column headed by a period in a table that also has an action column: its cells are that action's targets or
# milestones for the period ("Action | 2025 | 2026" with "45%" / "50%"), not actions of their own; each is kept in
# the action's notes with its heading (parsers/table_rows.target_values). A profile may name it for any heading.
TARGET: Role = "target"
# A role that gives way to another column of the same table: role -> (the other column's role, what it plays then).
GIVES_WAY: dict[str, tuple[Role, Role]] = {PERIOD: ("action", TARGET)}
K = TypeVar("K", bound=str)  # a rule's key: a Role for a heading rule, a status key (STATUS_KEYS) for a status rule
# A role a reader gives a column itself, which `RoleMap.roles_of` hands back as given: a profile's role, or "section"
# (a list's section heading, no profile's role), or "lead_in" (the period a lead-in line above a list's items names:
# ingest/lead_ins.py)
ColumnRole = Literal[Role, "section", "lead_in"]
# A footnote marker ending a heading: `[1]`, `[iv]`, `(2)`; a number in brackets from 100 or with a leading 0 is the
# heading's own, a unit (`Budget £ (000)`, thousands) or a year, kept.
FOOTNOTE = re.compile(r"\[(?:[ivxlc]+|\d+)\]|\([1-9]\d?\)$")
HYPHEN_BREAK = re.compile(r"(\w)- (\w)")
YES = re.compile(r"yes\.?", re.IGNORECASE)
# A status and its gloss: "Green - on track", "Complete (Blue)". Never tried from inside a run of white space: a
# break found from there is found from the run's start, and each try read the rest of the run (its square).
GLOSS = re.compile(r"(?!(?<=\s)\s)(?:\s+[-–—]\s+|\s*[()]\s*)")
# The most headings, and status cells, a RoleMap remembers (least recently asked forgotten first): one document of
# samples/ asks at most some 450 distinct headings (samples/runnymede_web/results_pipe.txt) and 180 status cells
# (Belfast's self-assessment, objective 4), so a document fits whole with room for the next one's common headings, and
# a process reading many documents (the library, a notebook, a Dask worker) keeps the memo to this many short texts.
MEMO_SIZE = 1024
# A text longer than this (characters) is read afresh each time it is asked, never remembered: a real heading or
# status is a few words, a longer text is a line of prose tried as one and rarely asked twice, and leaving it out
# bounds the memo's bytes as well as its entries.
MEMO_LONGEST = 200


class RoleError(ValueError):
    """A heading or status rule that cannot be used; the message names the rule."""


@dataclass(frozen=True)
class Rule(Generic[K]):
    """One row of a rule table: a key (role or status) and the patterns that mean it."""

    key: K
    patterns: tuple[re.Pattern[str], ...]
    or_else: Role | None = None  # the role a heading plays where another column of its table plays `key`
    headed_only: bool = False  # `or_else` only where a heading rule names the other column, never a reader's own
    yes: str | None = None  # a status column asked as a question ("Achieved?"): the status a "Yes" in it means
    # a status rule's phrases of a document's title naming the state of every row under it (`completed actions`),
    # each searched for as whole words, case aside (`RoleMap.title_status`)
    titles: tuple[re.Pattern[str], ...] = ()

    def matches(self, text: str) -> bool:
        """Whether a heading key (`heading_key`) is this rule's as a whole, not merely contains one of its patterns."""
        return any(p.fullmatch(text) for p in self.patterns)


def heading_key(text: str) -> str:
    """A heading as compared with the rules: lower case, no footnote markers, hyphenation or end punctuation, and
    compatibility forms and look-alike letters of other scripts folded (`folded`, `lookalikes_folded`)."""
    text = lookalikes_folded(folded(FOOTNOTE.sub("", " ".join(text.split())).strip()))
    text = HYPHEN_BREAK.sub(r"\1\2", text).replace("-", " ")
    return " ".join(text.lower().rstrip("?:.*").split())


def folded(text: str) -> str:
    """The text with its compatibility forms folded (NFKC), as a rule's words are written: a PDF's text layer may
    give a ligature as one character (`Responsible Oﬃcer`, U+FB03), a fullwidth font its own letters (`Ｌｅａｄ`),
    and a heading printed so played no role, its column read as notes. Only the text compared: the cell keeps its
    characters as printed."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


@dataclass(frozen=True)
class RoleMap:
    """Heading rules, status rules and the words that mean "the owner above" (ditto); the words a share is printed
    with after its number (`76 per cent`) and the nouns a plan's printed totals count its actions by where no heading
    rule reads them as the action column (`milestones`): parsers/count_totals.py reads totals by them."""

    headings: tuple[Rule[Role], ...]
    statuses: tuple[Rule[str], ...]
    ditto: tuple[str, ...]
    percent: tuple[str, ...]
    counted: tuple[str, ...]
    # heading as printed -> the first rule its key matches (`rule_of`), and cell -> its status key (`_status`):
    # readers ask the same few headings and status words hundreds of times a document (every line tried as a
    # table's heading), each a fullmatch against every pattern of every rule. Built with the map, so they live as
    # long as its profile, at most MEMO_SIZE texts each; neither compared, hashed nor pickled (`__reduce__`).
    _known: Callable[[str], Rule[Role] | None] = field(init=False, repr=False, compare=False)
    _statuses_known: Callable[[str], str | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """The memos, one per map: functools' LRU cache over the plain lookups (`_first_rule`, `_first_status`)."""
        object.__setattr__(self, "_known", lru_cache(maxsize=MEMO_SIZE)(partial(_first_rule, self.headings)))
        object.__setattr__(self, "_statuses_known", lru_cache(maxsize=MEMO_SIZE)(partial(_first_status, self.statuses)))

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled (and copied) as the fields its constructor takes (its rules and words, and any field added later):
        the copy builds its own empty memos (an LRU cache does not pickle), so a map sent to a worker is the same
        size whatever this process has asked it."""
        return RoleMap, tuple(getattr(self, f.name) for f in fields(self) if f.init)

    def role_of(self, heading: str) -> Role | None:
        """The role one heading plays on its own (the first rule it matches); None where no rule knows it. A table's
        headings decide some roles together: `roles_of`."""
        rule = self.rule_of(heading)
        return rule.key if rule else _period_or_none(heading)

    def rule_of(self, heading: str) -> Rule[Role] | None:
        """The first rule, in the profile's order of precedence, that the heading's key matches; None for a blank
        heading or one no rule knows, so an unknown column is never given a role by position."""
        return self._known(heading) if len(heading) <= MEMO_LONGEST else _first_rule(self.headings, heading)

    def roles_of(self, headings: Sequence[str], fixed: Sequence[ColumnRole | None] = ()
                 ) -> list[ColumnRole | None]:
        """The roles of a table's headings together: a rule's `or_else` role where another column plays its role
        firmly, or by a rule listed earlier (`What?` beside `How?`: the How is the action, the What the aim it
        serves; the profile's order is the precedence, the leftmost column on a tie), and a role of GIVES_WAY where
        another column plays the role it gives way to. `fixed`: roles a reader already gave columns (a record's
        title), by position."""
        given: list[ColumnRole | None] = [*fixed, *[None] * (len(headings) - len(fixed))]
        rules = [None if role else self.rule_of(h) for h, role in zip(headings, given, strict=True)]
        firm = {role or (r.key if r and not r.or_else else None) for role, r in zip(given, rules, strict=True)}
        headed = {r.key for r in rules if r and not r.or_else}  # firm by a heading rule, not by a reader
        first: dict[Role, int] = {}  # per role claimed by `or_else` rules only: the column that plays it
        for _, column, key in sorted((self.headings.index(r), column, r.key) for column, r in enumerate(rules)
                                     if r and r.or_else and r.key not in (headed if r.headed_only else firm)):
            first.setdefault(key, column)
        roles: list[ColumnRole | None] = []
        for column, (heading, role, rule) in enumerate(zip(headings, given, rules, strict=True)):
            if role or rule is None:
                roles.append(role or _period_or_none(heading))
            else:
                roles.append(rule.or_else if rule.or_else and first.get(rule.key) != column else rule.key)
        return [GIVES_WAY[role][1] if role in GIVES_WAY and GIVES_WAY[role][0] in roles else role for role in roles]

    def answer_of(self, heading: str, text: str) -> str | None:
        """The status a "Yes" means under a heading asking a question ("Achieved?": complete); None for any other
        answer, or under a heading that asks none."""
        rule = self.rule_of(heading)
        return rule.yes if rule and rule.yes and YES.fullmatch(text.strip()) else None

    def status_of(self, text: str) -> str | None:
        """The status key a cell means: the whole cell, or a colour glossed by words of the same status
        ("Green - on track", "Complete (Blue)"), never two statuses that disagree ("Green - delayed")."""
        whole = self._status(text)
        parts = [p for p in GLOSS.split(text) if p.strip(" .;:()")]
        if whole or len(parts) < 2:
            return whole
        keys = {self._status(p) for p in parts}
        return keys.pop() if len(keys) == 1 else None

    def title_status(self, title: str) -> str | None:
        """The status key a document's title gives every row under it (`Appendix B-Corporate Improvement Plan
        completed actions`: complete), by the first status rule one of whose `titles` it holds; None for a title
        naming no state (most name the plan)."""
        return next((rule.key for rule in self.statuses if any(p.search(title) for p in rule.titles)), None)

    def _status(self, text: str) -> str | None:
        return self._statuses_known(text) if len(text) <= MEMO_LONGEST else _first_status(self.statuses, text)

    def is_ditto(self, text: str) -> bool:
        """Whether an owner cell repeats the owner above; a short capitals word is an owner's acronym ("DO"), not
        the abbreviation "do." of ditto."""
        letters = text.strip(" .")
        if letters.isalpha() and letters.isupper() and len(letters) <= 3:
            return False
        return " ".join(text.lower().split()) in self.ditto

    def with_answers_checked(self, source: str) -> RoleMap:
        """This map, once every heading's `yes` names one of its status keys (a typo would write a status the
        output's vocabulary does not know)."""
        keys = {rule.key for rule in self.statuses}
        wrong = next((rule.yes for rule in self.headings if rule.yes and rule.yes not in keys), None)
        if wrong is not None:
            raise RoleError(f"{source}: a heading's yes = '{wrong}' is not a status key "
                            f"(one of {', '.join(sorted(keys))})")
        return self

    def extended(self, base: RoleMap) -> RoleMap:
        """This map's rules first, then those of the base it does not hold already: the council's wording wins over
        the generic, and a profile holding the generic rules itself (generic.toml given by its path, or a copy of
        it) holds them once, whatever name it was loaded by."""
        return RoleMap(tuple(dict.fromkeys(self.headings + base.headings)),
                       tuple(dict.fromkeys(self.statuses + base.statuses)),
                       tuple(dict.fromkeys(self.ditto + base.ditto)),
                       tuple(dict.fromkeys(self.percent + base.percent)),
                       tuple(dict.fromkeys(self.counted + base.counted)))


def _first_rule(rules: tuple[Rule[Role], ...], heading: str) -> Rule[Role] | None:
    """The first of the rules whose patterns the heading's key matches as a whole; None for a blank heading."""
    key = heading_key(heading)
    return next((r for r in rules if key and r.matches(key)), None)


def _first_status(rules: tuple[Rule[str], ...], text: str) -> str | None:
    """The key of the first status rule the cell matches, case, spacing, enclosing punctuation and compatibility
    forms (`folded`) aside."""
    key = " ".join(folded(text).lower().strip(" .;:()").split())
    return next((r.key for r in rules if key and r.matches(key)), None)


def _period_or_none(heading: str) -> Role | None:
    """PERIOD for a heading that is one period and nothing else, read by the timeline normaliser; None otherwise,
    so an unknown column is never given a role by position. Imported here, not with the profile: only a heading
    no rule knows asks it."""
    from council_actions.dating.is_a_time import is_period

    return PERIOD if is_period(heading) else None
