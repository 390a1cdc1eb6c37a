"""Where a gloss starts in an owner's text: words a plan prints after an owner on what they do for this action, no
part of the owner's name (owner_shapes' `glossed`), as a rule table with an example each.

Maidstone's governance statement 2013/14 prints `Angela Woodhouse – responsible officer for Information Management`
in its By Whom column, and `Angela Woodhouse` alone in the next row: one officer, the first time with what she is
responsible for. Read whole, the gloss made her two unknown owners (and its `officer for` a post of its own). A
gloss is told from a post's own words by its case: after a spaced dash, what a post is of opens with a capital
(`Specialist Consultant - Leadership and Organisational Development`, South Ribble's forward plan), a gloss in lower
case. The owner is the words before it, read by the shapes as any other, and printed with it (its `owner_raw`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class GlossRule:
    """A row of the rule table: how a gloss is printed after an owner, where it starts (the pattern's match), and an
    example (the text, the owner before the gloss) the tests read."""

    name: str
    description: str
    starts: re.Pattern[str]
    example: tuple[str, str]


GLOSSES = (
    GlossRule("dash", "a spaced dash (en or em dash, or a hyphen) and then a word in lower case",
              re.compile(r"\s+[–—-]\s+(?=[a-z])"),
              ("Angela Woodhouse – responsible officer for Information Management", "Angela Woodhouse")),
)


def gloss_start(text: str) -> int | None:
    """Where the first gloss in an owner's text starts (the GLOSSES rule that finds the earliest), or None."""
    found = [m.start() for rule in GLOSSES if (m := rule.starts.search(text))]
    return min(found) if found else None
