"""What the blank lines say where the cells' shapes leave a doubt about a table printed one cell per line.

Without row markers, `cell_rows` cuts a table's lines into rows and cells by their shapes and names each cut that
reads about as well as the chosen one (a `Doubt`: where a row opens, or which cell a line is in). The blank lines
a table's writer leaves can settle such a doubt, but only where the rest of the table shows they mean something
(`_gaps_decide`, `_paragraph_gaps_decide`); a doubt they do not settle is reported, at its line, as a
`cell_lines_ambiguous_rows` warning, never silently decided.
"""

from __future__ import annotations

from typing import NamedTuple

from council_actions.ingest.cell_rows import Cells, Doubt
from council_actions.ingest.model import Line

from council_actions.issues import Issue, warning


def unsettled_doubts(rows: list[Cells], doubts: list[Doubt], slots: list[list[int]], lines: list[Line]) -> list[Issue]:
    """The doubts about the rows as read that the blank lines do not settle, as issues at their lines."""
    spacing = _spacing(rows, doubts, slots, lines)
    return [_doubt_issue(doubt, slots, lines) for doubt in doubts
            if not (_gaps_decide(doubt, slots, lines) or _paragraph_gaps_decide(doubt, spacing, slots, lines))]


def _gaps_decide(doubt: Doubt, slots: list[list[int]], lines: list[Line]) -> bool:
    """Whether the blank lines decide a row boundary the shapes could not: every row the chosen reading alone
    opens follows a longer gap (`_gap_before`) than every row the other reading alone would open.

    Why only then: converters put blank lines between cells and rows alike, so a gap says where a row opens only
    where the table's writer made the gaps before rows longer (the Isle of Wight's select committee page: two or
    three blank lines before a row, one between its cells); where they are as long the doubt stays, reported. The
    rows both readings open say nothing either way."""
    if doubt.kind != "row_boundary":
        return False
    chosen, other = _starts(doubt.chosen), _starts(doubt.other)
    chosen_only, other_only = chosen - other, other - chosen
    if not chosen_only or not other_only:
        return False
    return (min(_gap_before(k, slots, lines) for k in chosen_only)
            > max(_gap_before(k, slots, lines) for k in other_only))


class Spacing(NamedTuple):
    """The gaps (`_gap_before`, in blank lines) a table's writer leaves before a cell and between a cell's own lines,
    where no doubt reads the lines otherwise."""

    between: frozenset[int]
    within: frozenset[int]


def _spacing(rows: list[Cells], doubts: list[Doubt], slots: list[list[int]], lines: list[Line]) -> Spacing:
    """The table's Spacing as read: the first line of the table and empty-cell paragraphs say nothing, nor does a
    line that opens a cell in one of a doubt's readings only."""
    doubted = {k for doubt in doubts for k in doubt.cuts[0] ^ doubt.cuts[1]}
    between: set[int] = set()
    within: set[int] = set()
    for cell in (cell for row in rows for cell in row):
        for n, k in enumerate(cell):
            if k and slots[k] and k not in doubted:
                (within if n else between).add(_gap_before(k, slots, lines))
    return Spacing(frozenset(between), frozenset(within))


def _paragraph_gaps_decide(doubt: Doubt, spacing: Spacing, slots: list[list[int]], lines: list[Line]) -> bool:
    """Whether the blank lines decide which cell a line is in where the shapes could not: the other reading alone
    opens a cell after a gap the table leaves only between a cell's own paragraphs, never before a cell, and the
    chosen reading alone opens each of its cells after a gap the table leaves before cells.

    Why only then: converters space cells and a cell's paragraphs alike, or not (Maidstone's AGS 2015-16 action plan:
    one blank line before every cell, two between the paragraphs of one cell, so `The Corporate Governance Working
    Group will continue.`, one line below the issue and two above the next update, is that update's first
    paragraph); only the rest of the table says which, and where a gap is found both before cells and within them,
    it says nothing and the doubt stays."""
    if doubt.kind != "cell_role":
        return False
    chosen_only, other_only = doubt.cuts[0] - doubt.cuts[1], doubt.cuts[1] - doubt.cuts[0]
    if not chosen_only or not other_only:
        return False
    return (all(_gap_before(k, slots, lines) in spacing.between for k in chosen_only)
            and all(_gap_before(k, slots, lines) in spacing.within - spacing.between for k in other_only))


def _starts(rows: tuple[int | str, ...]) -> set[int]:
    """A row-boundary doubt's row starts (slot indexes) as a set."""
    return {int(k) for k in rows}


def _gap_before(k: int, slots: list[list[int]], lines: list[Line]) -> int:
    """The blank lines between slot k's first line and the last line of text before it (none before the first
    slot). An empty-cell paragraph between them is a cell, not gap: it and the blank line after it are not
    counted, so a row after an empty cell does not look as if a longer gap opened it."""
    if k == 0:
        return 0
    before = _text_slot_before(k, slots)
    empty_cells = k - before - 1  # the slots between are empty-cell paragraphs
    lines_between = lines[slots[k][0]].number - lines[slots[before][-1]].number - 1
    return lines_between - 2 * empty_cells


def _text_slot_before(k: int, slots: list[list[int]]) -> int:
    """The nearest slot before k that holds text (the first slot always does: `_with_empty_cells`)."""
    before = k - 1
    while not slots[before]:
        before -= 1
    return before


def _doubt_issue(doubt: Doubt, slots: list[list[int]], lines: list[Line]) -> Issue:
    """The doubt as an issue at its line (a row's first slot, or a line given another role: never an empty-cell
    paragraph, `cell_rows`)."""
    line = lines[slots[doubt.line][0]]
    if doubt.kind == "row_boundary":
        first = [lines[slots[int(k)][0]].number for k in doubt.chosen]
        other = [lines[slots[int(k)][0]].number for k in doubt.other]
        message = (f"no row markers: rows read as starting at lines {', '.join(map(str, first))} by the cells' shapes,"
                   f" but starting at lines {', '.join(map(str, other))} reads about as well")
    else:
        message = (f"no row markers: line read as the {doubt.chosen[0]} cell by the cells' shapes, but as the "
                   f"{doubt.other[0]} cell reads about as well")
    return warning("cell_lines_ambiguous_rows", "ingest", message, line.text, line.span)
