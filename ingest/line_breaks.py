"""Where a line of fixed-width text was broken by its writer, and where it only wrapped: word boundaries across lines.

A converter wraps a cell's text where the next word would not fit in the column; a writer's own line break (one
owner a line, one milestone a line) can come anywhere. So where the line above, a space and this line's first
word fit in the column's width (the widest text the column holds) with room to spare, the writer broke the line
(`Cell.line_break` True); where they do not fit, it wrapped as far as the characters tell (False). Within SLACK
characters of the width, proportional type makes the characters no evidence either way: a line going on in lower
case wrapped, a line after one closing on a date that opens a sentence was broken (`By end 2005/06` / `Benefits
backlog ...`: two milestones). Otherwise the letters' own widths are the evidence: the line above and the word,
in a proportional type's widths (ADVANCE), clearly wider than the widest line the column holds in the same widths
wrapped (`September` / `Development Control` under `BVPIs for evidence of`: as many characters, but BVPI's
capitals are wider than most of September's letters). Clearly narrower decides nothing: cells of one column can
be printed in other types (a bold or capitals score, a heading), so the widest line is no measure of what fits.
Else the line is left unknown (None: a tie, which the plan parser reads as an item of its own and reports where
the column lists owners or milestones). A PDF's words carry their widths, so the PDF reader decides this exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from council_actions.ingest.model import Cell, Line, LineLayout

from council_actions.dating.is_a_time import ends_on_a_date

TABLE_ROWS: tuple[LineLayout, ...] = ("row_start", "row")
SLACK_SHARE = 0.1  # of the column's width in characters: how far proportional type moves the line's real end
MIN_SLACK = 2
SENTENCE_START = re.compile(r"^[A-Z][a-z]")
# Advance widths of a sans-serif type by kind of character, in thousandths of the type size (a rule table: the
# printed text's font is unknown, so kinds, not letters; capitals and m/w wide, i/l/t/f and marks narrow).
ADVANCE: tuple[tuple[str, int], ...] = (
    ("ijl.,;:'!|`", 240), ("frtI()[]/-\" ", 300), ("ckszvxy", 500), ("mw", 780), ("MW", 890),
    ("ABCDEFGHJKLNOPQRSTUVXYZ", 690))
OTHER_ADVANCE = 556  # other lower-case letters and digits
WIDTH_OF = {c: width for kind, width in ADVANCE for c in kind}
TOLERANCE = 0.05  # how far one sans-serif's widths stray from another type's, as a share of the line


def mark_line_breaks(lines: list[Line]) -> list[Line]:
    """The table's lines with each cell's `line_break` set from the line above in its column and row (`_with_break`);
    the lines outside the table as they are. A row's first line has nothing above it in its row."""
    columns = _columns([line for line in lines if line.layout in TABLE_ROWS])
    marked: list[Line] = []
    above: dict[int, Cell] = {}  # the cells of the table's line before, by column, within the row
    for line in lines:
        if line.layout not in TABLE_ROWS:
            marked.append(line)
            continue
        if line.layout == "row_start":
            above = {}
        line = replace(line, cells=tuple(_with_break(cell, above.get(cell.column), line.number, columns[cell.column])
                                         for cell in line.cells))
        above = {cell.column: cell for cell in line.cells}
        marked.append(line)
    return marked


@dataclass(frozen=True)
class _Column:
    """What a line in a column is measured against: the column's widest text in characters, and the same in the
    letters' widths (`widest`)."""

    width: int
    texts: tuple[str, ...]

    @cached_property
    def widest(self) -> int:
        """The widest text in ADVANCE units; measured only when first asked for (a tie by characters), since most
        columns never need it."""
        return max(map(advance, self.texts))


def _columns(rows: list[Line]) -> dict[int, _Column]:
    """Every column of the table's rows, with all the text it holds."""
    texts: dict[int, list[str]] = {}
    for line in rows:
        for cell in line.cells:
            texts.setdefault(cell.column, []).append(cell.text)
    return {column: _Column(max(map(len, found)), tuple(found)) for column, found in texts.items()}


def _with_break(cell: Cell, above: Cell | None, number: int, column: _Column) -> Cell:
    """The cell with `line_break` set where the cell above it in its column and row ends on the line just before
    (`number` is the cell's line); otherwise as it is. The characters decide first (`broken`); only where they tie
    are the letters' widths measured."""
    if above is None or above.span.line_end != number - 1:
        return cell
    verdict = broken(above.text, cell.text, column.width)
    if verdict is None:
        verdict = broken(above.text, cell.text, column.width, column.widest)
    return replace(cell, line_break=verdict)


def broken(above: str, text: str, width: int, widest: int = 0) -> bool | None:
    """True: the writer broke the line (the first word would have fitted above); False: it wrapped; None: a tie.
    `width`: the column's widest text in characters; `widest`: the same in ADVANCE units (0: not measured)."""
    words = text.split()
    if not words:
        return None
    needed = len(above.rstrip()) + 1 + len(words[0])
    clear = needed <= width - max(MIN_SLACK, round(SLACK_SHARE * width))
    if needed > width or (not clear and words[0][0].islower()):
        return False
    if clear or closes_on_date(above, text):
        return True
    return by_letter_widths(f"{above.rstrip()} {words[0]}", widest)


def by_letter_widths(joined: str, widest: int) -> bool | None:
    """False (wrapped) where the joined line is wider than the column's widest line by more than TOLERANCE, in the
    letters' widths; else None (undecided)."""
    return False if widest and advance(joined) > widest * (1 + TOLERANCE) else None


def advance(text: str) -> int:
    """The text's width in a sans-serif type, in thousandths of the type size, by ADVANCE's kinds of character."""
    return sum(WIDTH_OF.get(c, OTHER_ADVANCE) for c in text)


def closes_on_date(above: str, text: str) -> bool:
    """A line closing on a date (the timeline rules' `ends_on_a_date`) and the next opening a sentence: two
    milestones, wherever the words fall."""
    return bool(SENTENCE_START.match(text) and ends_on_a_date(above))
