"""The PDF colour spaces a fill is read in (ingest/pdf_layout.COLOUR_SPACES), one drawn fill per space.

Each case fills a rectangle with a score colour of the seed's profile, written in that space's own operator, and
reads it back through the reference engine (pdfplumber), which hands over the components only: the profile's
`#RRGGBB` must come back, so a heatmap cell shaded in grey or CMYK scores as one shaded in RGB. The fast engine
(pdfium) converts colours itself; its CMYK is not the naive conversion (this light green comes back `#9BB772`),
so it is held to the same score, not the same hex.
"""

from __future__ import annotations

import io

import pytest
from council_actions.ingest.pdf_layout import COLOUR_SPACES, to_hex
from council_actions.ingest.pdf_pdfium import read_layouts as read_fast
from council_actions.ingest.pdf_plumber import read_layouts
from council_actions.parsers.colours import ColourKey
from reportlab.pdfgen.canvas import Canvas

# space: (how the fill is written, the profile colour it must read as)
CASES = {
    "grey": (lambda c: c.setFillGray(0.651), "#A6A6A6"),  # runnymede.toml's grey, as a grey level
    "rgb": (lambda c: c.setFillColorRGB(0.5725, 0.8157, 0.3137), "#92D050"),  # its light green
    "cmyk": (lambda c: c.setFillColorCMYK(0.2982, 0.0, 0.6154, 0.1843), "#92D050"),  # the same light green in CMYK
}


def test_every_colour_space_has_a_case():
    assert sorted(CASES) == sorted(space.name for space in COLOUR_SPACES)


@pytest.mark.parametrize("space", COLOUR_SPACES, ids=lambda space: space.name)
def test_a_fill_in_each_space_reads_as_the_profile_colour(space, profile):
    fill, expected = CASES[space.name]
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    fill(canvas)
    canvas.rect(100, 100, 50, 20, stroke=0, fill=1)
    canvas.save()
    (page,) = read_layouts(buffer.getvalue(), "drawn.pdf", 1)
    (fast,) = read_fast(buffer.getvalue(), "drawn.pdf", 1)
    assert [f["colour"] for f in page.fills] == [expected]
    key = ColourKey.build([], profile)
    assert [key.score_for(f["colour"]) for f in fast.fills] == [key.score_for(expected)]


@pytest.mark.parametrize("colour", [(), (0.1, 0.2), (0.1, 0.2, 0.3, 0.4, 0.5), ("P0",), None, "0.5", "P0"])
def test_components_of_no_listed_space_give_no_colour(colour):
    assert to_hex(colour) is None
