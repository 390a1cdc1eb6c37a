"""A table saved as text with ` / ` between its cells, each row opened by its number as a cell of its own.

docsbay's copy of Stratford-on-Avon's housing strategy action plan 2015-2020 prints its table's header as headings
joined by spaced slashes (`Action / Resources / Milestones or targets / Progress`) and each row's line as its number,
then its cells, each ending in a spaced slash (`1. / Monitor the success ... / SDC, District Housing Forum, Housing
Partnership Meeting. /`). The word processor's list in a cell went onto the lines under the row's line, one item a
line (`  1. Report (twice yearly) on the progress ...`): they are the cell that the row's last slash opened (there,
the milestones), a cell's items a line each. A header is a line whose slash-parted pieces read as a plan's headings
(layout.is_plan_header: an action column and one saying who, when or how far), with at least MIN_COLUMNS of them and
a numbered row's line under it; a table runs to the first blank line, and may be printed again under the next
heading with its header (one table an aim). A slash inside a cell's words (`milestones / targets`, in running text)
parts nothing: only a line of such a table is cut, and its cells are the header's, in order.
"""

from __future__ import annotations

import re
from itertools import pairwise

from council_actions.ingest.layout import MIN_COLUMNS, Layout, RoleOf, as_layout, is_plan_header, sub_cell, with_cells
from council_actions.ingest.model import Column, Line

# A cell's end: a slash spaced from its text, then a space or the line's end. Tried only where a white-space run
# begins: from each place of a long run, each try read the rest of it.
SEPARATOR = re.compile(r"(?<!\s)\s++/(?:\s+|$)")
ROW = re.compile(r"^\s*(?P<ref>\d{1,3})\.\s+/\s+")  # a row's number, a cell of its own: `1. / Monitor ...`


def read_slash_rows(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """The rows under each header of slash-parted headings (`_headings`) that a numbered row's line follows; None
    where no line is such a header, or the tables' headers differ."""
    relaid = list(lines)
    headings: list[str] | None = None
    for index, line in enumerate(lines[:-1]):
        found = _headings(line.text, role_of)
        if found is None or not ROW.match(lines[index + 1].text) or headings not in (None, found):
            continue
        headings = found
        relaid[index] = as_layout(line, "header")
        _rows(lines, index + 1, len(found), relaid)
    if headings is None:
        return None
    return Layout("slash", (Column("(ref)", "element"), *(Column(h) for h in headings)), tuple(relaid))


def _headings(text: str, role_of: RoleOf) -> list[str] | None:
    """The line's pieces between spaced slashes, where there are MIN_COLUMNS or more and they read as a plan's
    headings; else None. Most lines print no spaced slash, and are never cut."""
    if " / " not in text:
        return None
    pieces = [piece.strip() for piece in SEPARATOR.split(text.strip())]
    if len(pieces) < MIN_COLUMNS or not all(pieces) or not is_plan_header([role_of(p) for p in pieces]):
        return None
    return pieces


def _rows(lines: list[Line], start: int, width: int, relaid: list[Line]) -> None:
    """The lines from `start` to the first blank line as rows: a numbered line opens one, its cells cut at the spaced
    slashes, its number the reference; each line under it is the next line of the cell its last slash opened (or of
    its last cell, where it ends in none)."""
    open_column = 1
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.text.strip() or line.number != lines[index - 1].number + 1:  # a blank line, printed or left out
            return
        numbered = ROW.match(line.text)
        if numbered is None:
            relaid[index] = with_cells(line, [sub_cell(line, 0, len(line.text), open_column)], "row")
            continue
        ends = list(SEPARATOR.finditer(line.text, numbered.end("ref")))  # the first ends the number's cell
        cuts = [(a.end(), b.start()) for a, b in pairwise(ends)]
        if ends[-1].end() < len(line.text):  # the last cell runs to the line's end, no slash closing it
            cuts.append((ends[-1].end(), len(line.text)))
        cells = [sub_cell(line, numbered.start("ref"), numbered.end("ref"), 0)]
        cells += [sub_cell(line, a, b, column) for column, (a, b) in enumerate(cuts[:width], start=1)]
        # a slash ending the line opens the next cell, which the lines under it go on; else they go on the last
        open_column = min(len(cuts) + (ends[-1].end() == len(line.text)), width) or 1
        relaid[index] = with_cells(line, cells, "row_start")
