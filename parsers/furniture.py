"""What a document prints around its plan that no row holds and that is no lost content: its own title, a form's
front matter and its instructions, a web page's furniture.

The readers report every line no row holds as `unplaced_text` (parsers/unplaced.py), and over the samples most of
those were a document's title ("TREE ACTION PLAN"), a form's labels above its table ("Committee: ...", "Minute №:
91"), a form's notes to whoever fills it in ("[ii] Insert in this box ...") or a web page's feedback prompts ("Did
you find this page useful?"): noise that hid the few lines a reader really lost. FURNITURE is the table of such
lines: the boilerplate kind each becomes, where it may stand (the opening lines above the first row, or anywhere),
the test that knows it by the profile's `[document_words]` (council_actions/document_words.py) and a real line it
places. Anything else stays reported; a test errs towards leaving a line reported, so a line with the plan's own
content is never hidden.

The title (`documents.title`) is the first opening line that names a document (`names_document`), or the value of
a front-matter label that gives it (`Title : DISTRICT AUDIT – ANNUAL AUDIT LETTER`), or the title a template's
layout already kept as boilerplate (`# Appendix A: Action Plan ...`), as printed without markup. That line, and
the same words printed again (a SCRAIP prints its title twice), alone or with the period the copy covers after
them, a number first and a few words in all (QUALIFIER: the Isle of Wight's `DISTRICT AUDIT – ANNUAL AUDIT LETTER
200/01 ACCOUNTS` over its table, under the front matter's `Title : DISTRICT AUDIT – ANNUAL AUDIT LETTER`), are
`title` boilerplate; another line that reads as a title ("Action plan summary" under "Annual Governance Statement")
stays reported, as it may be the plan's own words. A line under a heading opening a part of the plan by a section
word (`Objective 4: Our environment`, parsers/section_lines.opens_part) is that part's, never the document's title
(Belfast's `Performance improvement summary` under it is the heading of the objective's summary). A heading that
names no document ("Priority: Creating vibrant communities") is a section's, not a title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from council_actions.ingest import REFERENCE, names_document, opens_part, without_markup
from council_actions.ingest.model import Document
from council_actions.parsers.council import title_lines
from council_actions.parsers.records import Boilerplate, BoilerplateKind
from council_actions.parsers.sign_off import sign_off_lines

from council_actions.document_words import DocumentWords, any_of
from council_actions.issues import Issue
from council_actions.owner_words import OwnerWords

FurnitureKind = Literal["front_matter", "title", "form_instruction", "web_furniture", "colour_key"]

SENTENCES = re.compile(r"(?<=[.?!])\s+")
QUALIFIER = 3  # the most words after the title printed again ('200/01 ACCOUNTS'): more is a line of its own
# A key's sentence says what a colour stands for with one of these verbs, the colour (or `colours`) its subject
# ("Green indicates that ...", "The colours represent ..."): English, not a council's wording.
MEANS = r"(?:represents?|indicates?|denotes?|means?|signif(?:y|ies))"
# A key lists its colours' scale: three colours or more in a run, parted by commas, dashes, slashes, `and` or `or`
# ("a green, amber or red status", "RAG (Red-Amber-Green)"); two in passing do not ("yellow or amber").
SCALE = 3
JOINS = r"(?:\s*[,/\-\u2013]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"


@dataclass(frozen=True)
class Furniture:
    """One kind of line around a plan: the boilerplate kind, what it is (`description`), a real line it places,
    whether it stands only in the opening lines, and its test of a line's text under the profile's words."""

    kind: FurnitureKind
    description: str
    example: str
    opening_only: bool
    test: Callable[[str, DocumentWords], bool]


def is_front_matter(text: str, words: DocumentWords) -> bool:
    """A label of the profile's front matter, a colon and its value (which may be empty: `Minute №:`); or a
    paper's reference, one of the profile's `references` and its letter or number alone (`APPENDIX A`)."""
    if _front_matter(words.front_matter).match(text) is not None:
        return True
    return REFERENCE.fullmatch(" ".join(text.split())) is not None and text.split()[0].lower() in words.references


def is_instruction(text: str, words: DocumentWords) -> bool:
    """The line holds a phrase only a form's notes on filling it in print (`in this box`)."""
    flat = _flat(text)
    return any(phrase in flat for phrase in words.instructions)


def is_web_furniture(text: str, words: DocumentWords) -> bool:
    """Every sentence of the line is one of the profile's web-page sentences, or the line is a hosting site's
    banner (`is_banner`); a line adding any words of its own stays reported."""
    known = {_sentence(phrase) for phrase in words.web_furniture}
    sentences = [_sentence(part) for part in SENTENCES.split(text.strip()) if part.strip()]
    return (bool(sentences) and all(sentence in known for sentence in sentences)) or is_banner(text, words)


def is_banner(text: str, words: DocumentWords) -> bool:
    """A hosting site's banner over a copy it keeps: the document's name (as `names_document` knows one), then one
    of the profile's web-page sentences (`IMPROVEMENT PLAN Powered By Docstoc`); any other words before the
    sentence, or none, leave the line to the other rules."""
    line = _sentence(text)
    for phrase in map(_sentence, words.web_furniture):
        if line.endswith(f" {phrase}") and names_document(line[:-len(phrase)], words):
            return True
    return False


def is_colour_key(text: str, words: DocumentWords) -> bool:
    """A line of a key to the colours the plan is rated in (the profile's `colours`): the key's heading alone
    (`# Key:`, a word of the profile's `keys`); a row of it, a colour alone in its first cell and what it stands
    for in the next (`Yellow<TAB>SOME EVIDENCE ...`); or a sentence saying what the colours mean, listing the
    scale (SCALE colours in a run: `a green, amber or red status`, `RAG (Red-Amber-Green) ratings`) or with a
    colour, or the word colour, the subject of a verb of MEANS (`Green indicates that ...`, `The colours represent
    ...`). Colours named in passing ("the overall majority colour is light green indicating ...", "No single
    theme is yellow or amber") make no key."""
    key, row, scale, meaning = _key_lines(words.colours, words.keys)
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    return (key.fullmatch(without_markup(text)) is not None or (len(cells) > 1 and row.fullmatch(cells[0]) is not None)
            or scale.search(text) is not None or meaning.search(text) is not None)


@lru_cache(maxsize=16)
def _key_lines(colours: tuple[str, ...], keys: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns of is_colour_key, built once per profile's lists (kept for the last 16): a key word alone (a
    colon after it or not), a colour alone, a run of SCALE colours, a colour or the word colour before a verb of
    MEANS."""
    colour = any_of(colours)
    return (re.compile(rf"{any_of(keys)}\s*:?", re.IGNORECASE), re.compile(colour, re.IGNORECASE),
            re.compile(rf"\b{colour}(?:{JOINS}{colour}){{{SCALE - 1},}}\b", re.IGNORECASE),
            re.compile(rf"\b(?:colou?rs?|{colour})\s+{MEANS}\b", re.IGNORECASE))


FURNITURE = (
    Furniture("front_matter", "a form's label and value above its table, the label one of the profile's "
              "front_matter (a SCRAIP's Committee, Minute № and Topic; a committee paper's Committee and Title), or "
              "a paper's reference alone on its line (`APPENDIX A`, `PAPER B1`)",
              "Minute \u2116:     91", True, is_front_matter),
    Furniture("title", "the document's own title, found in the opening lines (see the module), and the same words "
              "printed again wherever they stand, alone or with the period the copy covers after them",
              "TREE ACTION PLAN", False, names_document),
    Furniture("form_instruction", "a form's notes on how to fill it in, by a phrase of the profile's instructions",
              "[ii] Insert in this box the Cabinet Member whose portfolio the recommendation falls within.", False,
              is_instruction),
    Furniture("web_furniture", "a web page's own prompts and links around the plan, every sentence one of the "
              "profile's web_furniture, or a hosting site's banner: a document's name, then one of them",
              "Did you find this page useful?", False, is_web_furniture),
    Furniture("colour_key", "a key to the colours the plan is rated in: its heading, its rows (a colour, what it "
              "stands for) and a sentence saying what the colours mean, by the profile's colours and keys",
              "Each of the 'caring for you and your family' objectives below have a green, amber or red status.",
              False, is_colour_key),
)


def placed_as_furniture(document: Document, words: DocumentWords, issues: tuple[Issue, ...],
                        boilerplate: tuple[Boilerplate, ...], first_row: int | None, owner_words: OwnerWords,
                        ) -> tuple[tuple[Issue, ...], tuple[Boilerplate, ...], str | None]:
    """The issues, boilerplate and title once the lines of FURNITURE are placed: each `unplaced_text` on one line
    that a row of the table recognises becomes boilerplate of its kind, with its text and span; so does a line of
    a sign-off block, known by the profile's owner words, or a post of it printed again alone in the opening lines
    (parsers/sign_off.py: `sign_off`); `first_row` is the
    first line a row was read from, above which the opening lines end."""
    opening = {line.span.line_start for line in title_lines(document, first_row)}
    title = _title(issues, boilerplate, opening, words)
    signed = sign_off_lines(document, owner_words, opening) if any(map(_one_line_unplaced, issues)) else set()
    kept, placed = [], list(boilerplate)
    for issue in issues:
        kind: BoilerplateKind | None = None
        if _one_line_unplaced(issue):
            kind = "sign_off" if issue.span.line_start in signed else _kind(
                issue, issue.span.line_start in opening, title, words)
        if kind is None:
            kept.append(issue)
            continue
        record = Boilerplate(kind, issue.raw_text, issue.span)
        placed.insert(next((k for k, b in enumerate(placed) if b.span.char_start > record.span.char_start),
                           len(placed)), record)
    return tuple(kept), tuple(placed), title


def _title(issues: tuple[Issue, ...], boilerplate: tuple[Boilerplate, ...], opening: set[int],
           words: DocumentWords) -> str | None:
    """The first title the opening lines print (see the module), as printed without markup, above any line opening
    a part of the plan; None where none."""
    offered = [(b.span.char_start, without_markup(b.text)) for b in boilerplate
               if b.kind == "title" and b.span.line_start in opening and names_document(b.text, words)]
    for issue in issues:
        if _one_line_unplaced(issue) and issue.span.line_start in opening:
            offered += [(issue.span.char_start, text) for text in [_title_offered(issue.raw_text, words)] if text]
    printed = [*((i.span, i.raw_text) for i in issues if _one_line_unplaced(i)),
               *((b.span, b.text) for b in boilerplate if b.kind == "section_heading")]
    part = min((span.char_start for span, text in printed
                if span.line_start in opening and opens_part(text, words)), default=None)
    above = [(start, text) for start, text in offered if part is None or start < part]
    return min(above)[1] if above else None


def _title_offered(text: str, words: DocumentWords) -> str | None:
    """The title a line offers: a front-matter title label's value, or the line, where it names a document."""
    label = _front_matter(words.front_matter).match(text)
    if label is not None:
        value = label["value"]
        return value if _flat(label["label"]) in words.title_labels and names_document(value, words) else None
    return without_markup(text) if names_document(text, words) else None


def _kind(issue: Issue, opening: bool, title: str | None, words: DocumentWords) -> FurnitureKind | None:
    """The first row of FURNITURE the line fits; a title line only where it prints the document's title."""
    for rule in FURNITURE:
        if rule.opening_only and not opening:
            continue
        if rule.kind == "title":
            if title is not None and _prints_title(issue.raw_text, title, words):
                return rule.kind
        elif rule.test(issue.raw_text, words):
            return rule.kind
    return None


def _prints_title(text: str, title: str, words: DocumentWords) -> bool:
    """The line is the title, or the title and a period after it, at most QUALIFIER words opening with a number
    (`200/01 ACCOUNTS`; `Powered By Docstoc` after a title is a site's banner), the line still a heading that names
    a document (`names_document`: no sentence, no lead-in)."""
    line, own = _flat(without_markup(text)), _flat(title)
    if line == own:
        return True
    rest = line[len(own):].split() if line.startswith(f"{own} ") else []
    return 0 < len(rest) <= QUALIFIER and rest[0][0].isdigit() and not SENTENCES.search(f"{line} ") and (
        names_document(text, words))


def _one_line_unplaced(issue: Issue) -> bool:
    return issue.code == "unplaced_text" and issue.span.line_start == issue.span.line_end


@lru_cache(maxsize=16)
def _front_matter(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A line that is one of the labels, a colon and the value (the label's spaces may be any run of spaces). Built
    once per profile's labels, kept for the last 16."""
    spelt = "|".join(r"\s+".join(map(re.escape, label.split())) for label in labels)
    return re.compile(rf"^\W*(?P<label>{spelt})\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def _sentence(text: str) -> str:
    return _flat(text).rstrip(".?! ")
