"""A word space a producer leaves unprinted, moving the next letter on by a space's width: a word break in both PDF
engines (ingest/pdf_words.SPACE_SHARE), not a gap under a fixed 3-point tolerance that joins two words.

Kent County Council's ICS priorities appendix, page 16 (HROD; tests/fixtures/other_councils/published/, SOURCES.md
there), as pdfplumber reads its characters, to two decimals: `KPI 1:` in Calibri Bold 12 points, its `:` from 610.44
to 613.75, then `%` in Calibri from 616.44, no space character between (a gap of 2.69 points, where the page's printed
spaces are 2.71 wide); `–` ending at 36.33 and `both` from 39.12 (2.79). The rendered page shows `KPI 1: %` and
`– both`.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from council_actions.ingest import pdf_pdfium, pdf_plumber
from council_actions.ingest.pdf_words import Char, extract_words

from tests.conftest import FIXTURES

HROD = FIXTURES / "other_councils" / "published" / "kent_ics_priorities_2025_hrod_unprinted_spaces.pdf"


def _chars(*runs: tuple[str, float, float]) -> list[Char]:
    """Characters of one 12-point line, each run's letters spread evenly from x0 to x1."""
    chars = []
    for text, x0, x1 in runs:
        width = (x1 - x0) / len(text)
        chars += [Char(letter, x0 + i * width, x0 + (i + 1) * width, 233.52, 245.52, True, 12.0)
                  for i, letter in enumerate(text)]
    return chars


def test_a_gap_a_space_wide_parts_two_words():
    """`1:` ends at 613.75, `%` starts at 616.44: 2.69 points, 0.22 of the type size, a space's width unprinted."""
    words = extract_words(_chars(("1:", 604.32, 613.75), ("%", 616.44, 625.02)))
    assert [w["text"] for w in words] == ["1:", "%"]


def test_kerning_keeps_a_word_whole():
    """Kent's page 19 prints `C’` 0.44 points apart (0.04 of 12 points): letters of one word."""
    words = extract_words(_chars(("C", 100.0, 106.0), ("’", 106.44, 109.0)))
    assert [w["text"] for w in words] == ["C’"]


@pytest.mark.parametrize("engine", [pdf_pdfium, pdf_plumber], ids=["pdfium", "pdfplumber"])
def test_both_engines_read_the_spaces_the_page_shows(engine):
    """Every KPI of page 16's measure column prints `KPI n:` in bold and its measure after it; five of them and
    `– both` leave the space unprinted. Each engine reads each as two words, as the rendered page shows them."""
    [page] = engine.read_layouts(HROD.read_bytes(), str(HROD), 10)
    texts = [w["text"] for w in page.words]
    joined = [t for t in texts if t in {"1:%", "2:Average", "3:%", "9:%", "11:%", "–both"}]
    assert joined == []
    pairs = set(pairwise(texts))
    assert {("1:", "%"), ("2:", "Average"), ("3:", "%"), ("11:", "%"), ("–", "both")} <= pairs
