"""The words that join or label owners while saying who leads and who supports (`LA with support from health`, `Lead:
...`), as rule tables.

An owner cell can name its owners with their part in the work: Lancashire's joint SEND commissioning plan prints `LA
with support from health` and `ICB with support from all partners` in its Lead column, the council (or the care
board) leading, the others supporting. Read as one name, the cell was one owner no glossary could know; a reader sees
two owners and their parts. ROLE_JOINS is the table: each row names the profile's `[owner_words]` list whose phrases
join that way and the role the owners before and after the phrase hold (None where the words say no part: `in
partnership with` joins equals). The phrases are council wording, in the profile (generic.toml's, a council's own
added); the roles they give are this table's, so a test reads every row's example. Below the stages (tests/
test_layers.py), beside the owner words they are built from: normalise splits the cell by them, and output declares
the role's vocabulary from OwnerRole.

A cell can label its owners instead (Warwick's housing improvement plan: `Lead: Customer Engagement and Business
Support Manager. Accountable: Head of Housing`): ROLE_LABELS is that table, each row naming the profile's list of
labels and the role of the owners each label names (normalise/owner_split.py reads the owners after each label).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from council_actions.owner_rules import any_word
from council_actions.owner_words import OwnerWords

# An owner's part in the action, where the cell's words say it (action_owners.role); null where they say none.
OwnerRole = Literal["lead", "support"]
JoinList = Literal["support_joins", "partner_joins"]  # the OwnerWords lists a join's phrases are in
LabelList = Literal["lead_labels", "roles"]  # the OwnerWords lists of role labels (`Lead:`, `Accountable:`)


@dataclass(frozen=True)
class RoleJoin:
    """A row of the rule table: the profile's list of phrases that join owners this way, the roles of the owners
    printed before and after such a phrase, and an example cell with the owners and roles it reads as."""

    words: JoinList
    before: OwnerRole | None
    after: OwnerRole | None
    example: tuple[str, tuple[tuple[str, OwnerRole | None], ...]]


ROLE_JOINS = (
    RoleJoin("support_joins", "lead", "support",
             ("LA with support from health", (("LA", "lead"), ("health", "support")))),
    RoleJoin("partner_joins", None, None,
             ("Housing Advice Team in partnership with Citizens Advice",
              (("Housing Advice Team", None), ("Citizens Advice", None)))),
)


@dataclass(frozen=True)
class RoleLabel:
    """A row of the label table: the profile's list of role labels (printed with a colon before the owner they
    label), the role of the owners each names, and an example cell with the owners and roles it reads as."""

    words: LabelList
    role: OwnerRole | None
    example: tuple[str, tuple[tuple[str, OwnerRole | None], ...]]


# Warwick's housing improvement plan (2024), `Responsible / accountable` over `Lead: Customer Engagement and Business
# Support Manager. Accountable: Head of Housing`: the manager leads the work; the head of housing answers for it, a
# part action_owners.role does not name (no lead, no support), so none.
WARWICK = "Lead: Customer Engagement and Business Support Manager. Accountable: Head of Housing"
ROLE_LABELS = (
    RoleLabel("lead_labels", "lead", (WARWICK, (("Lead: Customer Engagement and Business Support Manager", "lead"),
                                                ("Accountable: Head of Housing", None)))),
    RoleLabel("roles", None, ("Accountable: Head of Housing", (("Accountable: Head of Housing", None),))),
)


@dataclass(frozen=True)
class RoleStretch:
    """A stretch of an owner cell (`text[start:end]`) and the role of every owner it names."""

    start: int
    end: int
    role: OwnerRole | None


# The phrase is spaced from the owners either side, outside brackets (within them, a separator a `)` closes on its
# line, no `(` between, is a post's own words: owner_split.HARD_SEPARATORS); or it opens a bracket after the first
# owner that closes at the cell's end (`Head of Housing (supported by Finance)`), the bracket no part of the owners.
JOIN_SHAPE = r"\s+(?:{0})\s+(?![^()\n]*\))|\s*(?P<open>\()(?:{0})\s+(?=[^()\n]*\)[\s.]*$)"


@lru_cache(maxsize=16)
def role_joins(words: OwnerWords) -> tuple[tuple[RoleJoin, re.Pattern[str]], ...]:
    """Each row of ROLE_JOINS with the pattern of its phrases in the profile's words (a list of none matches
    nothing), whole words, case aside."""
    return tuple((join, re.compile(JOIN_SHAPE.format(any_word(getattr(words, join.words))), re.IGNORECASE))
                 for join in ROLE_JOINS)


def role_stretches(text: str, words: OwnerWords) -> list[RoleStretch]:
    """The cell parted at its first role join (the table's first row that matches, in order): the owners before it
    with the row's `before` role, those after with its `after` role; the whole cell with no role where none joins."""
    for join, pattern in role_joins(words):
        found = pattern.search(text)
        if found and found.start() > 0:
            end = len(text.rstrip(" ."))  # the stretch after leaves out a full stop, and the bracket the join opened
            end -= bool(found.group("open"))
            return [RoleStretch(0, found.start(), join.before), RoleStretch(found.end(), end, join.after)]
    return [RoleStretch(0, len(text), None)]


@lru_cache(maxsize=16)
def _role_labels(words: OwnerWords) -> tuple[tuple[RoleLabel, re.Pattern[str]], ...]:
    """Each row of ROLE_LABELS with the pattern of its labels in the profile's words, the whole label, case aside."""
    return tuple((row, re.compile(any_word(getattr(words, row.words)), re.IGNORECASE)) for row in ROLE_LABELS)


def label_role(label: str, words: OwnerWords) -> OwnerRole | None:
    """The role of the owners a role label names (`Lead:` lead, `Accountable:` none), by the list of the profile's
    words it is in (ROLE_LABELS); spacing and its colon aside."""
    name = label.strip().rstrip(":").strip()
    return next((row.role for row, pattern in _role_labels(words) if pattern.fullmatch(name)), None)
