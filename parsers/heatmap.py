"""Heatmap grids: one row of element ids per theme, in reading order.

Irregular cells are kept and explained: an id printed with OCR damage is
repaired against the theme's prefix, a cell that points elsewhere ("See
CI012") becomes the element its position stands for with `alias_of` set, and
blank trailing cells are skipped.
"""

from __future__ import annotations

import re

from council_actions.ingest.model import Cell
from council_actions.parsers.cleaning import clean
from council_actions.parsers.colours import ColourKey
from council_actions.parsers.ids import canonical_reference, repair_id
from council_actions.parsers.records import HeatmapCell

from council_actions.issues import Issue, warning
from council_actions.profile import Profile, ThemeDef

SEE_OTHER = re.compile(r"^See\s+(?P<ref>\S+)$", re.IGNORECASE)
SEE_OR_WORD = re.compile(r"See\s+\S+|\S+", re.IGNORECASE)


def read_heatmap_row(theme: ThemeDef, cells: list[Cell], profile: Profile, known_ids: set[str],
                     offset: int = 0, colours: ColourKey | None = None) -> tuple[list[HeatmapCell], list[Issue]]:
    """Read one theme's printed ids (`cells`, in reading order; `offset` cells came before) into heatmap cells."""
    prefixes = tuple(t.prefix for t in profile.themes)
    colours = colours or ColourKey.build([], profile)
    out: list[HeatmapCell] = []
    issues: list[Issue] = []
    for position, cell in enumerate(_cells_apart(cells, theme, issues), offset + 1):
        printed = clean(cell.text)
        by_position = f"{theme.prefix}{position:03d}"
        see = SEE_OTHER.match(printed)
        if see:
            alias = canonical_reference(see["ref"], prefixes, known_ids) or see["ref"]
            out.append(HeatmapCell(theme.no, position, by_position, printed, alias, colours.score_for(cell.fill),
                                   cell.span))
            issues.append(warning("heatmap_id_from_position", "parse",
                                  f"heatmap cell '{printed}' stands at position {position} of theme {theme.no}; "
                                  f"read as {by_position}, an alias of {alias}", printed, cell.span, by_position,
                                  "element_id"))
            continue
        repaired = repair_id(printed, theme.prefix)
        if repaired is None:
            issues.append(warning("unreadable_heatmap_id", "parse",
                                  f"heatmap cell '{printed}' in theme {theme.no} is not an element id",
                                  printed, cell.span, None, "element_id"))
            continue
        out.append(HeatmapCell(theme.no, position, repaired[0], printed, None, colours.score_for(cell.fill),
                               cell.span))
        if repaired[0] != printed:
            issues.append(warning("heatmap_id_repaired", "parse", f"heatmap cell '{printed}' read as {repaired[0]}",
                                  printed, cell.span, repaired[0], "element_id"))
    return out, issues


def _cells_apart(cells: list[Cell], theme: ThemeDef, issues: list[Issue]) -> list[Cell]:
    """The printed cells, with a cell that holds two cells' words run together taken apart: a text converter
    that squeezes columns (`pdftotext -layout`) prints "See Cl012 G003" for "See Cl012" beside "G003"."""
    out = []
    for cell in (c for c in cells if clean(c.text)):
        pieces = [m for m in SEE_OR_WORD.finditer(cell.text)]
        if len(pieces) < 2 or not all(SEE_OTHER.match(m.group()) or repair_id(m.group(), theme.prefix)
                                      for m in pieces):
            out.append(cell)
            continue
        issues.append(warning("heatmap_cells_run_together", "parse", f"heatmap cell '{clean(cell.text)}' holds "
                              f"{len(pieces)} cells run together; read apart", cell.text, cell.span, None,
                              "element_id"))
        out += [cell.part(m.start(), m.end()) for m in pieces]
    return out
