"""A table saved a cell a line, each cell ended by a `|`, whose headings break over lines as its cells do.

A spreadsheet saved as a web page and then as text (the Isle of Wight's Planning Services business plan, 2005:
`Outcome` / `Measure |`, `How outcome is to be` / `achieved and measured |`) keeps each cell's own line breaks, in
its headings too, prints no line to mark where a row ends, and may print the sheet's title in a cell of its own
above its headings (`Introduction of a design` / `award |`). Read a line at a time, the headings stop at the first
heading printed over two lines, and the title would be read as one (ingest/pipe_tables.py's one-line headings read
`award |` / `Action |` / `Resp. |` ... as a table of five columns). Read a cell at a time (the lines up to the one
its `|` closes), the header is the run of cells every one of which the profile's heading rules know, reading as a
plan's headings: it starts after the title (no heading rule knows `Introduction of a design award`) and ends where
the first row starts (`Establish an annual design award scheme`, no heading either). A heading no rule knows
therefore ends the run: a sheet whose every heading the rules know is read, one with an unknown heading is left to
the other readers, never guessed at. A row is then as many cells as there are headings (ingest/pipe_counted.py).

Tried only where a heading breaks over lines: a header of one-line cells is the one-line readers' (whose runs
tolerate a heading no rule knows), so no page they read is read again here.
"""

from __future__ import annotations

from council_actions.ingest.layout import MIN_COLUMNS, Layout, RoleOf, is_plan_header
from council_actions.ingest.model import Line
from council_actions.ingest.pipe_counted import cell_heading, counted_cells, one_cell


def read_wrapped_header_cells(lines: list[Line], role_of: RoleOf) -> Layout | None:
    """The table whose header is the first run of at least MIN_COLUMNS cells, one of them over several lines, that
    the heading rules all know and that reads as a plan's headings (module docstring); None where there is none."""
    cells = cell_lines(lines)
    start = 0
    while start < len(cells):
        end = start
        while end < len(cells) and _known(lines, cells[end], role_of):
            end += 1
        run = cells[start:end]
        if (len(run) >= MIN_COLUMNS and any(len(cell) > 1 for cell in run)
                and is_plan_header([role_of(cell_heading(lines, cell)) for cell in run])):
            return counted_cells(lines, run, None, role_of)
        start = end + 1
    return None


def cell_lines(lines: list[Line]) -> list[range]:
    """The lines in cells: each cell the lines up to the one a `|` closes (a line holding that one `|`, at its end),
    from the top of the text to the first line that is no such cell's (a `|` inside a line: a row the pipes mark)."""
    cells: list[range] = []
    start = 0
    for i, line in enumerate(lines):
        if "|" not in line.text:
            continue
        if not one_cell(line.text):
            break
        cells.append(range(start, i + 1))
        start = i + 1
    return cells


def _known(lines: list[Line], cell: range, role_of: RoleOf) -> bool:
    """Whether a heading rule knows the cell's text (an empty cell is no heading)."""
    text = cell_heading(lines, cell)
    return bool(text) and role_of(text) is not None
