"""Heatmap grids: one row of element ids per theme, in reading order.

Irregular cells are kept and explained: an id printed with OCR damage is
repaired against the theme's prefix, a cell that points elsewhere ("See
CI012") becomes the element its position stands for with `alias_of` set, and
blank trailing cells are skipped. In text, a line is a heatmap row when every
word of it reads as an id (`heatmap_cells`); one mostly of ids that does not
is never dropped quietly (`looks_like_heatmap_row`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from council_actions.ingest.model import Cell, Line
from council_actions.parsers.cleaning import clean
from council_actions.parsers.colours import ColourKey
from council_actions.parsers.ids import canonical_reference, repair_id
from council_actions.parsers.records import HeatmapCell

from council_actions.issues import Issue, warning
from council_actions.profile import Profile, ThemeDef

SEE_OTHER = re.compile(r"^See\s+(?P<ref>\S+)$", re.IGNORECASE)
SEE_OR_WORD = re.compile(r"See\s+\S+|\S+", re.IGNORECASE)
PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}")
# Pipes, tabs, or a run of spaces (padding, no-break spaces). The spaces before a pipe are taken possessively and a
# run of white space before a lone tab, so a run of n tabs or spaces costs n, not n squared: each place in the run
# re-read the rest of it looking for a pipe (100k tabs in a line: minutes).
CELL_BREAKS = re.compile(r"\s*+\|\s*|\s{2,}|\t")
# Within a cell, words are ids, except that a cross-reference ("See CI012") stands in one cell for its element.
CELL_TOKENS = re.compile(r"(?i:see)\s+\S+|\S+")
ROW_LIKE_SHARE = 0.5  # a line half or more of whose tokens are element ids was meant as a heatmap row


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


def heatmap_cells(line: Line, profile: Profile) -> list[Cell] | None:
    """The cells of a heatmap row (spaces, tabs or pipes between them), or None if it is not one."""
    if PIPE_RULE.match(clean(line.text)):
        return []
    cells = _cell_tokens(line)
    ok = cells and all(clean(c.text).lower().startswith("see ") or _is_id(clean(c.text), profile) for c in cells)
    return cells if ok else None


def _cell_tokens(line: Line) -> list[Cell]:
    """Each cell's words as cells of their own, each with its own character range in the line and the shading
    of the printed cell it lies in (a PDF's heatmap: the element's score; text input has none)."""
    text, start = line.text, 0
    cells: list[Cell] = []
    for gap in [*CELL_BREAKS.finditer(line.text), None]:
        end = gap.start() if gap else len(text)
        for word in CELL_TOKENS.finditer(text, start, end):
            span = replace(line.span, char_start=line.span.char_start + word.start(),
                           char_end=line.span.char_start + word.end())
            cells.append(Cell(len(cells), word.group(0), span, _fill_at(line, span.char_start)))
        start = gap.end() if gap else end
    return cells


def _fill_at(line: Line, offset: int) -> str | None:
    return next((c.fill for c in line.cells if c.span.char_start <= offset < c.span.char_end), None)


def _is_id(token: str, profile: Profile) -> bool:
    return canonical_reference(token, tuple(t.prefix for t in profile.themes), set()) is not None


def looks_like_heatmap_row(text: str, profile: Profile) -> bool:
    """Never drop a heatmap row quietly: a line mostly of ids that did not read whole is an error, not prose."""
    words = text.replace("|", " ").split()
    ids = sum(_is_id(w, profile) for w in words)
    return ids >= 2 and ids >= ROW_LIKE_SHARE * len(words)
