"""LibreOffice's print of Waverley's plan with every kind of invisible character Chromium's print holds
(tests/fixtures/damaged/invisible_characters_waverley_libreoffice_all.pdf; make_invisible.py says how it was made).

What differs from the clean print (tests/fixtures/other_councils/pdf/waverley_cpa_improvement_plan_2004_libreoffice.pdf)
is on the page itself, checked on its image, and both engines read the same of it:

- Line breaks: LibreOffice breaks a line inside a word at an embedding or override (U+202A-U+202E) around a letter
  and at a zero-width joiner: 11 words are printed over two lines (`against t` / `he Planning`, `S` / `eptember`).
  At the 9 embeddings and overrides nothing of the character is left in the text layer, and a line ending inside a
  word looks as one ending a paragraph does. At the 2 joiners the line ends with the glyph LibreOffice prints for
  the joiner: the one glyph it prints for a space too (mapped to U+200C), with nothing after it on its line to show
  whether it advances; only the marked content's ActualText (U+200D against U+0020) tells them apart, and neither
  engine's text reading gives it. No rule of glyph geometry can join these words without guessing, so
  they are read in two pieces (PRINTED_BREAKS), and so are the actions' values that hold them.
- Line positions and rows: the letter after a joiner and the byte-order, right-to-left and Arabic letter marks are
  set in a fallback font (DejaVu Sans, 11 points) whose taller line moves every line below it in its cell down, each
  cell by its own amount (the last line 29 points lower). The cells of a row do not share their lines' tops, so the
  print reads as 47 lines where the clean one has 42; the table's rows and columns still come out as the clean ones.

Every other word is read as the clean print's (the glyph rule of ingest/invisible.GLYPHS reads LibreOffice's space
glyph, mapped to U+200C, as the space it advances as), each column's words in the clean print's order, and the 8
actions with the golden file's owners and references.
"""

from __future__ import annotations

import json

import pytest
from council_actions.ingest import read_document

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES
from tests.fixtures.pdf.producers.make_invisible import out

CLEAN = FIXTURES / "other_councils" / "pdf" / "waverley_cpa_improvement_plan_2004_libreoffice.pdf"
GOLDEN = FIXTURES / "other_councils" / "expected" / "what_how_who_when_without_profile.json"
ENGINES = ("pdfplumber", "pdfium")
# (column from 0, the clean print's words, as this print breaks them over two lines: checked on the page's image)
PRINTED_BREAKS = (
    (2, "housing benefits", "housing b enefits"),
    (3, "waste separation", "waste s eparation"),
    (5, "against the Planning", "against t he Planning"),
    (5, "to September Development Control Committee", "to S eptember D evelopment Control C ommittee"),
    (5, "progress against", "progress a gainst"),
    (5, "Plan attached", "Plan a ttached"),
    (5, "Waste minimisation", "Waste m inimisation"),
    (5, "on MBT", "on M BT"),
    (5, "in September 2004.", "in S eptember 2004."),
)


def _columns(path, engine):
    """Each column's words, top to bottom, as the engine reads the print."""
    words: dict[int, list[str]] = {}
    for line in read_document(path, pdf_engine=engine).iter_lines():
        for cell in line.cells:
            words.setdefault(cell.column, []).extend(cell.text.split())
    return {column: " ".join(found) for column, found in words.items()}


def _as_printed(text, column=None):
    """The clean print's text with each of PRINTED_BREAKS (in `column`, or in any) as this print breaks it."""
    for where, clean, printed in PRINTED_BREAKS:
        if column in (None, where):
            text = text.replace(clean, printed)
    return text


@pytest.mark.parametrize("engine", ENGINES)
def test_every_word_reads_as_the_clean_prints_but_those_broken_over_two_lines(engine):
    clean, dirty = _columns(CLEAN, engine), _columns(out("libreoffice_all"), engine)
    for where, words, _ in PRINTED_BREAKS:
        assert clean[where].count(words) == 1, words
    assert dirty == {column: _as_printed(words, column) for column, words in clean.items()}
    assert sum(len(words.split()) for words in clean.values()) == 257
    assert sum(len(words.split()) for words in dirty.values()) == 257 + 11


@pytest.mark.parametrize("engine", ENGINES)
def test_the_actions_are_the_golden_ones_but_for_the_broken_words(engine):
    """Owners and references all as the golden file has them; the action's and timeline's words too, but for the
    words LibreOffice printed over two lines (1 in an action, 9 in three timelines)."""
    golden = [(_as_printed(a["action"]), a["owner"], _as_printed(a["timeline"]), a["ref"])
              for a in json.loads(GOLDEN.read_text(encoding="utf-8"))["actions"]]
    read = [(a.action, a.owner_raw, a.timeline_raw, a.element_id) for a in process(
        out("libreoffice_all"), load_profile("generic"), None, pdf_engine=engine).parsed.actions]
    assert read == golden and len(golden) == 8
    assert sum(text.count(" ") for action in read for text in action[::2]) - sum(
        text.count(" ") for a in json.loads(GOLDEN.read_text(encoding="utf-8"))["actions"]
        for text in (a["action"], a["timeline"])) == 1 + 9


def test_both_engines_read_the_print_alike():
    """The fast engine held to the reference as on every other fixture: same text and cells."""
    reference, fast = (read_document(out("libreoffice_all"), pdf_engine=engine) for engine in ENGINES)
    assert fast.text == reference.text and len(list(fast.iter_lines())) == 47
    assert [[(c.column, c.text) for c in line.cells] for line in fast.iter_lines()] == \
        [[(c.column, c.text) for c in line.cells] for line in reference.iter_lines()]
