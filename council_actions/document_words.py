"""The words a profile gives for what a document prints around its plan: its title, a form's front matter and
instructions, a web page's furniture (the profile's `[document_words]`; parsers/furniture.py reads them).

Kept apart from council_actions/profile.py, which reads them with the profile's other word lists, as the record
of what each list means.
"""

from __future__ import annotations

from dataclasses import dataclass

# The lists of a profile's [document_words], in the order DocumentWords holds them.
DOCUMENT_WORD_LISTS = ("names", "front_matter", "references", "title_labels", "instructions", "web_furniture")


@dataclass(frozen=True)
class DocumentWords:
    """The words of what a document prints around its plan (parsers/furniture.py): the nouns naming a document in
    its title (`plan`, `statement`, `letter`), a form's front-matter labels (`Committee`, `Minute №`), the words a
    committee paper's reference opens with (`Appendix`, `Paper`), the front-matter labels whose value is the
    title, the phrases of a form's instructions, and the sentences of a web page's own furniture. Lower case; the
    profile's first, then the generic profile's, as with OwnerWords."""

    names: tuple[str, ...]
    front_matter: tuple[str, ...]
    references: tuple[str, ...]
    title_labels: tuple[str, ...]
    instructions: tuple[str, ...]
    web_furniture: tuple[str, ...]
