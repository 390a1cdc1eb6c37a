"""Theme page titles: which profile theme a printed title names.

A theme page opens with its title (`Theme 1: Continuous Improvement`). An overview page numbers its themes
(`1. Continuous Improvement`), as any numbered list does, so a numbered line is a title only where number and name
both agree with one profile theme. Where a title's number and name disagree the name decides, reported; a title
that names no theme of the profile stops the document, since every line under it would be filed under a wrong
theme. A heatmap printed with no title above it belongs to the theme its element ids' prefix names.
"""

from __future__ import annotations

import re

from council_actions.ingest.model import Line
from council_actions.parsers.cleaning import clean
from council_actions.parsers.labels import NUMBERED_TITLE, THEME_NAME_MIN, numbered_theme
from rapidfuzz import fuzz, process

from council_actions.issues import Issue, StageError, line_of, warning
from council_actions.profile import Profile, ThemeDef

THEME_TITLE = re.compile(r"^#*\s*Theme\s+(?P<no>\d{1,2})\s*[:\-–—.]\s*(?P<name>.+?)\s*$", re.IGNORECASE)


def title_text(printed: str) -> str:
    """A heading as a table rendering prints it, trailing empty pipe cells (`2. Leadership | |||`) dropped."""
    return clean(printed).strip("| ")


def find_title(text: str, profile: Profile) -> re.Match[str] | None:
    """The title a line is (its `no` and `name`): a `Theme N:` title, or a numbered line naming a profile theme."""
    title = THEME_TITLE.match(text)
    numbered = numbered_theme(text, profile, NUMBERED_TITLE) if title is None else None
    return numbered[0] if numbered else title


def theme_of_title(title: re.Match[str], line: Line, profile: Profile, source: str) -> tuple[ThemeDef, list[Issue]]:
    """The profile theme a title names; number and name must agree, or the name decides with a warning."""
    by_number = profile.theme(int(title["no"]))
    names = {t.name.lower(): t for t in profile.themes}
    best = process.extractOne(title["name"].lower(), list(names), scorer=fuzz.ratio)
    by_name = names[best[0]] if best and best[1] >= THEME_NAME_MIN else None
    if by_number is not None and (by_name is None or by_name == by_number):
        return by_number, []
    if by_name is not None:
        return by_name, [warning("theme_number_mismatch", "parse", f"title numbers theme {title['no']} but names "
                                 f"theme {by_name.no} ({by_name.name}); read as theme {by_name.no}", line.text,
                                 line.span)]
    raise StageError("parse", source, f"{line_of(line.span)}: theme title {clean(line.text)!r} names no theme of "
                     f"profile {profile.name}")


def theme_of_ids(tokens: list[str], profile: Profile, heading: Line, source: str) -> ThemeDef:
    """A heatmap with no theme title: the theme its ids' prefix names, if exactly one."""
    themes = {t for tok in tokens for t in profile.themes if _prefix_of(tok, profile) == t.prefix}
    if len(themes) != 1:
        raise StageError("parse", source, f"{line_of(heading.span)}: heatmap has no theme title and its element ids "
                         "do not tell one theme")
    return themes.pop()


def _prefix_of(token: str, profile: Profile) -> str | None:
    """The longest theme prefix a printed id starts with (`PCE` before `C`)."""
    matches = [t.prefix for t in profile.themes if token.upper().startswith(t.prefix)]
    return max(matches, key=len) if matches else None
