"""A table cell's lines as items: the bulleted or lettered items of an action cell (several actions printed in one
row, parsers/table_rows.row_values), and the lines of an owner or timeline cell that are one owner or one milestone
each (`line_units`), joined one a line (`listed_text`).

Apart from the row's reading because it is one question about one column's lines, whether a line opens an item
of its own or runs on from the line above, asked of the action column and of every listed column alike.
"""

from __future__ import annotations

from collections.abc import Callable

from council_actions.ingest import CARRIES_ON, CELL_ITEM, CELL_LETTER, closes_on_date, runs_on
from council_actions.ingest.model import Cell, Span
from council_actions.parsers.cleaning import join_cells


def action_items(cells: list[Cell]) -> list[list[Cell]]:
    """Bulleted or lettered items of an action cell, a bullet taken off, a letter kept (CELL_LETTER); [] unless every
    item is one."""
    if not cells or not (CELL_ITEM.pattern.match(cells[0].text) or CELL_LETTER.pattern.match(cells[0].text)):
        return []
    items: list[list[Cell]] = []
    for cell in cells:
        bullet = CELL_ITEM.pattern.match(cell.text)
        if CELL_LETTER.pattern.match(cell.text):
            items.append([cell])
        elif bullet:
            start = cell.span.char_start + bullet.end()
            stripped = Cell(cell.column, cell.text[bullet.end():], Span(cell.span.page, cell.span.line_start,
                            cell.span.line_end, start, cell.span.char_end, cell.span.bbox))
            items.append([stripped])
        else:
            items[-1].append(cell)
    return items


def line_units(cells: list[Cell], hard_breaks: bool, opens_item: Callable[[str], bool]) -> list[list[Cell]]:
    """A column's lines as items: a line is an item of its own, unless it runs on from the line above (`Meeting
    held by` / `28 February 2014`), carries it on from its first word (CARRIES_ON: `October 2022` / `And
    ongoing`, one target date, as the cell's rows were cut) or the reader saw the line above wrap into it
    (`line_break` False: a PDF cell's wrapped name, `John` / `Anderson`), and is no bullet or ditto."""
    units: list[list[Cell]] = []
    for cell in cells:
        if units and not _new_item(units[-1][-1], cell, hard_breaks, opens_item):
            units[-1].append(cell)
        else:
            units.append([cell])
    return units


def _new_item(above: Cell, cell: Cell, hard_breaks: bool, opens_item: Callable[[str], bool]) -> bool:
    """Whether `cell` opens an item of its own under the line `above` (`line_units` says when it does not)."""
    if runs_on(" ".join(above.text.split())) or CARRIES_ON.match(" ".join(cell.text.split())):
        return False
    wrapped = cell.line_break is False and not hard_breaks
    return (not wrapped or bool(CELL_ITEM.pattern.match(cell.text)) or opens_item(cell.text)
            or closes_on_date(above.text, cell.text))


def listed_text(cells: list[Cell], hard_breaks: bool, opens_item: Callable[[str], bool]) -> str:
    """A cell's items (`line_units`), one a line."""
    units = line_units(cells, hard_breaks, opens_item)
    return "\n".join(join_cells(unit) for unit in units)
