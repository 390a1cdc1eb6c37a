"""A keyed row whose allocations are stacked at the top of their cell: its actions, paired in order.

A plan printed one row per characteristic may fill each cell from the top (the seed's G001 in
plan_rows/allocations_stacked_at_top.txt): the allocation cell's paragraphs (`CHoLG, HoDemocatic Services, Q4
2024/25.` / `CHoHROD, CHoLG, Q4 2024/25.` / `CHoHROD, Q4 2024/25.`) all stand beside the first recommendation
paragraph and none beside a later one. Read by what stands beside them (`marked_rows.ACTION_STARTS`), every
allocation goes to the first action and the later paragraphs, with no allocation beside them, run on into it.
Where a keyed row has that shape (several allocation paragraphs beside one action paragraph, none beside a later
one: the template reader's shape) and its action column holds as many paragraphs as its owner, allocation and
timeline columns together, they pair in order, as the template reader's `allocations_stacked_at_top` pairs them;
with any other count which goes with which is not printed, and the row is read line by line, as any other keyed row.

A paragraph of a column opens where the reader saw one open (a PDF's gap, `paragraph_start`), else (text) on the
row's first cell in the column, after a line where the column prints nothing, or where the text above ended a
sentence and this line does not go on in lower case; an update note (`Update: ...`) opens none, since it reports on
the paragraph above (the template reader's paragraphs, `paragraphs.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from council_actions.ingest.model import Cell, Line
from council_actions.parsers.paragraphs import new_sentence_follows
from council_actions.parsers.update_notes import opens_with_update_note


@dataclass(frozen=True)
class Stacked:
    """A stacked row's reading: the piece each action paragraph opens on, and per action the lines of the
    allocation paragraph it takes (only the owner, allocation and timeline cells, one a line)."""

    starts: list[int]
    allocations: list[list[Line]]


def stacked_at_top(pieces: list[Line], action: int, beside: list[int]) -> Stacked | None:
    """The row's actions and their allocations in order where the allocation paragraphs are stacked (`_crowded`)
    and are as many as the action paragraphs (at least two); None otherwise."""
    starts = _openings(pieces, [action])
    runs = _openings(pieces, beside)
    if len(starts) < 2 or len(runs) != len(starts) or not _crowded(starts, runs):
        return None
    ends = [*runs[1:], len(pieces)]
    return Stacked(starts, [[kept for piece in pieces[run:end] if (kept := _cells_in(piece, beside)) is not None]
                            for run, end in zip(runs, ends, strict=True)])


def _crowded(starts: list[int], runs: list[int]) -> bool:
    """Several allocation paragraphs open beside one action paragraph (from its first piece to the next one's)
    and none beside a later one: the cell was filled from the top, whatever stands beside it (the template
    reader's shape for allocations_stacked_at_top)."""
    beside = [0] * len(starts)
    for run in runs:
        beside[max((k for k, start in enumerate(starts) if start <= run), default=0)] += 1
    crowded = next((k for k, count in enumerate(beside) if count > 1), None)
    return crowded is not None and 0 in beside[crowded + 1:]


def _openings(pieces: list[Line], columns: list[int]) -> list[int]:
    """The pieces on which a paragraph of `columns` opens (see the module's docstring)."""
    opened: list[int] = []
    above: Cell | None = None  # the columns' last cell, None after a line printing none of them
    for index, piece in enumerate(pieces):
        cells = [cell for column in columns if (cell := piece.cell(column)) is not None and cell.text]
        if not cells:
            above = None
            continue
        if not opened or _opens(cells[0], above):
            opened.append(index)
        above = cells[-1]
    return opened


def _opens(cell: Cell, above: Cell | None) -> bool:
    if cell.paragraph_start is not None:
        return cell.paragraph_start
    return not opens_with_update_note(cell.text) and (above is None or new_sentence_follows(above.text, cell.text))


def _cells_in(piece: Line, columns: list[int]) -> Line | None:
    cells = tuple(cell for cell in piece.cells if cell.column in columns)
    return replace(piece, cells=cells) if cells else None
