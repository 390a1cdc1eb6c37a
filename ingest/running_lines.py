"""Lines a document prints at the edge of every page: a running footer or header that a PDF's producer draws on each
page, which the PDF reader gives as a line of its own between the table's last row on one page and the table going
on at the next.

Such a line is no line of the plan: the parsers took it for text between two tables (a theme's heading or
introduction, a caption), so the table was cut at every page and its rows read wrong or lost. A line is one where its
text, numbers aside (`Page 3 of 12`), stands as the first or last line holding text of RUNNING_MIN pages or more, and
it is no table's line (fewer than two cells holding text: a table's headings printed again on each page are the
table's). `renderings.relayout` has the text read as if such lines were not printed, as it does for the lines of
another layout (ingest/other_layouts.py), and the parse reports each whole where it stands (parsers/read_around.py).
"""

from __future__ import annotations

import re
from collections import defaultdict

from council_actions.ingest.model import Line

RUNNING_MIN = 2  # pages a line must stand at the edge of to be the pages' own, not the document's
NUMBER = re.compile(r"\d+")
FORM_FEED = "\f"


def running_lines(lines: list[Line], text: str) -> list[Line]:
    """The lines printed at the edge of RUNNING_MIN pages or more, numbers aside, that are no table's line and stand
    where a table goes on over the page break (the nearest lines holding text on both sides are a table's): the
    same line printed as the title above the first table, or between two tables, keeps its reading. Empty where the
    document has one page (a text with no form feed)."""
    held = [line for line in lines if line.text.strip()]
    page_of = _pages(held, text)
    edges = _edges(held, page_of)
    pages: defaultdict[str, set[int]] = defaultdict(set)
    for k, line in edges:
        pages[_printed(line)].add(page_of[k])
    return [line for k, line in edges if len(pages[_printed(line)]) >= RUNNING_MIN
            and 0 < k < len(held) - 1 and held[k - 1].tabular and held[k + 1].tabular]


def _pages(held: list[Line], text: str) -> list[int]:
    """Each line's page: a PDF's lines say theirs; a text's page goes on until a form feed stands right before a
    line (ingest/text.py parts pages there)."""
    pages, page = [], 1
    for line in held:
        if line.span.page is None and text[line.span.char_start - 1:line.span.char_start] == FORM_FEED:
            page += 1
        pages.append(line.span.page or page)
    return pages


def _edges(held: list[Line], pages: list[int]) -> list[tuple[int, Line]]:
    """The first and last of each page's lines (`held`: those holding text; `pages`: theirs), each with its index in
    `held`, where it is no table's line."""
    by_page: defaultdict[int, list[int]] = defaultdict(list)
    for k, page in enumerate(pages):
        by_page[page].append(k)
    ends = sorted({k for on_page in by_page.values() for k in (on_page[0], on_page[-1])})
    return [(k, held[k]) for k in ends if sum(1 for cell in held[k].cells if cell.text.strip()) < 2]


def _printed(line: Line) -> str:
    """The line's words, its numbers as one mark: a page's own number is the same furniture."""
    return NUMBER.sub("#", " ".join(line.text.split()))
