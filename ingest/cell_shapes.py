"""What a line of a one-cell-per-line table looks like, and how well it fits a column of each role.

Without row markers, where one row ends and the next begins is read from the cells' shapes: an owner column
holds a person or a post, a timeline column a date or a period, text columns sentences and bullets. The shapes
say what a line looks like (the first shape that fits); FIT says how well a shape fits a column's role (positive:
expected there, negative: out of place). The row reader (`cell_rows.py`) picks the rows whose cells fit best. The
words that make a line a post (`Manager`, `Team`, `Sponsor`) are council knowledge, the profile's `[owner_words]`
(owner_words.OwnerWords, which the owner normaliser splits cells with too), and so are the titles a person's name may
follow (`honorifics`: `Mrs`, `Cllr`, a Welsh council's `Cynghorydd`): `line_shapes` puts them in the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from council_actions.ingest.bullets import CELL_ITEM

from council_actions.owner_rules import any_word, generic_words
from council_actions.owner_words import OwnerWords
from council_actions.period_words import DEADLINE_WORDS, MONTH_WORD, PARTS_OF_YEAR, SPAN_WORDS

TIME_WORDS = rf"(?:{MONTH_WORD}|q[1-4]|quarter(?:ly)?|annual(?:ly)?|monthly|weekly|ongoing|on-going|complete[d]?|done" \
             r"|week|month|year|day|summer|autumn|winter|spring|immediate(?:ly)?|end of|by end|asap)s?"
LONG = 100  # characters: a line this long is text, whatever words it holds
TIME_PHRASE_WORDS = 8  # words: a longer line naming a period is a sentence about it ("Tender ... to be issued in 2022")
EMPTY_CELL = "empty_cell"  # the shape of a paragraph holding only whitespace: a converter's empty cell (cell_lines)
EMPTY_INSIDE = 0.0  # such a paragraph within a cell's other lines: converters write them inside cells too
# A word of a person's name: a capital, then lower case, a `Mc` or `Mac` before the capital or not (`McGinnes`).
NAME = r"(?:Ma?c)?[A-Z][a-z'’-]+"
# The first words of the words that time a period (`End June`, `Mid July`, `By May`), which no person's name opens
# with before a month's: such a line is a time phrase, though its words are capitalised as a name's are.
TIMING = "|".join(sorted({w.split()[0] for w in (*DEADLINE_WORDS, *SPAN_WORDS, *PARTS_OF_YEAR)}))


@dataclass(frozen=True)
class LineShape:
    """A row of a rule table over a one-cell-per-line table's lines: what the rule calls a line (a shape here, a
    table's end in table_ends.TABLE_ENDS), the pattern that says a line is one, and an example the tests check."""

    name: str
    pattern: re.Pattern[str]
    example: str


# The shapes tried before those naming a post (`_post_shapes`), and after them and a person's (`_person_shape`): the
# first that fits is a line's.
BEFORE_POSTS = (
    LineShape("bullet", CELL_ITEM.pattern, "·  Asset Register creation begun"),
    LineShape("report", re.compile(r"^(?!.*\b(?:will|should|must|shall)\b).*\b(?:has|have|had|was|were)\s+"
                                   r"(?:(?:now|already|recently|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b", re.DOTALL),
              "The vision and principles for information management have been agreed"),
    LineShape("long_text", re.compile(rf"^.{{{LONG},}}$", re.DOTALL),
              "These clauses in the IAA refer to the withdrawal of any partner from the partnership and the "
              "requirement to give 12 months notice in writing."),
)
AFTER_PERSON = (
    LineShape("acronym", re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9()]{1,9}"
                                    r"(?:\s*[,/&;]\s*[A-Z][A-Za-z0-9()]{1,9})*$"),
              "CLT, HoPC"),
    LineShape("milestone", re.compile(rf"^.{{3,100}}\s[–-]\s+(?:[\w ]{{0,20}}\s)?(?:\d{{1,2}}\s+)?"
                                      rf"(?i:{MONTH_WORD}|ongoing)(?:\s+(?:19|20)?\d\d)?\.?$"),
              "Adoption of Safeguarding Policy – July 2016"),
    # a short phrase naming a period, not a sentence: a line a timeline cell may stack (STACKS)
    LineShape("time_phrase", re.compile(rf"^(?=(?:\S+\s+){{0,{TIME_PHRASE_WORDS - 1}}}\S+$)(?!.*[.:;]$)"
                                        rf".*\b(?:{MONTH_WORD}|q[1-4]|(?:19|20)\d\d(?:/\d\d)?|weeks?|months?|years?)\b",
                                        re.IGNORECASE | re.DOTALL),
              "Felling completed within next three years"),
    LineShape("date", re.compile(rf"\b(?:{TIME_WORDS}|(?:19|20)\d\d(?:/\d\d)?)\b", re.IGNORECASE),
              "Quarterly meetings with updates to Audit Committee and CLT every six months."),
    # says how a thing stands ("This action is linked to ...", "Surveyor is in post"): an update or a comment, not
    # a task to do; a long one is long_text, as any
    LineShape("statement", re.compile(r"^(?:(?:This|That|These|Those|The|It|There)(?:\s+[a-z][\w'’-]*)?"
                                      r"|[A-Z][\w'’-]*)\s+(?:is|are)\s+\S"),
              "Replanting is subject to funding being available"),
    LineShape("sentence", re.compile(r"^(?:\S+\s+){5,}\S*[.:;]$|^.{60,}$", re.DOTALL),
              "The Corporate Governance Working Group has met twice."),
    # a few words closed by a colon lead into the lines after them ("Action plan:" above an update's list): part of
    # a cell of text, never a whole owner, timeline or status cell
    LineShape("lead_in", re.compile(r"^\S.*:$", re.DOTALL), "Action plan:"),
    LineShape("short", re.compile(r".*", re.DOTALL), "Agreed"),
)


@lru_cache(maxsize=8)
def line_shapes(words: OwnerWords | None = None) -> tuple[LineShape, ...]:
    """The whole table of shapes, in the order they are tried, with a profile's owner words in the shapes naming a
    post and a person (its honorifics); None: the generic profile's, for a reader given no profile. Built once per
    profile."""
    owner_words = words if words is not None else generic_words()
    honorific = _honorific(owner_words)
    return (*BEFORE_POSTS, *_post_shapes(_any_post_word(owner_words), any_word(owner_words.posts), honorific),
            _person_shape(honorific), *AFTER_PERSON)


def _honorific(words: OwnerWords) -> str:
    """A pattern for what may stand before a person's name, in a person's line and in a person's line with a post
    alike (`Cllr Moss`, `Mrs Angela Woodhouse`): one of the profile's honorifics, each word capitalised as the name
    after it is (`Cynghorydd Sir`), with its full stop or without, and a space."""
    titles = tuple(" ".join(w[:1].upper() + w[1:] for w in title.split()) for title in words.honorifics)
    return rf"(?:{any_word(titles)}\.?\s+)"


def _person_shape(honorific: str) -> LineShape:
    """A person's line: initials and a surname, or two or three capitalised words, perhaps after an honorific; not
    a time phrase opening with a timing word before a month (`End June`), though capitalised as a name is."""
    return LineShape("person", re.compile(rf"^(?!(?i:{TIMING})\s+(?i:{MONTH_WORD})\b)"
                                          rf"{honorific}?(?:(?:[A-Z]\.\s*)+{NAME}"
                                          rf"|{NAME}(?:\s+{NAME}){{1,2}})$"), "Steve Goulette")


def _any_post_word(words: OwnerWords) -> str:
    """A pattern for one of the words that mark an owner's line (a post's, a body's, a holder's), plural or not."""
    return any_word(tuple(dict.fromkeys(words.posts + words.bodies + words.holders))) + "s?"


def _post_shapes(posts: str, opening: str, honorific: str) -> tuple[LineShape, ...]:
    """The shapes of a line naming a post, `posts` the pattern of its words (`_any_post_word`), `opening` of the
    words a post opens with (the profile's posts: `Strategic Planning`, as `Strategic Director`; no person's name
    opens with one), `honorific` of a title before a person's name (`_honorific`)."""
    return (
        LineShape("person_with_post", re.compile(rf"^{honorific}?[A-Z][\w.'’-]*"
                                                 rf"(?:\s+[A-Z][\w.'’-]*){{0,3}}(?:,|\s+[–-])\s+(?:[Tt]he\s+)?"
                                                 rf"(?:\w+\s+){{0,3}}(?i:{posts})\b"),
                  "Angela Woodhouse, Head of Policy and Communications"),
        # the words before the post may be joined by 'and' ('Learning and Development Manager')
        LineShape("post", re.compile(rf"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){{0,5}}(?i:{posts})"
                                     rf"(?:\s+[Hh]olders?)?(?:\s+(?:of|for|to)\s+[A-Z][\w ,&'’-]+)?"
                                     rf"|(?i:{opening})(?:\s+[A-Z][\w&'’-]*){{1,3}})\.?$"),
                  "The Portfolio Holder for Economic Development, UK and EU Regional Issues."),
    )


# How well each shape fits a column of each kind of role (see `fit`); a shape not listed fits with 0.
FIT: dict[str, dict[str, float]] = {
    "owner": {"person": 3, "person_with_post": 3, "post": 3, "acronym": 2, "date": -3, "time_phrase": -3,
              "sentence": -3, "statement": -3, "long_text": -4, "bullet": -3, "report": -4,
              "lead_in": -3},
    "timeline": {"date": 3, "time_phrase": 3, "milestone": 3, "person": -3, "person_with_post": -3, "post": -2,
                 "acronym": -1, "sentence": -1, "statement": -1, "long_text": -3, "bullet": -2, "report": -3,
                 "lead_in": -3},
    "short": {"short": 1, "acronym": 1, "date": 0.5, "time_phrase": 0.5, "sentence": -2, "statement": -2,
              "long_text": -3, "bullet": -2, "person": 0.5, "report": -3, "lead_in": -2},
    # a short phrase naming a period is more likely the row's timeline than text
    "text": {"sentence": 1, "statement": 1, "long_text": 1, "bullet": 1, "short": 0.5, "person": -2,
             "person_with_post": -2, "post": -1, "acronym": -1, "report": 0, "time_phrase": -1.5,
             "lead_in": 0.5},
    # an action column holds text, but an action is a task to do, not how a thing stands
    "action": {"sentence": 1, "statement": -1, "long_text": 1, "bullet": 1, "short": 0.5, "person": -2,
               "person_with_post": -2, "post": -1, "acronym": -1, "report": 0, "time_phrase": -1.5,
               "lead_in": 0.5},
    # a progress column reports what has been done ("... have been agreed", "... was appointed in September") or
    # how a thing stands; a short phrase naming a period alone is a target date, not progress
    "progress": {"sentence": 1, "statement": 1, "long_text": 1, "bullet": 1, "short": 0.5, "person": -2,
                 "person_with_post": -2, "post": -1, "acronym": -1, "report": 2, "time_phrase": -1,
                 "lead_in": 0.5},
}
KIND_OF_ROLE = {"owner": "owner", "timeline": "timeline", "start": "timeline", "revised": "timeline", "status": "short",
                "score": "short", "element": "short", "progress": "progress", "action": "action"}
# A cell of these kinds takes one line (or none), or a run of lines each of the shapes STACKS names: a timeline's
# milestones or short time phrases ("Felling completed within next three years" / "Replanting completed within the
# next five years"), an owner's posts or people, a line each ("Arboriculture Manager" / "Communications Officer").
ONE_LINE_KINDS = frozenset({"owner", "short", "timeline"})
STACKS = {"timeline": (frozenset({"milestone"}), frozenset({"time_phrase"})),
          "owner": (frozenset({"person", "post", "person_with_post"}),)}
PROOF_KINDS = frozenset({"owner", "timeline", "short"})  # a row needs a cell of these that fits: who or when
OWNER_LINES = frozenset({"post", "person_with_post"})  # the shapes of a post's or a body's line (`HR TEAM`)


def shape_of(text: str, shapes: tuple[LineShape, ...] | None = None) -> str:
    """The first of the shapes (`line_shapes`: a profile's; the generic profile's by default) a line fits: spaces
    are folded first, because converters pad and wrap cells and a shape must not depend on that."""
    text = " ".join(text.split())
    return next(s.name for s in shapes or line_shapes() if s.pattern.search(text))


def kind_of(role: str | None) -> str:
    """The kind of column a role is, for FIT: owner, timeline, short (status, score, reference), action, progress
    or text."""
    return KIND_OF_ROLE.get(role or "", "text")


def fit(shape: str, kind: str) -> float:
    """How well a shape fits a column kind; a pair FIT does not list is neutral (0), neither evidence for nor
    against. An empty-cell paragraph inside a cell of text (converters also end a cell with an empty paragraph)
    costs EMPTY_INSIDE in any column; standing alone it is an empty cell (`cell_rows`)."""
    return EMPTY_INSIDE if shape == EMPTY_CELL else FIT[kind].get(shape, 0.0)


def stack(shapes: list[str], i: int, kind: str, any_spacing: bool = False) -> int:
    """Lines a cell of a one-line kind starting at line i can take: one, or a run of lines of one family of
    STACKS, spaced alike (with `any_spacing`, however spaced), the empty-cell paragraphs between them counted in.

    Why spaced alike: a converter writes a list in a cell the same way throughout, its items next to each other
    or each after an empty-cell paragraph (Maidstone's milestones), so the spacing after the first item is the
    list's, and a line spaced otherwise (Brighton & Hove's 'Replanting ...' straight after 'Felling ...', which
    followed an empty paragraph) belongs to another cell. Within one row whose bounds its row markers give, the
    spacing tells no cells apart: a cell's owners may stand level with the bullets of the action beside them
    (Maidstone's `Claire Weeks`, two empty paragraphs, `Mark Egerton`), so `any_spacing` lets the run skip any
    empty-cell paragraphs. The run ends on an item, never on a paragraph."""
    family = _stacking_family(shapes, i, kind)
    if family is None:
        return 1
    taken = 1
    while (gap := _gap_to_item(shapes, i + taken, family, None if any_spacing else _spacing(shapes, i))) is not None:
        taken += gap + 1
    return taken


def _stacking_family(shapes: list[str], i: int, kind: str) -> frozenset[str] | None:
    """The family of STACKS that line i opens in a column of this kind; None (a cell of one line) past the last
    line, for a kind that stacks nothing, or for a line of no family of its kind."""
    if i >= len(shapes):
        return None
    return next((family for family in STACKS.get(kind, ()) if shapes[i] in family), None)


def _spacing(shapes: list[str], i: int) -> int:
    """Empty-cell paragraphs between two items of the list opening at line i: 1 where one follows its first
    item, else 0 (the items next to each other)."""
    return 1 if shapes[i + 1:i + 2] == [EMPTY_CELL] else 0


def _gap_to_item(shapes: list[str], at: int, family: frozenset[str], spacing: int | None) -> int | None:
    """The empty-cell paragraphs before the list's next item from line `at` (`spacing` of them, or any number
    where spacing is None); None where no line of its family follows so, and the list ends."""
    gap = 0
    while at + gap < len(shapes) and shapes[at + gap] == EMPTY_CELL and (spacing is None or gap < spacing):
        gap += 1
    ends = at + gap >= len(shapes) or shapes[at + gap] not in family or (spacing is not None and gap != spacing)
    return None if ends else gap
