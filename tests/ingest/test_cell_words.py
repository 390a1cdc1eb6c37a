"""A PDF table cell keeps each word's place in its text and its box (`Cell.words`), so a part of the cell (one owner
of several on a line) can be shown at its own words; text input has none. Read from the seed plan as LibreOffice
drew it: the allocation cell line `ACE (S151), CLT, SLT, all` (page 1)."""

from __future__ import annotations

import pytest
from council_actions.ingest import read_document

from tests.conftest import FIXTURES, PLAN


@pytest.fixture(scope="module")
def cell():
    document = read_document(FIXTURES / "pdf" / "runnymede_plan_libreoffice.pdf")
    return next(c for line in document.iter_lines() for c in line.cells if c.text.startswith("ACE (S151), CLT, SLT"))


def test_each_word_of_a_pdf_cell_has_its_characters_and_box(cell):
    assert [cell.text[a:b] for a, b, _ in cell.words] == cell.text.split()
    lefts = [box[0] for _, _, box in cell.words]
    assert lefts == sorted(lefts)
    assert cell.words[0][2][0] == cell.span.bbox[0] and cell.words[-1][2][2] == cell.span.bbox[2]  # the cell's box


def test_a_part_of_the_cell_keeps_its_own_words(cell):
    part = cell.part(cell.text.index("CLT"), len(cell.text))
    assert [part.text[a:b] for a, b, _ in part.words] == part.text.split()
    assert part.words[0][2] == cell.words[2][2]  # CLT's box


def test_text_cells_have_no_word_boxes():
    document = read_document(PLAN)
    assert not any(c.words for line in document.iter_lines() for c in line.cells)
