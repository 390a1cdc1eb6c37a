"""Scores from cell shading: the document's own colour key first, the profile's palette as fallback.

PDF producers shade score cells with the colours of the key printed at the top
of the plan; another template may use other shades, so the key the document
prints wins, and a fill is read as the nearest key colour within a tolerance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from council_actions.profile import Profile

MAX_DISTANCE = 60.0  # RGB distance within which a fill counts as a key colour


@dataclass(frozen=True)
class ColourKey:
    """Scores by a cell's fill (PDF input), for an element or heatmap cell whose score word is missing or
    unreadable: the document's own colour key first, then the profile's colours, so a council's shade wins."""

    entries: tuple[tuple[str, tuple[int, int, int]], ...]  # (score key, RGB), document key before profile

    @staticmethod
    def build(printed: list[tuple[str, str]], profile: Profile) -> ColourKey:
        """`printed`: (score key, '#RRGGBB') pairs read from the document's colour key."""
        pairs: list[tuple[str, str | None]] = [*printed, *((s.key, s.colour) for s in profile.scores)]
        readable = ((key, rgb(colour)) for key, colour in pairs)
        return ColourKey(tuple((key, colour) for key, colour in readable if colour is not None))

    def score_for(self, fill: str | None) -> str | None:
        """The score whose key colour is nearest the fill, within MAX_DISTANCE (PDF producers shade a
        colour slightly differently); None for a fill near none of them, which is no evidence of a score."""
        colour = rgb(fill)
        if colour is None or not self.entries:
            return None
        distance, key = min((_distance(colour, c), k) for k, c in self.entries)
        return key if distance <= MAX_DISTANCE else None


def _distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b, strict=True)))


def rgb(colour: str | None) -> tuple[int, int, int] | None:
    """`#RRGGBB` as numbers; None for anything else, since a fill of no readable colour is no evidence of a
    score."""
    if not colour or len(colour) != 7 or not colour.startswith("#"):
        return None
    try:
        return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
    except ValueError:
        return None
