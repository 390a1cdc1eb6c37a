"""Page furniture in `pdftotext -layout` text that crosses one column start or none, or prints in runs of its own:
a page number at the right or centred, a running title under two columns, a title and its page number (ingest/
running_lines.py, read in fixed-width columns by ingest/renderings.py).

Each fixture is the seed plan printed by Chromium with Runnymede's own page furniture in a page-margin box on every
page, run through `pdftotext -layout` (tests/fixtures/pdftotext/make_page_furniture.py says which furniture, from
which of the council's papers). The stray-line rule (fixed_columns.runs_across) reads around a line of single-spaced
words from the table's left edge across two column starts or more; these lines cross one or none, or keep wide gaps.
Cut at the column starts like a row's line, `- 1 -` and `Page 1 of 14` go into the last row of the page (its
allocation read `Head of Procurement Page 1 of 14`), the running title's words into two cells of the row going on
over the break, and `Runnymede Borough Council Corporate Business Plan 2016-2020 ... 1` into the first and last
columns; with the generic profile the rows those lines stand in read as more actions. So each plan must read
exactly as the same text without the furniture (the whole parse, every record, value, issue and
span, the spans below moved back), and each furniture line is one `unplaced_text`, all its characters, on its own
line: printed at the edge of every page. The running title over page 1, above the plan's own title, keeps its reading.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import FIXTURES
from tests.hostile.test_other_layouts import _parsed
from tests.hostile.test_stray_runs import read_around_as_clean

PDFTOTEXT = FIXTURES / "pdftotext"
MESSAGE = "text outside the plan table: printed at the edge of every page"
TITLE = "Runnymede Borough Council Corporate Business Plan 2016-2020"
# fixture, its furniture lines (the whole line, a form feed aside), how many the PDF prints (its 14 pages), how many
# stand where the table goes on or ends (checked against the text by hand: the running title over page 1 stands above
# the plan's own title)
CASES = [
    ("page_number_centred_chromium.txt", r" *- ?\d+ ?-", 14, 14),
    ("page_of_pages_at_right_chromium.txt", r" *Page \d+ of 14", 14, 14),
    ("running_header_under_two_columns_chromium.txt", rf" *{TITLE}", 14, 13),
    ("title_and_page_number_footer_chromium.txt", rf"{TITLE} {{20,}}\d+", 14, 14),
]
RUNS = [(name, pattern, printed, read_around, profile) for name, pattern, printed, read_around in CASES
        for profile in (None, "generic")]


def _furniture(text: str, pattern: str) -> list[tuple[int, str, int, int]]:
    """Each furniture line of the text: its number (from 1), its text (after a form feed that opens its page), where
    it starts and its length with its line break."""
    found, start = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        own = line.removeprefix("\f")
        if re.fullmatch(pattern, own):
            found.append((number, own, start + len(line) - len(own), len(own) + 1))
        start += len(line) + 1
    return found


def _without(text: str, lines: list[tuple[int, str, int, int]]) -> str:
    for _, _, start, length in reversed(lines):
        text = text[:start] + text[start + length:]
    return text


@pytest.mark.parametrize("name, pattern, printed, read_around, profile", RUNS,
                         ids=[f"{n.removesuffix('_chromium.txt')}-{p}" for n, _, _, _, p in RUNS])
def test_page_furniture_in_fixed_width_text_is_read_around(tmp_path, name, pattern, printed, read_around, profile):
    text = (PDFTOTEXT / name).read_text(encoding="utf-8")
    furniture = _furniture(text, pattern)
    assert len(furniture) == printed
    put = furniture[len(furniture) - read_around:]  # the running title over page 1 stays the text above the plan
    clean_path = tmp_path / name
    clean_path.write_text(_without(text, put), encoding="utf-8")
    clean_document, clean = _parsed(clean_path, profile)
    document, footed = _parsed(PDFTOTEXT / name, profile)
    assert document.rendering == clean_document.rendering == "fixed_width"
    numbers = {number for number, _, _, _ in put}
    on = [i for i in footed.issues if i.span.line_start == i.span.line_end in numbers]
    read_around_as_clean(clean, footed, put, MESSAGE, on)
    assert len(clean.actions) == 94


# A line at the edge of too few pages is no furniture: seen once, or on two pages of fourteen, as a row's short
# wrapped line (`Ongoing`, `2024/25`) may end a page. The page numbers of page_of_pages_at_right kept on
# those pages only: neither is read around nor reported so (SHARE: half the pages; RUNNING_MIN: two).
KEPT = [(3,), (3, 9)]


@pytest.mark.parametrize("pages", KEPT, ids=[f"pages-{'-'.join(map(str, p))}" for p in KEPT])
def test_a_line_at_the_edge_of_too_few_pages_is_no_furniture(tmp_path, pages):
    name, pattern = "page_of_pages_at_right_chromium.txt", r" *Page \d+ of 14"
    text = (PDFTOTEXT / name).read_text(encoding="utf-8")
    furniture = _furniture(text, pattern)
    kept = [furniture[page - 1] for page in pages]
    assert [line.strip() for _, line, _, _ in kept] == [f"Page {page} of 14" for page in pages]
    path = tmp_path / name
    path.write_text(_without(text, [line for line in furniture if line not in kept]), encoding="utf-8")
    document, parsed = _parsed(path, None)
    assert document.rendering == "fixed_width"
    assert not [i for i in parsed.issues if i.message == MESSAGE]
    layouts = [line.layout for line in document.iter_lines() if line.text.strip().startswith("Page ")]
    assert len(layouts) == len(pages) and "other_layout" not in layouts  # read as the row's line it stands in
