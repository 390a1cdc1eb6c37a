"""A word broken by letters over two lines of a narrow PDF cell (ingest/pdf_table._in_words), told from a line that
wrapped between words by the first letter's own width and by a space printed after the word above.

The words are Kent County Council's ICS priorities appendix (the whole 31-page file is SOURCES.md's, in
tests/fixtures/other_councils/), as pdfplumber reads them, to two decimals: page 16's (HROD) header cell, box
871.2 to 933.59 points, `Shared ` (its space printed, 919.20 to 922.53) / `Outcom` / `e`; and page 7's Shared
Outcome cell, box 872.09 to 951.10, `SO1,SO2,SO` / `3,SO5`.
"""

from __future__ import annotations

from council_actions.ingest.pdf_table import _in_words


def _word(text, x0, x1, top, first_width, spaced=False):
    word = {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 11.0, "first_width": first_width}
    return {**word, "spaced": True} if spaced else word


HROD_BOX = (871.2, 82.89, 933.59, 147.69)
SHARED = _word("Shared", 878.4, 919.21, 90.64, 8.0, spaced=True)
OUTCOM = _word("Outcom", 878.4, 923.75, 105.04, 9.34)
E = _word("e", 878.4, 885.07, 119.44, 6.67)


def test_a_word_with_a_space_printed_after_it_wrapped_there():
    """The `O` (9.34 wide) would not have fitted after `Shared` (text edge 926.39), but PowerPoint printed the space
    it wrapped at: `Shared Outcome`, two words, where without the space the reader would join `SharedOutcom`."""
    assert _in_words(HROD_BOX, [[SHARED], [OUTCOM], [E]]) == [False, False, True]
    unspaced = {k: v for k, v in SHARED.items() if k != "spaced"}
    assert _in_words(HROD_BOX, [[unspaced], [OUTCOM], [E]]) == [False, True, True]


def test_the_next_letters_own_width_decides_not_its_words_average():
    """`SO` ends at 937.87; the `3` is 6.08 wide, so it would have ended at 943.95, past the text edge at 943.90:
    broken by letters (the reader before took an average letter of `3,SO5`, 5.73, less half a point, and found room).
    A first letter 5.0 wide (made up) would have fitted: no break inside the word."""
    box = (872.09, 190.0, 951.10, 230.0)
    above = _word("SO1,SO2,SO", 879.29, 937.87, 199.45, 5.51)
    assert _in_words(box, [[above], [_word("3,SO5", 879.29, 907.93, 213.85, 6.08)]]) == [False, True]
    assert _in_words(box, [[above], [_word("3,SO5", 879.29, 907.93, 213.85, 5.0)]]) == [False, False]
