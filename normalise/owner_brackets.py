"""A person's name and their post, one printed in brackets after the other (owner_shapes' `person_with_post`):
`Name (Job title)` or `Job title (Name)`, one owner each, several joined by 'and' or commas.

The Royal Borough of Windsor and Maidenhead's development control outcome improvement plan (11 December 2004)
assigns action 1.1 to `Sheila Holden (Director of Planning and Environment) and David Trigwell (Head of Planning)`:
two people, each with their post. Read whole, the cell was one post (it opens with a capitalised name and holds
`Director of`), keyed by all its words, so a profile knowing either officer's name or post could not resolve it. As
with a name and its post after a comma (`A. Smith, Head of Policy`), each is known by the name where the glossary
knows it, else by the post, and printed whole (its `owner_raw`). A name is two words at least (`A. Smith`), so a
post with what it is of in brackets (`Director (Planning & Regeneration)`, `Director (Place)`) stays a post.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from council_actions.normalise.owner_shapes import OwnerPiece

from council_actions.owner_rules import JOIN, WordRules

BRACKETED = re.compile(r"(?P<outer>[^()]*[^()\s])\s*\((?P<inner>[^()]*[^()\s])\s*\)")
AFTER_BRACKET = re.compile(rf"(?<=\))(?:\s*,?{JOIN}|\s*,\s*)")  # what parts two bracketed owners


def bracketed_holders(text: str, within: tuple[int, int], known: Callable[[str], bool], rules: WordRules,
                      is_person: Callable[[str], bool]) -> list[OwnerPiece] | None:
    """The owners a stretch names where each is a name and a post, one in brackets after the other, parted by
    'and' or commas after a closing bracket; None where any part is not so (the shapes read it then)."""
    start, end = within
    bounds = [start, *(i for m in AFTER_BRACKET.finditer(text, start, end) for i in m.span()), end]
    pieces = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        found = BRACKETED.fullmatch(text, a, b)
        held = _name_and_post(found["outer"].strip(), found["inner"], rules, is_person) if found else None
        if held is None:
            return None
        name, post = held
        pieces.append(OwnerPiece(text[a:b], "person_with_post", a, b,
                                 name if known(name) else (post if known(post) else None)))
    return pieces


def _name_and_post(outer: str, inner: str, rules: WordRules, is_person: Callable[[str], bool]
                   ) -> tuple[str, str] | None:
    """The name and the post of `Name (Post)` or `Post (Name)`: a person's name of two words or more, and a post
    by its words (opening with a post word, naming what it is of, or ending in a post word)."""
    for name, post in ((outer, inner), (inner, outer)):
        if len(name.split()) > 1 and is_person(name) and (
                rules.post.match(post) or rules.post_of.search(post) or rules.post_end.search(post)):
            return name, post
    return None


def person_and_post(text: str) -> tuple[str, ...]:
    """The name and the post a person_with_post owner prints, one in brackets (`David Trigwell (Head of Planning)`) or
    after a comma (`A. Smith, Head of Policy`): for the diff to find either alone in another revision."""
    found = BRACKETED.fullmatch(text)
    return (found["outer"].strip(), found["inner"].strip()) if found else tuple(text.split(", ", 1))
