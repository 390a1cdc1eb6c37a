"""Element ids as printed to canonical ids (`C1002` -> `CI002`, `cloos` -> `CI008`).

OCR confuses letters and digits in ids. Repairs are a table of character
substitutions, applied by position: the prefix must be letters (`1` -> `I`),
the number digits (`o` -> `0`). The heatmap's ids for the theme and the order
of rows then constrain the answer, in this order of strategies, each reporting
how it decided: exact, repaired, number (prefix unreadable), order (nothing
readable: the next id in the heatmap, reported as a warning).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_actions.parsers.cleaning import clean
from council_actions.parsers.records import IdMethod

PREFIX_REPAIRS = {"1": "I", "l": "I", "|": "I", "!": "I", "0": "O", "5": "S", "8": "B", "2": "Z"}
NUMBER_REPAIRS = {"o": "0", "O": "0", "D": "0", "l": "1", "I": "1", "i": "1", "|": "1",
                  "s": "5", "S": "5", "B": "8", "Z": "2", "z": "2", "g": "9"}
ID_TOKEN = re.compile(r"^[A-Za-z0-9|!]{3,8}$")
NUMBER_CHARS = "0123456789" + "".join(NUMBER_REPAIRS)


@dataclass(frozen=True)
class ResolvedId:
    """An element id and how it was found (exact, repaired from OCR, by number, by order, unlisted), kept as
    `elements.id_method` so an auditor sees which ids were inferred."""

    element_id: str
    method: IdMethod


def split_id(token: str, prefix_len: int) -> tuple[str, str] | None:
    """Split a printed id into prefix and number parts for a theme's prefix length."""
    token = clean(token).rstrip(":").strip()
    if not ID_TOKEN.match(token):
        return None
    for number_len in (3, 4):
        if len(token) == prefix_len + number_len and all(c in NUMBER_CHARS for c in token[prefix_len:]):
            return token[:prefix_len], token[prefix_len:]
    return None


def repair_id(token: str, prefix: str) -> tuple[str, bool] | None:
    """The id a printed token spells under a theme's prefix, and whether the digits were real."""
    parts = split_id(token, len(prefix))
    if parts is None:
        return None
    printed_prefix, printed_number = parts
    letters = "".join(PREFIX_REPAIRS.get(c, c) for c in printed_prefix).upper()
    digits = "".join(NUMBER_REPAIRS.get(c, c) for c in printed_number)
    if not digits.isdigit():
        return None
    real_digits = sum(c.isdigit() for c in printed_number) >= 2
    return f"{letters}{int(digits):03d}", real_digits


@dataclass(frozen=True)
class _Printed:
    """A printed id as ID_RULES see it: the token, its shape under the prefix, whether its digits were printed as
    digits, and the theme's heatmap ids (`free`: those after the row above, not yet taken)."""

    token: str
    shaped: str
    real_digits: bool
    prefix: str
    candidates: tuple[str, ...]
    free: list[str]


def _exact(p: _Printed) -> str | None:
    return p.shaped if p.token == p.shaped and (p.shaped in p.free or not p.candidates) else None


def _repaired(p: _Printed) -> str | None:
    return p.shaped if p.shaped in p.free else None


def _by_number(p: _Printed) -> str | None:
    """The prefix unreadable, the digits real: the one free id with that number."""
    same = [c for c in p.free if c[len(p.prefix):] == p.shaped[len(p.prefix):]] if p.real_digits else []
    return same[0] if len(same) == 1 else None


def _by_order(p: _Printed) -> str | None:
    return p.free[0] if p.free else None


def _unlisted(p: _Printed) -> str | None:
    return f"{p.prefix}{p.shaped[len(p.prefix):]}" if not p.candidates else p.shaped


# The strategies in the order they are tried; the first to give an id names how it was read (elements.id_method).
ID_RULES: tuple[tuple[IdMethod, Callable[[_Printed], str | None]], ...] = (
    ("exact", _exact),          # printed as it is, and free (or the heatmap lists none)
    ("repaired", _repaired),    # OCR characters repaired (`C1002` -> CI002), and free
    ("number", _by_number),     # a number only one free id has
    ("order", _by_order),       # nothing readable: the next free id of the heatmap (a warning)
    ("unlisted", _unlisted),    # no free id left: the id as printed, not in the heatmap (a warning)
)


def resolve_id(printed: str, prefix: str, candidates: tuple[str, ...], used: set[str],
               previous: str | None) -> ResolvedId | None:
    """Resolve a printed id against the theme's heatmap ids (`candidates`, in heatmap order) by ID_RULES."""
    token = clean(printed).rstrip(":").strip()
    repaired = repair_id(token, prefix)
    if repaired is None:
        return None
    seen = _Printed(token, repaired[0], repaired[1], prefix, candidates,
                    [c for c in _after(candidates, previous) if c not in used])
    return next(ResolvedId(found, method) for method, rule in ID_RULES if (found := rule(seen)) is not None)


def _after(candidates: tuple[str, ...], previous: str | None) -> tuple[str, ...]:
    if previous in candidates:
        return candidates[candidates.index(previous) + 1:]
    return candidates


def canonical_reference(token: str, prefixes: tuple[str, ...], known: set[str]) -> str | None:
    """An id mentioned in text ("See Cl012", "(Previously G002 ...)") under any theme's prefix."""
    for prefix in sorted(prefixes, key=len, reverse=True):
        repaired = repair_id(token, prefix)
        if repaired and (repaired[0] in known or not known):
            return repaired[0]
    return None
