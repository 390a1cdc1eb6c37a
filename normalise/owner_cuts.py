"""Stretches of an owner cell's text (`Cut`, text[start:end]): parted at a separator, trimmed, read, and made
owner pieces.

Every reader of an owner cell (normalise/owner_split.py's separators, owner_names.py's names and posts) asks its
rules of a stretch's words but keeps where the stretch is printed, so each owner's span is its own words in the
cell; the bookkeeping is the same for all of them, so it is here once.
"""

from __future__ import annotations

import re

from council_actions.normalise.owner_shapes import OwnerPiece, ShapeName

Cut = tuple[int, int]  # a stretch of the cell's text, text[start:end]


def cuts(separator: re.Pattern[str], text: str, within: Cut, trim: str = "") -> list[Cut]:
    """The stretches of `text[within]` between the separator's matches (as `separator.split` parts them), each
    trimmed of the `trim` characters at both ends."""
    start, end = within
    bounds = [start, *(i for m in separator.finditer(text, start, end) for i in m.span()), end]
    return [trimmed(text, a, b, trim) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]


def trimmed(text: str, start: int, end: int, trim: str) -> Cut:
    """`text[start:end]` less the `trim` characters at both ends, as a cut: a piece's span is its words', never the
    spaces or stops around them."""
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip(trim))
    return start + lead, start + lead + len(raw.strip(trim))


def text_at(text: str, cut: Cut) -> str:
    """What a cut holds: the words each rule asks about, where the cut is what the pieces keep, for their spans."""
    return text[cut[0]:cut[1]]


def piece_at(text: str, cut: Cut, shape: ShapeName) -> OwnerPiece:
    """The owner a cut holds, read by `shape`, with where it is printed in the cell."""
    return OwnerPiece(text_at(text, cut), shape, *cut)
