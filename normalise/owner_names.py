"""A stretch of an owner cell with no hard separator read as names, then perhaps posts: `Phil, Nick`, `A. Smith,
Head of Policy` (a person with their post), `Learning and Development Manager` (one post, its 'and' kept).

Apart from normalise/owner_split.py, which parts a cell at its separators, role labels, costs, glosses and bodies'
lists and hands each stretch left here, because these rules ask only of one stretch's commas and joins: whether a
piece is a person's name, a post, or a word that could be no owner alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from council_actions.normalise.owner_cuts import Cut, cuts, piece_at, text_at
from council_actions.normalise.owner_shapes import OwnerPiece

from council_actions.owner_rules import AND, WordRules

# After a spaced dash and a capital, the words name what the post before is of, as within brackets, so an 'and'
# there parts no owners (`Specialist Consultant - Leadership and Organisational Development`, South Ribble's forward
# plan); in lower case they are a gloss (normalise/owner_glosses.py).
SUBJECT_DASH = re.compile(r"\s+[–—-]\s+(?=[A-Z])")
NOUN = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
SURNAME = rf"(?:{NOUN}|[A-Z][a-z]*['’][A-Z][a-z]+)"  # Smith, O'Brien
PERSON = re.compile(rf"(?:[A-Z]\.\s*)*{SURNAME}(?:\s+{SURNAME})*")  # a name: capitalised words or initials, no acronym
COMMA = re.compile(",")
COMMA_GAP = re.compile(r"\s*,\s*")  # what parts two pieces a comma cut


def names_and_posts(text: str, chunk: Cut, known: Callable[[str], bool], alone: Callable[[str], bool],
                    rules: WordRules, held: bool = False) -> list[OwnerPiece]:
    """A stretch with no hard separator: names, then perhaps a post that runs to the end (new at each post). What a
    role label names (`held`) is a post from its first word where no piece of it opens one: the holder of a role."""
    commas = [c for c in cuts(COMMA, text, chunk, " .") if text_at(text, c)]
    at = next((i for i, c in enumerate(commas)
               if rules.post.match(text_at(text, c)) or rules.post_of.search(text_at(text, c))),
              0 if held else len(commas))
    names = _with_posts_after([n for c in commas[:at]
                               for n in ([piece_at(text, c, "glossary")] if known(text_at(text, c))
                                         else _and_names(text, c, known, alone, rules))
                               if n.text.strip()], text, known, rules)
    posts: list[list[Cut]] = []
    for c in commas[at:]:
        if rules.post.match(text_at(text, c)) or not posts:
            posts.append([c])
        else:
            posts[-1].append(c)
    pieces = [OwnerPiece(", ".join(text_at(text, c) for c in p), "post", p[0][0], p[-1][1]) for p in posts]
    if names and pieces and is_person(names[-1].text, rules):
        name, post = names.pop(), pieces[0]
        pieces[0] = _person_with_post(name, post, f"{name.text}, {post.text}", known)
    return names + pieces


def is_person(text: str, rules: WordRules) -> bool:
    """A person's name (PERSON: capitalised words or initials, no acronym), not ending in a post or body word."""
    return PERSON.fullmatch(text) is not None and not rules.owner_end.search(text)


def _person_with_post(name: OwnerPiece, post: OwnerPiece, text: str, known: Callable[[str], bool]) -> OwnerPiece:
    """A person's name and their post as one owner, `text`; known by the name where the glossary knows it, else by
    the post."""
    known_as = name.text if known(name.text) else (post.text if known(post.text) else None)
    return OwnerPiece(text, "person_with_post", name.start, post.end, known_as)


def _with_posts_after(names: list[OwnerPiece], text: str, known: Callable[[str], bool], rules: WordRules
                      ) -> list[OwnerPiece]:
    """A person's name and, after its comma, a post named by its last word (`Anna Collier, Project Manager`) are one
    owner, as a post opening with its word is (`A. Smith, Head of Policy`); two posts (`Housing Manager, Finance
    Manager`) stay two, since a name holding a post or body word is no person's."""
    joined: list[OwnerPiece] = []
    for piece in names:
        name = joined[-1] if joined else None
        if name and name.shape == "single" and is_person(name.text, rules) and not rules.post.match(name.text) \
                and COMMA_GAP.fullmatch(text[name.end:piece.start]) and rules.post_end.search(piece.text):
            joined[-1] = _person_with_post(name, piece, text[name.start:piece.end], known)
        else:
            joined.append(piece)
    return joined


def _and_names(text: str, within: Cut, known: Callable[[str], bool], alone: Callable[[str], bool], rules: WordRules
               ) -> list[OwnerPiece]:
    """A stretch's names parted at 'and' or '&', except where the piece before could be no owner on its own and the
    one after it ends in a post or body word, or holds a body's word: `Learning and Development Manager` is one post,
    not `Learning`; `Planning & Environment Directorate Change` (Maidstone) one body."""
    pieces: list[OwnerPiece] = []
    for cut in _body_joins(text, within, rules):
        last = pieces[-1] if pieces else None
        if last and last.shape == "single" and _no_owner_alone(last.text, alone, rules) \
                and (rules.owner_end.search(text_at(text, cut)) or rules.body_word.search(text_at(text, cut))):
            pieces[-1] = OwnerPiece(text[last.start:cut[1]], "and_joined", last.start, cut[1])
        else:
            pieces.append(piece_at(text, cut, "glossary" if known(text_at(text, cut))
                                 else "and_joined" if AND.search(text_at(text, cut)) else "single"))
    return pieces


def _body_joins(text: str, within: Cut, rules: WordRules) -> list[Cut]:
    """A stretch parted at each 'and' or '&', except one inside a body's name the profile lists (`Overview &
    Scrutiny`, in Flintshire's `Social & Health Care Overview & Scrutiny Committee`) or after a dash opening what a
    post is of (SUBJECT_DASH)."""
    start, end = within
    names = [m.span() for m in rules.body_name.finditer(text, start, end)]
    subject = SUBJECT_DASH.search(text, start, end)
    bounds = [start]
    for join in AND.finditer(text, start, subject.start() if subject else end):
        if not any(a < join.start() and join.end() < b for a, b in names):
            bounds += join.span()
    return list(zip(bounds[::2], [*bounds[1::2], end], strict=True))


def _no_owner_alone(words: str, alone: Callable[[str], bool], rules: WordRules) -> bool:
    """Whether a piece the glossary does not know could be no owner on its own, the plan printing it alone as none:
    one capitalised word holding no post word (not an acronym, which names a body), or capitalised words naming
    what a post is of (a word of the profile's post subjects) that end in no post's or body's word, so that the post
    or body word after the 'and' governs both sides (Kent's `Commercial Ethics and Sustainability Lead`, one post;
    `Jane Smith and Finance Lead` holds no subject: a person and a post)."""
    if alone(words) or rules.post.match(words):
        return False
    return bool(re.fullmatch(NOUN, words)) or (bool(re.fullmatch(rf"{NOUN}(?:\s+{NOUN})+", words))
                                                and bool(rules.subject.search(words))
                                                and not rules.owner_end.search(words))
