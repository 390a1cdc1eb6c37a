"""Which council a document is from: the name printed in its title lines, else what the profile may claim.

A council's own profile names its council; the generic profile names none, and the default profile (used when
no `--profile` is given) claims its council only for documents in its own layout (its printed column headings,
its theme pages), since any other plan read with it is some other council's. A name printed in a title line
("Isle of Wight Council", "Maidstone Borough Council", "London Borough of Sutton") is taken as printed, by the
shapes of NAME_SHAPES. What was assumed is said: `council_from` for the summary, and an issue when the council
is left empty or the document prints another council than the chosen profile's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from council_actions.ingest.model import Document, Line

from council_actions.issues import Issue, warning
from council_actions.profile import Profile

CouncilFrom = Literal["document", "profile", "default_profile", "none"]
TITLE_LINES = 30  # the document's first lines with text, before any table row, are its title lines
WORD = r"[A-Z][a-z'’]*(?:-[A-Za-z][a-z'’]*)*\.?"
KINDS = r"(?:Metropolitan\s+Borough|Metropolitan\s+District|County\s+Borough|Borough|District|County|City|Town" \
        r"|Parish|Unitary)"
NOT_A_NAME = frozenset({"the", "this", "that", "our", "your", "each", "every", "full", "whole", "a", "an", "all",
                        "special", "annual", "extraordinary", "report", "cabinet", "to", "for", "appendix", "annex",
                        "annexe", "item", "agenda", "parish", "town", "county", "district", "borough", "city",
                        "metropolitan", "unitary", "council", "london", "royal"})
SMALL_WORDS = frozenset({"and", "of", "on", "upon", "under", "in", "the", "le", "by", "with", "next"})
NAME = rf"{WORD}(?:(?:\s+(?:{'|'.join(sorted(SMALL_WORDS))})\s+|\s+){WORD}){{0,4}}"  # small words join a name


@dataclass(frozen=True)
class NameShape:
    """A shape of a council's name (a row of the rule table); `name` is the group that is the council's name."""

    shape: str
    pattern: re.Pattern[str]


NAME_SHAPES = (
    NameShape("place_kind_council", re.compile(rf"(?P<name>(?P<place>{NAME})\s+{KINDS}\s+Council)\b")),
    NameShape("london_or_royal_borough", re.compile(rf"(?P<name>(?:London|Royal)\s+Borough\s+of\s+(?P<place>{NAME}))")),
    NameShape("city_or_county_of", re.compile(rf"(?P<name>(?:City|County|Council)\s+of\s+(?P<place>{NAME})"
                                              r"(?:\s+Council)?)\b")),
    NameShape("place_council", re.compile(rf"(?P<name>(?P<place>{NAME})\s+Council)\b(?!\s+(?:Tax|Plan|Meeting))")),
)


@dataclass(frozen=True)
class CouncilName:
    """Which council a document is from and where that was learnt (`council_from`), so `documents.council`
    never states a guess as fact; issues say where the page and the profile disagree."""

    council: str | None
    council_from: CouncilFrom
    issues: tuple[Issue, ...] = ()


def printed_council(document: Document) -> tuple[str, Line] | None:
    """The first council name printed in the document's title lines, as printed (capitals made title case)."""
    for line in title_lines(document):
        text = _title_case(line.text) if line.text.isupper() else line.text
        for shape in NAME_SHAPES:
            for match in shape.pattern.finditer(text):
                place = match["place"].split()
                kept = place
                while kept and kept[0].lower() in NOT_A_NAME:
                    kept = kept[1:]
                if kept:
                    start = match.start("name") if kept == place else match.start("place") + match["place"].find(
                        " " + kept[0]) + 1
                    return " ".join(text[start:match.end("name")].split()), line
    return None


def name_council(document: Document, profile: Profile, own_layout: bool) -> CouncilName:
    """The council of the document and where the name came from; `own_layout`: read by the profile's own
    template (its column headings or theme pages), not by the generic heading rules."""
    printed = printed_council(document)
    claims = profile.council is not None and (not profile.is_default or own_layout)
    if claims and not profile.is_default:
        if printed and _same(printed[0], profile.council or ""):
            return CouncilName(profile.council, "document")
        differs = () if printed is None else (warning(
            "council_differs", "parse", f"the document prints '{printed[0]}' but the profile names "
            f"'{profile.council}'; the profile's name is used", printed[1].text, printed[1].span),)
        return CouncilName(profile.council, "profile", differs)
    if printed:
        return CouncilName(printed[0], "document")
    if claims:
        return CouncilName(profile.council, "default_profile")
    span = document.span()
    return CouncilName(None, "none", (warning(
        "council_not_printed", "parse", "no council name is printed in the document's title lines and the "
        f"{profile.name} profile names none for this layout; documents.council is left empty (give --profile)",
        "", span),))


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


def _title_case(text: str) -> str:
    words = re.split(r"(\s+)", text.lower())
    return "".join(w if w.lower() in SMALL_WORDS and i else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                   for i, w in enumerate(words))


def _same(one: str, other: str) -> bool:
    return " ".join(one.lower().split()) == " ".join(other.lower().split())
