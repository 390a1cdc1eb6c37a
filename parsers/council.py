"""Which council a document is from: the name printed in its title lines, else what the profile may claim.

A council's own profile names its council; the generic profile names none, and the default profile (used when
no `--profile` is given) claims its council only for documents in its own layout (its printed column headings,
its theme pages), since any other plan read with it is some other council's. A name printed in a title line
("Isle of Wight Council", "Maidstone Borough Council", "London Borough of Sutton") is taken as printed, by the
shapes of parsers/council_shapes.py. A council the user gives for the file (a national run's manifest,
`Document.council_given`) wins over both. What was assumed is said: `council_from` for the summary, and an issue
when the council is left empty, is given but not printed, or the document prints another council than the one given
or the chosen profile's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.ingest.model import Document, GivenCouncil, Line, Span
from council_actions.parsers.council_place import name_read
from council_actions.parsers.council_shapes import name_shapes
from council_actions.parsers.records import CouncilFrom, KeyEntry

from council_actions.document_words import DocumentWords
from council_actions.issues import Issue, warning
from council_actions.profile import Profile

SPACE_RUNS = re.compile(r"(\s+)")  # the spaces between a title's words, kept where it is split at them
TITLE_LINES = 30  # the document's first lines with text, before any table row, are its title lines


@dataclass(frozen=True)
class CouncilName:
    """Which council a document is from and where that was learnt (`council_from`), so `documents.council`
    never states a guess as fact; issues say where the page and the profile disagree."""

    council: str | None
    council_from: CouncilFrom
    issues: tuple[Issue, ...] = ()
    letterhead: Span | None = None  # the line the name is read from, where it prints nothing else (parsers/unplaced.py)


def printed_council(document: Document, words: DocumentWords,
                    posts: tuple[str, ...] = ()) -> tuple[str, Line] | None:
    """The first council name printed in the document's title lines, as printed (capitals made title case), by the
    shapes of `name_shapes` with the profile's words, its place bounded by parsers/council_place.name_read (the
    words of the profile's `[owner_words] posts` are no place's either)."""
    for line in title_lines(document):
        text = _title_case(line.text, words.place_joins) if line.text.isupper() else line.text
        for shape in name_shapes(words):
            for match in shape.pattern.finditer(text):
                name = name_read(text, match, shape, words, posts)
                if name is not None:
                    return name, line
    return None


@dataclass(frozen=True)
class Evidence:
    """What a document's council can be learnt from: the name printed in its title lines (with the line), the
    profile, and whether the document is in the profile's own layout (`own_layout`)."""

    printed: tuple[str, Line] | None
    profile: Profile
    own_layout: bool
    given: GivenCouncil | None = None
    keyed: KeyEntry | None = None  # the one entry of the document's own key that names a council (owner_key.py)

    @property
    def own_profile(self) -> bool:
        """A council's own profile (not the default), which names its council for any document read with it."""
        return self.profile.council is not None and not self.profile.is_default

    @property
    def printed_name(self) -> str | None:
        """The council's name as printed, if a title line prints one."""
        return self.printed[0] if self.printed else None

    @property
    def given_name(self) -> str | None:
        """The council the user gives for the document (its manifest row), if any."""
        return self.given.name if self.given else None

    @property
    def prints_given(self) -> bool:
        """The title lines print the council the user gives (spacing and case aside)."""
        return self.printed_name is not None and _same(self.printed_name, self.given_name or "")

    @property
    def prints_own(self) -> bool:
        """The title lines print the council the profile names (spacing and case aside)."""
        return self.printed_name is not None and _same(self.printed_name, self.profile.council or "")


@dataclass(frozen=True)
class CouncilRule:
    """Where a document's council is learnt from (a row of the rule table): the first rule that `applies` gives
    the name (`council`), `council_from` and what the auditor must be told (`issues`)."""

    name: str
    council_from: CouncilFrom
    applies: Callable[[Evidence], bool]
    council: Callable[[Evidence], str | None]
    issues: Callable[[Evidence, Document], tuple[Issue, ...]] = lambda evidence, document: ()


def _differs(evidence: Evidence, document: Document) -> tuple[Issue, ...]:
    """Where the profile's council is used over another name printed: the name printed, at its line."""
    if evidence.printed is None:
        return ()
    name, line = evidence.printed
    return (warning("council_differs", "parse", f"the document prints '{name}' but the profile names "
                    f"'{evidence.profile.council}'; the profile's name is used", line.text, line.span),)


def _given(evidence: Evidence, document: Document) -> tuple[Issue, ...]:
    """Where the user's council is used and the document does not print it: said where the value came from (the
    manifest's file and line), at the name printed instead if there is one, else of the whole document."""
    given = evidence.given
    if given is None:
        return ()
    if evidence.printed is None:
        return (warning("council_given", "parse", f"documents.council '{given.name}' is given by {given.where}; "
                        "no council name is printed in the document's title lines", "", document.span()),)
    name, line = evidence.printed
    return (warning("council_differs", "parse", f"the document prints '{name}' but {given.where} names "
                    f"'{given.name}'; the name given is used", line.text, line.span),)


def _keyed(evidence: Evidence, document: Document) -> tuple[Issue, ...]:
    """Where the council is the one the document's key names: said at the key's line, for the auditor to check."""
    entry = evidence.keyed
    if entry is None:
        return ()
    return (warning("council_from_key", "parse", f"no council name is printed in the document's title lines; its key "
                    f"to its abbreviations names one council, '{entry.short}' for '{entry.meaning}', taken as the "
                    "document's own", entry.line, entry.span),)


def _not_printed(evidence: Evidence, document: Document) -> tuple[Issue, ...]:
    """Where the council is left empty: what to give, said of the whole document (no line names a council)."""
    return (warning("council_not_printed", "parse", "no council name is printed in the document's title lines and "
                    f"the {evidence.profile.name} profile names none for this layout; documents.council is left empty "
                    "(give --profile, or the file's council in --manifest)", "", document.span()),)


# Why this order: a council given for the file (a manifest row) is the user saying whose document this is, file by
# file, so it wins over the profile and over a name printed (another name printed is reported, not taken); a
# council's own profile (given with --profile) is the user saying whose document this is, so it
# wins over a name printed, and another name printed is reported, not taken; a name printed wins over the default
# profile, which claims its council only for a document in its own layout (any other plan read with it is some
# other council's); a council the document's own key names, where it is the only one it names (Stratford-on-Avon's
# housing strategy action plan: `SDC = Stratford-on-Avon District Council.` among its notes), is the plan's author
# abbreviating itself, weaker than a title line, so after every other; with none, the council is left empty and
# reported, never guessed.
COUNCIL_RULES = (
    CouncilRule("given_printed", "document", lambda e: e.prints_given, lambda e: e.given_name),
    CouncilRule("given", "manifest", lambda e: e.given is not None, lambda e: e.given_name, _given),
    CouncilRule("own_profile_printed", "document", lambda e: e.own_profile and e.prints_own,
                lambda e: e.profile.council),
    CouncilRule("own_profile", "profile", lambda e: e.own_profile, lambda e: e.profile.council, _differs),
    CouncilRule("printed", "document", lambda e: e.printed is not None, lambda e: e.printed_name),
    CouncilRule("default_profile", "default_profile",
                lambda e: e.profile.council is not None and e.profile.is_default and e.own_layout,
                lambda e: e.profile.council),
    CouncilRule("document_key", "document_key", lambda e: e.keyed is not None,
                lambda e: e.keyed.meaning if e.keyed else None, _keyed),
    CouncilRule("none", "none", lambda e: True, lambda e: None, _not_printed),
)


def name_council(document: Document, profile: Profile, own_layout: bool, key: tuple[KeyEntry, ...] = ()
                 ) -> CouncilName:
    """The council of the document and where the name came from, by the first of COUNCIL_RULES that applies;
    `own_layout`: read by the profile's own template (its column headings or theme pages), not by the generic
    heading rules; `key`: the document's own key to its abbreviations (parsers/owner_key.py)."""
    owner_words = profile.owner_words
    posts = (*owner_words.posts, *owner_words.bodies)
    named = [e for e in key if _is_council(e.meaning, profile.document_words, posts)]
    evidence = Evidence(printed_council(document, profile.document_words, posts), profile, own_layout,
                        document.council_given, named[0] if len(named) == 1 else None)
    rule = next(rule for rule in COUNCIL_RULES if rule.applies(evidence))
    letterhead = evidence.printed[1].span if evidence.printed is not None and rule.council_from == "document" and _same(
        evidence.printed[1].text, evidence.printed[0]) else None
    return CouncilName(rule.council(evidence), rule.council_from, rule.issues(evidence, document), letterhead)


def _is_council(text: str, words: DocumentWords, posts: tuple[str, ...]) -> bool:
    """Whether the text is wholly a council's name, by the shapes of `name_shapes`."""
    return any(name_read(text, match, shape, words, posts) == text
               for shape in name_shapes(words) for match in shape.pattern.finditer(text))


def title_lines(document: Document, first_row: int | None = None) -> list[Line]:
    """The document's first lines with text, before any table row: one a reader marked, or from `first_row` (the
    first line of a row the parser read) on; where its council's name and its own date are printed."""
    lines: list[Line] = []
    for line in document.iter_lines():
        if line.layout in ("row_start", "row") or len(lines) >= TITLE_LINES or (
                first_row is not None and line.span.line_start >= first_row):
            break
        if line.text.strip():
            lines.append(line)
    return lines


def _title_case(text: str, joins: tuple[str, ...]) -> str:
    words = SPACE_RUNS.split(text.lower())
    return "".join(w if w.lower() in joins and i else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                   for i, w in enumerate(words))


def _same(one: str, other: str) -> bool:
    return " ".join(one.lower().split()) == " ".join(other.lower().split())
