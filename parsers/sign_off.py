"""A letter's or a paper's sign-off block: who it is from, printed under its text, no row's and no lost content.

A committee paper closes with its signatories side by side, their names on one line and their posts on the next (the
Isle of Wight's District Audit letter: `ALAN KAYE ... R R BARRY` over `HEAD OF PAID SERVICE ... PORTFOLIO HOLDER -
RESOURCES`). The readers report both lines as unplaced_text; parsers/furniture.py keeps the lines found here as
boilerplate `sign_off`. The posts are known as an owner cell's are, by the profile's owner words (`[owner_words]
posts`, the words a post opens with: council_actions/owner_rules.word_rules), the names only by standing above them part
for part. A post alone on its line is left to the other rules, reported (an owner cell a table lost), unless it is
one of the block's own posts printed again among the paper's opening lines (`opening`): who the paper is from, under
its title (the same letter's `PORTFOLIO HOLDER - RESOURCES` under `Title : DISTRICT AUDIT – ANNUAL AUDIT LETTER`).
"""

from __future__ import annotations

import re

from council_actions.ingest.model import Document

from council_actions.owner_rules import WordRules, word_rules
from council_actions.owner_words import OwnerWords

WIDE = re.compile(r"\t+|\s{3,}")  # the gap parting the signatories' columns
SIDE_BY_SIDE = 2  # a block signs for two or more: a post alone is no sign-off
EXAMPLE = ("ALAN KAYE                                                                 R R BARRY",
           "HEAD OF PAID SERVICE                                PORTFOLIO HOLDER - RESOURCES")


def sign_off_lines(document: Document, words: OwnerWords, opening: set[int]) -> set[int]:
    """The numbers of the lines of every sign-off block: a line of SIDE_BY_SIDE posts or more (each part, parted
    by a wide gap, opening with a post word of `words`) and the line with text right above it, where that prints as
    many parts and none of them a post (their names); and of each line of `opening` (the numbers of the paper's
    opening lines) that prints one of those posts alone, as the block prints it."""
    lines = [(line.span.line_start, _parts(line.text)) for line in document.iter_lines() if line.text.strip()]
    rules = word_rules(words)
    found: set[int] = set()
    posts: set[str] = set()
    for at, (number, parts) in enumerate(lines):
        if len(parts) < SIDE_BY_SIDE or not all(_is_post(part, rules) for part in parts):
            continue
        found.add(number)
        posts.update(" ".join(part.split()) for part in parts)
        above, names = lines[at - 1] if at else (0, [])
        if len(names) == len(parts) and not any(_is_post(name, rules) for name in names):
            found.add(above)
    return found | {number for number, parts in lines
                    if number in opening and len(parts) == 1 and " ".join(parts[0].split()) in posts}


def _parts(text: str) -> list[str]:
    return [part for part in WIDE.split(text.strip()) if part]


def _is_post(part: str, rules: WordRules) -> bool:
    """The part opens with a word a post opens with (`HEAD OF PAID SERVICE`, `Portfolio Holder`)."""
    return rules.post.match(part) is not None
