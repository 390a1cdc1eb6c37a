"""Lines a document prints at the edge of every page: a running footer or header that a PDF's producer draws on each
page, which the PDF reader gives as a line of its own between the table's last row on one page and the table going
on at the next, and `pdftotext -layout` writes into the table's fixed-width columns.

Such a line is no line of the plan: taken for text between two tables (a theme's heading or introduction, a
caption), it would cut the table at every page and its rows would be read wrong or lost; in fixed-width columns its
words would go into the cells of the row it stands in (`Page 3 of 14` at the right into the last column, `OFFICIAL
SENSITIVE  Page 3` into three). A line is one where its text, numbers aside (`Page 3 of 12`), stands as the first or
last line holding text of RUNNING_MIN pages or more and of one page in SHARE of the document's at least (a producer
prints it on every page; a row's short line, `Ongoing` or `2024/25`, ends a page now and then), and it is no table's
line: not the table's headings printed again on each page (a tab line of two cells or more, or a line a reader read
as headings). Up to DEPTH such lines stand at one edge (a classification above a page number). `renderings.relayout`
has the text read as if such lines were not printed, as it does for the lines of another layout
(ingest/other_layouts.py), and the parse reports each whole where it stands (parsers/read_around.py).
"""

from __future__ import annotations

import re
from collections import defaultdict

from council_actions.ingest.model import Line

RUNNING_MIN = 2  # pages a line must stand at the edge of to be the pages' own, not the document's
SHARE = 2  # a running line stands at the edge of one page in SHARE of the document's at least: half
DEPTH = 2  # running lines one page edge holds at most, one inside the other
NUMBER = re.compile(r"\d+")
FORM_FEED = "\f"
READ_AS_TABLE = frozenset({"header", "rule", "row_start", "row", "row_unheaded"})  # a reader's marks of its table
TABLE_HEADINGS = frozenset({"header", "rule"})


def find_running_lines(lines: list[Line], text: str) -> list[Line]:
    """The lines printed at the edge of pages, numbers aside, as many as RUNNING_MIN and SHARE ask, that are no
    table's line and stand where a table goes on over the page break (the nearest lines holding text on both sides,
    running lines aside, are a table's; after the last page's footer, none): the same line printed as the title above
    the first table, or between two tables, keeps its reading. `lines` as a reader left them or as the document gives
    them before any reading (a tab line is a table's). Empty where the document has one page (a text with no form
    feed)."""
    held = [line for line in lines if line.text.strip()]
    page_of = _pages(held, text)
    found: set[int] = set()
    for _ in range(DEPTH):
        more = _repeated(held, page_of, found)
        if more <= found:
            break
        found |= more
    return [held[k] for k in sorted(found) if _between_table(held, found, k)]


def _pages(held: list[Line], text: str) -> list[int]:
    """Each line's page: a PDF's lines say theirs; a text's page goes on until a form feed stands between a line and
    the one before it (ingest/text.py parts pages there)."""
    pages, page, end = [], 1, 0
    for line in held:
        if line.span.page is None:
            page += text.count(FORM_FEED, end, line.span.char_start)
            end = line.span.char_end
        pages.append(line.span.page or page)
    return pages


def _repeated(held: list[Line], page_of: list[int], found: set[int]) -> set[int]:
    """The first and last of each page's lines (`held`: those holding text; `page_of`: their pages) once the lines
    `found` are left out, each by its index in `held`, that are no table's headings and whose text, numbers aside,
    stands so on as many pages as RUNNING_MIN and SHARE ask."""
    by_page: defaultdict[int, list[int]] = defaultdict(list)
    for k, page in enumerate(page_of):
        if k not in found:
            by_page[page].append(k)
    edges = sorted({k for on_page in by_page.values() for k in (on_page[0], on_page[-1]) if _loose(held[k])})
    pages: defaultdict[str, set[int]] = defaultdict(set)
    for k in edges:
        pages[_printed(held[k])].add(page_of[k])
    least = max(RUNNING_MIN, -(-len(set(page_of)) // SHARE))
    return {k for k in edges if len(pages[_printed(held[k])]) >= least}


def _loose(line: Line) -> bool:
    """Whether the line can be no table's: a line a reader read as a row's, whatever cells it cut it into; not one it
    read as the table's headings; any other of fewer than two cells holding text (a table's headings printed again on
    each page are two or more, and so is a line of tab cells pasted in, read around as another layout)."""
    if line.layout in TABLE_HEADINGS:
        return False
    return line.layout in READ_AS_TABLE or sum(1 for cell in line.cells if cell.text.strip()) < 2


def _between_table(held: list[Line], found: set[int], k: int) -> bool:
    """Whether the nearest lines on both sides of line `k`, the running lines aside, are a table's (a tab line, or one
    a reader read as its table's); after it, none is one too (the last page's footer under the table's end)."""
    before = next((held[j] for j in range(k - 1, -1, -1) if j not in found), None)
    after = next((held[j] for j in range(k + 1, len(held)) if j not in found), None)
    return before is not None and _tables(before) and (after is None or _tables(after))


def _tables(line: Line) -> bool:
    return line.tabular or line.layout in READ_AS_TABLE


def _printed(line: Line) -> str:
    """The line's characters but its spaces, its numbers as one mark: a page's own number is the same furniture, and
    a converter spaces it by its width (`pdftotext -layout`: `-9-`, then `- 10 -`)."""
    return NUMBER.sub("#", "".join(line.text.split()))
