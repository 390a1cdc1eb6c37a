"""Invisible characters (zero-width, bidi, controls, a stray byte-order mark): one table (ingest/invisible.py) for
text and PDF input, removed where each reader makes its words, each line that held some reported.

The PDF is real: Waverley's CPA improvement plan printed by Chromium with an invisible character in each longer
word (tests/fixtures/pdf/producers/make_invisible.py says how and what the producer made of them); its clean print
is tests/fixtures/other_councils/pdf/waverley_cpa_improvement_plan_2004_chromium.pdf.
"""

from __future__ import annotations

import re

import pytest
from council_actions.ingest import invisible, read_document
from council_actions.ingest.pdf_words import without_invisible, zero_width_spaces

from council_actions.pipeline import process
from council_actions.profile import load_profile
from tests.conftest import FIXTURES
from tests.fixtures.pdf.producers.make_invisible import seeded
from tests.fixtures.pdf.producers.make_other_layouts import waverley

CLEAN = FIXTURES / "other_councils" / "pdf" / "waverley_cpa_improvement_plan_2004_chromium.pdf"
DIRTY = FIXTURES / "damaged" / "invisible_characters_waverley_chromium.pdf"
BBOX_TOLERANCE = 2.0  # points: a word's box takes in its invisible characters' boxes before they are removed
EVERY = [chr(code) for entry in invisible.INVISIBLE for code in range(ord(entry.first), ord(entry.last) + 1)]
# engine: what the text layer gave for the 275 characters seeded into the print (make_invisible.seeded), and on
# how many lines. pdfplumber: each of them, as a space of no advance (read as U+200B); pdfium: its text page drops
# those spaces but hands the 14 zero-width joiners over as U+200D.
SEEN = {"pdfplumber": ("U+200B", 275, 38), "pdfium": ("U+200D", 14, 14)}


@pytest.mark.parametrize("char", EVERY, ids=lambda c: f"U+{ord(c):04X}")
def test_every_character_of_the_table_is_removed_inside_a_word(char):
    assert invisible.clean(f"CI{char}001 He{char}ad of Finance") == ("CI001 Head of Finance", char * 2)
    escape = f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    assert invisible.escaped(f"CI{char}001") == f"CI{escape}001"


def test_a_soft_hyphen_ending_a_word_is_the_hyphen_its_break_printed():
    """Inside a word a soft hyphen printed nothing; at a word's end (a line broke at it) it printed `-`, as pdfium
    reads it: read so, and not reported (nothing was lost)."""
    assert invisible.clean("Improve\u00adment") == ("Improvement", "\u00ad")
    assert invisible.clean("Improve\u00ad") == ("Improve-", "")
    assert invisible.clean("Improve\u00ad ment") == ("Improve- ment", "")


def test_text_input_reads_the_same_table(tmp_path):
    """The text reader's report for a line, from the same table and function as a PDF line's."""
    path = tmp_path / "plan.txt"
    path.write_text("Action Plan\nCI\u2060001\tLead: Head\u00ad of Fi\u200bnance\n", encoding="utf-8")
    document = read_document(path)
    assert document.text == "Action Plan\nCI001\tLead: Head- of Finance\n"
    [issue] = document.issues
    assert (issue.code, issue.span.line_start, issue.raw_text) == (
        "control_characters", 2, "CI\\u2060001\tLead: Head\\xad of Fi\\u200bnance")
    assert issue.message == "removed 2 control character(s) (U+200B, U+2060) from line 2"


def test_words_lose_them_and_keep_their_printed_text():
    words = [{"text": "CI\u200d001"}, {"text": "\u200e"}, {"text": "Finance"}]
    assert without_invisible(words) == [{"text": "CI001", "invisible": "CI\u200d001"}, {"text": "Finance"}]


def test_a_space_that_does_not_advance_is_a_zero_width_space():
    """Chromium's print of `s\u2060peed` (from the fixture): a space glyph the next letter starts on; a real space
    advances."""
    chars = [{"text": "s", "x0": 129.19, "x1": 133.69, "top": 94.9}, {"text": " ", "x0": 133.69, "x1": 136.19,
                                                                      "top": 94.9},
             {"text": "p", "x0": 133.70, "x1": 138.70, "top": 94.9}, {"text": " ", "x0": 138.70, "x1": 141.20,
                                                                      "top": 94.9},
             {"text": "e", "x0": 141.20, "x1": 146.20, "top": 94.9}]
    assert [c["text"] for c in zero_width_spaces(chars)] == ["s", "\u200b", "p", " ", "e"]
    assert (zero_width_spaces(chars)[1]["x0"], zero_width_spaces(chars)[1]["x1"]) == (133.70, 133.70)


def test_a_font_without_widths_keeps_its_spaces():
    """tests/fixtures/regressions/pdfium_page_in_tree_fails_to_load.pdf names a font it does not hold: pdfminer
    puts every character at x 72 with no width. Its spaces are spaces: `Theme 1 Action Plan`, not reported."""
    document = read_document(FIXTURES / "regressions" / "pdfium_page_in_tree_fails_to_load.pdf",
                             pdf_engine="pdfplumber")
    assert document.text == "Theme 1 Action Plan\n\f\nTheme 1 Action Plan\n"
    assert document.issues == ()


def test_the_fixture_is_the_seeded_plan():
    """Every seeded character is one the table removes; the plan's cells come back from the seeded ones."""
    plan = seeded(waverley())
    assert [tuple(invisible.clean(cell)[0] for cell in row) for row in plan.rows] == list(waverley().rows)
    assert sum(len(invisible.clean(cell)[1]) for row in plan.rows for cell in row) == 275


def _cell(cell):
    span = cell.span
    return (cell.column, cell.text, cell.fill, cell.paragraph_start, cell.space_below, cell.line_break, span.page,
            span.line_start, span.line_end, span.char_start, span.char_end)


@pytest.mark.parametrize("engine", sorted(SEEN))
def test_a_pdf_with_invisible_characters_reads_as_its_clean_print(engine):
    """Same text, lines and cells (boxes within a tolerance) as the clean print, and each line that held some
    reported with its page and line. Before, pdfplumber broke words at them (`J` `ohn`) and pdfium kept U+200D
    inside words (`I\u200dmprovement`)."""
    clean, dirty = (read_document(path, pdf_engine=engine) for path in (CLEAN, DIRTY))
    assert dirty.text == clean.text
    assert [[_cell(c) for c in line.cells] for line in dirty.iter_lines()] == \
        [[_cell(c) for c in line.cells] for line in clean.iter_lines()]
    for ours, theirs in zip(dirty.iter_lines(), clean.iter_lines(), strict=True):
        for a, b in zip(ours.cells, theirs.cells, strict=True):
            assert a.span.bbox == pytest.approx(b.span.bbox, abs=BBOX_TOLERANCE)
    assert clean.issues == ()
    kind, characters, lines = SEEN[engine]
    lines_of = {line.number: line for line in dirty.iter_lines()}
    found = 0
    for issue in dirty.issues:
        match = re.fullmatch(rf"removed (\d+) control character\(s\) \({re.escape(kind)}\) from page 1 line (\d+)",
                                 issue.message)
        assert match and issue.code == "control_characters", issue.message
        line = lines_of[int(match.group(2))]
        assert (issue.span.page, issue.span.line_start, issue.span.char_start, issue.span.char_end) == (
            1, line.number, line.span.char_start, line.span.char_end)
        assert issue.raw_text.count("\\u" + kind[2:].lower()) == int(match.group(1))
        found += int(match.group(1))
    assert (found, len(dirty.issues)) == (characters, lines)


@pytest.mark.parametrize("engine", sorted(SEEN))
def test_the_seeded_print_gives_the_clean_prints_actions(engine):
    generic = load_profile("generic")
    read = [[(a.action, a.owner_raw, a.timeline_raw, a.element_id) for a in process(path, generic, None,
                                                                                    pdf_engine=engine).parsed.actions]
            for path in (CLEAN, DIRTY)]
    assert read[1] == read[0] and len(read[0]) == 8


def test_both_engines_read_the_seeded_print_alike():
    """The fast engine held to the reference on this print as tests/ingest/test_pdf_engines.py holds it on the
    fixtures under tests/fixtures/pdf: same text, cells and spans, boxes within its tolerance."""
    reference, fast = (read_document(DIRTY, pdf_engine=engine) for engine in ("pdfplumber", "pdfium"))
    assert fast.text == reference.text
    assert [[_cell(c) for c in line.cells] for line in fast.iter_lines()] == \
        [[_cell(c) for c in line.cells] for line in reference.iter_lines()]
    for ours, theirs in zip(fast.iter_lines(), reference.iter_lines(), strict=True):
        assert ours.span.bbox == pytest.approx(theirs.span.bbox, abs=BBOX_TOLERANCE)
