"""An owner cell split into people, posts and bodies; owner_shapes.OWNER_SHAPES names the kinds of piece it yields.

A cell of a plan's owner column can name several owners (`Councillor Moss/ The Leader`, `Phil/Nick`,
`CLT; SLT`), one person with their post (`A. Smith, Head of Policy`), one post whose name holds commas and
"and" (`Director of Place, Planning and Regeneration`), or one body whose name is a list
(`Place, Planning and Regeneration`). Hard separators (`;`, `/`, a line of its own) part owners wherever
they stand outside brackets (within them, `Director (Planning & Regeneration)`, they are a post's own words); what
they leave is a name the glossary knows, else a list of capitalised words, else names and posts. `&` is no hard
separator: it joins as 'and' does and is read by the same rules, since real cells print it inside one name
(`Legal & Democratic Services`, `Head of Planning & Development`) as often as between two owners (`Head of Finance &
Head of HR`). A post joined to a designation (`Head of Legal & Monitoring Officer`) names one person holding both
(normalise/owner_holders.py), and a body's name the profile lists (`Overview & Scrutiny`) is one body. A name the
profile's glossary knows wins over every shape, so a council makes any reading exact by listing the name. A list
read as one body is a guess from its shape and is marked so, for the normaliser to report. The words that make a
piece a post or a body (`Head`, `Manager`, `Team`) are council knowledge, read from the profile's `[owner_words]`
(owner_words.OwnerWords: the generic profile's, and a council's own added); the shapes that use them are code, here.

The shapes each piece can be read as are a rule table of their own (normalise/owner_shapes.OWNER_SHAPES); a
stretch no separator parts is read as names and posts by normalise/owner_names.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from council_actions.normalise.owner_brackets import bracketed_holders
from council_actions.normalise.owner_cuts import Cut, cuts, piece_at, text_at, trimmed
from council_actions.normalise.owner_glosses import gloss_start
from council_actions.normalise.owner_holders import one_holder
from council_actions.normalise.owner_names import NOUN, is_person, names_and_posts
from council_actions.normalise.owner_shapes import OwnerPiece, ShapeName

from council_actions.owner_roles import label_role, role_stretches
from council_actions.owner_rules import AND, JOIN, WordRules, generic_words, word_rules
from council_actions.owner_words import OwnerWords

# Within brackets a separator parts no owners: the brackets name what one post is of (`Director (Planning &
# Regeneration)`: Gravesham's peer challenge action plan), so a separator a `)` closes on its line, no `(` between,
# is the post's own.
HARD_SEPARATORS = re.compile(r"\s*(?:;|/|\n)(?![^()\n]*\))\s*")
BODY_LIST = re.compile(rf"{NOUN}(?:,\s+{NOUN})+,?{JOIN}{NOUN}(?:\s+{NOUN})?")
LIST_ITEMS = re.compile(rf",?{JOIN}|,\s*")
NEXT_STOP = re.compile(rf",|{JOIN}")  # where a name after a join ends


def owner_pieces(text: str, known: Callable[[str], bool] = lambda text: False,
                 alone: Callable[[str], bool] = lambda text: False, words: OwnerWords | None = None,
                 group: Callable[[str], bool] = lambda text: False) -> list[OwnerPiece]:
    """The owners a cell names, each with the shape it was read by and where it is printed; `known`: whether the
    glossary knows a name; `alone`: whether the plan prints a name alone as an owner elsewhere (`names_alone`);
    `words`: the profile's owner words (None: the generic profile's); `group`: whether the glossary knows a name as a
    group's (normalise/owner_holders.one_holder)."""
    words = words or generic_words()
    rules = word_rules(words)
    whole = trimmed(text, 0, len(text), " .")
    if known(text_at(text, whole)):
        return [piece_at(text, whole, "glossary")]
    return [replace(p, role=p.role or stretch.role) for stretch in role_stretches(text, words)
            for p in _labels_read(text, (stretch.start, stretch.end), known, alone, rules, group, words) if p.text]


def _labels_read(text: str, within: Cut, known: Callable[[str], bool], alone: Callable[[str], bool],
                 rules: WordRules, group: Callable[[str], bool], words: OwnerWords) -> list[OwnerPiece]:
    """The owners of a stretch the cell's role joins leave (owner_roles.role_stretches: `LA` and `health` in `LA with
    support from health`), each role label opening one (`Lead: ...`) and giving the owners it names its role
    (owner_roles.label_role)."""
    start, end = within
    labels = list(rules.role.finditer(text, start, end))
    pieces = _read(text, (start, labels[0].start() if labels else end), known, alone, rules, group=group)
    for label, stop in zip(labels, [*(m.start() for m in labels[1:]), end], strict=False):
        held = _read(text, (label.end(), stop), known, alone, rules, True, group)
        pieces += _labelled(text, label, [replace(p, role=label_role(label.group(), words)) for p in held])
    return pieces


def _labelled(text: str, label: re.Match[str], held: list[OwnerPiece]) -> list[OwnerPiece]:
    """The owners after a role label, the first printed with it (`Lead: Customer ... Manager`) and known by its
    own name, as the glossary or the post shapes read it; each with the label's role."""
    start = label.end() - len(label.group().lstrip())
    return [OwnerPiece(text[start:p.end], "role_labelled", start, p.end, p.known_as or p.text, p.role)
            for p in held[:1]] + held[1:]


def _read(text: str, within: Cut, known: Callable[[str], bool], alone: Callable[[str], bool], rules: WordRules,
          held: bool = False, group: Callable[[str], bool] = lambda text: False) -> list[OwnerPiece]:
    """The owners a stretch of the cell names, parted at hard separators; `held`: the stretch is what a role label
    names, read as one post to the next post word where no post opens a piece of it (owner_names.names_and_posts);
    `group`: as owner_pieces'."""
    pieces: list[OwnerPiece] = []
    for cut in cuts(HARD_SEPARATORS, text, within, " .,"):
        part = text_at(text, cut)
        if not part:
            continue
        if known(part):
            pieces.append(piece_at(text, cut, "glossary"))
        elif cost := rules.cost.search(part):
            named = _read(text, (cut[0], cut[0] + cost.start()), known, alone, rules, held, group)
            pieces += _printed_with(text, cut, named, "with_cost")
        elif (gloss := gloss_start(part)) is not None and (named := _read(text, (cut[0], cut[0] + gloss), known,
                                                                          alone, rules, held, group)):
            pieces += _printed_with(text, cut, named, "glossed")
        elif (holders := bracketed_holders(text, cut, known, rules, lambda name: is_person(name, rules))):
            pieces += holders
        elif BODY_LIST.fullmatch(part) and not any(rules.post.match(w) for w in LIST_ITEMS.split(part)) \
                and not rules.body_name.search(part):
            names = cuts(LIST_ITEMS, text, cut)
            if all(known(text_at(text, n)) or alone(text_at(text, n)) for n in names):
                pieces += [piece_at(text, n, "glossary" if known(text_at(text, n)) else "named_alone") for n in names]
            else:
                pieces.append(piece_at(text, cut, "body_list"))
        else:
            pieces += [p for run in _run_together(text, cut, rules)
                       for post_cut in cuts(rules.and_before_post, text, run)
                       for chunk in _before_known(text, post_cut, known)
                       for p in names_and_posts(text, chunk, known, alone, rules, held)]
    return one_holder(text, pieces, known, rules, group)


def _run_together(text: str, within: Cut, rules: WordRules) -> list[Cut]:
    """A stretch parted where one owner runs on into the next on one line (WordRules.run_together: `Housing and
    Inclusion Manager MBC Housing Advice Team MBC Accommodation Resource Team`, Maidstone's homelessness action plan,
    three owners), where what runs on ends in a post's or a body's word as an owner does, or opens with a body's name
    the profile lists (`MBC Housing Advice Team Citizens Advice Maidstone`, the plan's row 1.3); else it stays whole.
    A post opening with its word names what it is of after it (`Chief Officer HR Services`): one owner."""
    start, end = within
    gaps: list[Cut] = []
    for found in rules.run_together.finditer(text, start, end):
        if not rules.post.match(text[gaps[-1][1] if gaps else start:found.start("gap")]):
            gaps.append(found.span("gap"))
    if gaps and not rules.owner_end.search(text[gaps[-1][1]:end].rstrip(" .")) \
            and not rules.body_name.match(text, gaps[-1][1], end):
        gaps.pop()  # the last runs on into words no owner ends with: no owner of its own
    bounds = [start, *(i for gap in gaps for i in gap), end]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _before_known(text: str, within: Cut, known: Callable[[str], bool]) -> list[Cut]:
    """A stretch parted at each 'and' or '&' that a name the glossary knows follows, to the next comma or join: a
    post's words run on over a join (`Head of Planning & Development`), but not over an owner the council lists
    (`Head of Finance & CLT`: two owners where `CLT` is in the glossary)."""
    start, end = within
    bounds = [start]
    for join in AND.finditer(text, start, end):
        stop = NEXT_STOP.search(text, join.end(), end)
        if known(text[join.end():stop.start() if stop else end].rstrip(" .")):
            bounds += join.span()
    return list(zip(bounds[::2], [*bounds[1::2], end], strict=True))


def _printed_with(text: str, cut: Cut, owners: list[OwnerPiece], shape: ShapeName) -> list[OwnerPiece]:
    """The owners a stretch names before what the action costs (`Strategic planning officer time`) or a gloss on
    what the owner does (`Angela Woodhouse – responsible officer for ...`): the last printed with it, to the
    stretch's end, and known by its own name."""
    last = owners[-1]  # one at least: a word is printed before the cost (WordRules.cost), a gloss is read after one
    return [*owners[:-1], OwnerPiece(text[last.start:cut[1]], shape, last.start, cut[1], last.known_as or last.text)]


def names_alone(cells: Iterable[str], words: OwnerWords | None = None) -> frozenset[str]:
    """The names a plan's owner cells print as owners of their own (`Mike`, `Phil/Nick`), lower-cased: a list of
    such names elsewhere in the plan is a list of owners, not one body. `words`: as owner_pieces'."""
    return frozenset(p.text.lower() for cell in cells for p in owner_pieces(cell, words=words) if p.shape == "single")


