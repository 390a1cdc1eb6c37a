"""Rows under a first cell printed once over them: a web table's cell spanning rows, saved a paragraph a cell.

A converter that prints a paragraph a cell prints a cell spanning rows once, on its first row, and nothing for it
on the rows under it (the Isle of Wight's change plan timeline, 2005-06: `September 2005` once over the month's three
actions, each with an empty `Responsibilty` cell). No row of a one-cell-a-line table may open without its first cell
(`row_search.py`), so the search reads the month's actions as one row: its action cell the actions and the empty
cells between them, the last empty cells the row's own. Where the text marks its empty cells (a paragraph holding
only whitespace), that action cell shows the rows it holds: its paragraphs come parted by runs of exactly as many
empty cells as a row under the spanned cell prints besides its action (every column but the first and the action),
and every cell after the action in the row is one empty cell. Why that is read as rows and not as one cell: a
cell's own paragraphs parted by whitespace paragraphs, each run as long as a row's empty cells, would be a
coincidence repeated at every paragraph; rows whose cells are empty print exactly that.

The spanned cell is then no cell of one row but the heading over them all: laid out as text above the rows, so that
the section rules read it and an action takes its time from it where the row prints none
(`parsers/table_action.py`).
"""

from __future__ import annotations

from council_actions.roles import Role

Cells = tuple[tuple[int, ...], ...]  # per column, the indexes of the slots in the cell (`cell_rows.Cells`)


def rows_under_spans(rows: list[Cells], slots: list[list[int]], roles: list[Role | None]
                     ) -> tuple[list[Cells], frozenset[int]]:
    """The rows with each row that holds rows under a spanned first cell cut into them (`_under_span`), and the
    slots of those spanned cells. `slots`: the table's units and empty-cell paragraphs in order, an empty one `[]`."""
    found: list[Cells] = []
    spanned: set[int] = set()
    for row in rows:
        cut = _under_span(row, slots, roles)
        if cut is None:
            found.append(row)
            continue
        found += cut
        spanned.update(row[0])
    return found, frozenset(spanned)


def _under_span(row: Cells, slots: list[list[int]], roles: list[Role | None]) -> list[Cells] | None:
    """The rows one row of the search holds, each its own action and empty cells, none with a first cell; None
    where the row is one row (module docstring)."""
    width = len(row)
    action = roles.index("action") if "action" in roles else 0
    if action == 0 or width < 3 or not row[0] or any(not slots[k] for k in row[0]):
        return None
    tail = row[action + 1:]
    if not tail or any(len(cell) != 1 or slots[cell[0]] for cell in tail):
        return None
    before = row[1:action]
    if any(len(cell) != 1 or slots[cell[0]] for cell in before):
        return None
    runs = _runs(row[action], slots)
    gap = width - 2
    texts, gaps = runs[0::2], runs[1::2]
    if len(texts) < 2 or len(texts) != len(gaps) + 1 or not all(texts) or any(len(run) != gap for run in gaps):
        return None
    cut: list[Cells] = [((), *before, texts[0], *((k,) for k in gaps[0][:len(tail)]))]
    for n, text in enumerate(texts[1:], 1):
        empties = gaps[n - 1][len(tail):]
        after = gaps[n][:len(tail)] if n < len(gaps) else tuple(cell[0] for cell in tail)
        cut.append(((), *((k,) for k in empties), text, *((k,) for k in after)))
    return cut


def _runs(cell: tuple[int, ...], slots: list[list[int]]) -> list[tuple[int, ...]]:
    """The cell's slots in runs of text and of empty cells, alternating, text first (an empty run where none)."""
    runs: list[list[int]] = [[]]
    for k in cell:
        if bool(slots[k]) != (len(runs) % 2 == 1):
            runs.append([])
        runs[-1].append(k)
    return [tuple(run) for run in runs]
