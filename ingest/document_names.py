"""Whether a line names a document (`names_document`): a heading naming one by a noun of the profile's
`[document_words] names` ("TREE ACTION PLAN", "Annual Governance Statement") or a phrase of its `plan_titles`
("Strategic Priorities and Actions 2024 - 2027"), which makes it a title, never a section's or a list's heading.

Here, in the first stage, because the readers ask it as the parsers do: a code list's heading in capitals that
names a document is the list's title, not a group of its codes (ingest/code_list.py), and the parsers know a
document's title (parsers/furniture.py), a caption (parsers/captions.py) and a group's name (parsers/group_names.py)
by it, so that what reads as a title is decided once, and no stage imports a later one for it
(tests/test_layers.py).
"""

from __future__ import annotations

import re

from council_actions.ingest.bullets import TITLE_MARK
from council_actions.ingest.markup import without_markup

from council_actions.document_words import DocumentWords

# Words that make a noun phrase refer to a document rather than name one ("this improvement action plan", "in the
# current Annual Governance Statement"), and pronouns that open a sentence rather than a title: English, not a
# council's wording, so not profile data.
DETERMINERS = frozenset({"the", "this", "these", "that", "those", "a", "an", "our", "its", "their", "your", "his",
                         "her", "my", "we", "i", "it", "they", "you", "each", "every", "any", "some"})
# Where a title's clauses part: a label's colon, a dash with spaces, brackets, a sentence's stops, a cell's bar.
CLAUSES = re.compile(r"[:|;,.()\u2013\u2014]|\s-\s")
WORDS = re.compile(r"[\w'\u2019&\u2116]+")
REFERENCE = re.compile(r"\S+ (?:[A-Z]\d{0,3}|\d{1,3}[A-Z]?)")  # `Appendix B`, `PAPER B1`, `Annex 2`, not `Paper on`
TITLE_WORDS = 20  # a longer line is a paragraph, whatever it mentions


def names_document(text: str, words: DocumentWords) -> bool:
    """A heading, not a sentence, a lead-in (`...:`) or a bullet, naming a document by a noun of the profile's
    `names`: after another word of the name in its clause ("Action Plan", "ANNUAL AUDIT LETTER", not "Strategy
    adoption" after "Horizon 0:"), or alone on the line ("Timeline"), or by a phrase of `names` or of `plan_titles`
    anywhere in its clause ("Corporate performance on ..."; "Strategic Priorities and Actions 2024 - 2027", whose
    phrase already tells the readers the list under it is a plan, so it names that plan), and no article or pronoun
    before it in its clause ("this improvement action plan" refers to a document, it does not name one)."""
    bare = without_markup(text)
    if not bare or TITLE_MARK.pattern.match(bare) or bare.endswith(":") or len(bare.split()) > TITLE_WORDS:
        return False
    tokens = WORDS.findall(bare.lower())
    if len(tokens) == 1 and tokens[0] in words.names:
        return True
    named = (*words.names, *words.plan_titles)
    return any(_names_in(_past_reference(WORDS.findall(clause.lower()), words.references), named)
               for clause in CLAUSES.split(bare))


def _past_reference(clause: list[str], references: tuple[str, ...]) -> list[str]:
    """The clause's words after a paper's reference opening it, one of the profile's `references` and its letter or
    number (`Appendix A Corporate Improvement Plan`): the reference's letter `A` is no article."""
    opening = " ".join(clause[:2])
    return clause[2:] if clause and clause[0] in references and REFERENCE.fullmatch(opening.title()) else clause


def _names_in(clause: list[str], names: tuple[str, ...]) -> bool:
    """A name's noun after another word of the clause, or a name of several words anywhere in it (`Corporate
    performance on ...`: `corporate performance`, a report's kind, which `performance` alone is not: `Freedom of
    Information performance` heads a council's pages), with no article or pronoun before it."""
    phrases = [words for words in map(WORDS.findall, names) if len(words) > 1]
    for at, word in enumerate(clause):
        if word in DETERMINERS:
            return False
        if (at and word in names) or any(clause[at:at + len(words)] == words for words in phrases):
            return True
    return False
