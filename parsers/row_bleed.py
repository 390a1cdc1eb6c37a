"""Hand back to a table row the text a converter ran into the first line of the row below it.

A converter that loses a table's row rules runs the end of one row into the next row's first line: the words
printed before the next row's code in its first cell (`direction. <b>L002:</b> The`), and a paragraph's last words
opening a cell in lower case under a paragraph of the row above that did not end a sentence. Where rows open at a
printed code (the template's element ids, parsers/plan_layout.py; a profile's row marker, parsers/marked_rows.py)
the line that opens a row is cut by the rules of LAYOUT_RULES, each pinned by its fixture
tests/fixtures/plan_rows/<name>.txt, so both readers repair it alike.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from council_actions.ingest.model import Cell, Line
from council_actions.parsers.cleaning import clean
from council_actions.parsers.paragraphs import PARAGRAPH_MARK, SENTENCE_END


@dataclass(frozen=True)
class LayoutRule:
    """A repair of text the converter ran into a row's first line from the row above: `hand_back` gives the cells
    that belong to the row above and the line without them, given the row above's lines, the text printed before
    the row's code (None: none) and the columns whose paragraphs can run on into the next row. A row of
    LAYOUT_RULES, pinned by the fixture tests/fixtures/plan_rows/<name>.txt."""

    name: str
    description: str
    hand_back: Callable[[Line, Sequence[Line], Cell | None, Collection[int]], tuple[list[Cell], Line]]


def hand_back(line: Line, above: Sequence[Line], before: Cell | None,
              bleeding: Collection[int]) -> tuple[tuple[Cell, ...], Line]:
    """(cells handed back to the row above, the row's first line without them): LAYOUT_RULES in order. `line` is
    the row's first line already cut after its code (`cut_to`), `before` what was printed ahead of the code."""
    handed: list[Cell] = []
    for rule in LAYOUT_RULES:
        cells, line = rule.hand_back(line, above, before, bleeding)
        handed += cells
    return tuple(handed), line


def cut_to(line: Line, new: Cell) -> Line:
    """The line with the cell in `new`'s column replaced by `new` (the text after a row's code), or left out where
    nothing follows the code."""
    cells = tuple(new if c.column == new.column else c for c in line.cells if c.column != new.column or new.text)
    return replace(line, cells=cells)


def _id_bleeds_back(line: Line, above: Sequence[Line], before: Cell | None,
                    bleeding: Collection[int]) -> tuple[list[Cell], Line]:
    return ([before] if before is not None else []), line


def _lowercase_continuation_bleeds_back(line: Line, above: Sequence[Line], before: Cell | None,
                                        bleeding: Collection[int]) -> tuple[list[Cell], Line]:
    handed, kept = [], []
    for cell in line.cells:
        last = _last_cell(above, cell.column) if cell.column in bleeding else None
        if last is None or not clean(cell.text)[:1].islower() or SENTENCE_END.search(clean(last.text)):
            kept.append(cell)
            continue
        mark = PARAGRAPH_MARK.pattern.search(cell.text)
        handed.append(cell.part(0, mark.start() if mark else len(cell.text)))
        if mark:
            kept.append(cell.part(mark.end(), len(cell.text)))
    return handed, replace(line, cells=tuple(kept))


LAYOUT_RULES = (
    LayoutRule("id_bleeds_back", "text printed before an element id in the characteristic cell "
               "(`direction. <b>L002:</b> The`) ends the row above", _id_bleeds_back),
    LayoutRule("lowercase_continuation_bleeds_back", "a row's first line whose cell starts in lower case, under a "
               "paragraph of the row above that did not end a sentence, ends that paragraph up to the first "
               "paragraph mark (`and confidence that it will work.  Annual achievements ...`)",
               _lowercase_continuation_bleeds_back),
)


def _last_cell(lines: Sequence[Line], column: int) -> Cell | None:
    """The row's last cell in `column` that prints anything."""
    return next((c for line in reversed(lines) if (c := line.cell(column)) is not None and clean(c.text)), None)
