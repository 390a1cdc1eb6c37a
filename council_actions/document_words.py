"""The words a profile gives for what a document prints around its plan and over its parts: its title, a form's
front matter and instructions, a web page's furniture, the words of its section headings (the profile's
`[document_words]`; parsers/furniture.py, parsers/section_lines.py and ingest/cell_lines.py read them).

Kept apart from council_actions/profile.py, which reads them with the profile's other word lists, as the record
of what each list means. One list answers one question: whether a line names a document is `names`, for the title
(parsers/furniture.py) and for a heading that is no section (parsers/section_lines.py) alike, so the two never differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# The lists of a profile's [document_words], in the order DocumentWords holds them.
DOCUMENT_WORD_LISTS = ("names", "front_matter", "references", "title_labels", "instructions", "web_furniture",
                       "sections", "section_kinds", "agenda_items", "findings", "section_lists", "captions",
                       "numbered_parts", "colours", "keys", "council_nouns", "council_kinds", "name_fillers",
                       "not_places", "post_subjects", "name_verbs", "modified_nouns", "place_joins", "name_openings",
                       "plan_titles", "document_kinds", "owner_keys", "compliance_answers")
# An English noun's plural by its ending, first match wins (`strategy` -> `strategies`, `annex` -> `annexes`,
# `plan` -> `plans`): grammar, not a council's wording, so not profile data.
# Each ending, and what it is written as to match the noun or its plural.
PLURALS = ((re.compile(r"(?<![aeiou])y$"), "(?:y|ies)"), (re.compile(r"(s|x|ch|sh)$"), r"\1(?:es)?"),
           (re.compile(r"$"), "s?"))


@dataclass(frozen=True)
class DocumentWords:
    """The words of what a document prints around its plan (parsers/furniture.py): the nouns naming a document in
    its title (`plan`, `statement`, `letter`), a form's front-matter labels (`Committee`, `Minute №`), the words a
    committee paper's reference opens with (`Appendix`, `Paper`), the front-matter labels whose value is the title,
    the phrases of a form's instructions, and the sentences of a web page's own furniture; the words a plan names
    its parts by, opening a section heading (`Priority: ...`, `Cross cutting theme 2`: parsers/section_lines.py), and
    the words that may stand before one, naming which of the plan's sets of parts it is (`Community Theme 1 –
    Leadership and Governance`), and the words a meeting's minutes number an agenda's item by after a section word
    and its number, a minute on that item and no heading (`Objective 1.b – item 11: Councillor ...`:
    parsers/section_lines.py); the words naming the findings a page lists above its table (`failings`:
    parsers/findings.page_findings); what a section heading says its section lists (`Our Deliverables`) and the
    words a caption over actions ends with (`Key milestones and actions`: parsers/section_lines.py); and the words
    labelling a numbered part of a document, a line that ends a table of one cell a line (`Appendix B`:
    ingest/cell_lines.py); the colours a key to the plan's ratings names (`green`, `amber`) and the words heading
    such a key (`Key`: parsers/furniture.py); and the nouns `Council` stands before as a word of its own (`Council
    Tax`), where no council's name ends, the kinds of council a name may state before `Council` (`Borough`), the
    words of a council's meetings and papers a place's name never opens with (`Full Council`), what a post is of
    (`Director of Finance`) and the verbs a title opens with (`Improving`), no place's words either, the nouns a
    council's name stands before as their modifier (`a Cornwall Council report`), and the small words joining a place's
    name (`Kingston upon Thames`), and the words opening a council's name before its place (`London Borough of`, `City
    of`: parsers/council.py), and the words a council's name prints or leaves out as it likes (`the`, `BC`:
    parsers/council_key.py); and the phrases of a title under which a bare list of
    items is a plan (`Action Plan`: ingest/headed_list.py); and the phrases naming a kind of a council's document
    printed after its place (`Corporate Plan`), where a place's name ends (parsers/council.py); and the words heading
    a key to the abbreviations a document prints (`Abbreviations`: parsers/owner_key.py); and the heading or label a
    self-assessment of compliance with a code prints over each requirement's answer (`Comply (Yes/No)`,
    `Compliance: Partial`: parsers/compliance_form.py). Lower case; the
    profile's first, then the generic profile's, as with OwnerWords."""

    names: tuple[str, ...]
    front_matter: tuple[str, ...]
    references: tuple[str, ...]
    title_labels: tuple[str, ...]
    instructions: tuple[str, ...]
    web_furniture: tuple[str, ...]
    sections: tuple[str, ...]
    section_kinds: tuple[str, ...]
    agenda_items: tuple[str, ...]
    findings: tuple[str, ...]
    section_lists: tuple[str, ...]
    captions: tuple[str, ...]
    numbered_parts: tuple[str, ...]
    colours: tuple[str, ...]
    keys: tuple[str, ...]
    council_nouns: tuple[str, ...]
    council_kinds: tuple[str, ...]
    name_fillers: tuple[str, ...]
    not_places: tuple[str, ...]
    post_subjects: tuple[str, ...]
    name_verbs: tuple[str, ...]
    modified_nouns: tuple[str, ...]
    place_joins: tuple[str, ...]
    name_openings: tuple[str, ...]
    plan_titles: tuple[str, ...]
    document_kinds: tuple[str, ...]
    owner_keys: tuple[str, ...]
    compliance_answers: tuple[str, ...]


@lru_cache(maxsize=256)
def any_of(words: tuple[str, ...], plurals: bool = False) -> str:
    """A regular expression matching any of the words (a group of no name), longest first so that a phrase wins
    over a word it holds (`cross-cutting theme` over `theme`): a phrase's words parted by any spaces or a hyphen,
    and with `plurals` its last word in the plural too. Built once per list, and kept for the last 256 (a profile asks
    about a dozen): a process reading under ever more profiles builds them again."""
    return "(?:" + "|".join(_spelt(word, plurals) for word in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def generic_document_words() -> DocumentWords:
    """The generic profile's document words, loaded once a process: the words for a reader given none (a test
    reading a table alone); the pipeline always gives the profile's. The document words' one fallback, as
    owner_rules.generic_words is the owner words'."""
    from council_actions.profile import load_profile  # the profile reads these lists: a module-level import goes round

    return load_profile("generic").document_words


def _spelt(word: str, plural: bool) -> str:
    parts = [re.escape(part) for part in re.split(r"[\s-]+", word) if part]
    if plural:
        ending, spelt = next((ending, spelt) for ending, spelt in PLURALS if ending.search(parts[-1]))
        parts[-1] = ending.sub(spelt, parts[-1], count=1)
    return r"[\s-]+".join(parts)
