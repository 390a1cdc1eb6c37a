"""What a line of a one-cell-per-line table looks like, and how well it fits a column of each role.

Without row markers, where one row ends and the next begins is read from the cells' shapes: an owner column
holds a person or a post, a timeline column a date or a period, text columns sentences and bullets. CELL_SHAPES
says what a line looks like (the first shape that fits); FIT says how well a shape fits a column's role (positive:
expected there, negative: out of place). The row reader (`cell_rows.py`) picks the rows whose cells fit best.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

POST_WORDS = r"(?:head|director|manager|officer|chief|executive|leader|councillor|cllr|team|board|lead|chair" \
             r"|committee|member|portfolio|cabinet|assistant|deputy|service)s?"
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
TIME_WORDS = rf"(?:{MONTH}|q[1-4]|quarter(?:ly)?|annual(?:ly)?|monthly|weekly|ongoing|on-going|complete[d]?|done" \
             r"|week|month|year|day|summer|autumn|winter|spring|immediate(?:ly)?|end of|by end|asap)s?"
LONG = 100  # characters: a line this long is text, whatever words it holds


@dataclass(frozen=True)
class LineShape:
    """A row of a rule table over a one-cell-per-line table's lines: what the rule calls a line (a shape here, a
    table's end in cell_lines.TABLE_ENDS), the pattern that says a line is one, and an example the tests check."""

    name: str
    pattern: re.Pattern[str]
    example: str


CELL_SHAPES = (
    LineShape("bullet", re.compile(r"^[·•\-–*▪]\s"), "·  Asset Register creation begun"),
    LineShape("report", re.compile(r"^(?!.*\b(?:will|should|must|shall)\b).*\b(?:has|have|had|was|were)\s+"
                                   r"(?:(?:now|already|recently|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b", re.DOTALL),
              "The vision and principles for information management have been agreed"),
    LineShape("long_text", re.compile(rf"^.{{{LONG},}}$", re.DOTALL),
              "These clauses in the IAA refer to the withdrawal of any partner from the partnership and the "
              "requirement to give 12 months notice in writing."),
    LineShape("person_with_post", re.compile(rf"^(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w.'’-]*"
                                             rf"(?:\s+[A-Z][\w.'’-]*){{0,3}},\s+(?:[Tt]he\s+)?(?:\w+\s+){{0,3}}"
                                             rf"(?i:{POST_WORDS})\b"),
              "Angela Woodhouse, Head of Policy and Communications"),
    LineShape("post", re.compile(rf"^(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+){{0,5}}(?i:{POST_WORDS})(?:\s+[Hh]olders?)?"
                                 rf"(?:\s+(?:of|for|to)\s+[A-Z][\w ,&'’-]+)?\.?$"),
              "The Portfolio Holder for Economic Development, UK and EU Regional Issues."),
    LineShape("person", re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\.?\s+)?(?:(?:[A-Z]\.\s*)+[A-Z][a-z'’-]+"
                                   r"|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})$"), "Steve Goulette"),
    LineShape("acronym", re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9()]{1,9}"
                                    r"(?:\s*[,/&;]\s*[A-Z][A-Za-z0-9()]{1,9})*$"),
              "CLT, HoPC"),
    LineShape("milestone", re.compile(rf"^.{{3,100}}\s[–-]\s+(?:[\w ]{{0,20}}\s)?(?:\d{{1,2}}\s+)?(?i:{MONTH}|ongoing)"
                                      rf"(?:\s+(?:19|20)?\d\d)?\.?$"), "Adoption of Safeguarding Policy – July 2016"),
    LineShape("date", re.compile(rf"\b(?:{TIME_WORDS}|(?:19|20)\d\d(?:/\d\d)?)\b", re.IGNORECASE),
              "Cabinet – 12 October 2011"),
    LineShape("sentence", re.compile(r"^(?:\S+\s+){5,}\S*[.:;]$|^.{60,}$", re.DOTALL),
              "The Corporate Governance Working Group has met twice."),
    LineShape("short", re.compile(r".*", re.DOTALL), "Agreed"),
)

# How well each shape fits a column of each kind of role (see `fit`); a shape not listed fits with 0.
FIT: dict[str, dict[str, float]] = {
    "owner": {"person": 3, "person_with_post": 3, "post": 3, "acronym": 2, "date": -3, "sentence": -3,
              "long_text": -4, "bullet": -3, "report": -4},
    "timeline": {"date": 3, "milestone": 3, "person": -3, "person_with_post": -3, "post": -2, "acronym": -1,
                 "sentence": -1, "long_text": -3, "bullet": -2, "report": -3},
    "short": {"short": 1, "acronym": 1, "date": 0.5, "sentence": -2, "long_text": -3, "bullet": -2, "person": 0.5,
              "report": -3},
    "text": {"sentence": 1, "long_text": 1, "bullet": 1, "short": 0.5, "person": -2, "person_with_post": -2,
             "post": -1, "acronym": -1, "report": 0},
    # a progress column reports what has been done ("... have been agreed", "... was appointed in September")
    "progress": {"sentence": 1, "long_text": 1, "bullet": 1, "short": 0.5, "person": -2, "person_with_post": -2,
                 "post": -1, "acronym": -1, "report": 2},
}
KIND_OF_ROLE = {"owner": "owner", "timeline": "timeline", "status": "short", "score": "short", "element": "short",
                "progress": "progress"}
ONE_LINE_KINDS = frozenset({"owner", "short"})  # a cell of these takes one line (or none)
MILESTONES = frozenset({"milestone"})  # a timeline cell of more than one line: a milestone a line
PROOF_KINDS = frozenset({"owner", "timeline", "short"})  # a row needs a cell of these that fits: who or when


def shape_of(text: str) -> str:
    """The first CELL_SHAPES row a line fits: spaces are folded first, because converters pad and wrap cells
    and a shape must not depend on that."""
    text = " ".join(text.split())
    return next(s.name for s in CELL_SHAPES if s.pattern.search(text))


def kind_of(role: str | None) -> str:
    """The kind of column a role is, for FIT: owner, timeline, short (status, score, reference), progress or
    text."""
    return KIND_OF_ROLE.get(role or "", "text")


def fit(shape: str, kind: str) -> float:
    """How well a shape fits a column kind; a pair FIT does not list is neutral (0), neither evidence for nor
    against."""
    return FIT[kind].get(shape, 0.0)
