"""Two posts printed together that one person holds (owner_shapes' `two_posts`): a post and a designation the
profile's `[owner_words] designations` name, joined by 'and', '&' or '/' (`Head of Finance & S151 Officer`,
`Director of Governance/Monitoring Officer`), in either order, are one owner, where owner_split's shapes part them
at a post word or a slash, or read them as one post without knowing it for two. A statutory officer is designated
from among the council's officers, so the two name one person: one action_owners row, as the seed's glossary keeps
`ACE (S151)` one owner. So are two names of one post the profile's `[owner_words] post_names` list, joined the same
ways (`Section 151 Officer/Chief Finance Officer`), though both are designations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from council_actions.normalise.owner_shapes import OwnerPiece

from council_actions.owner_rules import JOIN, WordRules


def one_holder(text: str, pieces: list[OwnerPiece], known: Callable[[str], bool], rules: WordRules,
               group: Callable[[str], bool] = lambda text: False) -> list[OwnerPiece]:
    """The pieces, a post and a designation joined by 'and', '&' or '/' (`Head of Legal & Monitoring Officer`) read as
    one owner: the person holding both, whether the shapes parted the two (a post word opens the second) or not. Not
    where the glossary knows either as a group's (`group`: its `kind`), which holds no designation, so no person holds
    both: Runnymede's `Corporate Leadership Team` (CLT, kind group) and `Section 151 Officer` are two owners."""
    held: list[OwnerPiece] = []
    for piece in pieces:
        last = held[-1] if held else None
        if last and {last.shape, piece.shape} <= HOLDERS and HOLDER_GAP.fullmatch(text[last.end:piece.start]) \
                and _one_holds(last.text, piece.text, rules) and not (group(last.text) or group(piece.text)):
            named = last.shape == "person_with_post"  # `A. Smith, Head of Legal`: known by the name or post first
            held[-1] = OwnerPiece(text[last.start:piece.end], "person_with_post" if named else "two_posts", last.start,
                                  piece.end, _known_first(last.known_as if named else last.text, piece.text, known))
        else:
            held.append(_two_in_one(piece, known, rules, group))
    return held


HOLDERS = frozenset({"post", "single", "and_joined", "glossary", "person_with_post"})  # shapes a post is read by
# What two posts of one holder are printed apart by: a join, or a slash (South Ribble's `Director of
# Governance/Monitoring Officer`), which parts two owners everywhere else.
HOLDER_GAP = re.compile(rf"{JOIN}|\s*/\s*")


def _two_in_one(piece: OwnerPiece, known: Callable[[str], bool], rules: WordRules, group: Callable[[str], bool]
                ) -> OwnerPiece:
    """A piece the shapes read as one post that is a post and a designation (`Head of Finance & S151 Officer`: no
    post word opens the second), as two posts of one holder, known by the first the glossary knows; kept as read
    where the glossary knows either as a group's (one_holder)."""
    posts = held_posts(piece.text, rules) if piece.shape in {"post", "single", "and_joined"} else None
    if not posts or any(map(group, posts)):
        return piece
    return OwnerPiece(piece.text, "two_posts", piece.start, piece.end, _known_first(*posts, known))


def held_posts(text: str, rules: WordRules) -> tuple[str, str] | None:
    """The two posts one person's owner text prints (`Head of Finance`, `S151 Officer`), or None where it is no
    post and designation: for the piece's reading, and for the diff to find either post in another revision."""
    for gap in HOLDER_GAP.finditer(text):
        first, second = text[:gap.start()], text[gap.end():]
        if _one_holds(first, second, rules):
            return first, second
    return None


def _one_holds(first: str, second: str, rules: WordRules) -> bool:
    """Whether two posts printed joined are one person's: two names of one post (the profile's post_names), or one a
    designation (`Monitoring Officer`), the other a post by its words (`Head of Legal`) that is not a designation too
    (the law keeps `Monitoring Officer & Section 151 Officer` apart) nor the post the designation is the deputy of
    (`Chief Executive & Deputy Chief Executive`)."""
    if any(names.fullmatch(first) and names.fullmatch(second) for names in rules.post_names):
        return True  # one post under two names (`Section 151 Officer/Chief Finance Officer`)
    designated = [bool(rules.designation.fullmatch(p)) for p in (first, second)]
    if designated.count(True) != 1:
        return False
    designation, post = (first, second) if designated[0] else (second, first)
    if not (rules.post.match(post) or rules.post_end.search(post) or rules.post_of.search(post)):
        return False
    return _words(post) not in _words(designation)


def _words(text: str) -> str:
    return " ".join(text.lower().removeprefix("the ").split())


def _known_first(first: str | None, second: str, known: Callable[[str], bool]) -> str | None:
    """The first of two posts printed that the glossary knows, which names their holder; None where it knows neither
    (the two, as printed, are then the owner)."""
    return next((post for post in (first, second) if post and known(post)), None)
