"""What an unplaced line is to the section rules: SECTION_LINES, the kinds of section heading line tried in order
(a section word and its number, a section word as a label, a numbered title, a caption naming the actions ...), each
reading the line by what it is and by the profile's `[document_words]`, never by which sample it is in. The walk
that finds such lines among a document's unplaced lines and puts actions under them is parsers/sections.py.

A line naming a document kind ('TREE ACTION PLAN', 'Homelessness and Rough Sleeping Strategy') or a year ('Updated
Actions for 2014-15') is a title, never a section (YEAR, and the profile's `[document_words] names`, the list
parsers/furniture.py knows a title by), wherever it stands: titles are read elsewhere. Only a section word (the
profile's `[document_words] sections`, after one of its `section_kinds` or not) opening the line outweighs that
('Horizon 0: Strategy adoption ...').

The patterns of a section word opening a line (`counted`, `labelled`) and of a minute on an agenda's item are
ingest/part_headings.py's, where a reader asks whether a line opens a part (`opens_part`) as the parsers do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from council_actions.ingest import MOST_WORDS, StatusOf, heading_text, naming_an_item, section_word

from council_actions.document_words import DocumentWords, any_of
from council_actions.period_words import MONTH_WORD

MONTH = rf"{MONTH_WORD}\b"  # `2 September 2004` is a date, no heading
NUMBER_OPENING = re.compile(r"^(\d{1,2})\.?\s+\S")  # `1. Publication of ...`, a heading's number and its words
NUMBERED = re.compile(rf"^\d{{1,2}}(?:\.0)?\s+(?!{MONTH})[A-Z][^.!?;:]*$", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a caption stating the plan's period ('Updated Actions for 2014-15')
SENTENCE = re.compile(r"[.!?;]$")
STATED_WORDS = 24  # the most words of an outcome stated whole as a numbered heading over its table


@dataclass(frozen=True)
class UnplacedLine:
    """An unplaced line as the rules see it: its text cleaned of markup, what the next row, boilerplate or
    unplaced line under it is (`section`: a line a rule took as a section heading, `header`: the table's column
    headings, `row`: an action, `lead_in`: a line leading into a list or the prose over one, or `other`), the
    profile's words the rules read it by, and the first row's reference under it."""

    text: str
    following: str
    words: DocumentWords
    ref: str = ""  # the reference of the first row under the line (`1.1`), where a row is printed under it
    # The section word a line under this one calls the part it is in by (`Under this pillar:`: `pillar`), with no
    # row or section heading between them: the part's name is printed above that line (`named_part`).
    called: str = ""
    # The profile's status rules: a line they read as a status is how far an action has got, never a part's name.
    status_of: StatusOf | None = None


@dataclass(frozen=True)
class SectionLine:
    """One kind of section heading line: `form` says what the line is (the level a later heading of the same form
    takes the place of; "" where the line is known as no section, a title or a minute; None where the rule does not
    know the line and the next is tried), tried in order; the first rule that gives a form, "" included, decides."""

    name: str
    description: str
    example: str
    form: Callable[[UnplacedLine], str | None]


def _numbering_rows(line: UnplacedLine) -> str | None:
    found = NUMBER_OPENING.match(line.text)
    return "numbered" if (found and line.following in ("header", "row") and line.ref.startswith(f"{found[1]}.")
                          and is_heading(line.text)) else None


def _numbered_over_a_table(line: UnplacedLine) -> str | None:
    found = NUMBER_OPENING.match(line.text)
    return "numbered" if (found and line.following == "header" and found[0].startswith(f"{found[1]}.")
                          and (not line.ref or line.ref.startswith(f"{found[1]}."))
                          and is_heading(line.text, STATED_WORDS)) else None


def _agenda_item(line: UnplacedLine) -> str | None:
    words = line.words
    return "" if words.agenda_items and naming_an_item(words.sections, words.section_kinds,
                                                       words.agenda_items).match(line.text) else None


def _status_key(line: UnplacedLine) -> str | None:
    """A status word alone, or entries parted by semicolons one of which is a status (a key to a report's status
    icons, Maidstone's Corporate Improvement Plan: `Action Status`, then `Completed`, `Resuming; In Progress;
    Assigned`): what a row's status may be, never the name of a part of the plan."""
    parts = [part.strip() for part in line.text.split(";") if part.strip()]
    return "" if line.status_of is not None and any(line.status_of(part) for part in parts) else None


def _coded(line: UnplacedLine) -> str | None:
    found = _coded_part(line.words.sections, line.words.section_kinds).match(line.text)
    return f"coded {found['word'].lower()}" if found else None


# Each pattern built from a profile's word lists (`@lru_cache`) is built once per list and kept for the last 16
# profiles' lists: a process reading under ever more profiles builds them again rather than keep one for each.
@lru_cache(maxsize=16)
def _coded_part(sections: tuple[str, ...], kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A line opening with a section word and its code as a performance system prints it, zero first (`Objective
    003`), then the part's name opening with a capital, whatever words it uses and however many (`Objective 003
    Addressing the outstanding learning and development issues from the IIP reassessment and equality impact
    assessments`). The zero makes the number a code: a count in prose (`Objective 1 is to ...`) prints none."""
    kind = rf"(?:{any_of(kinds)}\s+)?" if kinds else ""
    return re.compile(rf"^{kind}(?P<word>{any_of(sections)})\s+0\d{{1,3}}\s+(?-i:[A-Z])[^.!?;]*$", re.IGNORECASE)


def _title(line: UnplacedLine) -> str | None:
    named = _document_name((*line.words.names, *line.words.plan_titles))
    return "" if named.search(line.text) or YEAR.search(line.text) else None


def _counted(line: UnplacedLine) -> str | None:
    found = section_word(line.words.sections, line.words.section_kinds, False).match(line.text)
    return f"counted {found['word'].lower()}" if found else None


def _labelled(line: UnplacedLine) -> str | None:
    found = section_word(line.words.sections, line.words.section_kinds, True).match(line.text)
    return f"labelled {found['word'].lower()}" if found else None


@lru_cache(maxsize=16)
def _document_name(names: tuple[str, ...]) -> re.Pattern[str]:
    """A word of the profile's `names` or a phrase of its `plan_titles` (the same lists furniture's titles are known
    by: ingest/document_names.py), or its plural, anywhere in the line ('Ofsted improvement plan', 'Further reports
    will be made ...')."""
    return re.compile(rf"\b{any_of(names, plurals=True)}\b", re.IGNORECASE)


def _named_part(line: UnplacedLine) -> str | None:
    text = line.text
    return f"named {line.called}" if line.called and is_heading(text) and not text.endswith(":") else None


def calls_its_part(text: str, words: DocumentWords) -> str:
    """The section word of the profile's `sections` a line calls the part it is in by, after `this` (`Under this
    pillar:`, `Why this objective was chosen:`), lower case; "" where it names none so. `this` points at the part
    the line is printed in: grammar, not a council's wording."""
    found = _this_part(words.sections).search(heading_text(text))
    return found["word"].lower() if found else ""


@lru_cache(maxsize=16)
def _this_part(sections: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\bthis\s+(?P<word>{any_of(sections)})\b", re.IGNORECASE)


def _what_we_do(line: UnplacedLine) -> str | None:
    return "what_we_do" if _what_it_lists(line.words.section_lists).match(line.text) else None


@lru_cache(maxsize=16)
def _what_it_lists(section_lists: tuple[str, ...]) -> re.Pattern[str]:
    """A section's name, a colon, then `our` and a word of the profile's `section_lists` (`Caring and Competent: Our
    Deliverables`). `our` is English grammar, the possessive any council's plan speaks of its own work with, not a
    council's wording, so it is kept here; what the section lists is the profile's."""
    return re.compile(rf"^[^:]{{2,60}}:\s*our\s+{any_of(section_lists)}$", re.IGNORECASE)


def _numbered(line: UnplacedLine) -> str | None:
    return "numbered" if NUMBERED.match(line.text) and is_heading(line.text) else None


def _caption(line: UnplacedLine) -> str | None:
    return "caption" if _naming_actions(line.words.captions).search(line.text) and is_heading(line.text) else None


@lru_cache(maxsize=16)
def _naming_actions(captions: tuple[str, ...]) -> re.Pattern[str]:
    """A line ending with a word of the profile's `captions` (`Key milestones and actions`)."""
    return re.compile(rf"\b{any_of(captions)}$", re.IGNORECASE)


def _over_a_section(line: UnplacedLine) -> str | None:
    return "plain" if line.following == "section" and is_heading(line.text) else None


def _over_a_lead_in(line: UnplacedLine) -> str | None:
    return "plain" if line.following == "lead_in" and is_heading(line.text) and not line.text.endswith(":") else None


def _over_a_table(line: UnplacedLine) -> str | None:
    return "plain" if line.following == "header" and is_heading(line.text) else None


SECTION_LINES = (
    SectionLine("agenda_item", "a section word and its number, then an agenda's item and its number (the profile's "
                "agenda_items): a meeting's minute on an item of that part of the plan, never a section, with a "
                "lettered part after the number or none", "Objective 1.b \u2013 item 11: Councillor Bedford "
                "requested an update", _agenda_item),
    SectionLine("status_key", "a status word alone, or entries parted by semicolons one of which is a status (the "
                "profile's status rules): a key to the statuses a row may have, never a section", "Resuming; In "
                "Progress; Assigned", _status_key),
    SectionLine("coded", "a section word and its code, a zero first, then the section's name, whatever words and "
                "however many", "Objective 002 Monitoring effectiveness of counter fraud partnership with Tunbridge "
                "Wells", _coded),
    SectionLine("counted", "a section word and its number alone: the line under it names the section (a level of "
                "its own)", "Cross cutting theme 2", _counted),
    SectionLine("labelled", "a section word as a label, then the section's name, whatever words the name uses",
                "Horizon 0: Strategy adoption through first 6 months", _labelled),
    SectionLine("numbering_rows", "a number and a title right above the table or the rows the number opens the "
                "references of, whatever words the title uses", "1. Publication of Policies, Procedures and "
                "Application Forms", _numbering_rows),
    SectionLine("numbered_over_a_table", "a number and its full stop, then a title ending no sentence, right above "
                "the table's column headings whose rows print no reference of another number: the outcome the "
                "table's rows serve, stated whole (up to STATED_WORDS words)", "1. Good quality empty property "
                "information which is easy to maintain and accessible to all relevant services",
                _numbered_over_a_table),
    SectionLine("title", "any other line naming a document kind (the profile's names: plan, strategy, report, ...) "
                "or a year: the title of this document or another, or the period the plan covers, never a section "
                "of it", "Updated Actions for 2014-15", _title),
    SectionLine("named_part", "a name of a few words standing alone, no label (no colon), above a line that calls "
                "the part it is in by a section word after `this` (the profile's sections: `Under this pillar:`), "
                "with no row or section heading between them: the name of the part the page is about, whatever "
                "word it is", "Place", _named_part),
    SectionLine("what_we_do", "a section's name, then what it lists", "Caring and Competent: Our Deliverables",
                _what_we_do),
    SectionLine("numbered", "a number of one level and a title of a few words", "1 Transport", _numbered),
    SectionLine("caption", "a heading naming the actions under it", "| Key milestones and actions |", _caption),
    SectionLine("over_a_section", "a heading of a few words right above a section heading: the level over it",
                "Places are thriving, safe and clean", _over_a_section),
    SectionLine("over_a_lead_in", "a heading of a few words, no label (no colon), over the sentences introducing a "
                "list, down to the line leading into it (`..., in 2024-2025 we will:`): the part the list is in",
                "Our services", _over_a_lead_in),
    SectionLine("over_a_table", "a heading of a few words right above the table's column headings",
                "Providing a clean and safe environment", _over_a_table),
)


def is_heading(text: str, most: int = MOST_WORDS) -> bool:
    """A few words (`most` at most) that end no sentence and open with a capital or a number."""
    return bool(text) and len(text.split()) <= most and not SENTENCE.search(text) and (
        text[0].isupper() or text[0].isdigit())


def form_of(line: UnplacedLine) -> str | None:
    """The form the first rule of SECTION_LINES that knows the line gives it; None where it is no section."""
    for rule in SECTION_LINES:
        form = rule.form(line)
        if form is not None:
            return form or None
    return None
